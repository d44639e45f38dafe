import type { CollectionBeforeChangeHook, SanitizedConfig } from 'payload'

import type { RichText } from '../../../src/utilities/lexicalMarkdown'

import { lexicalToMarkdown } from '../../../src/utilities/lexicalMarkdown'
import { lexicalToPlainText } from '../../../src/utilities/lexicalText'

/** The plain-text and Markdown forms of a hint's rich text. */
export const textFormsOf = async ({ config, text }: { config: SanitizedConfig; text: RichText | null | undefined }) => ({
  plainText: text ? lexicalToPlainText({ data: text }) : '',
  markdown: text ? (await lexicalToMarkdown({ config, data: text })).trim() : '',
})

/**
 * plainText and markdown are never written by hand: they mirror the rich text
 * on every save, so search, dedup and export read them without converting.
 */
export const deriveTextForms: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  Object.assign(data, await textFormsOf({ config: req.payload.config, text: data.text ?? originalDoc?.text }))
  return data
}
