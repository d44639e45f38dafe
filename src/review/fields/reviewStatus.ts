import type { SelectField } from 'payload'

export const reviewStatusValues = ['draft', 'inReview', 'changesRequested', 'approved'] as const
export type ReviewStatus = (typeof reviewStatusValues)[number]

export const reviewStatusField: SelectField = {
  name: 'reviewStatus',
  type: 'select',
  required: true,
  defaultValue: 'draft',
  index: true,
  options: [
    { label: 'Draft', value: 'draft' },
    { label: 'In review', value: 'inReview' },
    { label: 'Changes requested', value: 'changesRequested' },
    { label: 'Approved', value: 'approved' },
  ],
  admin: { position: 'sidebar' },
}
