import { describe, expect, it } from 'vitest'
import { diagnosticsToJson, formatDiagnostics, parseBank } from '../../importers/parse'
import { parseDocument } from '../../importers/parse-worker'

describe('diagnostics', () => {
  const text = [
    'Interview Prep',
    'AI Data Ops Specialist Interview Questions',
    '3 expert questions covering basics.',
    'Beginner',
    '1 questionExplain ETL.',
    'Explain ETL.',
  ].join('\n')
  const result = parseBank(text, { path: 'ai-data-ops.txt' })

  it('formats messages as path:line:column: severity: reason [rule]', () => {
    expect(formatDiagnostics({ file: result.file })).toEqual([
      'ai-data-ops.txt:3:1: warning: The summary promises 3 questions but the sections hold 2 [total-mismatch]',
      'ai-data-ops.txt:5:1: warning: Section "Beginner" promises 1 question but has 2 [count-mismatch]',
      'ai-data-ops.txt:6:1: warning: Question with the hint "Explain ETL." duplicates the one on line 5 [duplicate-question]',
    ])
  })

  it('gives JSON with ranges, severities and rule ids', () => {
    expect(diagnosticsToJson(result.file)).toEqual([
      {
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 19,
        severity: 'warning',
        ruleId: 'total-mismatch',
        message: 'The summary promises 3 questions but the sections hold 2',
      },
      {
        line: 5,
        column: 1,
        endLine: 5,
        endColumn: 11,
        severity: 'warning',
        ruleId: 'count-mismatch',
        message: 'Section "Beginner" promises 1 question but has 2',
      },
      {
        line: 6,
        column: 1,
        endLine: 6,
        endColumn: 13,
        severity: 'warning',
        ruleId: 'duplicate-question',
        message: 'Question with the hint "Explain ETL." duplicates the one on line 5',
      },
    ])
    expect(result).toMatchObject({ errors: 0, warnings: 3 })
  })

  it('marks errors fatal and warnings not, with source prepbank', () => {
    // A line of prose that asks nothing is refused as a whole, before any question of its role.
    const failed = parseBank('Just one line of text.', { path: 'x.txt' })
    expect(failed.file.messages.map((message) => [message.ruleId, message.fatal, message.source])).toEqual([['not-a-bank', true, 'prepbank']])
    expect(failed).toMatchObject({ bank: null, errors: 1, warnings: 0 })
    const empty = parseBank('Data Engineer Interview Questions\nNothing here yet.', { path: 'x.txt' })
    expect(empty.file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['no-questions', true]])
    const warned = parseBank('X Interview Questions\nQ: a?\nA: b.\nQ: a?\nA: c.', { path: 'x.txt' })
    expect(warned.file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['no-sections', false],
      ['duplicate-question', false],
    ])
  })

  it('reports missing-role, which --role supplies', () => {
    const text = 'Beginner\n2 questionsExplain joins.\nExplain window functions.'
    expect(parseBank(text, { path: 'x.txt' })).toMatchObject({ bank: null, errors: 1 })
    expect(parseBank(text, { path: 'x.txt' }).file.messages[0].ruleId).toBe('missing-role')
    const supplied = parseBank(text, { path: 'x.txt', roleName: ' SQL Analyst ' })
    expect(supplied.errors).toBe(0)
    expect(supplied.bank?.role.name).toBe('SQL Analyst')
  })
})

describe('a report of many diagnostics of one rule', () => {
  it('lists the first 200 of each rule, then one line counting the rest over their lines; the totals stay whole', () => {
    const strays = Array.from({ length: 1000 }, (_, index) => `- item ${index}`).join('\n')
    const parsed = parseDocument({ input: `Flat Interview Questions\n\n${strays}\n`, options: { path: 'flat.md' } })
    expect(parsed.warnings + parsed.errors).toBeGreaterThan(900)
    const byRule = new Map<string, typeof parsed.diagnostics>()
    for (const diagnostic of parsed.diagnostics) byRule.set(diagnostic.ruleId, [...(byRule.get(diagnostic.ruleId) ?? []), diagnostic])
    const [ruleId, listed] = [...byRule].sort((a, b) => b[1].length - a[1].length)[0]
    expect(listed).toHaveLength(201)
    const summary = listed.at(-1)!
    expect(summary.message).toMatch(new RegExp(`^\\d+ more like the 200 above \\(${ruleId}\\), from line \\d+ to line 1002, not listed one by one$`))
    expect(summary.endLine).toBe(1002)
    expect(parsed.diagnostics.length).toBeLessThan(300)
  })
})
