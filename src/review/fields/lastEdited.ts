import type { Field } from 'payload'

/** Filled by the stampLastEditor hook; nobody writes them by hand. */
export const lastEditedFields: Field[] = [
  {
    name: 'lastEditedBy',
    type: 'relationship',
    relationTo: 'users',
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'lastEditedAt',
    type: 'date',
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
]
