import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { ExportLevel, ExportQuestion, ExportRole } from '../../exporters/index'
import { exportBankToString, sourceFromArrays } from '../../exporters/index'
import { parseBank } from '../../importers/parse'
import { seededRandom } from '../../test/helpers/random'

/**
 * The generated bank every case of the suite works on. It is a pure function
 * of (size, seed): the same questions, in the same order, in every child
 * process, so that each tool imports or exports exactly the same rows.
 *
 * - Levels: the sections of the examples (Beginner … Behavioral), in the
 *   examples' proportions (5/10/10/10/10/5 of every 50 questions).
 * - Hints: one per question, as in the examples, drawn (with a fixed seed)
 *   from the hint lines of examples/*.txt, so their lengths are the real ones
 *   (125–404 characters).
 * - Prompts: synthesised from the examples' vocabulary with realistic
 *   lengths (about 50–150 characters), unique within the bank.
 * - Tags: 0–3 of a small vocabulary.
 */

export const benchSeed = 20_240_607

export type BenchLevel = { slug: string; name: string; rank: number; share: number }

export type BenchQuestion = {
  stableId: string
  levelSlug: string
  /** 1-based, inside its level. */
  position: number
  prompt: string
  tags: string[]
  /** One hint, Markdown as in the examples. */
  hint: string
}

export type BenchBank = { role: ExportRole; levels: BenchLevel[]; questions: BenchQuestion[] }

const examplesDir = path.resolve(import.meta.dirname, '../../examples')

type Examples = { levels: { name: string; count: number }[]; hints: string[] }

let examplesCache: Examples | null = null

/** The levels and hint texts of examples/*.txt, read with Prepbank's own parser. */
export function exampleContent(): Examples {
  if (examplesCache) return examplesCache
  const names = readdirSync(examplesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
  if (names.length === 0) throw new Error(`No example documents in ${examplesDir}: the benchmark draws its hints from them`)
  const levels = new Map<string, number>()
  const hints: string[] = []
  for (const name of names) {
    const { bank } = parseBank(readFileSync(path.join(examplesDir, name)), { path: name })
    if (!bank) throw new Error(`examples/${name} did not parse`)
    for (const level of bank.levels) {
      levels.set(level.name, (levels.get(level.name) ?? 0) + level.questions.length)
      for (const question of level.questions) for (const hint of question.hints) hints.push(hint.text)
    }
  }
  examplesCache = { levels: [...levels].map(([name, count]) => ({ name, count })), hints }
  return examplesCache
}

const slugOf = (name: string): string =>
  name
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

const openers = [
  'How would you',
  'Walk me through how you would',
  'What is your approach to',
  'Describe a time you had to',
  'How do you decide when to',
  'What trade-offs do you weigh to',
  'Explain how you would',
]

const tagVocabulary = ['etl', 'ml-ops', 'labeling', 'quality', 'privacy', 'streaming', 'vector-search', 'governance', 'sql', 'python']

/** The bank of `size` questions, deterministic for (size, seed). */
export function generateBank({ size, seed = benchSeed }: { size: number; seed?: number }): BenchBank {
  const { levels: exampleLevels, hints } = exampleContent()
  const total = exampleLevels.reduce((sum, level) => sum + level.count, 0)
  const levels: BenchLevel[] = exampleLevels.map((level, index) => ({
    slug: slugOf(level.name),
    name: level.name,
    rank: index + 1,
    share: level.count / total,
  }))
  const words = [...new Set(hints.join(' ').split(/\s+/))]
    .map((word) => word.replace(/[^A-Za-z-]/g, ''))
    .filter((word) => word.length >= 3)
  const random = seededRandom(seed)
  const pick = <Item>(items: readonly Item[]): Item => items[Math.floor(random() * items.length)]

  // Questions per level in the examples' proportions; the last level takes the rounding.
  const counts = levels.map((level) => Math.floor(size * level.share))
  counts[counts.length - 1] += size - counts.reduce((sum, count) => sum + count, 0)

  const prompts = new Set<string>()
  const questions: BenchQuestion[] = []
  for (const [levelIndex, level] of levels.entries()) {
    for (let position = 1; position <= counts[levelIndex]; position += 1) {
      let prompt: string
      do {
        // 7–22 words: about 50–150 characters, like a spoken interview question.
        const body = Array.from({ length: 7 + Math.floor(random() * 16) }, () => pick(words).toLowerCase()).join(' ')
        prompt = `${pick(openers)} ${body}?`
      } while (prompts.has(prompt))
      prompts.add(prompt)
      questions.push({
        stableId: `bench-${seed}-${questions.length + 1}`,
        levelSlug: level.slug,
        position,
        prompt,
        tags: [...new Set(Array.from({ length: Math.floor(random() * 4) }, () => pick(tagVocabulary)))],
        hint: pick(hints),
      })
    }
  }
  return {
    role: {
      slug: 'benchmark-specialist',
      name: 'Benchmark Specialist',
      title: 'Benchmark Specialist Interview Questions',
      summary: `${size} generated questions for the benchmark suite.`,
    },
    levels,
    questions,
  }
}

/** The bank as the exporters' source (what a Prepbank export of it would read). */
export function bankSource(bank: BenchBank) {
  const levels: { level: ExportLevel; questions: ExportQuestion[] }[] = bank.levels.map((level) => ({
    level: { slug: level.slug, name: level.name, rank: level.rank },
    questions: bank.questions
      .filter((question) => question.levelSlug === level.slug)
      .map((question) => ({
        id: question.stableId,
        prompt: question.prompt,
        tags: question.tags,
        hints: [{ markdown: question.hint, plainText: question.hint }],
      })),
  }))
  return sourceFromArrays({ role: bank.role, levels })
}

/**
 * The bank as the document Prepbank's importer reads: Markdown in Prepbank's
 * layout (front matter, a heading per level and per question, hints as
 * blockquotes), without the `<!-- id: … -->` lines of an export, as an author
 * writes it: the importer gives each new question its stable id.
 */
export async function bankMarkdown(bank: BenchBank): Promise<string> {
  const markdown = await exportBankToString({ source: bankSource(bank), format: 'md' })
  return markdown.replace(/^<!-- id: [^\n]* -->\n\n/gm, '')
}

/** The layouts users' banks come in, as the import cases write the generated bank. */
export const bankLayouts = ['export', 'markdown', 'qa', 'seed'] as const
export type BankLayout = (typeof bankLayouts)[number]

/**
 * The bank as a user's document:
 * - export: Prepbank's own Markdown export (front matter, headings, blockquoted hints);
 * - markdown: a generic Markdown bank, `## Level` sections of numbered `### N. Prompt?` questions,
 *   each followed by a one-paragraph answer, no front matter;
 * - qa: plain text, a title line, section lines and `Q:`/`A:` pairs;
 * - seed: the layout of examples/*.txt (prepbank-text): hint-only questions, one hint per line.
 */
export async function bankDocument({ bank, layout }: { bank: BenchBank; layout: BankLayout }): Promise<string> {
  if (layout === 'export') return bankMarkdown(bank)
  const byLevel = bank.levels.map((level) => ({ level, questions: bank.questions.filter((question) => question.levelSlug === level.slug) }))
  const title = `${bank.role.name} Interview Questions`
  if (layout === 'markdown') {
    return `# ${title}\n\n${byLevel
      .map(({ level, questions }) => `## ${level.name}\n\n${questions.map((question) => `### ${question.position}. ${question.prompt}\n\n${question.hint}\n`).join('\n')}`)
      .join('\n')}`
  }
  if (layout === 'qa') {
    return `${title}\n\n${byLevel.map(({ level, questions }) => `${level.name}\n\n${questions.map((question) => `Q: ${question.prompt}\nA: ${question.hint}\n`).join('\n')}`).join('\n')}`
  }
  const hintLines = (questions: BenchQuestion[]) => questions.map((question) => question.hint.replace(/\s*\n\s*/g, ' ')).join('\n')
  return `Interview Prep\n${title}\n${bank.questions.length} expert questions covering everything.\n${byLevel
    .map(({ level, questions }) => `${level.name}\n${questions.length} questions${hintLines(questions)}\n`)
    .join('')}`
}
