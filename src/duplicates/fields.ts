import type { Field } from 'payload'

import { staffReadOnly } from '../access/staffOnlyField'

/**
 * The question page's near-duplicate fields: the "Possible duplicates" panel
 * (side by side, "not a duplicate", merge) and, on a question merged into
 * another, where it went.
 */
export const duplicateFields: Field[] = [
  {
    name: 'possibleDuplicates',
    type: 'ui',
    admin: { components: { Field: '/components/duplicates/DuplicatesPanel#DuplicatesPanel' } },
  },
  {
    name: 'mergedInto',
    type: 'relationship',
    relationTo: 'questions',
    index: true,
    // Where an archived duplicate went is editorial bookkeeping, not part of a published bank.
    access: staffReadOnly,
    admin: {
      readOnly: true,
      position: 'sidebar',
      description: 'This question was merged into that one and archived (it had been published).',
      condition: (data) => Boolean(data?.mergedInto),
    },
  },
]
