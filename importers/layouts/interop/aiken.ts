import type { VFile } from 'vfile'
import type { Bank } from '../../../format/model'
import { report } from '../../diagnostics'
import { optionAnswerHint } from '../../labels'
import { interopBankBuilder } from './bank-builder'

/**
 * Aiken, Moodle's plain multiple-choice format:
 *
 *   What is ETL?                 the question, on one line
 *   A. Extract, transform, load  options "A." or "A)", in order
 *   B. Extract, tidy, log
 *   ANSWER: A                    the correct option's letter
 *
 * Questions are separated by blank lines. Each becomes a question with its
 * options and one hint, the answer. Aiken has no categories, ids or
 * tags: the role comes from --role, the level is "General". A question
 * without options or without a valid ANSWER line is an error at its line
 * (Moodle would refuse the file too), and nothing is imported.
 */

const optionPattern = /^([A-Z])[.)]\s+(\S.*)$/
const answerPattern = /^ANSWER:\s*([A-Z])\s*$/

export function parseAiken({ file, text }: { file: VFile; text: string }): Bank | null {
  const builder = interopBankBuilder({ file, layout: 'aiken', idPrefix: 'aiken' })
  const lines = text.split('\n')
  let errors = 0
  const fail = ({ reason, line, column = 1 }: { reason: string; line: number; column?: number }) => {
    errors += 1
    report({ file, severity: 'error', ruleId: 'invalid-aiken', reason, place: { line, column } })
  }

  let index = 0
  while (index < lines.length) {
    if (lines[index].trim() === '') {
      index += 1
      continue
    }
    const startLine = index + 1
    const prompt = lines[index].trim()
    index += 1
    const options: { letter: string; text: string }[] = []
    while (index < lines.length && optionPattern.test(lines[index].trim())) {
      const [, letter, optionText] = optionPattern.exec(lines[index].trim()) ?? []
      options.push({ letter, text: optionText.trim() })
      index += 1
    }
    const answerLine = lines[index]?.trim() ?? ''
    const answer = answerPattern.exec(answerLine)
    if (options.length === 0) fail({ reason: `Question "${prompt}" has no options ("A. …" lines) after it`, line: startLine + 1 })
    else if (!answer) {
      fail({ reason: `Expected "ANSWER: <letter>" after the options of "${prompt}", found ${answerLine === '' ? 'nothing' : JSON.stringify(answerLine)}`, line: index + 1 })
    } else if (!options.some((option) => option.letter === answer[1])) {
      fail({ reason: `ANSWER: ${answer[1]} names no option of "${prompt}"`, line: index + 1, column: lines[index].indexOf(answer[1]) + 1 })
    } else {
      const correct = options.find((option) => option.letter === answer[1])
      builder.addQuestion({
        prompt,
        // The options stay with the question; the marked one is the hint.
        options: options.map((option) => ({ text: option.text, correct: option === correct })),
        hints: correct ? [optionAnswerHint(correct)] : [],
        tags: [],
        foreignId: null,
        range: { start: { line: startLine, column: 1 }, end: { line: index + 1, column: answerLine.length + 1 } },
      })
    }
    // Skip to the blank line that ends this question, so one bad question gives one error.
    while (index < lines.length && lines[index].trim() !== '') index += 1
  }
  return errors > 0 ? null : builder.build()
}
