import type { Payload } from 'payload'

import type { BankDocument } from '../../format/schema'
import type { Release } from '../payload-types'
import type { DiffPart } from '../review/wordDiff'

import { escapeRawHtml } from '../../format/markdown-html'
import { bankDocumentSchema } from '../../format/schema'
import { diffHasChanges, wordDiff } from '../review/wordDiff'

/**
 * What changed between two releases of a role, from their frozen JSON
 * snapshots: questions added, removed, reworded (with the review's word
 * diff), hints changed, moved between levels. Questions are matched by
 * stable id. Given as JSON (this shape) and as Markdown.
 */

type QuestionRef = { id: string; prompt: string; level: string }
type HintChange = { position: number; change: 'added' | 'removed' | 'changed'; before: string | null; after: string | null; diff: DiffPart[] }

export type Changelog = {
  role: { slug: string; name: string }
  from: { version: number; contentHash: string }
  to: { version: number; contentHash: string }
  summary: { added: number; removed: number; reworded: number; hintsChanged: number; moved: number; unchanged: number }
  added: QuestionRef[]
  removed: QuestionRef[]
  reworded: (QuestionRef & { before: string; diff: DiffPart[] })[]
  hintsChanged: (QuestionRef & { hints: HintChange[] })[]
  moved: (QuestionRef & { fromLevel: string })[]
}

type Located = { id: string; prompt: string; level: string; hints: string[] }

function questionsOf(document: BankDocument): Map<string, Located> {
  const questions = new Map<string, Located>()
  for (const level of document.levels) {
    for (const question of level.questions) {
      questions.set(question.id, { id: question.id, prompt: question.prompt, level: level.name, hints: question.hints.map((hint) => hint.markdown) })
    }
  }
  return questions
}

function hintChanges({ before, after }: { before: string[]; after: string[] }): HintChange[] {
  const changes: HintChange[] = []
  for (let index = 0; index < Math.max(before.length, after.length); index += 1) {
    const old = before[index] ?? null
    const next = after[index] ?? null
    if (old === next) continue
    changes.push({
      position: index + 1,
      change: old === null ? 'added' : next === null ? 'removed' : 'changed',
      before: old,
      after: next,
      diff: wordDiff({ before: old ?? '', after: next ?? '' }),
    })
  }
  return changes
}

export function changelogBetween({
  before,
  after,
  fromVersion,
  toVersion,
}: {
  before: BankDocument
  after: BankDocument
  fromVersion: number
  toVersion: number
}): Changelog {
  const old = questionsOf(before)
  const next = questionsOf(after)
  const ref = ({ id, prompt, level }: Located): QuestionRef => ({ id, prompt, level })
  const changelog: Changelog = {
    role: { slug: after.role.slug, name: after.role.name },
    from: { version: fromVersion, contentHash: before.contentHash },
    to: { version: toVersion, contentHash: after.contentHash },
    summary: { added: 0, removed: 0, reworded: 0, hintsChanged: 0, moved: 0, unchanged: 0 },
    added: [],
    removed: [],
    reworded: [],
    hintsChanged: [],
    moved: [],
  }
  for (const question of next.values()) {
    const previous = old.get(question.id)
    if (!previous) {
      changelog.added.push(ref(question))
      continue
    }
    let changed = false
    if (previous.prompt !== question.prompt) {
      const diff = wordDiff({ before: previous.prompt, after: question.prompt })
      if (diffHasChanges(diff)) changelog.reworded.push({ ...ref(question), before: previous.prompt, diff })
      changed = true
    }
    const hints = hintChanges({ before: previous.hints, after: question.hints })
    if (hints.length > 0) {
      changelog.hintsChanged.push({ ...ref(question), hints })
      changed = true
    }
    if (previous.level !== question.level) {
      changelog.moved.push({ ...ref(question), fromLevel: previous.level })
      changed = true
    }
    if (!changed) changelog.summary.unchanged += 1
  }
  for (const question of old.values()) if (!next.has(question.id)) changelog.removed.push(ref(question))
  changelog.summary.added = changelog.added.length
  changelog.summary.removed = changelog.removed.length
  changelog.summary.reworded = changelog.reworded.length
  changelog.summary.hintsChanged = changelog.hintsChanged.length
  changelog.summary.moved = changelog.moved.length
  return changelog
}

/** A word diff in Markdown: deletions ~~struck~~, insertions **bold**; raw HTML in the words is escaped. */
function diffMarkdown(diff: DiffPart[]): string {
  const markdown = diff
    .map((part) => {
      const text = part.text.replace(/\s+/g, ' ')
      if (part.type === 'equal' || text.trim() === '') return text
      const lead = text.match(/^\s*/)?.[0] ?? ''
      const trail = text.match(/\s*$/)?.[0] ?? ''
      const core = text.trim()
      return `${lead}${part.type === 'insert' ? `**${core}**` : `~~${core}~~`}${trail}`
    })
    .join('')
  return escapeRawHtml(markdown)
}

/** A prompt on one list line; raw HTML in it is escaped, as in the Markdown export, so a renderer shows it as text. */
const quoteLine = (text: string) => escapeRawHtml(text.replace(/\s+/g, ' ').trim())

export function changelogMarkdown(changelog: Changelog): string {
  const { summary } = changelog
  const lines = [
    `# ${changelog.role.name}: release ${changelog.from.version} → ${changelog.to.version}`,
    '',
    `${summary.added} added, ${summary.removed} removed, ${summary.reworded} reworded, ${summary.hintsChanged} with changed hints, ${summary.moved} moved, ${summary.unchanged} unchanged.`,
  ]
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return
    lines.push('', `## ${title}`, '', ...items)
  }
  section('Added', changelog.added.map((question) => `- ${quoteLine(question.prompt)} (${question.level}, \`${question.id}\`)`))
  section('Removed', changelog.removed.map((question) => `- ${quoteLine(question.prompt)} (${question.level}, \`${question.id}\`)`))
  section('Reworded', changelog.reworded.map((question) => `- \`${question.id}\`: ${diffMarkdown(question.diff)}`))
  section(
    'Hints changed',
    changelog.hintsChanged.flatMap((question) => [
      `- ${quoteLine(question.prompt)} (\`${question.id}\`)`,
      ...question.hints.map((hint) => `  - hint ${hint.position} ${hint.change}: ${diffMarkdown(hint.diff)}`),
    ]),
  )
  section('Moved', changelog.moved.map((question) => `- ${quoteLine(question.prompt)} (\`${question.id}\`): ${question.fromLevel} → ${question.level}`))
  return `${lines.join('\n')}\n`
}

const snapshotOf = (release: Release): BankDocument => bankDocumentSchema.parse(JSON.parse(release.snapshot))

const roleIdOf = (release: Release) => (typeof release.role === 'object' && release.role !== null ? release.role.id : release.role)

/** The release of the same role just before `release`, or null for its first release. */
export async function previousRelease({ payload, release }: { payload: Payload; release: Release }): Promise<Release | null> {
  const { docs } = await payload.find({
    collection: 'releases',
    where: { and: [{ role: { equals: roleIdOf(release) } }, { version: { less_than: release.version } }] },
    sort: '-version',
    limit: 1,
    depth: 0,
  })
  return docs[0] ?? null
}

export function changelogOfReleases({ from, to }: { from: Release; to: Release }): Changelog {
  return changelogBetween({ before: snapshotOf(from), after: snapshotOf(to), fromVersion: from.version, toVersion: to.version })
}
