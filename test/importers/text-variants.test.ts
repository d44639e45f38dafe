import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatDiagnostics, parseBank } from '../../importers/parse'

/**
 * Variants of a real plain-text bank. Line ends, a BOM, blank lines and
 * trailing white space change nothing, not even a position; wrong counts
 * and missing lines are reported where they are.
 */

const fixtures = join(import.meta.dirname, 'fixtures')
const read = (name: string) => readFileSync(join(fixtures, name, 'input.txt'))
const parse = (name: string) => parseBank(read(name), { path: `${name}.txt` })

describe('plain-text variants', () => {
  const original = parse('text-ai-data-ops-specialist')

  it.each(['text-crlf', 'text-cr-only', 'text-bom'])('%s gives exactly the bank of the original file', (name) => {
    const variant = parse(name)
    expect(variant.file.messages).toEqual([])
    expect(variant.bank).toEqual(original.bank)
  })

  it('keeps the line numbers of a CRLF file', () => {
    const variant = parse('text-crlf')
    const lines = read('text-crlf').toString('utf8').split('\r\n')
    const advanced = variant.bank?.levels[2]
    expect(advanced?.name).toBe('Advanced')
    expect(lines[(advanced?.position.start.line ?? 0) - 1]).toBe('Advanced')
  })

  it('reads counts on their own line like fused ones', () => {
    const ownLine = parse('text-counts-own-line')
    const fused = parse('text-ai-image-data-specialist')
    expect(ownLine.file.messages).toEqual([])
    const shape = (result: typeof fused) =>
      result.bank?.levels.map((level) => [level.name, level.declaredCount, level.questions.map((question) => question.hints[0].text)])
    expect(shape(ownLine)).toEqual(shape(fused))
  })

  it('ignores blank lines, trailing spaces and tabs', () => {
    const spaced = parse('text-blank-lines-trailing-spaces')
    const plain = parse('text-ai-image-data-specialist')
    expect(spaced.file.messages).toEqual([])
    expect(spaced.bank?.levels.flatMap((level) => level.questions.map((question) => question.hints[0].text))).toEqual(
      plain.bank?.levels.flatMap((level) => level.questions.map((question) => question.hints[0].text)),
    )
  })

  it('warns about wrong counts at the count, and about the total at the summary', () => {
    const result = parse('text-wrong-counts')
    expect(result.errors).toBe(0)
    expect(formatDiagnostics({ file: result.file })).toEqual([
      'text-wrong-counts.txt:3:1: warning: The summary promises 52 questions but the sections hold 50 [total-mismatch]',
      'text-wrong-counts.txt:5:1: warning: Section "Beginner" promises 6 questions but has 5 [count-mismatch]',
      'text-wrong-counts.txt:22:1: warning: Section "Advanced" promises 9 questions but has 10 [count-mismatch]',
    ])
    expect(result.bank?.levels.map((level) => level.questions.length)).toEqual([5, 10, 10, 10, 10, 5])
  })

  it('reads a file without summary, warning that the total cannot be checked', () => {
    const result = parse('text-missing-summary')
    expect(result.bank?.role.summary).toBeNull()
    expect(result.bank?.role.declaredTotal).toBeNull()
    expect(result.bank?.levels.map((level) => level.questions.length)).toEqual([5, 10, 10, 10, 10, 5])
    expect(formatDiagnostics({ file: result.file })).toEqual([
      'text-missing-summary.txt:2:1: warning: No summary line after the role line, so the total number of questions cannot be checked [missing-summary]',
    ])
  })

  it('reads a file without collection line', () => {
    const result = parse('text-missing-collection')
    expect(result.file.messages).toEqual([])
    expect(result.bank?.collection).toBeNull()
    expect(result.bank?.role.name).toBe('AI Image Data Specialist')
    expect(result.bank?.levels.map((level) => level.questions.length)).toEqual([5, 10, 10, 10, 10, 5])
  })

  it('recognises a section whose count line is missing, and says so', () => {
    const result = parse('text-missing-count')
    expect(result.bank?.levels.map((level) => [level.name, level.declaredCount, level.questions.length])).toEqual([
      ['Beginner', 5, 5],
      ['Intermediate', 10, 10],
      ['Advanced', null, 10],
    ])
    expect(formatDiagnostics({ file: result.file })).toEqual([
      'text-missing-count.txt:21:1: warning: Section "Advanced" has no "N questions" line [missing-count]',
    ])
  })

  it('refuses a count without section name', () => {
    const result = parse('text-missing-section-name')
    expect(result.errors).toBe(1)
    expect(result.file.messages.find((message) => message.fatal)?.ruleId).toBe('missing-section-name')
    expect(result.file.messages.find((message) => message.fatal)?.line).toBe(10)
  })

  it('does not take hint lines for sections when nothing marks them', () => {
    const text = [
      'Data Engineer Interview Questions',
      '4 questions on pipelines.',
      'Basics',
      '4 questionsExplain idempotent loads.',
      'Look for ownership of incidents',
      'Partition pruning and clustering',
      'Slowly changing dimensions, types 1 and 2',
    ].join('\n')
    const result = parseBank(text, { path: 'hints.txt' })
    expect(result.file.messages.map((message) => message.ruleId)).toEqual([])
    expect(result.bank?.levels).toHaveLength(1)
    expect(result.bank?.levels[0].questions).toHaveLength(4)
  })
})
