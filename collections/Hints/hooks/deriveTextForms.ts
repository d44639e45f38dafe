import type { CollectionBeforeChangeHook } from 'payload'

import { textFormsOf } from '../../../src/content/derivedFields'

/** plainText and markdown mirror the rich text on every save. */
export const deriveTextForms: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  Object.assign(data, await textFormsOf({ config: req.payload.config, text: data.text ?? originalDoc?.text }))
  return data
}
