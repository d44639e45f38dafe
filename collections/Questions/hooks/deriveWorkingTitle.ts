import type { CollectionBeforeChangeHook } from 'payload'

import { workingTitleFor } from '../../../src/content/derivedFields'

export const deriveWorkingTitle: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const prompt = data.prompt !== undefined ? data.prompt : originalDoc?.prompt
  Object.assign(data, workingTitleFor({ prompt, hintTitle: data.hintTitle ?? originalDoc?.hintTitle }))
  return data
}
