import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { generateMarkdown } from '../../bench/parse'
import { bankToExportSource, exportBankToString } from '../../exporters'
import { checkBank } from '../../importers/checks'
import { diagnosticsToJson } from '../../importers/diagnostics'
import { readMarkdownBank } from '../../importers/layouts/markdown'
import { readPrepbankMarkdownExport } from '../../importers/layouts/markdown/export-reader'
import { parseMarkdownTree } from '../../importers/layouts/markdown/markdown-tree'
import type { Bank } from '../../format/model'
import { parseBank } from '../../importers/parse'

/**
 * The fast reader of Prepbank's Markdown export must give what the mdast
 * reader gives — bank, positions and messages — or step aside (null).
 */

function bothReaders(text: string) {
  const fastFile = new VFile({ path: 'x.md' })
  const fast = readPrepbankMarkdownExport({ file: fastFile, text })
  if (fast) checkBank({ file: fastFile, bank: fast })
  const slowFile = new VFile({ path: 'x.md' })
  const slow = readMarkdownBank({ file: slowFile, text, tree: parseMarkdownTree({ text }) })
  checkBank({ file: slowFile, bank: slow })
  return { fast, slow, fastDiagnostics: diagnosticsToJson(fastFile), slowDiagnostics: diagnosticsToJson(slowFile) }
}

function expectSameOrNull(text: string): Bank | null {
  const { fast, slow, fastDiagnostics, slowDiagnostics } = bothReaders(text)
  if (fast) {
    expect(fast).toEqual(slow)
    expect(fastDiagnostics).toEqual(slowDiagnostics)
  } else {
    expect(fastDiagnostics).toEqual([])
  }
  return fast
}

const fixtures = join(import.meta.dirname, 'fixtures')
const markdownFixtures = readdirSync(fixtures).filter((name) => name.startsWith('md-'))

const exportOf = async (name: string) => {
  const { bank } = parseBank(readFileSync(join(fixtures, name, 'input.md')), { path: name })
  return exportBankToString({ source: bankToExportSource({ bank: bank as Bank }), format: 'md' })
}

const header = [
  '---',
  'prepbank: 1',
  'role:',
  '  slug: tester',
  '  name: Tester',
  'levels:',
  '  - slug: basics',
  '    name: Basics',
  '    rank: 1',
  '---',
  '',
  '# Tester Interview Questions',
  '',
].join('\n')

describe('the fast reader of Prepbank Markdown exports', () => {
  it.each(markdownFixtures)('agrees with the mdast reader on %s', (name) => {
    const text = readFileSync(join(fixtures, name, 'input.md'), 'utf8')
    const fast = expectSameOrNull(text)
    if (name === 'md-export-shape') expect(fast).not.toBeNull()
  })

  it.each(['md-export-shape', 'md-heading-blockquotes', 'md-numbered-nested', 'md-bold-answers', 'md-front-matter', 'md-atx'])(
    'reads the export of %s itself, the same way',
    async (name) => {
      expect(expectSameOrNull(await exportOf(name))).not.toBeNull()
    },
  )

  it('reads the benchmark document the same way', () => {
    expect(expectSameOrNull(generateMarkdown({ bytes: 200_000 }))).not.toBeNull()
  })

  it.each([
    ['a wrong total and a level count', '5 questions in all.\n\n## Basics (3 questions)\n\n### What?\n\n> That.\n'],
    ['escaped names and tags', 'Summary with \\*stars\\* and \\& more.\n\n## Ba\\_sics\n\n### Q?\n\n<!-- id: q-1 -->\n\nTags: a\\_b, c\n\n> h\n'],
    ['a multi-line summary', 'Line one\nline two\n\n## Basics\n\n### Q?\n\n> h\n'],
    ['trailing spaces and a closing sequence', '## Basics\n\n### What is C# ##  \n\n> line  \n> next  \n>\n> last   \n'],
    ['several levels, one empty', '## Basics\n\n### A?\n\n> a\n\n## Empty\n\n## More\n\n### B?\n\n> b\n\n> c\n'],
    ['duplicate prompts', '## Basics\n\n### A?\n\n> a\n\n### A?\n\n> b\n'],
  ])('agrees on %s', (_, body) => {
    expect(expectSameOrNull(header + body)).not.toBeNull()
  })

  it('agrees on a summary in the front matter that promises too many questions', () => {
    const withSummary = header.replace('  name: Tester\n', '  name: Tester\n  summary: 7 questions, promised.\n')
    const fast = expectSameOrNull(`${withSummary}7 questions, promised.\n\n## Basics\n\n### A?\n\n> a\n`)
    expect(fast?.role.declaredTotal).toBe(7)
  })

  it.each([
    ['emphasis in a level name', '## *Basics*\n\n### A?\n\n> a\n'],
    ['a stray paragraph', '## Basics\n\nSome notes.\n\n### A?\n\n> a\n'],
    ['a lazy line after a hint', '## Basics\n\n### A?\n\n> a\nlazy\n'],
    ['an id below the tags', '## Basics\n\n### A?\n\nTags: x\n\n<!-- id: q -->\n\n> a\n'],
    ['a deeper heading', '## Basics\n\n### A?\n\n#### Answer\n\nText.\n'],
    ['a hard break in the summary', 'One  \ntwo\n\n## Basics\n\n### A?\n\n> a\n'],
    ['no questions at all', '## Basics\n'],
    ['a labelled summary', 'Answer: no.\n\n## Basics\n\n### A?\n\n> a\n'],
  ])('steps aside on %s', (_, body) => {
    expect(expectSameOrNull(header + body)).toBeNull()
  })

  it('steps aside without prepbank front matter, or when the front matter has problems', () => {
    expect(expectSameOrNull('# Tester Interview Questions\n\n## Basics\n\n### A?\n\n> a\n')).toBeNull()
    expect(expectSameOrNull(header.replace('rank: 1', 'rank: first') + '## Basics\n\n### A?\n\n> a\n')).toBeNull()
  })
})
