import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bankSchema } from '../../format/model'
import { diagnosticsToJson, parseBank, type ParseOptions } from '../../importers/parse'

/**
 * Every folder under fixtures/ is one case: `input.*` is parsed (with the
 * options in `options.json`, if any) and must give `bank.json` and
 * `diagnostics.json`. `UPDATE_FIXTURES=1` rewrites the expected files from
 * the current output — read every changed file before accepting it.
 */

const fixturesDirectory = join(import.meta.dirname, 'fixtures')
const update = process.env.UPDATE_FIXTURES === '1'

const cases = readdirSync(fixturesDirectory, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

describe('fixtures', () => {
  it('has fixtures to check', () => {
    expect(cases.length).toBeGreaterThan(30)
  })

  for (const name of cases) {
    it(name, () => {
      const directory = join(fixturesDirectory, name)
      const inputName = readdirSync(directory).find((file) => file.startsWith('input.'))
      expect(inputName, `${name} has an input.* file`).toBeDefined()
      const optionsPath = join(directory, 'options.json')
      const options: Partial<ParseOptions> = existsSync(optionsPath) ? JSON.parse(readFileSync(optionsPath, 'utf8')) : {}

      const result = parseBank(readFileSync(join(directory, inputName as string)), { path: `${name}/${inputName}`, ...options })
      const actual = {
        bank: `${JSON.stringify(result.bank, null, 2)}\n`,
        diagnostics: `${JSON.stringify(diagnosticsToJson(result.file), null, 2)}\n`,
      }

      if (result.bank) expect(() => bankSchema.parse(result.bank)).not.toThrow()
      expect(result.errors + result.warnings + result.infos).toBe(result.file.messages.length)
      for (const message of result.file.messages) {
        expect(message.source).toBe('prepbank')
        expect(message.ruleId).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/)
        expect(message.line).toBeGreaterThan(0)
        expect(message.column).toBeGreaterThan(0)
      }

      const bankPath = join(directory, 'bank.json')
      const diagnosticsPath = join(directory, 'diagnostics.json')
      if (update) {
        writeFileSync(bankPath, actual.bank)
        writeFileSync(diagnosticsPath, actual.diagnostics)
      }
      expect(actual.bank).toBe(readFileSync(bankPath, 'utf8'))
      expect(actual.diagnostics).toBe(readFileSync(diagnosticsPath, 'utf8'))
    })
  }
})
