import type { Payload, PayloadRequest } from 'payload'

import type { Level, Question, Role } from '../payload-types'
import type { Bank, BankLevel, BankQuestion } from '../../format/model'

import { slugify } from '../../format/slug'
import { questionContentHash } from '../../format/content-hash'
import { hintsByQuestion } from '../content/hintsByQuestion'
import { idKey } from '../content/ids'

export type QuestionAction =
  | { kind: 'create'; level: BankLevel; question: BankQuestion; position: number; contentHash: string }
  | { kind: 'unchanged'; level: BankLevel; question: BankQuestion; position: number; contentHash: string; existing: Question }
  /** The stored question is a draft: its draft is brought up to date. */
  | { kind: 'update'; level: BankLevel; question: BankQuestion; position: number; contentHash: string; existing: Question }
  /** The stored wording is approved: a new draft is opened for review and the approved one stays published. */
  | { kind: 'propose'; level: BankLevel; question: BankQuestion; position: number; contentHash: string; existing: Question }

export type ImportPlan = {
  role: { existing: Role | null; name: string; slug: string }
  levels: { bankLevel: BankLevel; existing: Level | null; slug: string; rank: number }[]
  actions: QuestionAction[]
  counts: { created: number; updated: number; unchanged: number; proposed: number }
}

const sameId = (a: unknown, b: unknown): boolean => idKey(a) === idKey(b)

const idChunk = 500

/**
 * The content hash of what the database holds now for the given questions,
 * computed the way the document's is (a document without wording ignores
 * the stored prompt). Hints are read in chunks to stay under SQL variable limits.
 */
const currentContentHashes = async ({
  payload,
  req,
  entries,
}: {
  payload: Payload
  req?: Partial<PayloadRequest>
  entries: { question: BankQuestion; match?: Question }[]
}): Promise<Map<string, string>> => {
  const hashes = new Map<string, string>()
  for (let start = 0; start < entries.length; start += idChunk) {
    const chunk = entries.slice(start, start + idChunk)
    const hints = await payload.find({
      collection: 'hints',
      where: { question: { in: chunk.map((entry) => entry.match!.id) } },
      sort: 'position',
      draft: true,
      limit: 0,
      depth: 0,
      pagination: false,
      req,
    })
    const hintsOf = hintsByQuestion(hints.docs)
    for (const { question, match } of chunk) {
      const own = hintsOf.get(idKey(match!.id)) ?? []
      const current = {
        prompt: question.prompt === null ? null : (match!.prompt ?? null),
        tags: match!.tags ?? [],
        hints: own.map((hint) => ({ text: hint.markdown ?? '', position: question.position })),
      }
      hashes.set(String(match!.id), questionContentHash({ question: current }))
    }
  }
  return hashes
}

/**
 * Works out, without writing, what importing a bank would do. Questions are
 * matched by their stable id (Prepbank's own exports), then by content
 * (moved but unchanged), then by role, section and position (edited).
 */
export const planImport = async ({
  payload,
  bank,
  req,
}: {
  payload: Payload
  bank: Bank
  req?: Partial<PayloadRequest>
}): Promise<ImportPlan> => {
  const roleSlug = bank.role.slug ?? slugify(bank.role.name)
  const roles = await payload.find({
    collection: 'roles',
    where: { or: [{ slug: { equals: roleSlug } }, { name: { equals: bank.role.name } }] },
    limit: 1,
    depth: 0,
    req,
  })
  const existingRole = roles.docs[0] ?? null

  const names = bank.levels.map((level) => level.name)
  const slugs = bank.levels.map((level) => level.slug ?? slugify(level.name))
  const storedLevels = await payload.find({
    collection: 'levels',
    where: { or: [{ name: { in: names } }, { slug: { in: slugs } }] },
    limit: 0,
    depth: 0,
    req,
  })
  const lastRank = (await payload.find({ collection: 'levels', sort: '-rank', limit: 1, depth: 0, req })).docs[0]?.rank ?? 0
  const levels = bank.levels.map((bankLevel, index) => {
    const slug = slugs[index]
    const existing =
      storedLevels.docs.find((level) => level.name.toLowerCase() === bankLevel.name.toLowerCase()) ??
      storedLevels.docs.find((level) => level.slug === slug) ??
      null
    // New sections keep the document's order after the ones already known.
    const rank = existing?.rank ?? bankLevel.rank ?? lastRank + index + 1
    return { bankLevel, existing, slug, rank }
  })

  const stored: Question[] = existingRole
    ? (
        await payload.find({
          collection: 'questions',
          where: { role: { equals: existingRole.id } },
          draft: true,
          limit: 0,
          depth: 0,
          req,
        })
      ).docs
    : []
  const keys = bank.levels.flatMap((level) => level.questions.map((question) => question.key).filter(Boolean))
  // In chunks: one `in` list of every key would pass SQLite's limit of 32,766 variables.
  const byKey: Question[] = []
  for (let start = 0; start < keys.length; start += idChunk) {
    const chunk = keys.slice(start, start + idChunk)
    const found = await payload.find({ collection: 'questions', where: { stableId: { in: chunk } }, draft: true, limit: 0, depth: 0, req })
    byKey.push(...found.docs)
  }

  // Indexes instead of scans: a bank can hold tens of thousands of questions.
  const byStableId = new Map(byKey.map((question) => [question.stableId, question]))
  const byContent = new Map<string, Question[]>()
  const byPlace = new Map<string, Question>()
  for (const question of stored) {
    const hash = question.provenance?.contentHash
    if (hash) byContent.set(hash, [...(byContent.get(hash) ?? []), question])
    byPlace.set(`${idKey(question.level)}:${question.position}`, question)
  }
  const claimed = new Set<unknown>()
  const claim = (question: Question | undefined): Question | undefined => {
    if (!question || claimed.has(question.id)) return undefined
    claimed.add(question.id)
    return question
  }

  type Matched = { bankLevel: BankLevel; question: BankQuestion; position: number; contentHash: string; match?: Question; byKey: boolean; levelId?: unknown }
  const matched: Matched[] = []
  for (const { bankLevel, existing: level } of levels) {
    bankLevel.questions.forEach((question, index) => {
      const position = index + 1
      const contentHash = questionContentHash({ question })
      const keyed = claim(question.key ? byStableId.get(question.key) : undefined)
      const match =
        keyed ??
        claim(byContent.get(contentHash)?.find((candidate) => !claimed.has(candidate.id))) ??
        claim(level ? byPlace.get(`${String(level.id)}:${position}`) : undefined)
      matched.push({ bankLevel, question, position, contentHash, match, byKey: Boolean(keyed), levelId: level?.id })
    })
  }

  // A document unchanged since its last import leaves alone whatever editors did since. Otherwise
  // the question is unchanged only if the database already says the same (e.g. re-importing an export).
  const sameAsImported = (entry: Matched) => entry.match?.provenance?.contentHash === entry.contentHash
  const currentHashes = await currentContentHashes({
    payload,
    req,
    entries: matched.filter((entry) => entry.match && !sameAsImported(entry)),
  })

  const actions: QuestionAction[] = []
  const counts = { created: 0, updated: 0, unchanged: 0, proposed: 0 }
  for (const entry of matched) {
    const { match, bankLevel, question, position, contentHash } = entry
    const base = { level: bankLevel, question, position, contentHash }
    if (!match) {
      actions.push({ kind: 'create', ...base })
      counts.created += 1
      continue
    }
    // An export renumbers positions inside its selection: a question it names by id has not moved.
    const samePlace = Boolean(entry.levelId) && sameId(match.level, entry.levelId) && (entry.byKey || match.position === position)
    const sameContent = sameAsImported(entry) || currentHashes.get(String(match.id)) === contentHash
    if (samePlace && sameContent) {
      actions.push({ kind: 'unchanged', ...base, existing: match })
      counts.unchanged += 1
    } else if (match.reviewStatus === 'approved' || match._status === 'published') {
      actions.push({ kind: 'propose', ...base, existing: match })
      counts.proposed += 1
    } else {
      actions.push({ kind: 'update', ...base, existing: match })
      counts.updated += 1
    }
  }

  return { role: { existing: existingRole, name: bank.role.name, slug: roleSlug }, levels, actions, counts }
}
