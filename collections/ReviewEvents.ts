import type { CollectionConfig } from 'payload'

import { isStaff } from '../src/access/isStaff'
import { nobody } from '../src/access/nobody'
import { reviewStatusValues } from '../src/review/fields/reviewStatus'
import { eventActions } from '../src/review/reviewPlan'
import { relationshipTitleCell } from '../src/components/list/relationshipCellConfig'

const statusOptions = reviewStatusValues.map((value) => ({ label: value, value }))

/**
 * The audit trail: one entry per review transition or edit of a question or
 * hint, written only by the review hooks (src/review/recordReviewEvent.ts).
 * Query it over REST, e.g. /api/review-events?where[question][equals]=12.
 */
export const ReviewEvents: CollectionConfig = {
  slug: 'review-events',
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'action', 'subject', 'question', 'fromStatus', 'toStatus', 'actorName', 'comment'],
    group: 'Review',
    description: 'Every review transition and edit: who, when, from, to, the comment and the wording diff. Written by the review hooks only.',
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
        { name: 'subject', type: 'select', required: true, index: true, options: ['question', 'hint'] },
        { name: 'action', type: 'select', required: true, index: true, options: [...eventActions] },
        { name: 'fromStatus', type: 'select', options: statusOptions },
        // Empty for a deletion: the item has no status any more.
        { name: 'toStatus', type: 'select', options: statusOptions },
      ],
    },
    // For a hint, `question` is the hint's question, so one query gives a question's whole trail.
    { name: 'question', type: 'relationship', relationTo: 'questions', index: true, admin: relationshipTitleCell },
    { name: 'hint', type: 'relationship', relationTo: 'hints', index: true, admin: relationshipTitleCell },
    { name: 'documentId', type: 'text', index: true, admin: { description: 'The id of the question or hint, kept if it is deleted.' } },
    { name: 'actor', type: 'relationship', relationTo: 'users', maxDepth: 0, index: true, admin: { description: 'Empty for system writes.' } },
    { name: 'actorName', type: 'text', admin: { description: 'Name or email at the time.' } },
    { name: 'comment', type: 'textarea' },
    { name: 'changedFields', type: 'text', hasMany: true },
    { name: 'published', type: 'checkbox', defaultValue: false, admin: { description: 'This save published the item.' } },
    { name: 'wording', type: 'textarea', admin: { description: 'The wording after this change.' } },
    { name: 'approvedWording', type: 'textarea', admin: { description: 'The last approved wording before this change.' } },
    { name: 'diff', type: 'json', admin: { description: 'Word diff from the approved wording to this wording.' } },
  ],
  timestamps: true,
}
