import type { Stem } from './text'

import { tokensOf } from './text'

/**
 * What a question is compared on: its prompt, or, for a hint-only draft, its
 * hints (the working title when the hints are not at hand). The hints of a
 * question with a prompt are not compared: stock guidance ("Look for the
 * STAR structure…") is shared by many different questions.
 */
export type QuestionText = {
  prompt?: string | null
  /** Hint-only drafts: the title derived from the first hint (used when there are no hint texts). */
  workingTitle?: string | null
  hints?: readonly string[]
}

export type Features = {
  /** Sorted, distinct shingle hashes of the main text (the prompt, or the hints of a hint-only draft). */
  shingles: Uint32Array
  /** The unigram shingles alone: what the MinHash signature is taken over (half the cost, and word order does not matter for finding candidates). */
  words: Uint32Array
  /** Distinct tokens of the main text, for the technical-variant check. */
  tokens: ReadonlySet<string>
}

/**
 * Shingles fit in 26 bits so that MinHash's (a·x + b) mod p stays below 2^53
 * and exact in a JavaScript number.
 */
export const shingleBits = 26
const shingleMask = (1 << shingleBits) - 1

/** FNV-1a over UTF-16 units: a string → a 26-bit shingle id, about 20 ns (bloom-filters' xxhash costs 12 µs). */
const shingleId = (text: string): number => {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0) & shingleMask
}

/** Unigrams and adjacent bigrams: words alone survive rewording, pairs keep a little order ("data lake" ≠ "lake data"). */
const wordsOf = (tokens: readonly string[]): Uint32Array => Uint32Array.from(new Set(tokens.map(shingleId))).sort()

const shinglesOf = (tokens: readonly string[]): Uint32Array => {
  const ids = new Set<number>()
  tokens.forEach((token, index) => {
    ids.add(shingleId(token))
    if (index > 0) ids.add(shingleId(`${tokens[index - 1]} ${token}`))
  })
  return Uint32Array.from(ids).sort()
}

export const mainTextOf = ({ prompt, workingTitle, hints = [] }: QuestionText): string => {
  const wording = prompt?.trim()
  if (wording) return wording
  const hintText = hints.join('\n').trim()
  return hintText || workingTitle?.trim() || ''
}

export const featuresOf = (question: QuestionText, stem?: Stem): Features => {
  const tokens = tokensOf(mainTextOf(question), stem)
  return { shingles: shinglesOf(tokens), words: wordsOf(tokens), tokens: new Set(tokens) }
}
