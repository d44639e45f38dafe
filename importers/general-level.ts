import type { VFile } from 'vfile'
import { report } from './diagnostics'
import type { BankLevel, BankQuestion, SourceRange } from '../format/model'

/**
 * Questions that come before any section go into a section made up for
 * them, "General", and the report says so once. One home for both, used by
 * every layout that reads sections (Markdown headings, plain-text lines).
 */

export const generalLevelName = 'General'

/** The made-up level, added to `levels`; the caller keeps the reference to report on it. */
export function startGeneralLevel({ levels, at }: { levels: BankLevel[]; at: SourceRange }): BankLevel {
  const level: BankLevel = {
    name: generalLevelName,
    slug: null,
    rank: null,
    declaredCount: null,
    questions: [],
    position: { start: { ...at.start }, end: { ...at.end } },
  }
  levels.push(level)
  return level
}

/**
 * A finished question into the current level, or into "General" when no
 * section came first; a question with neither wording nor a hint is an
 * `empty-question` warning and goes nowhere. Returns the level it went into
 * and the made-up one if this call started it (null when it went nowhere).
 */
export function placeQuestion({
  file,
  question,
  level,
  levels,
  what = 'question',
}: {
  file: VFile
  question: BankQuestion
  level: BankLevel | null
  levels: BankLevel[]
  /** How the layout names what it read: "question", "question label". */
  what?: string
}): { level: BankLevel; general: BankLevel | null } | null {
  if (question.prompt === null && question.hints.length === 0) {
    report({
      file,
      severity: 'warning',
      ruleId: 'empty-question',
      reason: `This ${what} has neither wording nor a hint and was not imported`,
      place: question.position,
    })
    return null
  }
  const general = level ? null : startGeneralLevel({ levels, at: question.position })
  const target = level ?? (general as BankLevel)
  target.questions.push(question)
  return { level: target, general }
}

/** `no-sections` when it is the only level, `questions-before-section` otherwise. */
export function reportGeneralLevel({
  file,
  levels,
  general,
  sectionWord,
}: {
  file: VFile
  levels: BankLevel[]
  general: BankLevel | null
  /** What a section looks like in the layout: "heading" (Markdown) or "line" (plain text). */
  sectionWord: 'heading' | 'line'
}): void {
  if (!general || general.questions.length === 0) return
  const onlyLevel = levels.length === 1
  report({
    file,
    severity: 'warning',
    ruleId: onlyLevel ? 'no-sections' : 'questions-before-section',
    reason: onlyLevel
      ? `No section ${sectionWord}s found; all questions go into one section "${generalLevelName}"`
      : `Questions before the first section ${sectionWord} go into a section "${generalLevelName}"`,
    place: general.questions[0].position,
  })
}
