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

/** "A)", "B)", … then "27)" past Z. */
const optionLabel = (index: number): string => (index < 26 ? `${String.fromCharCode(65 + index)})` : `${index + 1})`)

/**
 * The prompt a question is stored with. The questions collection has one
 * wording field, so what the bank model keeps beside the wording — the code
 * a question shows (`details`) and its multiple-choice options — is written
 * under it: the code as a block, then one "A) …" line per option (an
 * option's further lines indented under it). A question without wording
 * keeps none: it still needs wording, whatever its options.
 */
export const storedPromptFor = ({
  prompt,
  details,
  options,
}: {
  prompt: string | null
  details?: string
  options?: readonly { text: string }[]
}): string | null => {
  if (prompt === null) return null
  const blocks = [prompt]
  if (details) blocks.push(details)
  if (options && options.length > 0) {
    blocks.push(options.map((option, index) => `${optionLabel(index)} ${option.text.replace(/\n(?=.)/g, '\n   ')}`).join('\n'))
  }
  return blocks.join('\n\n')
}
