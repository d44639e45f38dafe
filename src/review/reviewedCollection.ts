import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, CollectionConfig, Endpoint, Field } from 'payload'

import type { ReviewedCollection } from './wording'

import { deleteReviewed } from '../access/deleteReviewed'
import { isEditor } from '../access/isEditor'
import { isEditorOrReviewer } from '../access/isEditorOrReviewer'
import { publishedOrStaff } from '../access/publishedOrStaff'
import { lastEditedFields } from './fields/lastEdited'
import { reviewFields, reviewPanelField } from './fields/reviewFields'
import { enforceReviewRules } from './hooks/enforceReviewRules'
import { recordDeletion } from './hooks/recordDeletion'
import { stampLastEditor } from './hooks/stampLastEditor'
import { recordReviewEvent } from './recordReviewEvent'
import { reviewEndpoints } from './reviewEndpoints'
import { noteSaveKind } from './saveKind'

/**
 * What Questions and Hints share as reviewed content, made in one place:
 * drafts with versions, anonymous readers see only what is published, the
 * review panel replaces Payload's publish controls (approving is
 * publishing), four-eyes and review events on every save, deletions
 * recorded. Each collection brings its own fields and hooks around these.
 */
export const reviewedCollection = ({
  slug,
  admin,
  defaultSort,
  content,
  details,
  identity = [],
  beforeChange = [],
  afterChange = [],
  afterDelete = [],
  endpoints = [],
}: {
  slug: ReviewedCollection
  admin: Pick<NonNullable<CollectionConfig['admin']>, 'useAsTitle' | 'defaultColumns' | 'listSearchableFields'>
  defaultSort: CollectionConfig['defaultSort']
  /** The fields an editor writes, shown above the review panel. */
  content: Field[]
  /** Fields shown between the review panel and the review state (derived forms, joins). */
  details: Field[]
  /** Fields after the review state (ids, provenance). */
  identity?: Field[]
  /** Run before the review rules, so that the rules see the derived values. */
  beforeChange?: CollectionBeforeChangeHook[]
  /** Run after the review event is recorded. */
  afterChange?: CollectionAfterChangeHook[]
  afterDelete?: CollectionAfterDeleteHook[]
  endpoints?: Endpoint[]
}): CollectionConfig => ({
  slug,
  admin: {
    ...admin,
    group: 'Banks',
    components: {
      // Approving is publishing: the review panel acts, Payload's publish controls are replaced (src/components/review/EditControls).
      edit: {
        PublishButton: '/components/review/EditControls#NoPublishButton',
        UnpublishButton: '/components/review/EditControls#NoPublishButton',
        SaveDraftButton: '/components/review/EditControls#ReviewSaveButton',
        Status: '/components/review/EditControls#ReviewStatusBadge',
      },
      beforeListTable: [
        {
          path: '/components/review/BulkReview#ListBulkReview',
          clientProps: { collection: slug },
        },
      ],
    },
  },
  defaultSort,
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
    beforeChange: [...beforeChange, enforceReviewRules, stampLastEditor],
    afterChange: [recordReviewEvent, ...afterChange],
    beforeDelete: [recordDeletion],
    afterDelete,
  },
  endpoints: [...reviewEndpoints(slug), ...endpoints],
  fields: [...content, reviewPanelField, ...details, ...reviewFields, ...identity, ...lastEditedFields],
  timestamps: true,
})
