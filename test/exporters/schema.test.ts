import { readFile } from 'node:fs/promises'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { exportBankToString, jsonSchemaDocument } from '../../exporters/index'
import { jsonSchemaFileText } from '../../format/schema'
import { generatedSource, sampleHintTexts } from './fixtures'

const committedSchemaUrl = new URL('../../schemas/prepbank-bank.v1.schema.json', import.meta.url)

/** ajv is an independent check that what we write is what the published schema says. */
async function committedSchemaValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true })
  addFormats(ajv)
  return ajv.compile(JSON.parse(await readFile(committedSchemaUrl, 'utf8')))
}

describe('JSON Schema', () => {
  it('is committed as generated (run format/generate-schema.ts when this fails)', async () => {
    expect(await readFile(committedSchemaUrl, 'utf8')).toBe(jsonSchemaFileText())
    expect(JSON.parse(jsonSchemaFileText())).toEqual(jsonSchemaDocument())
  })

  it('documents every property', () => {
    const undocumented: string[] = []
    const visit = (schema: Record<string, any>, path: string) => {
      for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, Record<string, any>>)) {
        if (typeof property.description !== 'string' || property.description === '') undocumented.push(`${path}.${name}`)
        visit(property, `${path}.${name}`)
        if (property.items) visit(property.items, `${path}.${name}[]`)
      }
    }
    visit(jsonSchemaDocument(), '$')
    expect(undocumented).toEqual([])
  })

  it('accepts the golden export', async () => {
    const validate = await committedSchemaValidator()
    const golden = JSON.parse(await readFile(new URL('./golden/bank.json', import.meta.url), 'utf8'))
    expect(validate(golden), JSON.stringify(validate.errors)).toBe(true)
  })

  it('accepts a generated export of 1000 questions', async () => {
    const validate = await committedSchemaValidator()
    const text = await exportBankToString({ source: generatedSource({ questionCount: 1000, hintTexts: sampleHintTexts }), format: 'json' })
    const document = JSON.parse(text)
    expect(document.levels.reduce((sum: number, level: { questions: unknown[] }) => sum + level.questions.length, 0)).toBe(1000)
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true)
  })

  it('rejects what the format forbids', async () => {
    const validate = await committedSchemaValidator()
    const golden = JSON.parse(await readFile(new URL('./golden/bank.json', import.meta.url), 'utf8'))
    const broken = [
      { ...golden, formatVersion: 2 },
      { ...golden, extra: true },
      { ...golden, contentHash: 'md5:abc' },
      { ...golden, role: { ...golden.role, title: 'two\nlines' } },
      { ...golden, levels: [{ ...golden.levels[0], questions: [{ ...golden.levels[0].questions[0], tags: ['a,b'] }] }] },
      { ...golden, levels: [{ ...golden.levels[0], questions: [{ ...golden.levels[0].questions[0], position: 0 }] }] },
    ]
    for (const document of broken) expect(validate(document)).toBe(false)
  })
})
