import { RoleExportButtons as RoleExportButtons_0a4c3892780215e214c1d77197639007 } from '../../../components/release/RoleExportButtons'
import { RelationshipTitleCell as RelationshipTitleCell_b2119beec83e2851978ba1691ff037a9 } from '../../../components/list/RelationshipTitleCell'
import { ReviewPanel as ReviewPanel_73acca39ace0de5ffbe1eaba3179e49a } from '../../../components/review/ReviewPanel'
import { DuplicatesPanel as DuplicatesPanel_d3d993c3b91978889d4532cf0bbeb0f4 } from '../../../components/duplicates/DuplicatesPanel'
import { NeedsWordingCell as NeedsWordingCell_d8752b8a627d15a0dd08f69dd751693e } from '../../../components/wording/NeedsWordingCell'
import { ListBulkReview as ListBulkReview_23f8191e30f5cf67d2412c9e0d68a739 } from '../../../components/review/BulkReview'
import { NoPublishButton as NoPublishButton_48d769deeb9b3c3fc143004d808828c4 } from '../../../components/review/EditControls'
import { ReviewSaveButton as ReviewSaveButton_48d769deeb9b3c3fc143004d808828c4 } from '../../../components/review/EditControls'
import { ReviewStatusBadge as ReviewStatusBadge_48d769deeb9b3c3fc143004d808828c4 } from '../../../components/review/EditControls'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ReleaseContents as ReleaseContents_4fcbbf0b4b4bca916e44fd1803d4cc34 } from '../../../components/release/ReleaseContents'
import { ReleaseChangelog as ReleaseChangelog_1fb19bc169143c7d17b6ec02f90f5b8b } from '../../../components/release/ReleaseChangelog'
import { ReleaseDownloads as ReleaseDownloads_8318c3fb35afaea8d70e137e2334d8b2 } from '../../../components/release/ReleaseDownloads'
import { WordingNavLink as WordingNavLink_53d1387fb5d3135882f2c7011fe2a629 } from '../../../components/wording/WordingNavLink'
import { ReviewQueueLink as ReviewQueueLink_a985500d6a40a77861bc65b9725790e2 } from '../../../components/review/ReviewQueueLink'
import { ImportNavLink as ImportNavLink_b0738e5da7b712bc890c8daabf010bd9 } from '../../../components/import/ImportNavLink'
import { ReviewProgress as ReviewProgress_b1c988eb5efe71a29f25391ff4d227f8 } from '../../../components/review/ReviewProgress'
import { WordingWorkbenchView as WordingWorkbenchView_0065546f8593427f3fafbc1d925354b7 } from '../../../components/wording/WordingWorkbenchView'
import { ReviewQueueView as ReviewQueueView_93218d929de40802b3334b0854539e93 } from '../../../components/review/ReviewQueueView'
import { ImportView as ImportView_9b9beb9171f8e5a1abf78ebfedcacacf } from '../../../components/import/ImportView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/release/RoleExportButtons#RoleExportButtons": RoleExportButtons_0a4c3892780215e214c1d77197639007,
  "/components/list/RelationshipTitleCell#RelationshipTitleCell": RelationshipTitleCell_b2119beec83e2851978ba1691ff037a9,
  "/components/review/ReviewPanel#ReviewPanel": ReviewPanel_73acca39ace0de5ffbe1eaba3179e49a,
  "/components/duplicates/DuplicatesPanel#DuplicatesPanel": DuplicatesPanel_d3d993c3b91978889d4532cf0bbeb0f4,
  "/components/wording/NeedsWordingCell#NeedsWordingCell": NeedsWordingCell_d8752b8a627d15a0dd08f69dd751693e,
  "/components/review/BulkReview#ListBulkReview": ListBulkReview_23f8191e30f5cf67d2412c9e0d68a739,
  "/components/review/EditControls#NoPublishButton": NoPublishButton_48d769deeb9b3c3fc143004d808828c4,
  "/components/review/EditControls#ReviewSaveButton": ReviewSaveButton_48d769deeb9b3c3fc143004d808828c4,
  "/components/review/EditControls#ReviewStatusBadge": ReviewStatusBadge_48d769deeb9b3c3fc143004d808828c4,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/release/ReleaseContents#ReleaseContents": ReleaseContents_4fcbbf0b4b4bca916e44fd1803d4cc34,
  "/components/release/ReleaseChangelog#ReleaseChangelog": ReleaseChangelog_1fb19bc169143c7d17b6ec02f90f5b8b,
  "/components/release/ReleaseDownloads#ReleaseDownloads": ReleaseDownloads_8318c3fb35afaea8d70e137e2334d8b2,
  "/components/wording/WordingNavLink#WordingNavLink": WordingNavLink_53d1387fb5d3135882f2c7011fe2a629,
  "/components/review/ReviewQueueLink#ReviewQueueLink": ReviewQueueLink_a985500d6a40a77861bc65b9725790e2,
  "/components/import/ImportNavLink#ImportNavLink": ImportNavLink_b0738e5da7b712bc890c8daabf010bd9,
  "/components/review/ReviewProgress#ReviewProgress": ReviewProgress_b1c988eb5efe71a29f25391ff4d227f8,
  "/components/wording/WordingWorkbenchView#WordingWorkbenchView": WordingWorkbenchView_0065546f8593427f3fafbc1d925354b7,
  "/components/review/ReviewQueueView#ReviewQueueView": ReviewQueueView_93218d929de40802b3334b0854539e93,
  "/components/import/ImportView#ImportView": ImportView_9b9beb9171f8e5a1abf78ebfedcacacf,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
