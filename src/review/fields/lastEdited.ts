import type { Field } from 'payload'

import { staffReadOnly } from '../../access/staffOnlyField'

/**
 * Filled by the stampLastEditor hook; nobody writes them by hand. Staff
 * only, and never populated (maxDepth 0): a user record never rides along.
 */
export const lastEditedFields: Field[] = [
  {
    name: 'lastEditedBy',
    type: 'relationship',
    relationTo: 'users',
    maxDepth: 0,
    access: staffReadOnly,
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'lastEditedAt',
    type: 'date',
    access: staffReadOnly,
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
]
