import type { CollectionConfig } from 'payload'

import { deleteReviewed } from '../../src/access/deleteReviewed'
import { isEditor } from '../../src/access/isEditor'
import { isEditorOrReviewer } from '../../src/access/isEditorOrReviewer'
import { publishedOrStaff } from '../../src/access/publishedOrStaff'
import { lastEditedFields } from '../../src/review/fields/lastEdited'
import { enforceReviewRules } from '../../src/review/hooks/enforceReviewRules'
import { reviewEndpoints } from '../../src/review/reviewEndpoints'
import { reviewFields, reviewPanelField } from '../../src/review/fields/reviewFields'
import { recordReviewEvent } from '../../src/review/recordReviewEvent'
import { recordDeletion } from '../../src/review/hooks/recordDeletion'
import { noteSaveKind } from '../../src/review/saveKind'
import { stampLastEditor } from '../../src/review/hooks/stampLastEditor'
import { noteHintChangedForDuplicates, noteHintDeletedForDuplicates } from '../Questions/hooks/noteDuplicateIndexChange'
import { deriveTextForms } from './hooks/deriveTextForms'
import { dropUnsafeLinks } from './hooks/dropUnsafeLinks'

/** Guidance for the interviewer: "A strong answer explains…". */
export const Hints: CollectionConfig = {
  slug: 'hints',
  admin: {
    useAsTitle: 'plainText',
    defaultColumns: ['plainText', 'question', 'position', 'reviewStatus'],
    listSearchableFields: ['plainText'],
    group: 'Banks',
    components: {
      // Approving is publishing: the review panel acts, Payload's publish controls are replaced (src/components/review/EditControls).
      edit: {
        PublishButton: '/components/review/EditControls#NoPublishButton',
        UnpublishButton: '/components/review/EditControls#NoPublishButton',
        SaveDraftButton: '/components/review/EditControls#ReviewSaveButton',
        Status: '/components/review/EditControls#ReviewStatusBadge',
      },
      beforeListTable: [{ path: '/components/review/BulkReview#ListBulkReview', clientProps: { collection: 'hints' } }],
    },
  },
  defaultSort: 'position',
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
    beforeChange: [dropUnsafeLinks, deriveTextForms, enforceReviewRules, stampLastEditor],
    afterChange: [recordReviewEvent, noteHintChangedForDuplicates],
    beforeDelete: [recordDeletion],
    afterDelete: [noteHintDeletedForDuplicates],
  },
  endpoints: reviewEndpoints('hints'),
  fields: [
    { name: 'question', type: 'relationship', relationTo: 'questions', required: true, index: true, admin: { components: { Cell: '/components/list/RelationshipTitleCell#RelationshipTitleCell' } } },
    { name: 'position', type: 'number', required: true, min: 1, defaultValue: 1, admin: { position: 'sidebar' } },
    { name: 'text', type: 'richText', required: true },
    reviewPanelField,
    {
      name: 'plainText',
      type: 'textarea',
      index: true,
      admin: { readOnly: true, description: 'Derived from the text on every save; used by search, export and dedup.' },
    },
    {
      name: 'markdown',
      type: 'textarea',
      admin: { readOnly: true, hidden: true, description: 'Derived from the text on every save; what exports carry.' },
    },
    ...reviewFields,
    ...lastEditedFields,
  ],
  timestamps: true,
}
