import type { SanitizedConfig } from 'payload'

import type { RichText } from '../content/lexicalMarkdown'

import { lexicalToMarkdown } from '../content/lexicalMarkdown'

export const reviewedCollections = ['questions', 'hints'] as const
export type ReviewedCollection = (typeof reviewedCollections)[number]

export const isReviewedCollection = (slug: string): slug is ReviewedCollection =>
  (reviewedCollections as readonly string[]).includes(slug)

/** The field whose wording reviewers approve: a question's prompt, a hint's text. */
export const wordingField: Record<ReviewedCollection, 'prompt' | 'text'> = { questions: 'prompt', hints: 'text' }

/**
 * The wording of a question or hint as text that can be compared and diffed:
 * the prompt, or the hint's Markdown (so formatting changes count as changes).
 */
export const wordingOf = async ({
  collection,
  doc,
  config,
}: {
  collection: ReviewedCollection
  doc: Record<string, unknown> | null | undefined
  config: SanitizedConfig
}): Promise<string> => {
  if (!doc) return ''
  if (collection === 'questions') return typeof doc.prompt === 'string' ? doc.prompt.trim() : ''
  // deriveTextForms keeps `markdown` in step with the text; older rows may lack it.
  if (typeof doc.markdown === 'string' && doc.markdown) return doc.markdown.trim()
  const text = doc.text as RichText | null | undefined
  if (!text || typeof text !== 'object' || !('root' in text)) return ''
  return (await lexicalToMarkdown({ config, data: text })).trim()
}
