import { readFile, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { exportBank, exportBankToString } from '../../exporters/index'
import { sourceFromArrays } from '../../exporters/source'
import { fixtureRole, fixtureSource } from './fixtures'

/**
 * The exports of the fixture bank, byte for byte. After an intended change of
 * a format, regenerate with UPDATE_GOLDEN=1 and read the diff.
 */

const goldenCases = [
  { file: 'bank.json', options: { format: 'json' } },
  { file: 'bank.md', options: { format: 'md' } },
  { file: 'bank.csv', options: { format: 'csv' } },
  { file: 'bank.spreadsheet.csv', options: { format: 'csv', csvProfile: 'spreadsheet' } },
] as const

const goldenUrl = (file: string) => new URL(`./golden/${file}`, import.meta.url)

describe('golden exports of the fixture bank', () => {
  for (const { file, options } of goldenCases) {
    it(`matches golden/${file}`, async () => {
      const text = await exportBankToString({ source: fixtureSource(), ...options })
      if (process.env.UPDATE_GOLDEN === '1') await writeFile(goldenUrl(file), text)
      expect(text).toBe(await readFile(goldenUrl(file), 'utf8'))
    })

    it(`is deterministic and streamed in pieces: ${file}`, async () => {
      const source = fixtureSource()
      const first = await exportBankToString({ source, ...options })
      // The same source object again: sourceFromArrays is re-iterable.
      const second = await exportBankToString({ source, ...options })
      expect(second).toBe(first)
      const chunks: string[] = []
      for await (const chunk of exportBank({ source, ...options })) chunks.push(chunk)
      expect(chunks.join('')).toBe(first)
    })
  }
})

describe('JSON layout', () => {
  it('is exactly JSON.stringify(document, null, 2) plus a newline, keys in schema order', async () => {
    const text = await exportBankToString({ source: fixtureSource(), format: 'json' })
    const document = JSON.parse(text)
    expect(`${JSON.stringify(document, null, 2)}\n`).toBe(text)
    expect(Object.keys(document)).toEqual(['format', 'formatVersion', 'role', 'levels', 'contentHash'])
    expect(Object.keys(document.role)).toEqual(['slug', 'name', 'title', 'summary'])
    expect(Object.keys(document.levels[0])).toEqual(['slug', 'name', 'rank', 'questions'])
    expect(Object.keys(document.levels[0].questions[0])).toEqual(['id', 'position', 'prompt', 'tags', 'hints'])
    expect(Object.keys(document.levels[0].questions[0].hints[0])).toEqual(['position', 'markdown', 'plainText'])
    expect(document.levels.map((level: { questions: { position: number }[] }) => level.questions.map((q) => q.position))).toEqual([
      [1, 2, 3],
      [1, 2, 3],
      [1, 2],
    ])
  })

  it('writes empty levels and an empty bank with the same layout', async () => {
    for (const levels of [[], [{ level: { slug: 'empty', name: 'Empty', rank: 1 }, questions: [] }]]) {
      const text = await exportBankToString({ source: sourceFromArrays({ role: fixtureRole, levels }), format: 'json' })
      expect(`${JSON.stringify(JSON.parse(text), null, 2)}\n`).toBe(text)
    }
  })

  it('changes the content hash with the content, and only then', async () => {
    const hashOf = async (prompt: string) => {
      const source = sourceFromArrays({
        role: fixtureRole,
        levels: [{ level: { slug: 'one', name: 'One', rank: 1 }, questions: [{ id: 'q1', prompt, tags: [], hints: [] }] }],
      })
      return JSON.parse(await exportBankToString({ source, format: 'json' })).contentHash as string
    }
    expect(await hashOf('Same?')).toBe(await hashOf('Same?'))
    expect(await hashOf('Same?')).not.toBe(await hashOf('Same!'))
    expect(await hashOf('Same?')).toMatch(/^sha256:[0-9a-f]{64}$/)
  })
})

describe('Markdown layout', () => {
  it('writes no summary paragraph without a summary and uses the name without a title', async () => {
    const source = sourceFromArrays({
      role: { slug: 'r', name: 'Role *Name*', title: null, summary: null },
      levels: [{ level: { slug: 'l', name: 'Level', rank: 1 }, questions: [{ id: 'q1', prompt: 'Ask?', tags: [], hints: [] }] }],
    })
    const text = await exportBankToString({ source, format: 'md' })
    expect(text.split('---\n')[2]).toBe('\n# Role \\*Name\\*\n\n## Level\n\n### Ask?\n\n<!-- id: q1 -->\n')
    expect(text.split('---\n')[1]).toBe('prepbank: 1\nrole:\n  slug: r\n  name: Role *Name*\nlevels:\n  - slug: l\n    name: Level\n    rank: 1\n')
  })

  it('keeps every summary line a plain paragraph line', async () => {
    const summary = '# Not a heading\n- not a list\n1. not ordered\n    not code\n> not a quote\n===\n| not | a table |'
    const source = sourceFromArrays({ role: { ...fixtureRole, summary }, levels: [] })
    const body = (await exportBankToString({ source, format: 'md' })).split('\n---\n')[1]
    expect(body).toBe(
      '\n# AI Data Ops Specialist Interview Questions\n\n' +
        '\\# Not a heading\n\\- not a list\n1\\. not ordered\nnot code\n\\> not a quote\n\\===\n\\| not | a table |\n',
    )
  })

  it('writes prompts verbatim, closing a heading that ends in "#"', async () => {
    const prompts = {
      '# Leading hash': '### # Leading hash',
      'Closing hashes ##': '### Closing hashes ## #',
      '###': '### ### #',
      'C# and F#': '### C# and F#',
      // Verbatim but for raw HTML, which is escaped (format/markdown-html.ts).
      'a_b *c* `d` [e](f) <g> ~h~ \\ &amp; & x': '### a_b *c* `d` [e](f) \\<g> ~h~ \\ &amp; & x',
    }
    const source = sourceFromArrays({
      role: fixtureRole,
      levels: [
        {
          level: { slug: 'l', name: 'Level #', rank: 1 },
          questions: Object.keys(prompts).map((prompt, index) => ({ id: `q${index}`, prompt, tags: [], hints: [] })),
        },
      ],
    })
    const lines = (await exportBankToString({ source, format: 'md' })).split('\n')
    expect(lines.filter((line) => line.startsWith('### '))).toEqual(Object.values(prompts))
    expect(lines.filter((line) => line.startsWith('## '))).toEqual(['## Level # #'])
  })
})
