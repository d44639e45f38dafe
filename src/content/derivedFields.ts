import type { SanitizedConfig } from 'payload'

import type { RichText } from './lexicalMarkdown'

import { lexicalToMarkdown, markdownToLexical } from './lexicalMarkdown'
import { markdownToLexicalJson } from './markdownToLexicalJson'
import { lexicalToPlainText } from './lexicalText'

/**
 * Fields that are never written by hand. The collection hooks and the bulk
 * import writer both call these, so a row written either way is the same.
 */

const maxTitleLength = 120

/** The plain-text and Markdown forms of a hint's rich text, read by search, dedup and export without converting. */
export const textFormsOf = async ({ config, text }: { config: SanitizedConfig; text: RichText | null | undefined }) => ({
  plainText: text ? lexicalToPlainText({ data: text }) : '',
  markdown: text ? (await lexicalToMarkdown({ config, data: text })).trim() : '',
})

/**
 * A hint written in Markdown (an import) as every form the hints collection
 * stores: its rich text and the text forms deriveTextForms would add. Most
 * hints convert straight from mdast; the rest go through the editor, so the
 * result is always what a save through the hooks stores.
 */
export const hintFormsFromMarkdown = async ({ config, markdown }: { config: SanitizedConfig; markdown: string }) => {
  const direct = markdownToLexicalJson(markdown)
  if (direct) return { text: direct.text, plainText: lexicalToPlainText({ data: direct.text }), markdown: direct.markdown.trim() }
  const text = await markdownToLexical({ config, markdown })
  return { text, ...(await textFormsOf({ config, text })) }
}

/**
 * The list view needs a title before an editor has written the prompt:
 * the prompt when there is one, else the title derived from the first hint
 * (hintTitle, set by the importer), else a plain marker.
 */
export const workingTitleFor = ({ prompt, hintTitle }: { prompt?: string | null; hintTitle?: string | null }) => {
  const wording = typeof prompt === 'string' ? prompt.trim() : ''
  const workingTitle = wording
    ? wording.length > maxTitleLength
      ? `${wording.slice(0, maxTitleLength - 1)}…`
      : wording
    : hintTitle || 'Needs wording'
  return { workingTitle, needsWording: wording.length === 0 }
}
