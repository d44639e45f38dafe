import type { Features, QuestionText } from './features'

import { featuresOf } from './features'
import { bandCount, bandKeysOf, createSketcher } from './sketch'
import { similarity } from './similarity'
import { createStemmer } from './text'

/**
 * The similarity index: every question's features, and LSH buckets that
 * find the few questions worth scoring among tens of thousands. Pure and
 * in memory; src/duplicates/service.ts keeps one per Payload instance.
 */

/** The score from which two questions are reported as likely duplicates (see README, "Near-duplicates"). */
export const defaultThreshold = 0.5

export type IndexedQuestion = { id: string; roleId: string | null; title: string }

export type DuplicateMatch = IndexedQuestion & { score: number }

type Entry = IndexedQuestion & { features: Features; bandKeys: number[] }

export type DuplicateIndex = ReturnType<typeof createDuplicateIndex>

/** The key of an unordered pair of question ids. */
export const pairKey = (a: string | number, b: string | number): string => {
  const [x, y] = [String(a), String(b)].sort()
  return `${x}\u0000${y}`
}

const rounded = (score: number) => Math.round(score * 1000) / 1000

export const createDuplicateIndex = () => {
  const entries = new Map<string, Entry>()
  /** One map per band: key → the ids whose signature has those rows in that band. */
  const buckets = Array.from({ length: bandCount }, () => new Map<number, string[]>())
  const sketch = createSketcher()
  const stem = createStemmer()

  const unlink = (entry: Entry) => {
    entry.bandKeys.forEach((key, band) => {
      const ids = buckets[band].get(key)
      if (!ids) return
      const left = ids.filter((id) => id !== entry.id)
      if (left.length > 0) buckets[band].set(key, left)
      else buckets[band].delete(key)
    })
  }

  const keysOf = (features: Features): number[] => (features.words.length === 0 ? [] : bandKeysOf(sketch(features.words)))

  const remove = (id: string | number) => {
    const entry = entries.get(String(id))
    if (!entry) return
    unlink(entry)
    entries.delete(entry.id)
  }

  const upsert = ({ id, roleId, title, text }: { id: string | number; roleId?: string | number | null; title: string; text: QuestionText }) => {
    remove(id)
    const features = featuresOf(text, stem)
    const entry: Entry = { id: String(id), roleId: roleId == null ? null : String(roleId), title, features, bandKeys: keysOf(features) }
    entries.set(entry.id, entry)
    entry.bandKeys.forEach((key, band) => {
      const ids = buckets[band].get(key)
      if (ids) ids.push(entry.id)
      else buckets[band].set(key, [entry.id])
    })
  }

  const matchesOf = ({
    features,
    bandKeys,
    excludeId,
    threshold = defaultThreshold,
    limit = 10,
  }: {
    features: Features
    bandKeys: number[]
    excludeId?: string
    threshold?: number
    limit?: number
  }): DuplicateMatch[] => {
    const seen = new Set<string>()
    const matches: DuplicateMatch[] = []
    for (let band = 0; band < bandKeys.length; band += 1) {
      for (const id of buckets[band].get(bandKeys[band]) ?? []) {
        if (id === excludeId || seen.has(id)) continue
        seen.add(id)
        const entry = entries.get(id)!
        const score = similarity({ a: features, b: entry.features, threshold })
        if (score >= threshold) matches.push({ id, roleId: entry.roleId, title: entry.title, score: rounded(score) })
      }
    }
    return matches.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit)
  }

  /** The indexed questions that an incoming (unsaved) question likely duplicates, best first. */
  const check = ({ text, threshold, limit }: { text: QuestionText; threshold?: number; limit?: number }) => {
    const features = featuresOf(text, stem)
    return matchesOf({ features, bandKeys: keysOf(features), threshold, limit })
  }

  /** The likely duplicates of an indexed question. */
  const neighbours = ({ id, threshold, limit }: { id: string | number; threshold?: number; limit?: number }) => {
    const entry = entries.get(String(id))
    return entry ? matchesOf({ features: entry.features, bandKeys: entry.bandKeys, excludeId: entry.id, threshold, limit }) : []
  }

  /**
   * Groups of likely duplicates (connected by scores at or above the
   * threshold, leaving out dismissed pairs), largest first; with roleId,
   * only groups that touch that role.
   */
  const clusters = ({
    threshold = defaultThreshold,
    roleId,
    dismissed,
  }: { threshold?: number; roleId?: string | number; dismissed?: ReadonlySet<string> } = {}) => {
    const parent = new Map<string, string>()
    const find = (id: string): string => {
      let root = id
      while (parent.get(root) !== root) root = parent.get(root)!
      parent.set(id, root)
      return root
    }
    const best = new Map<string, number>()
    for (const entry of entries.values()) {
      for (const match of neighbours({ id: entry.id, threshold, limit: Number.POSITIVE_INFINITY })) {
        if (dismissed?.has(pairKey(entry.id, match.id))) continue
        if (!parent.has(entry.id)) parent.set(entry.id, entry.id)
        if (!parent.has(match.id)) parent.set(match.id, match.id)
        parent.set(find(entry.id), find(match.id))
        best.set(entry.id, Math.max(best.get(entry.id) ?? 0, match.score))
      }
    }
    const groups = new Map<string, string[]>()
    for (const id of parent.keys()) groups.set(find(id), [...(groups.get(find(id)) ?? []), id])
    const role = roleId == null ? null : String(roleId)
    return [...groups.values()]
      .filter((ids) => role === null || ids.some((id) => entries.get(id)!.roleId === role))
      .map((ids) => ({
        questions: ids.map((id) => entries.get(id)!).map(({ id, roleId: memberRole, title }) => ({ id, roleId: memberRole, title })),
        topScore: Math.max(...ids.map((id) => best.get(id) ?? 0)),
      }))
      .sort((a, b) => b.questions.length - a.questions.length || b.topScore - a.topScore)
  }

  return {
    upsert,
    remove,
    check,
    neighbours,
    clusters,
    has: (id: string | number) => entries.has(String(id)),
    get size() {
      return entries.size
    },
  }
}
