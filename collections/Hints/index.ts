import { reviewedCollection } from '../../src/review/reviewedCollection'
import { noteHintChangedForDuplicates, noteHintDeletedForDuplicates } from '../Questions/hooks/noteDuplicateIndexChange'
import { deriveTextForms } from './hooks/deriveTextForms'
import { dropUnsafeLinks } from './hooks/dropUnsafeLinks'
import { relationshipTitleCell } from '../../src/components/list/relationshipCellConfig'

/** Guidance for the interviewer: "A strong answer explains…". */
export const Hints = reviewedCollection({
  slug: 'hints',
  admin: {
    useAsTitle: 'plainText',
    defaultColumns: ['plainText', 'question', 'position', 'reviewStatus'],
    listSearchableFields: ['plainText'],
  },
  defaultSort: 'position',
  beforeChange: [dropUnsafeLinks, deriveTextForms],
  afterChange: [noteHintChangedForDuplicates],
  afterDelete: [noteHintDeletedForDuplicates],
  content: [
    { name: 'question', type: 'relationship', relationTo: 'questions', required: true, index: true, admin: relationshipTitleCell },
    { name: 'position', type: 'number', required: true, min: 1, defaultValue: 1, admin: { position: 'sidebar' } },
    { name: 'text', type: 'richText', required: true },
  ],
  details: [
    {
      name: 'plainText',
      type: 'textarea',
      index: true,
      admin: {
        readOnly: true,
        description: 'Derived from the text on every save; used by search, export and dedup.',
      },
    },
    {
      name: 'markdown',
      type: 'textarea',
      admin: {
        readOnly: true,
        hidden: true,
        description: 'Derived from the text on every save; what exports carry.',
      },
    },
  ],
})
