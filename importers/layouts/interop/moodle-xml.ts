import type { VFile } from 'vfile'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Bank, SourceRange } from '../../../format/model'
import { moodleCategoryNames } from '../../../format/interop'
import { report } from '../../diagnostics'
import { pointLocator } from '../../source-lines'
import { interopBankBuilder, rangeOf } from './bank-builder'
import { htmlToHints, htmlToLine } from './html'

/**
 * Moodle XML (a question bank export, or Prepbank's Moodle export) read with
 * fast-xml-parser. Malformed XML is one error at its line and column, and
 * nothing is read.
 *
 * - `category`: `$course$/top/<Role>/<Level…>`: the first name is the role,
 *   the rest (joined by " / ") the level.
 * - `essay`: the question text is the prompt; the information for graders
 *   (one hint per `<div class="prepbank-hint">`, else one hint) and then the
 *   general feedback are the hints.
 * - `shortanswer`, `multichoice`, `truefalse`: the prompt, and a hint with the
 *   accepted or correct answers (and per-answer feedback), then the general feedback.
 * - `description`: skipped with an info; other types: skipped with a warning.
 *
 * `idnumber` becomes the stable id and `<tags>` the tags.
 */

type TextField = { '@_format'?: string; text?: unknown }
type MoodleAnswer = TextField & { '@_fraction'?: string; feedback?: TextField }
type MoodleQuestion = {
  '@_type'?: string
  name?: TextField
  questiontext?: TextField
  generalfeedback?: TextField
  graderinfo?: TextField
  idnumber?: unknown
  category?: TextField
  answer?: MoodleAnswer[]
  tags?: { tag?: TextField[] }
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'question' || name === 'answer' || name === 'tag',
})

const textOf = (value: unknown): string => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value))

/** A Moodle text field as HTML-free text (prompts) or hints, by its format. */
function fieldLine(field: TextField | undefined): string {
  const text = textOf(field?.text).trim()
  return field?.['@_format'] === 'html' || field?.['@_format'] === 'moodle_auto_format' || field?.['@_format'] === undefined ? htmlToLine(text) : text.replace(/\s+/g, ' ').trim()
}

function fieldHints(field: TextField | undefined): string[] {
  const text = textOf(field?.text).trim()
  if (text === '') return []
  return field?.['@_format'] === 'markdown' || field?.['@_format'] === 'plain_text' ? [text] : htmlToHints(text)
}

/** The offsets of each top-level `<question>` element, in document order (CDATA and comments skipped). */
function questionOffsets(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = []
  const pattern = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<question\b[^>]*?(\/?)>|<\/question\s*>/g
  let open: number | null = null
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const token = match[0]
    if (token.startsWith('<![CDATA[') || token.startsWith('<!--')) continue
    if (token.startsWith('</')) {
      if (open !== null) ranges.push({ start: open, end: match.index + token.length })
      open = null
    } else if (match[1] === '/') ranges.push({ start: match.index, end: match.index + token.length })
    else open = match.index
  }
  return ranges
}

function answerHint({ question, kind }: { question: MoodleQuestion; kind: string }): string[] {
  const answers = (question.answer ?? []).map((answer) => ({
    text: fieldLine(answer),
    fraction: Number.parseFloat(answer['@_fraction'] ?? '0'),
    feedback: fieldLine(answer.feedback),
  }))
  if (answers.length === 0) return []
  const line = (answer: (typeof answers)[number]) =>
    `- ${answer.text}${answer.fraction > 0 ? ` (correct${answer.fraction < 100 ? `, ${answer.fraction}%` : ''})` : ''}${answer.feedback ? `: ${answer.feedback}` : ''}`
  if (kind === 'shortanswer') return [`Accepted answers:\n\n${answers.filter((answer) => answer.fraction > 0).map(line).join('\n')}`]
  if (kind === 'truefalse') {
    const correct = answers.find((answer) => answer.fraction >= 100)
    return correct ? [`Answer: ${correct.text}`] : []
  }
  return [`Options:\n\n${answers.map(line).join('\n')}`]
}

export function parseMoodleXml({ file, text }: { file: VFile; text: string }): Bank | null {
  const validation = XMLValidator.validate(text)
  if (validation !== true) {
    report({
      file,
      severity: 'error',
      ruleId: 'invalid-xml',
      reason: `Malformed XML: ${validation.err.msg}`,
      place: { line: validation.err.line, column: validation.err.col },
    })
    return null
  }
  const document = parser.parse(text) as { quiz?: { question?: MoodleQuestion[] } }
  if (!document.quiz) {
    report({ file, severity: 'error', ruleId: 'not-moodle-xml', reason: 'Not Moodle XML: the root element must be <quiz>', place: { line: 1, column: 1 } })
    return null
  }

  const pointAt = pointLocator(text)
  const offsets = questionOffsets(text)
  const builder = interopBankBuilder({ file, layout: 'moodle-xml', idPrefix: 'moodle' })
  const questions = document.quiz.question ?? []
  questions.forEach((question, index) => {
    const offset = offsets[index] ?? { start: 0, end: 0 }
    const range: SourceRange = rangeOf({ pointAt, ...offset })
    const kind = question['@_type'] ?? ''
    switch (kind) {
      case 'category': {
        const names = moodleCategoryNames(textOf(question.category?.text))
        builder.enterCategory({ role: names[0] ?? null, level: names.slice(1).join(' / ') || null, range })
        return
      }
      case 'description':
        report({ file, severity: 'info', ruleId: 'skipped-description', reason: 'A description holds no question; skipped', place: range })
        return
      case 'essay':
      case 'shortanswer':
      case 'multichoice':
      case 'truefalse': {
        const prompt = fieldLine(question.questiontext) || fieldLine(question.name)
        const hints = [
          ...(kind === 'essay' ? fieldHints(question.graderinfo) : answerHint({ question, kind })),
          ...fieldHints(question.generalfeedback),
        ]
        const idnumber = textOf(question.idnumber).trim()
        // The hint keeps every answer with its fraction and feedback; the options are the answers, marked.
        const options =
          kind === 'multichoice' ? (question.answer ?? []).map((answer) => ({ text: fieldLine(answer), correct: Number.parseFloat(answer['@_fraction'] ?? '0') > 0 })) : undefined
        builder.addQuestion({
          prompt,
          options,
          hints,
          tags: (question.tags?.tag ?? []).map((tag) => textOf(tag.text)),
          foreignId: idnumber === '' ? null : idnumber,
          range,
        })
        return
      }
      default:
        report({
          file,
          severity: 'warning',
          ruleId: 'unsupported-question-type',
          reason: `Moodle question type "${kind}" is not imported (essay, shortanswer, multichoice and truefalse are); skipped`,
          place: range,
        })
    }
  })
  return builder.build()
}
