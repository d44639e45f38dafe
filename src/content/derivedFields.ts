import type { SanitizedConfig } from 'payload'

import type { RichText } from './lexicalMarkdown'

import { lexicalToMarkdown } from './lexicalMarkdown'
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
