/** A relationship value as its id, whether it arrived populated or not. Ids stay opaque (number or string, by adapter). */
export const idOf = (value: unknown): number | string =>
  (value && typeof value === 'object' && 'id' in value ? (value as { id: number | string }).id : value) as number | string

/** An id as a map key: ids are compared as text, so a populated and an unpopulated relationship match. */
export const idKey = (value: unknown): string => String(idOf(value))
