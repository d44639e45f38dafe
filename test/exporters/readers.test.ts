import type { Bank } from '../../format/model'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { exportBankToString } from '../../exporters/index'
import { parsePrepbankCsv } from '../../importers/layouts/prepbank/csv'
import { parsePrepbankJson } from '../../importers/layouts/prepbank/json'
import { fixtureSource } from './fixtures'

/** Bad input is reported on the file, with a place, and never thrown. */

type Reader = (input: { file: VFile; text: string }) => Bank | null

function read({ reader, text }: { reader: Reader; text: string }) {
  const file = new VFile({ path: 'input', value: text })
  const bank = reader({ file, text })
  const messages = file.messages.map((message) => ({
    ruleId: message.ruleId,
    fatal: message.fatal,
    line: message.place && 'line' in message.place ? message.place.line : undefined,
    column: message.place && 'column' in message.place ? message.place.column : undefined,
    reason: message.reason,
    source: message.source,
  }))
  return { bank, messages }
}

const goldenJson = () => exportBankToString({ source: fixtureSource(), format: 'json' })
const goldenCsv = () => exportBankToString({ source: fixtureSource(), format: 'csv' })

describe('parsePrepbankJson on bad input', () => {
  it('reports a syntax error at its line and column', () => {
    const { bank, messages } = read({ reader: parsePrepbankJson, text: '{\n  "format": "prepbank.bank",\n  "formatVersion": 1 x\n}' })
    expect(bank).toBeNull()
    expect(messages).toMatchObject([{ ruleId: 'invalid-json', fatal: true, line: 3, column: 22, source: 'prepbank' }])
    expect(messages[0].reason).toContain("expected ',' or '}'")
  })

  it('reports truncated JSON where the cut leaves it unfinished', async () => {
    const golden = await goldenJson()
    // Cut inside a string: the place is where that string opens.
    const insideString = golden.slice(0, golden.indexOf('Interview Questions'))
    const cutString = read({ reader: parsePrepbankJson, text: insideString })
    const lines = insideString.split('\n')
    expect(cutString.bank).toBeNull()
    expect(cutString.messages).toMatchObject([{ ruleId: 'invalid-json', fatal: true, line: lines.length, column: lines.at(-1)!.indexOf('"AI Data') + 1 }])
    expect(cutString.messages[0].reason).toContain('unterminated string')
    // Cut between properties: the place is the end of the input.
    const betweenProperties = golden.slice(0, golden.indexOf('"levels"'))
    const cutObject = read({ reader: parsePrepbankJson, text: betweenProperties })
    expect(cutObject.messages).toMatchObject([{ ruleId: 'invalid-json', fatal: true, line: betweenProperties.split('\n').length, column: 3 }])
    expect(cutObject.messages[0].reason).toContain('found the end of the input')
  })

  it('reports schema violations at the offending value', async () => {
    const text = (await goldenJson()).replace('"prompt": "What is the difference between ETL and ELT?"', '"prompt": 42')
    const { bank, messages } = read({ reader: parsePrepbankJson, text })
    const line = text.split('\n').findIndex((candidate) => candidate.includes('"prompt": 42')) + 1
    expect(bank).toBeNull()
    expect(messages).toMatchObject([
      { ruleId: 'schema-violation', fatal: true, line, column: '          "prompt": '.length + 1 },
    ])
    expect(messages[0].reason).toContain('levels[0].questions[0].prompt')
  })

  it('points a missing property at the object that lacks it', () => {
    const text = '{"format":"prepbank.bank","formatVersion":1,"role":{"slug":"r","name":"R","title":null},"levels":[],"contentHash":"sha256:' + '0'.repeat(64) + '"}'
    const { messages } = read({ reader: parsePrepbankJson, text })
    expect(messages).toMatchObject([{ ruleId: 'schema-violation', line: 1, column: text.indexOf('{"slug"') + 1 }])
    expect(messages[0].reason).toContain('role.summary')
  })

  it('rejects another format version and unknown keys', async () => {
    const text = (await goldenJson()).replace('"formatVersion": 1', '"formatVersion": 2').replace('"format": ', '"extra": true,\n  "format": ')
    const { bank, messages } = read({ reader: parsePrepbankJson, text })
    expect(bank).toBeNull()
    expect(messages.map((message) => message.ruleId)).toEqual(['schema-violation', 'schema-violation'])
    expect(messages.map((message) => message.reason).join('\n')).toMatch(/formatVersion: must be 1/)
  })

  it('warns, and still reads, when the content hash does not match', async () => {
    const golden = await goldenJson()
    const text = golden.replace('What is the difference between ETL and ELT?', 'What is ETL?')
    const { bank, messages } = read({ reader: parsePrepbankJson, text })
    expect(bank?.levels[0].questions[0].prompt).toBe('What is ETL?')
    const line = text.split('\n').findIndex((candidate) => candidate.includes('"contentHash"')) + 1
    expect(messages).toMatchObject([{ ruleId: 'content-hash-mismatch', fatal: false, line, column: '  "contentHash": '.length + 1 }])
  })

  it('verifies the hash independently of indentation', async () => {
    const text = JSON.stringify(JSON.parse(await goldenJson()))
    expect(read({ reader: parsePrepbankJson, text }).messages).toEqual([])
  })

  it('never throws, whatever the cut', async () => {
    const golden = await goldenJson()
    for (let end = 0; end < golden.length - 1; end += 7) {
      const text = golden.slice(0, end)
      const { bank, messages } = read({ reader: parsePrepbankJson, text })
      expect(bank).toBeNull()
      expect(messages.length).toBeGreaterThan(0)
      for (const message of messages) {
        expect(message.fatal).toBe(true)
        expect(message.line).toBeGreaterThanOrEqual(1)
        expect(message.column).toBeGreaterThanOrEqual(1)
      }
    }
    for (const text of ['', '[]', 'null', '"x"', '{}', '[[[[', '{"a":1}}', '\uFEFF{', '1e', '{"format":"prepbank.bank"]', '"\u0001"']) {
      const { bank, messages } = read({ reader: parsePrepbankJson, text })
      expect(bank).toBeNull()
      expect(messages.some((message) => message.fatal)).toBe(true)
    }
    const deep = read({ reader: parsePrepbankJson, text: '['.repeat(100_000) })
    expect(deep.messages).toMatchObject([{ ruleId: 'invalid-json', fatal: true }])
  })
})

describe('parsePrepbankCsv on bad input', () => {
  const header = 'id,role,level,level_rank,position,prompt,hints,tags\n'

  it('reports an unterminated quote where the field opens', () => {
    const row = 'q1,Role,Level,1,1,"What is\nthis?,,\n'
    const { bank, messages } = read({ reader: parsePrepbankCsv, text: header + row })
    expect(bank).toBeNull()
    expect(messages).toMatchObject([{ ruleId: 'invalid-csv', fatal: true, line: 2, column: row.indexOf('"') + 1, source: 'prepbank' }])
  })

  it('reports rows with the wrong number of fields', () => {
    const text = `${header}q1,Role,Level,1,1,Prompt,,\nq2,Role,Level,1,2,"Prompt, with comma",\n`
    const { bank, messages } = read({ reader: parsePrepbankCsv, text })
    expect(bank).toBeNull()
    expect(messages).toMatchObject([{ ruleId: 'invalid-csv', fatal: true, line: 3, column: 1 }])
    expect(messages[0].reason).toContain('expected 8 fields, found 7')
  })

  it('reports a wrong header, mixed roles and bad numbers', () => {
    expect(read({ reader: parsePrepbankCsv, text: 'a,b\n1,2\n' }).messages).toMatchObject([{ ruleId: 'unexpected-header', line: 1, column: 1 }])
    expect(read({ reader: parsePrepbankCsv, text: header }).messages).toMatchObject([{ ruleId: 'no-rows' }])
    const mixed = read({ reader: parsePrepbankCsv, text: `${header}q1,Role A,L,1,1,P,,\nq2,Role B,L,1,2,P,,\n` })
    expect(mixed.bank).toBeNull()
    expect(mixed.messages).toMatchObject([{ ruleId: 'mixed-roles', line: 3, column: 4 }])
    const badNumbers = 'q1,Role,L,one,1.5,P,,\n'
    const numbers = read({ reader: parsePrepbankCsv, text: header + badNumbers })
    expect(numbers.messages).toMatchObject([
      { ruleId: 'invalid-value', line: 2, column: badNumbers.indexOf('one') + 1 },
      { ruleId: 'invalid-value', line: 2, column: badNumbers.indexOf('1.5') + 1 },
    ])
  })

  it('reports stray quotes', () => {
    const afterClosingRow = 'q1,Role,L,1,1,"P"x,,\n'
    const afterClosing = read({ reader: parsePrepbankCsv, text: header + afterClosingRow })
    expect(afterClosing.messages).toMatchObject([{ ruleId: 'invalid-csv', line: 2, column: afterClosingRow.indexOf('x') + 1 }])
    const insideRow = 'q1,Role,L,1,1,P"x,,\n'
    const inside = read({ reader: parsePrepbankCsv, text: header + insideRow })
    expect(inside.messages).toMatchObject([{ ruleId: 'invalid-csv', line: 2, column: insideRow.indexOf('"') + 1 }])
  })

  it('reads CRLF without a BOM, skips blank lines, sorts by rank and position', () => {
    const text = `${header}q2,Role,Second,2,1,B?,,\r\nq1,Role,First,1,2,A2?,,x\r\n\r\nq0,Role,First,1,1,A1?,Hint one\n---\nHint two,\r\n\r\n`
      .replace(header, header.replace('\n', '\r\n'))
      .replace('Hint one\n---\nHint two', '"Hint one\r\n---\r\nHint two"')
    const { bank, messages } = read({ reader: parsePrepbankCsv, text })
    expect(messages).toEqual([])
    expect(bank?.levels.map((level) => [level.name, level.questions.map((question) => question.key)])).toEqual([
      ['First', ['q0', 'q1']],
      ['Second', ['q2']],
    ])
    expect(bank?.levels[0].questions[0].hints.map((hint) => hint.text)).toEqual(['Hint one', 'Hint two'])
  })

  it('never throws, whatever the cut', async () => {
    const golden = await goldenCsv()
    for (let end = 0; end < golden.length; end += 5) {
      const text = golden.slice(0, end)
      const { bank, messages } = read({ reader: parsePrepbankCsv, text })
      if (bank === null) expect(messages.some((message) => message.fatal)).toBe(true)
      for (const message of messages) {
        expect(message.line).toBeGreaterThanOrEqual(1)
        expect(message.column).toBeGreaterThanOrEqual(1)
      }
    }
  })
})
