/** The first value of a search parameter of an admin view, or undefined when it is absent or empty. */
export const firstParam = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value) || undefined
