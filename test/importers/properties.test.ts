import { describe, expect, it } from 'vitest'
import type { Bank } from '../../format/model'
import { parseBank } from '../../importers/parse'
import { seededRandom } from '../helpers/random'

/**
 * Structure comes from what the text says, not from heading depth or the
 * order of sections: a generated bank read in one shape must give the same
 * questions (section, prompt, answer) when its sections are shuffled or all
 * its headings move deeper. Seeded, so a failure replays.
 */

type GeneratedQuestion = { prompt: string; answer: string }
type GeneratedSection = { name: string; questions: GeneratedQuestion[] }
type Shape = 'heading' | 'bold' | 'list-item' | 'item-heading'

const subjects = ['a container', 'an index', 'a closure', 'back-pressure', 'a deadlock', 'idempotence', 'a join', 'C++ move semantics', 'a == b', 'a === b']
const openings = ['What is', 'Explain', 'Why use', 'How do you test', 'When would you avoid']
const sectionNames = ['Basics', 'Storage', 'Concurrency', 'Networking', 'Design', 'Behavioral', 'Scenario-Based']

function generateBank(seed: number): { sections: GeneratedSection[]; shape: Shape } {
  const next = seededRandom(seed)
  const pick = <T,>(items: T[]): T => items[Math.floor(next() * items.length)]
  const names = [...sectionNames].sort(() => next() - 0.5).slice(0, 2 + Math.floor(next() * 4))
  let counter = 0
  const sections = names.map((name) => ({
    name,
    questions: Array.from({ length: 1 + Math.floor(next() * 4) }, () => {
      counter++
      const question = `${pick(openings)} ${pick(subjects)} (${counter})?`
      return { prompt: question, answer: `A strong answer names ${pick(subjects)} and case ${counter}.` }
    }),
  }))
  return { sections, shape: pick<Shape>(['heading', 'bold', 'list-item', 'item-heading']) }
}

/** The bank as Markdown, sections at `depth` (the role one above, questions one below when they are headings). */
function render({ sections, shape, depth }: { sections: GeneratedSection[]; shape: Shape; depth: number }): string {
  const hashes = (level: number): string => '#'.repeat(level)
  const out = [`${hashes(depth - 1)} Generated Specialist Interview Questions`, '']
  for (const section of sections) {
    out.push(`${hashes(depth)} ${section.name}`, '')
    section.questions.forEach((question, index) => {
      if (shape === 'heading') out.push(`${hashes(depth + 1)} ${question.prompt}`, '', question.answer, '')
      if (shape === 'bold') out.push(`**${question.prompt}**`, '', question.answer, '')
      if (shape === 'list-item') out.push(`- ${question.prompt}`, `  - ${question.answer}`, '')
      if (shape === 'item-heading') out.push(`${index + 1}. ${hashes(depth + 1)} ${question.prompt}`, '', `   ${question.answer}`, '')
    })
  }
  return out.join('\n')
}

/** What a reader gets out of a bank, in a comparable form. */
function readQuestions(bank: Bank | null): string[] {
  return (bank?.levels ?? []).flatMap((level) =>
    level.questions.map((question) => `${level.name} | ${question.prompt} | ${question.hints.map((hint) => hint.text).join(' / ')}`),
  )
}

function parse(text: string): Bank | null {
  const result = parseBank(text, { path: 'generated.md' })
  expect(result.errors, JSON.stringify(result.file.messages.map((message) => message.reason))).toBe(0)
  return result.bank
}

describe('structure properties', () => {
  for (let seed = 1; seed <= 24; seed++) {
    it(`seed ${seed}: every question is read, whatever the section order or heading depth`, () => {
      const { sections, shape } = generateBank(seed)
      const expected = sections.flatMap((section) =>
        section.questions.map((question) => `${section.name} | ${question.prompt} | ${question.answer}`),
      )
      const baseline = readQuestions(parse(render({ sections, shape, depth: 2 })))
      expect(baseline, `shape ${shape}`).toEqual(expected)

      const shuffled = [...sections].reverse()
      expect([...readQuestions(parse(render({ sections: shuffled, shape, depth: 2 })))].sort()).toEqual([...baseline].sort())

      for (const depth of [3, 4]) {
        expect(readQuestions(parse(render({ sections, shape, depth }))), `${shape} at depth ${depth}`).toEqual(baseline)
      }
    })
  }
})
