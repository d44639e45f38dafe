import { describe, expect, it } from 'vitest'

import type { NormalQuestion } from '../../exporters/source'

import { prettyAt, questionDocument, questionJson } from '../../exporters/json'
import { normalSource } from '../../exporters/source'
import { fixtureSource, generatedSource, sampleHintTexts } from './fixtures'

/** The JSON writer's hand-written records are exactly what the generic printer makes of questionRecord. */
const questionsOf = async (source: ReturnType<typeof fixtureSource>): Promise<NormalQuestion[]> => {
  const questions: NormalQuestion[] = []
  for await (const level of normalSource(source).levels) for await (const question of level.questions) questions.push(question)
  return questions
}

describe('questionJson', () => {
  it('writes the pretty and the compact record of questionDocument byte for byte', async () => {
    const questions = [
      ...(await questionsOf(fixtureSource())),
      ...(await questionsOf(generatedSource({ questionCount: 300, hintTexts: sampleHintTexts, seed: 11 }))),
    ]
    expect(questions.some((question) => question.tags.length === 0)).toBe(true)
    expect(questions.some((question) => question.hints.length === 0)).toBe(true)
    expect(questions.some((question) => question.hints.length > 1)).toBe(true)
    for (const [index, question] of questions.entries()) {
      const record = questionDocument({ question, position: index + 1 })
      expect(questionJson({ question, position: index + 1 })).toEqual({
        pretty: prettyAt({ value: record, indent: '        ' }),
        compact: JSON.stringify(record),
      })
    }
  })
})
