import type { Bank } from '../../format/model'
import type { CsvProfile, ExportSource } from '../../exporters/index'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { bankToExportSource, exportBankToString } from '../../exporters/index'
import { markdownToPlainText } from '../../exporters/plain-text'
import { parsePrepbankCsv } from '../../importers/layouts/prepbank/csv'
import { parsePrepbankJson } from '../../importers/layouts/prepbank/json'
import { bankSchema } from '../../format/model'
import { fixtureLevels, fixtureSource, generatedPlainText, generatedSource, sampleHintTexts } from './fixtures'

/**
 * Export → read back into a Bank → export again gives the same bytes: the
 * exports lose nothing that the format carries.
 */

type Reader = (input: { file: VFile; text: string }) => Bank | null

function readBack({ reader, text, path }: { reader: Reader; text: string; path: string }): Bank {
  const file = new VFile({ path, value: text })
  const bank = reader({ file, text })
  expect(file.messages.map((message) => `${message.ruleId}: ${message.reason}`)).toEqual([])
  expect(bank).not.toBeNull()
  // The readers promise the importer's contract.
  return bankSchema.parse(bank)
}

async function roundTrip({
  source,
  plainTextOf,
  csvProfile,
  format,
}: {
  source: () => ExportSource
  plainTextOf?: (markdown: string) => string
  format: 'json' | 'csv'
  csvProfile?: CsvProfile
}) {
  const first = await exportBankToString({ source: source(), format, csvProfile })
  const reader = format === 'json' ? parsePrepbankJson : parsePrepbankCsv
  const bank = readBack({ reader, text: first, path: `bank.${format}` })
  const second = await exportBankToString({ source: bankToExportSource({ bank, plainTextOf }), format, csvProfile })
  return { first, second, bank }
}

describe('round trip through the readers', () => {
  it('JSON: byte-identical, plain text re-derived from Markdown', async () => {
    const { first, second, bank } = await roundTrip({ source: fixtureSource, format: 'json' })
    expect(second).toBe(first)
    expect(bank.layout).toBe('prepbank-json')
    expect(bank.role).toMatchObject({ slug: 'ai-data-ops-specialist', declaredTotal: null })
    expect(bank.levels[0].questions[0]).toMatchObject({ key: 'q-etl-elt', tags: ['etl', 'warehouses'] })
  })

  for (const csvProfile of ['standard', 'spreadsheet'] as const) {
    it(`CSV (${csvProfile}): byte-identical`, async () => {
      const { first, second, bank } = await roundTrip({ source: fixtureSource, format: 'csv', csvProfile })
      expect(second).toBe(first)
      expect(bank.layout).toBe('prepbank-csv')
      expect(bank.levels.map((level) => [level.name, level.rank, level.questions.length])).toEqual(
        fixtureLevels.map(({ level, questions }) => [level.name, level.rank, questions.length]),
      )
      // The spreadsheet prefix is gone again.
      expect(bank.levels[0].questions[1].prompt?.startsWith('=SUM')).toBe(true)
    })
  }

  for (const format of ['json', 'csv'] as const) {
    it(`${format}: a generated bank of 1000 questions, byte-identical`, async () => {
      const source = () => generatedSource({ questionCount: 1000, hintTexts: sampleHintTexts, seed: 7 })
      const { first, second } = await roundTrip({ source, format, plainTextOf: generatedPlainText })
      expect(second).toBe(first)
    })
  }

  it('positions point at the items in the file', async () => {
    const text = await exportBankToString({ source: fixtureSource(), format: 'json' })
    const bank = readBack({ reader: parsePrepbankJson, text, path: 'bank.json' })
    const lines = text.split('\n')
    const question = bank.levels[1].questions[0].position
    expect(lines[question.start.line - 1].slice(question.start.column - 1)).toBe('{')
    expect(lines[question.start.line]).toContain('"id": "q-unicode"')
    const csvText = await exportBankToString({ source: fixtureSource(), format: 'csv' })
    const csvBank = readBack({ reader: parsePrepbankCsv, text: csvText, path: 'bank.csv' })
    const csvQuestion = csvBank.levels[1].questions[0].position
    expect(csvText.split('\n')[csvQuestion.start.line - 1].startsWith('q-unicode,')).toBe(true)
  })
})

describe('plain text from Markdown', () => {
  it('gives the plain text the fixture was written with', () => {
    for (const { questions } of fixtureLevels) {
      for (const hint of questions.flatMap((question) => question.hints)) {
        expect(markdownToPlainText(hint.markdown.replace(/\r\n?/g, '\n'))).toBe(hint.plainText)
      }
    }
  })
})
