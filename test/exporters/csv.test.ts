import { parse } from 'csv-parse/sync'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { exportBankToString } from '../../exporters/index'
import { sourceFromArrays } from '../../exporters/source'
import { parsePrepbankCsv } from '../../importers/layouts/prepbank/csv'
import { fixtureLevels, fixtureRole, fixtureSource } from './fixtures'

/**
 * The CSV read by an independent parser (csv-parse) gives back every field:
 * the expected rows are built here from the fixture, following the format's
 * rules, not from the writer.
 */

const normalMarkdown = (markdown: string) => markdown.replace(/\r\n?/g, '\n')

const expectedRows = [
  ['id', 'role', 'level', 'level_rank', 'position', 'prompt', 'hints', 'tags'],
  ...fixtureLevels.flatMap(({ level, questions }) =>
    questions.map((question, index) => [
      question.id,
      fixtureRole.name,
      level.name,
      String(level.rank),
      String(index + 1),
      question.prompt,
      question.hints.map((hint) => normalMarkdown(hint.markdown).replace(/^---$/gm, '***')).join('\n---\n'),
      question.tags.join('; '),
    ]),
  ),
]

describe('CSV read by csv-parse', () => {
  it('standard profile: every field exactly, LF row ends, no BOM', async () => {
    const text = await exportBankToString({ source: fixtureSource(), format: 'csv' })
    expect(text.startsWith('\uFEFF')).toBe(false)
    expect(text.endsWith('on-call\n')).toBe(true)
    expect(text).not.toContain('\r')
    expect(parse(text, { relax_column_count: false })).toEqual(expectedRows)
  })

  it("spreadsheet profile: BOM, CRLF row ends, formula-like cells prefixed with '", async () => {
    const text = await exportBankToString({ source: fixtureSource(), format: 'csv', csvProfile: 'spreadsheet' })
    expect(text.startsWith('\uFEFFid,role,')).toBe(true)
    expect(text.endsWith('on-call\r\n')).toBe(true)
    const rows: string[][] = parse(text, { bom: true, record_delimiter: '\r\n' })
    const neutralised = rows.flat().filter((cell) => /^'[=+\-@\t\r]/.test(cell))
    expect(neutralised.map((cell) => cell.slice(0, 4))).toEqual(["'=SU", "'-1 ", "'+1 ", "'\tTa"])
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([])
    expect(rows.map((row) => row.map((cell) => cell.replace(/^'+(?=[=+\-@\t\r])/, (quotes) => quotes.slice(1))))).toEqual(
      expectedRows,
    )
  })

  it('neutralises numbers, and cells that already start with quotes in both profiles, reversibly', async () => {
    const source = () =>
      sourceFromArrays({
        role: { slug: 'r', name: '@role', title: null, summary: null },
        levels: [
          {
            level: { slug: 'minus', name: 'Minus', rank: -1 },
            questions: [{ id: 'q1', prompt: "'=already quoted", tags: ['+tag'], hints: [{ markdown: "'plain quote", plainText: '' }] }],
          },
        ],
      })
    const spreadsheet = await exportBankToString({ source: source(), format: 'csv', csvProfile: 'spreadsheet' })
    expect(spreadsheet.split('\r\n')[1]).toBe("q1,'@role,Minus,'-1,1,''=already quoted,'plain quote,'+tag")
    const standard = await exportBankToString({ source: source(), format: 'csv' })
    expect(standard.split('\n')[1]).toBe("q1,@role,Minus,-1,1,''=already quoted,'plain quote,+tag")
    for (const text of [spreadsheet, standard]) {
      const bank = parsePrepbankCsv({ file: new VFile(), text })
      expect(bank?.role.name).toBe('@role')
      expect(bank?.levels[0]).toMatchObject({ rank: -1, questions: [{ prompt: "'=already quoted", tags: ['+tag'], hints: [{ text: "'plain quote" }] }] })
    }
  })
})
