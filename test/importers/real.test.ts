import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { toString } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import type { BankQuestion } from '../../format/model'
import { diagnosticsToJson, parseBank } from '../../importers/parse'

/**
 * Public question banks as people publish them (test/importers/real/, see
 * its README): each is read and compared with `expected.json`, what a careful
 * reader sees in it — its sections and their counts, the number of
 * questions, the first question and samples (prompt, start of the answer,
 * options, the marked answer, tags). Text is compared as a reader sees it:
 * Markdown reduced to its plain text, white space collapsed. Documents that
 * are not banks must be refused with an error.
 */

type ExpectedQuestion = {
  section?: string
  prompt?: string
  promptStartsWith?: string
  promptCode?: string
  answer?: null
  answerStartsWith?: string
  options?: string[]
  correct?: string[]
  tags?: string[]
}

type Expected =
  | { bank: false; reason: string }
  | {
      bank: true
      /** Null when the document names no role: the test then gives one, as `--role` would. */
      role: string | null
      /** The start of the summary: the intro a reader finds after the title and before the first section or question. */
      summaryStartsWith?: string
      /** `subsections`: sub-topic headings folded into the section (a `folded-heading` info each), with the questions under each. */
      sections: { name: string; questions: number; subsections?: { name: string; questions: number }[] }[]
      questions: number
      first: ExpectedQuestion
      samples?: ExpectedQuestion[]
    }

const realDirectory = join(import.meta.dirname, 'real')
const documents = readdirSync(realDirectory, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

const markdown = unified().use(remarkParse)

/** What a reader sees of a bit of Markdown: its text, white space collapsed. */
function plain(text: string): string {
  return toString(markdown.parse(text)).replace(/\s+/g, ' ').trim()
}

function read(name: string) {
  const directory = join(realDirectory, name)
  const inputName = readdirSync(directory).find((file) => file.startsWith('input.'))
  if (!inputName) throw new Error(`${name} has no input file`)
  const expected = JSON.parse(readFileSync(join(directory, 'expected.json'), 'utf8')) as Expected
  const roleName = expected.bank && expected.role === null ? name : undefined
  const result = parseBank(readFileSync(join(directory, inputName)), { path: `${name}/${inputName}`, roleName })
  return { expected, result }
}

type Located = { question: BankQuestion; section: string }

function findQuestion(questions: Located[], wanted: ExpectedQuestion): Located | undefined {
  return questions.find(({ question, section }) => {
    const prompt = plain(question.prompt ?? '')
    if (wanted.prompt !== undefined && prompt !== plain(wanted.prompt)) return false
    if (wanted.promptStartsWith !== undefined && !prompt.startsWith(plain(wanted.promptStartsWith))) return false
    if (wanted.section !== undefined && section !== wanted.section) return false
    if (wanted.promptCode !== undefined && !shownWith(question).includes(wanted.promptCode.split('\n')[0].trim())) return false
    return true
  })
}

/** The code or text a question shows with its wording (its `details`, or a continuation of the prompt). */
function shownWith(question: BankQuestion): string {
  return `${question.prompt ?? ''}\n${question.details ?? ''}`
}

function checkQuestion(located: Located | undefined, wanted: ExpectedQuestion, label: string): void {
  expect(located, `${label}: a question "${wanted.prompt ?? wanted.promptStartsWith}"`).toBeDefined()
  const { question } = located as Located
  const hints = question.hints.map((hint) => plain(hint.text))
  if (wanted.answer === null) expect(hints, `${label}: no answer`).toEqual([])
  if (wanted.answerStartsWith !== undefined) {
    const start = plain(wanted.answerStartsWith)
    expect(
      hints.some((hint) => hint.startsWith(start)),
      `${label}: an answer starting "${start}" among ${JSON.stringify(hints.map((hint) => hint.slice(0, 50)))}`,
    ).toBe(true)
  }
  if (wanted.options !== undefined) {
    const options = (question.options ?? []).map((option) => plain(option.text.split('\n')[0]))
    expect(options, `${label}: options`).toEqual(wanted.options.map(plain))
  }
  if (wanted.correct !== undefined) {
    const options = question.options ?? []
    const correct = options.flatMap((option, index) => (option.correct ? [index] : []))
    const wantedIndexes = wanted.correct.map((answer) =>
      /^[A-H]$/.test(answer) ? answer.charCodeAt(0) - 65 : options.findIndex((option) => plain(option.text.split('\n')[0]) === plain(answer)),
    )
    expect(correct, `${label}: marked options`).toEqual(wantedIndexes)
  }
  if (wanted.tags !== undefined) expect([...question.tags].sort(), `${label}: tags`).toEqual([...wanted.tags].sort())
}

/**
 * Documents the importer does not read right yet, each with what is missing.
 * Skipped (and so listed in every run), never quietly passed.
 */
const knownGaps: Record<string, string> = {}

describe('real question banks', () => {
  it('has documents to read', () => {
    expect(documents.length).toBeGreaterThanOrEqual(10)
  })

  for (const name of documents) {
    const gap = knownGaps[name]
    ;(gap ? it.skip : it)(gap ? `${name} (not yet: ${gap})` : name, () => {
      const { expected, result } = read(name)
      const diagnostics = diagnosticsToJson(result.file)
      if (!expected.bank) {
        const total = result.bank?.levels.reduce((sum, level) => sum + level.questions.length, 0) ?? 0
        expect(total, 'nothing to import').toBe(0)
        expect(result.errors, 'refused with an error').toBeGreaterThan(0)
        expect(diagnostics.some((diagnostic) => diagnostic.severity === 'error' && diagnostic.ruleId === 'not-a-bank')).toBe(true)
        return
      }

      expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([])
      const bank = result.bank
      expect(bank).not.toBeNull()
      if (!bank) return
      if (expected.role !== null) expect([plain(bank.role.title ?? ''), plain(bank.role.name)], 'role').toContain(plain(expected.role))
      if (expected.summaryStartsWith !== undefined) {
        // The summary is plain text (its paragraphs apart by blank lines), not Markdown: only its white space is collapsed.
        const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim()
        const start = collapse(expected.summaryStartsWith)
        expect(collapse(bank.role.summary ?? '').slice(0, start.length), 'summary').toBe(start)
      }

      // Sections that hold no question import nothing; a reader does not count them.
      const sections = bank.levels.filter((level) => level.questions.length > 0)
      expect(sections.map((level) => ({ name: level.name, questions: level.questions.length }))).toEqual(
        expected.sections.map(({ name, questions }) => ({ name, questions })),
      )
      for (const section of expected.sections.filter((wanted) => wanted.subsections)) {
        const level = sections.find((candidate) => candidate.name === section.name)!
        const folded = diagnostics
          .filter((diagnostic) => diagnostic.ruleId === 'folded-heading' && diagnostic.message.endsWith(`inside section "${section.name}"; they are imported into it`))
          .map((diagnostic) => ({ line: diagnostic.line ?? 0, name: (/^"(.+?)(?:\s*\(\d+\))?"/.exec(diagnostic.message) ?? [])[1] }))
        const counted = folded.map(({ line, name }, index) => ({
          name,
          questions: level.questions.filter((question) => question.position.start.line > line && question.position.start.line < (folded[index + 1]?.line ?? Infinity)).length,
        }))
        expect(counted, `${section.name}: sub-topics`).toEqual(section.subsections)
      }
      const questions: Located[] = sections.flatMap((level) => level.questions.map((question) => ({ question, section: level.name })))
      expect(questions.length, 'questions').toBe(expected.questions)

      const [first] = questions
      if (expected.first.section !== undefined) expect(first.section).toBe(expected.first.section)
      checkQuestion(findQuestion([first], expected.first) ? first : undefined, expected.first, 'first')
      for (const [index, sample] of (expected.samples ?? []).entries()) {
        checkQuestion(findQuestion(questions, sample), sample, `sample ${index + 1}`)
      }
    })
  }
})
