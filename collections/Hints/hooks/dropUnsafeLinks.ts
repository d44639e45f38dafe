import type { CollectionBeforeChangeHook } from 'payload'

import { withoutUnsafeLinks } from '../../../src/content/safeLinks'

/**
 * Every save of a hint, drafts included and whatever the interface: links
 * that are not http(s), mailto or internal become plain text. The admin's
 * link drawer refuses them up front (the editor's LinkFeature validation).
 */
export const dropUnsafeLinks: CollectionBeforeChangeHook = ({ data }) => {
  if (data.text) data.text = withoutUnsafeLinks(data.text).state
  return data
}
