import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bankToExportSource, exportBankToString } from '../../exporters'
import type { Bank } from '../../format/model'
import { parseBank } from '../../importers/parse'

/**
 * Prepbank's Markdown export must read back to the bank it was written from:
 * role, levels, prompts, ids, tags and hints (Markdown and all).
 */

const fixtures = join(import.meta.dirname, 'fixtures')

const content = (bank: Bank | null) => ({
  role: bank && { ...bank.role, declaredTotal: undefined },
  levels: bank?.levels.map((level) => ({
    name: level.name,
    slug: level.slug,
    rank: level.rank,
    questions: level.questions.map(({ key, prompt, tags, hints }) => ({ key, prompt, tags, hints: hints.map((hint) => hint.text) })),
  })),
})

async function exportAndRead(bank: Bank): Promise<{ markdown: string; bank: Bank | null; messages: string[] }> {
  const markdown = await exportBankToString({ source: bankToExportSource({ bank }), format: 'md' })
  const result = parseBank(markdown, { path: 'export.md' })
  expect(result.layout).toBe('markdown')
  return { markdown, bank: result.bank, messages: result.file.messages.map((message) => String(message)) }
}

describe('Markdown export round trip', () => {
  it.each(['md-export-shape', 'md-heading-blockquotes', 'md-numbered-nested', 'md-bold-answers', 'md-front-matter'])(
    'reads back the export of %s',
    async (name) => {
      const original = parseBank(readFileSync(join(fixtures, name, 'input.md')), { path: name }).bank as Bank
      const first = await exportAndRead(original)
      expect(first.messages).toEqual([])
      const again = await exportAndRead(first.bank as Bank)
      // A second export of what was read back is byte for byte the first.
      expect(again.markdown).toBe(first.markdown)
      const withKeys = content(first.bank)
      expect(withKeys.levels?.flatMap((level) => level.questions.map((question) => question.key))).not.toContain(null)
      // Apart from the ids an export adds, the content is the original's.
      const withoutKeys = (bank: Bank | null) => {
        const shape = content(bank)
        shape.levels?.forEach((level) => level.questions.forEach((question) => (question.key = null)))
        return shape
      }
      const originalShape = withoutKeys(original)
      // The export fills in slugs and ranks that a hand-written document leaves to the writer.
      originalShape.levels?.forEach((level, index) => {
        level.slug = first.bank?.levels[index].slug ?? null
        level.rank = first.bank?.levels[index].rank ?? null
      })
      if (originalShape.role) originalShape.role.slug = first.bank?.role.slug ?? null
      const originalKeys = original.levels.flatMap((level) => level.questions.map((question) => question.key))
      expect(withoutKeys(first.bank)).toEqual(originalShape)
      originalKeys.forEach((key, index) => {
        if (key !== null) expect(withKeys.levels?.flatMap((level) => level.questions)[index].key).toBe(key)
      })
    },
  )

  it('keeps awkward prompts and hints exactly', async () => {
    const position = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }
    const bank: Bank = {
      layout: 'markdown',
      collection: null,
      role: { name: 'Tester *one*', slug: 'tester', title: 'Tester <b> & co', summary: '# not a heading\n- nor a list', declaredTotal: null },
      levels: [
        {
          name: 'Level #1 `x`',
          slug: 'level-1',
          rank: 1,
          declaredCount: null,
          position,
          questions: [
            {
              key: 'q-1',
              prompt: 'What does `a *b* c` print? ##',
              tags: ['a_b', 'c*d'],
              position,
              hints: [
                { text: 'Answer: starts with a label\n\n> nested quote\n\n    indented code\n\n```\n# fenced\n```', position },
                { text: 'Line with two trailing spaces  \nnext line', position },
              ],
            },
            { key: 'q-2', prompt: '1. Q: numbered?', tags: [], position, hints: [] },
          ],
        },
      ],
    }
    const { bank: read, messages } = await exportAndRead(bank)
    expect(messages).toEqual([])
    expect(content(read)).toEqual(content(bank))
  })
})
