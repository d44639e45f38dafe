import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { deriveWorkingTitle } from '../importers/hint-lead-in'
import type { Layout } from '../format/model'
import { parseBank } from '../importers/parse'
import { seededRandom as random } from '../test/helpers/random'

/**
 * Parser throughput on large documents: ≥ 20 MB in the prepbank-text layout
 * and in Prepbank's Markdown export shape, built from the hints of the two
 * real examples with a fixed seed (so every run parses the same bytes).
 *
 * Then, by bank size (1k, 10k, 50k questions): generic Markdown (sections,
 * numbered questions, one-paragraph answers), plain-text Q&A and the seed
 * text layout, and remark-parse alone on the same generic Markdown — the
 * floor the Markdown reader stands on (it parses with remark).
 *
 *     NODE_OPTIONS=--conditions=production npx tsx bench/parse.ts                       # all
 *     NODE_OPTIONS=--conditions=production npx tsx bench/parse.ts --sizes 1000,10000 --no-large
 */

export type ParseBenchmark = {
  /** What was parsed: the plain-text layout, Prepbank's Markdown export, or the same Markdown without its front matter. */
  document:
    | 'prepbank-text'
    | 'markdown-export'
    | 'markdown-without-front-matter'
    | `generic-markdown-${number}`
    | `qa-text-${number}`
    | `seed-text-${number}`
    | `remark-parse-floor-${number}`
  /** The layout read; null for the remark-parse floor, which reads no layout. */
  layout: Layout | null
  bytes: number
  questions: number
  ms: number
  mbPerSec: number
}

const targetBytes = 20 * 1024 * 1024
const examplesDirectory = join(import.meta.dirname, '..', 'test', 'importers', 'fixtures')


function exampleHints(): string[] {
  return ['text-ai-data-ops-specialist', 'text-ai-image-data-specialist'].flatMap((name) => {
    const { bank } = parseBank(readFileSync(join(examplesDirectory, name, 'input.txt')), { path: name })
    return bank?.levels.flatMap((level) => level.questions.map((question) => question.hints[0].text)) ?? []
  })
}

/** Hints from the examples, each made unique (so no duplicate warnings swamp the run). */
function* hintStream(seed: number): Generator<string> {
  const hints = exampleHints()
  const next = random(seed)
  for (let index = 0; ; index++) yield `${hints[Math.floor(next() * hints.length)].replace(/\.$/, '')} (case ${index}).`
}

export function generatePrepbankText({ bytes = targetBytes, seed = 1 } = {}): string {
  const hints = hintStream(seed)
  const sections: string[] = []
  let size = 0
  let total = 0
  for (let level = 1; size < bytes; level++) {
    const lines = Array.from({ length: 10 }, () => hints.next().value as string)
    const section = `Level ${level}\n10 questions${lines.join('\n')}\n`
    sections.push(section)
    size += section.length
    total += lines.length
  }
  return `Interview Prep\nBenchmark Specialist Interview Questions\n${total} expert questions covering everything.\n${sections.join('')}`
}

/**
 * Markdown in the export's shape. Without front matter it is no longer
 * recognisably an export, so it goes through the general (mdast) reader.
 */
export function generateMarkdown({ bytes = targetBytes, seed = 2, frontMatter = true } = {}): string {
  const hints = hintStream(seed)
  const next = random(seed + 1)
  const levels: string[] = []
  const names: string[] = []
  let size = 0
  let total = 0
  for (let level = 1; size < bytes; level++) {
    names.push(`Level ${level}`)
    const questions: string[] = []
    for (let index = 0; index < 10; index++) {
      const hint = hints.next().value as string
      const prompt = `${deriveWorkingTitle({ hint }).replace(/…$/, '')} (${level}.${index})?`
      const blocks = [`### ${prompt}`, `<!-- id: q-${level}-${index} -->`]
      if (next() < 0.5) blocks.push('Tags: benchmark, generated')
      blocks.push(`> ${hint}`)
      // Every third question also has a multi-paragraph hint with a list.
      if (index % 3 === 0) blocks.push(`> ${hints.next().value as string}\n>\n> - first point\n> - second point`)
      questions.push(blocks.join('\n\n'))
    }
    const section = `## Level ${level}\n\n${questions.join('\n\n')}\n\n`
    levels.push(section)
    size += section.length
    total += 10
  }
  const metadata = ['---', 'prepbank: 1', 'role:', '  slug: benchmark-specialist', '  name: Benchmark Specialist', '---', '', ''].join('\n')
  return `${frontMatter ? metadata : ''}# Benchmark Specialist Interview Questions\n\n${total} expert questions covering everything.\n\n${levels.join('')}`
}

/**
 * Generic Markdown as people write it: a title, 10 `##` sections, numbered
 * questions ("12. What …?") each followed by a one-paragraph answer. About
 * 330 bytes a question: 10k questions ≈ 3.3 MB.
 */
export function generateGenericMarkdown({ questions, seed = 3 }: { questions: number; seed?: number }): string {
  const hints = hintStream(seed)
  const perSection = Math.ceil(questions / 10)
  const sections: string[] = []
  for (let section = 0, written = 0; written < questions; section++) {
    const items: string[] = []
    for (let index = 0; index < perSection && written < questions; index++, written++) {
      const hint = hints.next().value as string
      const marker = `${index + 1}. `
      items.push(`${marker}${deriveWorkingTitle({ hint }).replace(/…$/, '')} (${section}.${index})?\n\n${' '.repeat(marker.length)}${hint}`)
    }
    sections.push(`## Section ${section + 1}\n\n${items.join('\n\n')}\n`)
  }
  return `# Benchmark Specialist Interview Questions\n\n${sections.join('\n')}`
}

/** Plain-text Q&A: "Q12: …?" and "A: …" lines under bare section lines. */
export function generateQaText({ questions, seed = 4 }: { questions: number; seed?: number }): string {
  const hints = hintStream(seed)
  const perSection = Math.ceil(questions / 10)
  const lines: string[] = ['Benchmark Specialist Interview Questions', '']
  for (let section = 0, written = 0; written < questions; section++) {
    lines.push(`Section ${section + 1}`, '')
    for (let index = 0; index < perSection && written < questions; index++, written++) {
      const hint = hints.next().value as string
      lines.push(`Q${written + 1}: ${deriveWorkingTitle({ hint }).replace(/…$/, '')} (${section}.${index})?`, `A: ${hint}`, '')
    }
  }
  return lines.join('\n')
}

/** The seed text layout (examples/), hint-only questions, 10 to a section. */
export function generateSeedText({ questions, seed = 1 }: { questions: number; seed?: number }): string {
  const hints = hintStream(seed)
  const sections: string[] = []
  for (let level = 1, written = 0; written < questions; level++) {
    const lines = Array.from({ length: Math.min(10, questions - written) }, () => hints.next().value as string)
    written += lines.length
    sections.push(`Level ${level}\n${lines.length} questions${lines.join('\n')}\n`)
  }
  return `Interview Prep\nBenchmark Specialist Interview Questions\n${questions} expert questions covering everything.\n${sections.join('')}`
}

function measure({
  document,
  layout,
  text,
  expected,
}: {
  document: ParseBenchmark['document']
  layout: Layout
  text: string
  /** Questions the generated document holds; a reading that finds another number is wrong, not slow. */
  expected?: number
}): ParseBenchmark {
  const input = Buffer.from(text, 'utf8')
  const started = performance.now()
  const result = parseBank(input, { path: `bench.${layout}`, maxBytes: input.byteLength })
  const ms = performance.now() - started
  if (result.layout !== layout || result.errors > 0 || result.warnings > 0 || !result.bank) {
    throw new Error(`The ${layout} benchmark document did not parse cleanly: ${result.errors} errors, ${result.warnings} warnings`)
  }
  const questions = result.bank.levels.reduce((sum, level) => sum + level.questions.length, 0)
  if (expected !== undefined && questions !== expected) throw new Error(`The ${document} benchmark document holds ${expected} questions but ${questions} were read`)
  return { document, layout, bytes: input.byteLength, questions, ms, mbPerSec: input.byteLength / (1024 * 1024) / (ms / 1000) }
}

/** remark-parse alone (the whole text in one parse, no layout), for the floor under the Markdown reader. */
function measureRemark({ document, text, questions }: { document: ParseBenchmark['document']; text: string; questions: number }): ParseBenchmark {
  const bytes = Buffer.byteLength(text, 'utf8')
  const started = performance.now()
  unified().use(remarkParse).parse(text)
  const ms = performance.now() - started
  return { document, layout: null, bytes, questions, ms, mbPerSec: bytes / (1024 * 1024) / (ms / 1000) }
}

export const defaultParseSizes = [1000, 10000, 50000]

export async function benchParse({ sizes = defaultParseSizes, large = true }: { sizes?: number[]; large?: boolean } = {}): Promise<ParseBenchmark[]> {
  const results: ParseBenchmark[] = []
  if (large) {
    results.push(
      measure({ document: 'prepbank-text', layout: 'prepbank-text', text: generatePrepbankText() }),
      measure({ document: 'markdown-export', layout: 'markdown', text: generateMarkdown() }),
      measure({ document: 'markdown-without-front-matter', layout: 'markdown', text: generateMarkdown({ frontMatter: false }) }),
    )
  }
  for (const questions of sizes) {
    const generic = generateGenericMarkdown({ questions })
    results.push(
      measure({ document: `generic-markdown-${questions}`, layout: 'markdown', text: generic, expected: questions }),
      measureRemark({ document: `remark-parse-floor-${questions}`, text: generic, questions }),
      measure({ document: `qa-text-${questions}`, layout: 'qa', text: generateQaText({ questions }), expected: questions }),
      measure({ document: `seed-text-${questions}`, layout: 'prepbank-text', text: generateSeedText({ questions }), expected: questions }),
    )
  }
  return results
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { sizes: { type: 'string' }, 'no-large': { type: 'boolean', default: false } } })
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : defaultParseSizes
  const results = await benchParse({ sizes, large: !values['no-large'] })
  for (const questions of sizes) {
    const reader = results.find((result) => result.document === `generic-markdown-${questions}`)
    const floor = results.find((result) => result.document === `remark-parse-floor-${questions}`)
    if (reader && floor) console.log(`generic Markdown, ${questions} questions: reader ${reader.mbPerSec.toFixed(2)} MiB/s, remark-parse ${floor.mbPerSec.toFixed(2)} MiB/s (reader/floor ×${(reader.mbPerSec / floor.mbPerSec).toFixed(2)})`)
  }
  console.table(
    results.map((result) => ({
      document: result.document,
      MiB: (result.bytes / (1024 * 1024)).toFixed(1),
      questions: result.questions,
      ms: Math.round(result.ms),
      'MiB/s': result.mbPerSec.toFixed(1),
    })),
  )
}
