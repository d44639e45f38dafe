import type { CollectionConfig } from 'payload'

import { deleteReviewed } from '../../src/access/deleteReviewed'
import { isEditor } from '../../src/access/isEditor'
import { isEditorOrReviewer } from '../../src/access/isEditorOrReviewer'
import { publishedOrStaff } from '../../src/access/publishedOrStaff'
import { staffReadOnly } from '../../src/access/staffOnlyField'
import { lastEditedFields } from '../../src/review/fields/lastEdited'
import { enforceReviewRules } from '../../src/review/hooks/enforceReviewRules'
import { reviewEndpoints } from '../../src/review/reviewEndpoints'
import { roundEndpoints } from '../../src/review/roundEndpoints'
import { reviewFields, reviewPanelField } from '../../src/review/fields/reviewFields'
import { recordReviewEvent } from '../../src/review/recordReviewEvent'
import { recordDeletion } from '../../src/review/hooks/recordDeletion'
import { noteSaveKind } from '../../src/review/saveKind'
import { stampLastEditor } from '../../src/review/hooks/stampLastEditor'
import { duplicateEndpoints } from '../../src/duplicates/endpoints'
import { duplicateFields } from '../../src/duplicates/fields'
import { assignStableId } from './hooks/assignStableId'
import { deriveWorkingTitle } from './hooks/deriveWorkingTitle'
import { noteQuestionChangedForDuplicates, noteQuestionDeletedForDuplicates } from './hooks/noteDuplicateIndexChange'

export const Questions: CollectionConfig = {
  slug: 'questions',
  admin: {
    useAsTitle: 'workingTitle',
    defaultColumns: ['workingTitle', 'role', 'level', 'position', 'reviewStatus', 'needsWording'],
    listSearchableFields: ['workingTitle', 'prompt'],
    group: 'Banks',
    components: {
      // Approving is publishing: the review panel acts, Payload's publish controls are replaced (src/components/review/EditControls).
      edit: {
        PublishButton: '/components/review/EditControls#NoPublishButton',
        UnpublishButton: '/components/review/EditControls#NoPublishButton',
        SaveDraftButton: '/components/review/EditControls#ReviewSaveButton',
        Status: '/components/review/EditControls#ReviewStatusBadge',
      },
      beforeListTable: [{ path: '/components/review/BulkReview#ListBulkReview', clientProps: { collection: 'questions' } }],
    },
  },
  // Roles and levels stay together in the list.
  defaultSort: ['role', 'level', 'position'],
  // Bulk edit would offer Publish and Unpublish for the selection: bulk review (beforeListTable) replaces it.
  disableBulkEdit: true,
  access: {
    read: publishedOrStaff,
    readVersions: isEditorOrReviewer,
    create: isEditor,
    update: isEditorOrReviewer,
    delete: deleteReviewed,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    beforeOperation: [noteSaveKind],
    beforeChange: [assignStableId, deriveWorkingTitle, enforceReviewRules, stampLastEditor],
    afterChange: [recordReviewEvent, noteQuestionChangedForDuplicates],
    beforeDelete: [recordDeletion],
    afterDelete: [noteQuestionDeletedForDuplicates],
  },
  endpoints: [...reviewEndpoints('questions'), ...roundEndpoints, ...duplicateEndpoints],
  fields: [
    {
      type: 'row',
      fields: [
        // The list shows every row's role and level, not only those in view (src/components/list/RelationshipTitleCell).
        { name: 'role', type: 'relationship', relationTo: 'roles', required: true, index: true, admin: { components: { Cell: '/components/list/RelationshipTitleCell#RelationshipTitleCell' } } },
        { name: 'level', type: 'relationship', relationTo: 'levels', required: true, index: true, admin: { components: { Cell: '/components/list/RelationshipTitleCell#RelationshipTitleCell' } } },
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
      admin: { description: 'The question as asked. Imported hint-only questions arrive empty and need wording.' },
    },
    reviewPanelField,
    ...duplicateFields,
    {
      name: 'workingTitle',
      type: 'text',
      // It may be hintTitle, which comes from hint wording nobody approved: staff only, like hintTitle.
      access: staffReadOnly,
      admin: { readOnly: true, description: 'The prompt, or a title derived from the first hint while the prompt is empty.' },
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
      admin: { readOnly: true, position: 'sidebar', components: { Cell: '/components/wording/NeedsWordingCell#NeedsWordingCell' } },
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
    ...reviewFields,
    {
      name: 'stableId',
      type: 'text',
      unique: true,
      index: true,
      admin: { readOnly: true, position: 'sidebar', description: 'The id exports carry; it never changes.' },
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
        { name: 'documentHash', type: 'text', admin: { description: 'sha256 of the source document.' } },
        { name: 'contentHash', type: 'text', index: true, admin: { description: 'sha256 of the imported prompt and hints.' } },
        { name: 'importRun', type: 'relationship', relationTo: 'import-runs', maxDepth: 0 },
      ],
    },
    ...lastEditedFields,
  ],
  timestamps: true,
}
