import type { CollectionConfig } from 'payload'

import { isStaff } from '../src/access/isStaff'
import { nobody } from '../src/access/nobody'
import { relationshipTitleCell } from '../src/components/list/relationshipCellConfig'

/**
 * The audit trail of near-duplicate decisions: "not a duplicate" (the pair
 * is no longer flagged) and merges (who merged which question into which).
 * Written only by the duplicate endpoints (src/duplicates/decisions.ts).
 */
export const DuplicateDecisions: CollectionConfig = {
  slug: 'duplicate-decisions',
  admin: {
    useAsTitle: 'kind',
    defaultColumns: ['createdAt', 'kind', 'question', 'other', 'score', 'actorName', 'outcome'],
    group: 'Review',
    description: 'Near-duplicate decisions: pairs marked as not duplicate, and merges. Written by the duplicate actions only.',
  },
  defaultSort: '-createdAt',
  access: {
    read: isStaff,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          index: true,
          options: [
            { label: 'Not a duplicate', value: 'notDuplicate' },
            { label: 'Merged', value: 'merged' },
          ],
        },
        { name: 'score', type: 'number', admin: { description: 'The similarity when the decision was made.' } },
        {
          name: 'outcome',
          type: 'select',
          options: [
            { label: 'Merged question deleted', value: 'deleted' },
            { label: 'Merged question archived (it had been published)', value: 'archived' },
          ],
        },
      ],
    },
    // For a merge, `question` is the one kept and `other` the one merged into it.
    { name: 'question', type: 'relationship', relationTo: 'questions', index: true, admin: relationshipTitleCell },
    { name: 'other', type: 'relationship', relationTo: 'questions', index: true, admin: relationshipTitleCell },
    { name: 'questionDocId', type: 'text', required: true, index: true, admin: { description: 'Kept if the question is deleted.' } },
    { name: 'otherDocId', type: 'text', required: true, index: true, admin: { description: 'Kept if the question is deleted.' } },
    { name: 'otherWording', type: 'textarea', admin: { description: 'The wording of the other question at the time.' } },
    { name: 'hintsCopied', type: 'number', admin: { description: 'Merges: hints copied into the kept question, as drafts.' } },
    { name: 'actor', type: 'relationship', relationTo: 'users', index: true },
    { name: 'actorName', type: 'text', admin: { description: 'Name or email at the time.' } },
  ],
  timestamps: true,
}
