import { staffReadOnly } from '../../src/access/staffOnlyField'
import { duplicateEndpoints } from '../../src/duplicates/endpoints'
import { duplicateFields } from '../../src/duplicates/fields'
import { reviewedCollection } from '../../src/review/reviewedCollection'
import { roundEndpoints } from '../../src/review/roundEndpoints'
import { assignStableId } from './hooks/assignStableId'
import { deriveWorkingTitle } from './hooks/deriveWorkingTitle'
import { noteQuestionChangedForDuplicates, noteQuestionDeletedForDuplicates } from './hooks/noteDuplicateIndexChange'
import { relationshipTitleCell } from '../../src/components/list/relationshipCellConfig'

export const Questions = reviewedCollection({
  slug: 'questions',
  admin: {
    useAsTitle: 'workingTitle',
    defaultColumns: ['workingTitle', 'role', 'level', 'position', 'reviewStatus', 'needsWording'],
    listSearchableFields: ['workingTitle', 'prompt'],
  },
  // Roles and levels stay together in the list.
  defaultSort: ['role', 'level', 'position'],
  beforeChange: [assignStableId, deriveWorkingTitle],
  afterChange: [noteQuestionChangedForDuplicates],
  afterDelete: [noteQuestionDeletedForDuplicates],
  endpoints: [...roundEndpoints, ...duplicateEndpoints],
  content: [
    {
      type: 'row',
      fields: [
        { name: 'role', type: 'relationship', relationTo: 'roles', required: true, index: true, admin: relationshipTitleCell },
        { name: 'level', type: 'relationship', relationTo: 'levels', required: true, index: true, admin: relationshipTitleCell },
        {
          name: 'position',
          type: 'number',
          required: true,
          min: 1,
          defaultValue: 1,
          index: true,
          admin: { description: 'Order inside its role and level.' },
        },
      ],
    },
    {
      name: 'prompt',
      type: 'textarea',
      admin: {
        description: 'The question as asked. Imported hint-only questions arrive empty and need wording.',
      },
    },
  ],
  details: [
    ...duplicateFields,
    {
      name: 'workingTitle',
      type: 'text',
      // It may be hintTitle, which comes from hint wording nobody approved: staff only, like hintTitle.
      access: staffReadOnly,
      admin: {
        readOnly: true,
        description: 'The prompt, or a title derived from the first hint while the prompt is empty.',
      },
    },
    {
      name: 'hintTitle',
      type: 'text',
      access: staffReadOnly,
      admin: { hidden: true },
    },
    {
      name: 'needsWording',
      type: 'checkbox',
      access: staffReadOnly,
      defaultValue: true,
      index: true,
      admin: {
        readOnly: true,
        position: 'sidebar',
        components: {
          Cell: '/components/wording/NeedsWordingCell#NeedsWordingCell',
        },
      },
    },
    { name: 'tags', type: 'text', hasMany: true },
    {
      name: 'hints',
      type: 'join',
      collection: 'hints',
      on: 'question',
      defaultSort: 'position',
      defaultLimit: 0,
      admin: { defaultColumns: ['position', 'plainText', 'reviewStatus'] },
    },
  ],
  identity: [
    {
      name: 'stableId',
      type: 'text',
      unique: true,
      index: true,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'The id exports carry; it never changes.',
      },
    },
    {
      name: 'provenance',
      type: 'group',
      access: staffReadOnly,
      admin: { readOnly: true, description: 'Filled by the importer.' },
      fields: [
        { name: 'sourceFile', type: 'text' },
        { name: 'line', type: 'number' },
        { name: 'column', type: 'number' },
        {
          name: 'documentHash',
          type: 'text',
          admin: { description: 'sha256 of the source document.' },
        },
        {
          name: 'contentHash',
          type: 'text',
          index: true,
          admin: { description: 'sha256 of the imported prompt and hints.' },
        },
        {
          name: 'importRun',
          type: 'relationship',
          relationTo: 'import-runs',
          maxDepth: 0,
        },
      ],
    },
  ],
})
