import type { Payload, PayloadRequest } from 'payload'

import type { Level, Question, Role } from '../payload-types'
import type { Bank, BankLevel, BankQuestion } from '../../format/model'

import { slugCandidates } from '../../format/slug'
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

/** A finding of the plan with its place in the document (e.g. a stable id of another role). */
export type PlanDiagnostic = { line: number; column: number; severity: 'warning'; ruleId: string; message: string }

export type ImportPlan = {
  role: { existing: Role | null; name: string; slug: string }
  diagnostics: PlanDiagnostic[]
  levels: { bankLevel: BankLevel; existing: Level | null; slug: string; rank: number }[]
  actions: QuestionAction[]
  counts: { created: number; updated: number; unchanged: number; proposed: number }
}

const sameId = (a: unknown, b: unknown): boolean => idKey(a) === idKey(b)

const idChunk = 500

/** The fields matching and planning read from stored questions. */
const matchFields = { role: true, level: true, position: true, prompt: true, tags: true, stableId: true, reviewStatus: true, _status: true, provenance: { contentHash: true } } as const

/** The declared slug when free, else the first free one derived from the name (format/slug.ts). */
const uniqueSlugFor = async ({ name, declared, taken }: { name: string; declared: string | null; taken: (slug: string) => Promise<boolean> }) => {
  const candidates = [...(declared ? [declared] : []), ...slugCandidates(name)]
  for (const candidate of candidates) if (!(await taken(candidate))) return candidate
  throw new Error(`No free slug for "${name}": ${candidates.join(', ')} are all taken`)
}

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

/** The plan of a bank for an empty database: every role, level and question is new. */
export const planNewBank = ({ bank }: { bank: Bank }): ImportPlan => {
  const slugs = new Set<string>()
  const levels = bank.levels.map((bankLevel, index) => {
    const slug = [...(bankLevel.slug ? [bankLevel.slug] : []), ...slugCandidates(bankLevel.name)].find((candidate) => !slugs.has(candidate))!
    slugs.add(slug)
    return { bankLevel, existing: null, slug, rank: bankLevel.rank ?? index + 1 }
  })
  const actions: QuestionAction[] = bank.levels.flatMap((level) =>
    level.questions.map((question, index) => ({ kind: 'create' as const, level, question, position: index + 1, contentHash: questionContentHash({ question }) })),
  )
  return {
    role: { existing: null, name: bank.role.name, slug: bank.role.slug ?? slugCandidates(bank.role.name)[0] },
    diagnostics: [],
    levels,
    actions,
    counts: { created: actions.length, updated: 0, unchanged: 0, proposed: 0 },
  }
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
  // A role is the one with this exact name. A slug is never a match: two names that slugify alike
  // ("C++", "C#") stay two roles, the second slug taking the name's short hash. An export's slug is
  // only the preferred slug of a new role.
  const roles = await payload.find({ collection: 'roles', where: { name: { equals: bank.role.name } }, limit: 1, depth: 0, req })
  const existingRole = roles.docs[0] ?? null
  const slugTaken = (collection: 'roles' | 'levels') => async (slug: string) =>
    (await payload.count({ collection, where: { slug: { equals: slug } }, req })).totalDocs > 0
  const roleSlug =
    existingRole?.slug ?? (await uniqueSlugFor({ name: bank.role.name, declared: bank.role.slug, taken: slugTaken('roles') }))

  // Levels are shared by every role and matched by name alone (case aside), for the same reason.
  const names = bank.levels.map((level) => level.name)
  const storedLevels = await payload.find({ collection: 'levels', where: { name: { in: names } }, limit: 0, depth: 0, req })
  const lastRank = (await payload.find({ collection: 'levels', sort: '-rank', limit: 1, depth: 0, req })).docs[0]?.rank ?? 0
  const sameName = (a: string, b: string) => a.normalize('NFC').toLocaleLowerCase() === b.normalize('NFC').toLocaleLowerCase()
  const newSlugs = new Set<string>()
  const levels: ImportPlan['levels'] = []
  for (const [index, bankLevel] of bank.levels.entries()) {
    const existing =
storedLevels.docs.find((level) => sameName(level.name, bankLevel.name)) ?? null
    const taken = slugTaken('levels')
    const slug =
      existing?.slug ??
      (await uniqueSlugFor({ name: bankLevel.name, declared: bankLevel.slug, taken: async (candidate) => newSlugs.has(candidate) || (await taken(candidate)) }))
    newSlugs.add(slug)
    // New sections keep the document's order after the ones already known.
    const rank = existing?.rank ?? bankLevel.rank ?? lastRank + index + 1
    levels.push({ bankLevel, existing, slug, rank })
  }

  // Only what matching needs, not whole documents: a bank can hold tens of thousands of questions.
  const stored: Question[] = existingRole
    ? ((
        await payload.find({
          collection: 'questions',
          where: { role: { equals: existingRole.id } },
          select: matchFields,
          draft: true,
          limit: 0,
          depth: 0,
          pagination: false,
          req,
        })
      ).docs as Question[])
    : []
  const keys = bank.levels.flatMap((level) => level.questions.map((question) => question.key).filter(Boolean))
  // In chunks: one `in` list of every key would pass SQLite's limit of 32,766 variables.
  const byKey: Question[] = []
  for (let start = 0; start < keys.length; start += idChunk) {
    const chunk = keys.slice(start, start + idChunk)
    const found = await payload.find({ collection: 'questions', where: { stableId: { in: chunk } }, select: matchFields, draft: true, limit: 0, depth: 0, pagination: false, req })
    byKey.push(...(found.docs as Question[]))
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

  const diagnostics: PlanDiagnostic[] = []
  type Matched = { bankLevel: BankLevel; question: BankQuestion; position: number; contentHash: string; match?: Question; byKey: boolean; levelId?: unknown }
  const matched: Matched[] = []
  for (const { bankLevel, existing: level } of levels) {
    bankLevel.questions.forEach((bankQuestion, index) => {
      let question = bankQuestion
      const position = index + 1
      const contentHash = questionContentHash({ question })
      const byId = question.key ? byStableId.get(question.key) : undefined
      // A stable id of another role's question: an import into this role never touches it.
      const foreign = byId !== undefined && (!existingRole || !sameId(byId.role, existingRole.id))
      if (foreign) {
        diagnostics.push({
          line: question.position.start.line,
          column: question.position.start.column,
          severity: 'warning',
          ruleId: 'foreign-stable-id',
          message: `The id "${question.key}" belongs to a question of another role; imported here as a new question with a new id, the other role's question is left as it is.`,
        })
        question = { ...question, key: null }
      }
      const keyed = foreign ? undefined : claim(byId)
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

  return { role: { existing: existingRole, name: bank.role.name, slug: roleSlug }, diagnostics, levels, actions, counts }
}
