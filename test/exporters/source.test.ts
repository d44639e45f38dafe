import type { ExportFormat } from '../../exporters/index'
import { describe, expect, it } from 'vitest'
import { contentTypeFor, exportBankToString, fileNameFor } from '../../exporters/index'
import { sourceFromArrays } from '../../exporters/source'
import { fixtureRole } from './fixtures'

const oneQuestion = (question: Record<string, unknown>) =>
  sourceFromArrays({
    role: fixtureRole,
    levels: [{ level: { slug: 'l', name: 'Level', rank: 1 }, questions: [{ id: 'q1', prompt: 'Ask?', tags: [], hints: [], ...question }] }],
  })

describe('export source', () => {
  it('normalises texts the same way in every format', async () => {
    const source = () =>
      oneQuestion({
        prompt: '  Two\r\n  lines?  ',
        tags: [' padded '],
        hints: [{ markdown: '\n\n  \nFirst\r\nsecond  \n\n', plainText: 'First\r\nsecond' }],
      })
    const document = JSON.parse(await exportBankToString({ source: source(), format: 'json' }))
    expect(document.levels[0].questions[0]).toMatchObject({
      prompt: 'Two lines?',
      tags: ['padded'],
      hints: [{ markdown: 'First\nsecond', plainText: 'First\nsecond' }],
    })
    expect(await exportBankToString({ source: source(), format: 'md' })).toContain('### Two lines?\n')
    expect(await exportBankToString({ source: source(), format: 'csv' })).toContain(',Two lines?,"First\nsecond",padded\n')
  })

  it('treats an empty title or summary as none', async () => {
    const source = sourceFromArrays({ role: { ...fixtureRole, title: ' ', summary: '' }, levels: [] })
    expect(JSON.parse(await exportBankToString({ source, format: 'json' })).role).toMatchObject({ title: null, summary: null })
  })

  it('refuses, naming the item, what no format can carry faithfully', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ tags: ['a, b'] }, /question 1 \(id "q1"\) of level "l": tags\.0/],
      [{ tags: ['a;b'] }, /tags\.0/],
      [{ id: 'has space' }, /id: must be an id/],
      [{ id: 'x-->' }, /id: must be an id/],
      [{ prompt: ' \n ' }, /prompt: must be one non-empty line/],
      [{ hints: [{ markdown: '  ', plainText: '' }] }, /hints\.0\.markdown: must not be blank/],
    ]
    for (const [question, message] of cases) {
      await expect(exportBankToString({ source: oneQuestion(question), format: 'json' })).rejects.toThrow(message)
    }
  })

  it('refuses levels out of rank order or with a repeated slug', async () => {
    const level = (slug: string, rank: number) => ({ level: { slug, name: slug, rank }, questions: [] })
    const outOfOrder = sourceFromArrays({ role: fixtureRole, levels: [level('b', 2), level('a', 1)] })
    await expect(exportBankToString({ source: outOfOrder, format: 'csv' })).rejects.toThrow(/ascending rank/)
    const repeated = sourceFromArrays({ role: fixtureRole, levels: [level('a', 1), level('a', 2)] })
    await expect(exportBankToString({ source: repeated, format: 'md' })).rejects.toThrow(/occurs twice/)
    const badRole = sourceFromArrays({ role: { ...fixtureRole, slug: 'not a slug' }, levels: [] })
    await expect(exportBankToString({ source: badRole, format: 'json' })).rejects.toThrow(/Cannot export role: slug/)
  })
})

describe('HTTP helpers', () => {
  it('names files after the role and release', () => {
    expect(fileNameFor({ roleSlug: 'ai-data-ops-specialist', format: 'json' })).toBe('ai-data-ops-specialist.json')
    expect(fileNameFor({ roleSlug: 'ai-data-ops-specialist', format: 'md', release: '2024-06 (final)/v2' })).toBe(
      'ai-data-ops-specialist-2024-06-final-v2.md',
    )
    expect(fileNameFor({ roleSlug: '../..', format: 'csv', release: '' })).toBe('bank.csv')
  })

  it('gives each format its media type', () => {
    const types = Object.fromEntries((['json', 'md', 'csv'] as ExportFormat[]).map((format) => [format, contentTypeFor({ format })]))
    expect(types).toEqual({
      json: 'application/json; charset=utf-8',
      md: 'text/markdown; charset=utf-8; variant=GFM',
      csv: 'text/csv; charset=utf-8; header=present',
    })
  })
})
