import type { VFile } from 'vfile'
import { counted, report } from './diagnostics'
import type { Bank, BankLevel, BankQuestion, BankRole, SourceRange } from '../format/model'

/**
 * Checks that hold for every layout, run on the finished model: promised
 * counts, empty sections, duplicates, and whether anything importable (a role
 * and at least one question) was found.
 */

/**
 * Where a level's declared count or the role's declared total is written.
 * The model keeps only the numbers; layouts that know the place note it in
 * this map (made per parse and passed along, keyed by the model's objects)
 * so the count warnings can point at "10 questions" rather than at the
 * section.
 */
export type DeclaredPlaces = Map<BankLevel | BankRole, SourceRange>

export function checkBank({ file, bank, declared = new Map() }: { file: VFile; bank: Bank; declared?: DeclaredPlaces }): void {
  checkSections({ file, bank, declared })
  checkTotal({ file, bank, declared })
  checkDuplicates({ file, bank })
  checkImportable({ file, bank })
}

function checkSections({ file, bank, declared }: { file: VFile; bank: Bank; declared: DeclaredPlaces }): void {
  for (const level of bank.levels) {
    const found = level.questions.length
    if (found === 0) {
      report({
        file,
        severity: 'warning',
        ruleId: 'empty-section',
        reason:
          `Section "${level.name}" has no questions` +
          (level.declaredCount ? ` (it promises ${counted({ count: level.declaredCount, noun: 'question' })})` : ''),
        place: level.position,
      })
    } else if (level.declaredCount !== null && level.declaredCount !== found) {
      report({
        file,
        severity: 'warning',
        ruleId: 'count-mismatch',
        reason: `Section "${level.name}" promises ${counted({ count: level.declaredCount, noun: 'question' })} but has ${found}`,
        place: declared.get(level) ?? level.position,
      })
    }
  }
}

function checkTotal({ file, bank, declared: places }: { file: VFile; bank: Bank; declared: DeclaredPlaces }): void {
  const declared = bank.role.declaredTotal
  if (declared === null) return
  const found = bank.levels.reduce((sum, level) => sum + level.questions.length, 0)
  if (declared === found) return
  report({
    file,
    severity: 'warning',
    ruleId: 'total-mismatch',
    reason: `The summary promises ${counted({ count: declared, noun: 'question' })} but the sections hold ${found}`,
    place: places.get(bank.role) ?? { line: 1, column: 1 },
  })
}

function checkDuplicates({ file, bank }: { file: VFile; bank: Bank }): void {
  const firstByText = new Map<string, BankQuestion>()
  for (const level of bank.levels) {
    for (const question of level.questions) {
      const text = comparableText(question)
      if (text === '') continue
      const first = firstByText.get(text)
      if (!first) {
        firstByText.set(text, question)
        continue
      }
      const what = question.prompt === null ? `with the hint "${excerpt(question.hints[0]?.text ?? '')}"` : `"${excerpt(question.prompt)}"`
      report({
        file,
        severity: 'warning',
        ruleId: 'duplicate-question',
        reason: `Question ${what} duplicates the one on line ${first.position.start.line}`,
        place: question.position,
      })
    }
  }
}

function checkImportable({ file, bank }: { file: VFile; bank: Bank }): void {
  if (bank.role.name.trim() === '' && !file.messages.some((message) => message.ruleId === 'not-a-bank')) {
    report({
      file,
      severity: 'error',
      ruleId: 'missing-role',
      reason: 'No role name found (expected a line like "Data Engineer Interview Questions"); give one with --role',
      place: { line: 1, column: 1 },
    })
  }
  // A document refused as a whole (`not-a-bank`) has said why already.
  const refused = file.messages.some((message) => message.fatal && message.ruleId === 'not-a-bank')
  if (!refused && !bank.levels.some((level) => level.questions.length > 0)) {
    report({
      file,
      severity: 'error',
      ruleId: 'no-questions',
      reason: 'No questions or hints found to import',
      place: { line: 1, column: 1 },
    })
  }
}

/**
 * What makes two questions the same: the prompt (with the code and options
 * a multiple-choice question shows), or for hint-only questions the hints,
 * compared without case, white space, Markdown emphasis or sentence
 * punctuation. Symbols that change the meaning stay: "C++" is not "C#" or
 * "C", and `a == b` is not `a === b`. The key goes into a Map, so the check
 * is one pass, never a comparison of every pair.
 */
export function comparableText(question: BankQuestion): string {
  const text =
    question.prompt === null
      ? question.hints.map((hint) => hint.text).join(' ')
      : [question.prompt, question.details ?? '', ...(question.options ?? []).map((option) => option.text)].join(' ')
  const lower = text.toLowerCase()
  const folded = /[\u0080-\uffff]/.test(lower) ? lower.normalize('NFKC') : lower
  const normalised = folded
    // Emphasis and code marks are how the text looks, not what it says.
    .replace(/\*\*|__|`+/g, ' ')
    // Sentence punctuation and brackets; symbols such as + # = < > ! & | / * % stay.
    .replace(/[\s"'“”‘’«»()[\]{}.,;:?¿¡？，。；：、]+/g, ' ')
    .trim()
  return normalised === '' ? '' : `${question.prompt === null ? 'hint' : 'prompt'} ${normalised}`
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 60 ? `${flat.slice(0, 59).trimEnd()}…` : flat
}

