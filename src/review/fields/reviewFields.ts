import type { Field } from 'payload'

import { staffReadOnly } from '../../access/staffOnlyField'
import { reviewStatusField } from './reviewStatus'

/**
 * The review fields of questions and hints. Every value is set by the
 * enforceReviewRules hook on each save, whatever a client sends.
 */
export const reviewFields: Field[] = [
  {
    ...reviewStatusField,
    admin: {
      ...reviewStatusField.admin,
      readOnly: true,
      description: 'Changed with the review actions above; an edit to approved wording sends it back to review.',
    },
  },
  {
    name: 'reviewStatusChangedAt',
    type: 'date',
    index: true,
    access: staffReadOnly,
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'wordingEditedBy',
    type: 'relationship',
    relationTo: 'users',
    hasMany: true,
    maxDepth: 0,
    access: staffReadOnly,
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'Who changed the wording, tags, level or position since they were last approved: they cannot approve them (four-eyes).',
    },
  },
  {
    // Virtual: carries the comment of a review decision to the audit trail, never stored on the item.
    name: 'reviewComment',
    type: 'textarea',
    virtual: true,
    admin: { hidden: true },
  },
]

/** The review panel (status, actions, diff, audit trail) shown on the document. */
export const reviewPanelField: Field = {
  name: 'reviewPanel',
  type: 'ui',
  admin: { components: { Field: '/components/review/ReviewPanel#ReviewPanel' } },
}
