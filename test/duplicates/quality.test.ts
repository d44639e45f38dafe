import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import { createDuplicateIndex, defaultThreshold } from '../../src/duplicates/index'
import { tokensOf } from '../../src/duplicates/text'

const sideSchema = z.object({ prompt: z.string().optional(), hints: z.array(z.string()).optional() })
const pairsSchema = z.object({
  description: z.string(),
  pairs: z.array(z.object({ kind: z.string(), duplicate: z.boolean(), a: sideSchema, b: sideSchema, note: z.string().optional() })),
})

const { pairs } = pairsSchema.parse(JSON.parse(readFileSync(path.resolve(import.meta.dirname, 'pairs.json'), 'utf8')))

/**
 * Each pair is judged the way the import judges an incoming question: `a`
 * alone in an index, `b` checked against it. So a pair the LSH bands fail to
 * bring together counts as missed, exactly as it would in use.
 */
const judged = pairs.map((pair) => {
  const index = createDuplicateIndex()
  index.upsert({ id: 'a', title: 'a', text: pair.a })
  const match = index.check({ text: pair.b, threshold: 0 })[0]
  return { ...pair, score: match?.score ?? 0 }
})

const rates = (threshold: number) => {
  const truePositives = judged.filter((pair) => pair.duplicate && pair.score >= threshold).length
  const flagged = judged.filter((pair) => pair.score >= threshold).length
  const duplicates = judged.filter((pair) => pair.duplicate).length
  return { precision: truePositives / flagged, recall: truePositives / duplicates }
}

describe('near-duplicate quality on the labelled pairs (test/duplicates/pairs.json)', () => {
  it('covers every kind the issue asks for, with enough pairs to mean something', () => {
    const kinds = new Set(pairs.map((pair) => pair.kind))
    for (const kind of ['reworded', 'technical-near-miss', 'example-banks', 'hint-only-reworded']) expect(kinds).toContain(kind)
    expect(pairs.filter((pair) => pair.duplicate).length).toBeGreaterThanOrEqual(40)
    expect(pairs.filter((pair) => !pair.duplicate).length).toBeGreaterThanOrEqual(40)
  })

  it(`reaches precision ≥ 0.95 at recall ≥ 0.8 at the default threshold (${defaultThreshold})`, () => {
    const { precision, recall } = rates(defaultThreshold)
    console.info(`near-duplicates at ${defaultThreshold}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} on ${pairs.length} pairs`)
    expect(precision).toBeGreaterThanOrEqual(0.95)
    expect(recall).toBeGreaterThanOrEqual(0.8)
  })

  it('never flags a technical near-miss (C/C++/C#, == / ===, versions)', () => {
    const flagged = judged.filter((pair) => pair.kind === 'technical-near-miss' && pair.score >= defaultThreshold)
    expect(flagged.map((pair) => `${pair.a.prompt} | ${pair.b.prompt}`)).toEqual([])
  })
})

describe('normalisation', () => {
  it('keeps C++, C#, ==, ===, .NET and version numbers whole', () => {
    expect(tokensOf('What is new in C++ and C# 12?')).toEqual(['new', 'c++', 'c#', '12'])
    expect(tokensOf('When is `a == b` true but `a === b` false?')).toEqual(expect.arrayContaining(['==', '===']))
    expect(tokensOf('Explain .NET 8 and Python 3.11.')).toEqual(['.net', '8', 'python', '3.11'])
  })

  it('drops the framing of a question and folds inflections and spelling', () => {
    expect(tokensOf('Explain data drift.')).toEqual(tokensOf('What is data drift?'))
    expect(tokensOf('How would you prioritise requests?')).toEqual(tokensOf('How do you prioritize requests?'))
  })
})
