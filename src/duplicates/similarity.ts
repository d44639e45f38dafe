import type { Features } from './features'

import { isTechnical, variantOf } from './text'

/** |a ∩ b| / |a ∪ b| of two sorted arrays of distinct ids. */
export const jaccard = (a: Uint32Array, b: Uint32Array): number => {
  if (a.length === 0 || b.length === 0) return 0
  let shared = 0
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared += 1
      i += 1
      j += 1
    } else if (a[i] < b[j]) i += 1
    else j += 1
  }
  return shared / (a.length + b.length - shared)
}

/** One side holds a technical token the other lacks, and the other holds a different variant of it (C++ / C#, == / ===, 3.11 / 3.12). */
const oneWayConflict = (a: Features, b: Features): boolean => {
  for (const token of a.tokens) {
    if (!isTechnical(token) || b.tokens.has(token)) continue
    const variant = variantOf(token)
    // A plain word is its own variant ("c" against "c++").
    for (const other of b.tokens) if (!a.tokens.has(other) && (isTechnical(other) ? variantOf(other) : other) === variant) return true
  }
  return false
}

export const variantsConflict = (a: Features, b: Features): boolean => oneWayConflict(a, b) || oneWayConflict(b, a)

/** Questions that name different variants of one technical thing are scored at most this fraction of their overlap. */
const conflictFactor = 0.5

/**
 * How alike two questions are, 0–1: the Jaccard similarity of their
 * shingles, halved when they name different variants of one technical thing.
 *
 * With a threshold, a score already below it is returned without the
 * (costlier) variant check, which can only lower it.
 */
export const similarity = ({ a, b, threshold = 0 }: { a: Features; b: Features; threshold?: number }): number => {
  const score = jaccard(a.shingles, b.shingles)
  if (score === 0 || score < threshold) return score
  return variantsConflict(a, b) ? score * conflictFactor : score
}
