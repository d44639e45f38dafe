import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bankSchema, layoutNames } from '../../format/model'
import { parseBank, type ParseResult } from '../../importers/parse'
import { seededRandom as random } from '../helpers/random'

/**
 * Whatever the bytes, parseBank returns (never throws), its bank (if any)
 * passes the schema, and no message is an internal error. Seeded, so every
 * run tries the same inputs and a failure can be replayed.
 */


const fixtures = join(import.meta.dirname, 'fixtures')
const readFixture = (name: string): Buffer => {
  const input = readdirSync(join(fixtures, name)).find((file) => file.startsWith('input.')) as string
  return readFileSync(join(fixtures, name, input))
}
/** The two real documents, and the hand-written Markdown and Q&A documents. */
const examples = ['text-ai-data-ops-specialist', 'text-ai-image-data-specialist'].map(readFixture)
const seeds = [
  ...examples,
  ...readdirSync(fixtures)
    .filter((name) => /^(?:md-|qa-)/.test(name))
    .map(readFixture),
]

function checkResult(result: ParseResult, label: string): void {
  expect(result.errors + result.warnings + result.infos, label).toBe(result.file.messages.length)
  if (result.layout !== null) expect(layoutNames, label).toContain(result.layout)
  if (result.bank !== null) {
    expect(bankSchema.safeParse(result.bank).success, label).toBe(true)
  }
  for (const message of result.file.messages) {
    expect(message.ruleId, `${label}: ${message.reason}`).not.toBe('internal-error')
    expect(message.source).toBe('prepbank')
    expect(message.line ?? 0).toBeGreaterThan(0)
    expect(message.column ?? 0).toBeGreaterThan(0)
  }
}

function randomBytes(next: () => number, length: number, kind: number): Buffer {
  const bytes = Buffer.alloc(length)
  const alphabet = 'Q:A1. -#>*_`\n\n\r questions Hint: Interview Questions\t?'
  for (let index = 0; index < length; index++) {
    if (kind === 0) bytes[index] = Math.floor(next() * 256)
    else if (kind === 1) bytes[index] = next() < 0.97 ? 0x20 + Math.floor(next() * 95) : Math.floor(next() * 256)
    else bytes[index] = alphabet.charCodeAt(Math.floor(next() * alphabet.length))
  }
  return bytes
}

function mutate(next: () => number, seed: Buffer): Buffer {
  let lines = seed.toString('latin1').split('\n')
  const pick = () => Math.floor(next() * lines.length)
  const steps = 1 + Math.floor(next() * 4)
  for (let step = 0; step < steps; step++) {
    const operation = Math.floor(next() * 6)
    if (operation === 0 && lines.length > 1) lines.splice(pick(), 1)
    else if (operation === 1) {
      const at = pick()
      lines.splice(at, 0, lines[at])
    } else if (operation === 2) {
      const [a, b] = [pick(), pick()]
      ;[lines[a], lines[b]] = [lines[b], lines[a]]
    } else if (operation === 3) {
      const at = pick()
      const line = lines[at]
      const cut = Math.floor(next() * (line.length + 1))
      lines[at] = line.slice(0, cut) + randomBytes(next, 1 + Math.floor(next() * 6), Math.floor(next() * 3)).toString('latin1') + line.slice(cut)
    } else if (operation === 4) {
      lines = lines.slice(0, Math.max(1, pick()))
    } else {
      const at = pick()
      lines[at] = lines[at].slice(0, Math.floor(next() * (lines[at].length + 1)))
    }
  }
  return Buffer.from(lines.join('\n'), 'latin1')
}

describe('fuzz', () => {
  it('survives 500 random byte buffers', () => {
    const next = random(0x5eed)
    for (let run = 0; run < 500; run++) {
      const input = randomBytes(next, Math.floor(next() * 1500), run % 3)
      const label = `random #${run}: ${input.toString('base64').slice(0, 80)}`
      let result: ParseResult | undefined
      expect(() => (result = parseBank(input, { path: 'random.bin' })), label).not.toThrow()
      checkResult(result as ParseResult, label)
    }
  })

  it('survives 500 mutations of the example documents', () => {
    const next = random(0xba5e)
    expect(seeds.length).toBeGreaterThan(10)
    for (let run = 0; run < 500; run++) {
      // Half the runs mutate the real documents, half the others.
      const pool = run % 2 === 0 ? examples : seeds
      const seed = pool[Math.floor(next() * pool.length)]
      // The examples are UTF-8; mutating as latin1 keeps most of it valid and sometimes breaks it.
      const input = next() < 0.5 ? mutate(next, seed) : Buffer.from(mutate(next, Buffer.from(seed.toString('utf8'), 'latin1')).toString('latin1'), 'utf8')
      const label = `mutation #${run}`
      let result: ParseResult | undefined
      expect(() => (result = parseBank(input, { path: 'mutated.txt' })), label).not.toThrow()
      checkResult(result as ParseResult, label)
    }
  })

  it('survives every layout forced on every seed', () => {
    for (const seed of seeds) {
      for (const layout of layoutNames) checkResult(parseBank(seed, { path: 'forced', layout }), layout)
    }
  })
})
