import type { VFile } from 'vfile'
import type { GIFTQuestion, TextChoice, TextFormat } from 'gift-pegjs'
import { parse as parseGift } from 'gift-pegjs'
import type { Bank, SourceRange } from '../../../format/model'
import { giftHintSeparator, moodleCategoryNames } from '../../../format/interop'
import { report } from '../../diagnostics'
import { pointLocator } from '../../source-lines'
import { interopBankBuilder, rangeOf } from './bank-builder'
import { htmlToHints, htmlToLine } from './html'

/**
 * GIFT, parsed with gift-pegjs (the PEG grammar behind the GIFT editors and
 * the VS Code extension). GIFT separates questions by blank lines, so the
 * document is parsed a paragraph at a time: each question knows its line,
 * and a syntax error is reported at its own line and column (then nothing is
 * imported).
 *
 * - `$CATEGORY: $course$/top/<Role>/<Level…>`: role, then level.
 * - Essay `{}`: the stem is the prompt, the general feedback (`####`) the
 *   hints, split on Prepbank's hint separator.
 * - Multiple choice, short answer, true/false, numerical, matching: the
 *   prompt and a hint with the answers, then the general feedback.
 * - Descriptions are skipped with an info.
 * - `// [id:…]` gives the stable id and `// [tag:…]` the tags (Moodle's own convention).
 */

type Block = { text: string; start: number; end: number }

/** Paragraphs of the document, with their offsets; a line of spaces counts as blank. */
function blocks(text: string): Block[] {
  const found: Block[] = []
  const separator = /\n[ \t]*\n/g
  let start = 0
  for (let match = separator.exec(text); ; match = separator.exec(text)) {
    const end = match === null ? text.length : match.index
    if (text.slice(start, end).trim() !== '') found.push({ text: text.slice(start, end), start, end })
    if (match === null) break
    start = match.index + match[0].length
  }
  return found
}

const isCommentsOnly = (text: string) => text.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('//'))

function lineOf(format: TextFormat | null | undefined): string {
  if (!format) return ''
  return format.format === 'html' ? htmlToLine(format.text) : format.text.replace(/\s+/g, ' ').trim()
}

/** "from {=Nazareth}." reads "from _____." (the parser leaves a space between the blank and what follows it). */
function withBlankBeforePunctuation(stem: string): string {
  return stem.replace(/(_{3,}) ([.,;:!?])/g, '$1$2')
}

function hintsOf(format: TextFormat | null | undefined): string[] {
  if (!format || format.text.trim() === '') return []
  if (format.format === 'html') return htmlToHints(format.text)
  return format.text.split(giftHintSeparator.trim()).map((hint) => hint.trim())
}

function choiceLine(choice: TextChoice): string {
  const weight = choice.weight !== null && choice.weight !== 100 && choice.weight !== 0 ? `, ${choice.weight}%` : ''
  const feedback = choice.feedback ? `: ${lineOf(choice.feedback)}` : ''
  return `- ${lineOf(choice.text)}${choice.isCorrect ? ` (correct${weight})` : ''}${feedback}`
}

function answerHints(question: GIFTQuestion): string[] {
  switch (question.type) {
    case 'MC':
      return [`Options:\n\n${question.choices.map(choiceLine).join('\n')}`]
    case 'Short':
      return [`Accepted answers:\n\n${question.choices.filter((choice) => choice.isCorrect).map(choiceLine).join('\n')}`]
    case 'TF':
      return [`Answer: ${question.isTrue ? 'True' : 'False'}`]
    case 'Numerical': {
      const choices = Array.isArray(question.choices) ? question.choices.map((choice) => choice.text) : [question.choices]
      const describe = (value: (typeof choices)[number]) =>
        value.type === 'range' ? `${value.number} ± ${value.range}` : value.type === 'high-low' ? `${value.numberLow}..${value.numberHigh}` : `${value.number}`
      return [`Answer: ${choices.map(describe).join(' or ')}`]
    }
    case 'Matching':
      return [`Matches:\n\n${question.matchPairs.map((pair) => `- ${lineOf(pair.subquestion)} → ${pair.subanswer}`).join('\n')}`]
    default:
      return []
  }
}

type GiftSyntaxError = Error & { location?: { start: { line: number; column: number } } }

export function parseGiftDocument({ file, text }: { file: VFile; text: string }): Bank | null {
  const pointAt = pointLocator(text)
  const builder = interopBankBuilder({ file, layout: 'gift', idPrefix: 'gift' })
  const parsed: { questions: GIFTQuestion[]; range: SourceRange }[] = []
  for (const block of blocks(text)) {
    if (isCommentsOnly(block.text)) continue
    try {
      parsed.push({ questions: parseGift(block.text), range: rangeOf({ pointAt, start: block.start, end: block.end }) })
    } catch (error) {
      const place = (error as GiftSyntaxError).location?.start
      const blockStart = pointAt(block.start)
      report({
        file,
        severity: 'error',
        ruleId: 'invalid-gift',
        reason: `Malformed GIFT: ${(error as Error).message}`,
        place: place ? { line: blockStart.line + place.line - 1, column: place.line === 1 ? blockStart.column + place.column - 1 : place.column } : blockStart,
      })
    }
  }
  if (file.messages.some((message) => message.fatal)) return null

  for (const { questions, range } of parsed) {
    for (const question of questions) {
      if (question.type === 'Category') {
        const names = moodleCategoryNames(question.title)
        builder.enterCategory({ role: names[0] ?? null, level: names.slice(1).join(' / ') || null, range })
        continue
      }
      if (question.type === 'Description') {
        report({ file, severity: 'info', ruleId: 'skipped-description', reason: 'A description holds no question; skipped', place: range })
        continue
      }
      builder.addQuestion({
        prompt: withBlankBeforePunctuation(lineOf(question.stem)) || question.title,
        // The hint keeps every choice with its weight and feedback; the options are the choices, marked.
        ...(question.type === 'MC' ? { options: question.choices.map((choice) => ({ text: lineOf(choice.text), correct: choice.isCorrect || (choice.weight ?? 0) > 0 })) } : {}),
        hints: [...(question.type === 'Essay' ? [] : answerHints(question)), ...hintsOf(question.globalFeedback)],
        tags: question.tags ?? [],
        foreignId: question.id ?? null,
        range,
      })
    }
  }
  return builder.build()
}
