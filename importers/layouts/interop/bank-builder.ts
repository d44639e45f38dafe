import type { VFile } from 'vfile'
import type { Bank, BankLevel, BankOption, Layout, SourceRange } from '../../../format/model'
import { defaultLevelName, isCarriableTag, stableIdFromForeign } from '../../../format/interop'
import { report } from '../../diagnostics'

/**
 * What the interop readers (Moodle XML, GIFT, Aiken, Anki text) share: a
 * bank assembled in document order from categories (or decks) and
 * questions. The first category names the role; a category names a level,
 * and a level seen again gathers its questions in one place. Foreign ids
 * become stable ids (format/interop.ts), tags Prepbank cannot carry are
 * dropped with a warning.
 */

export type InteropQuestion = {
  prompt: string | null
  hints: string[]
  /** Multiple-choice options in order, the correct ones marked; absent for other question types. */
  options?: BankOption[]
  tags: string[]
  /** The file's own id (Anki GUID, Moodle idnumber, GIFT [id:]), if any. */
  foreignId: string | null
  range: SourceRange
}

export function interopBankBuilder({ file, layout, idPrefix }: { file: VFile; layout: Layout; idPrefix: string }) {
  let roleName = ''
  const levels = new Map<string, BankLevel>()
  let current: BankLevel | null = null

  const levelNamed = ({ name, range }: { name: string; range: SourceRange }): BankLevel => {
    let level = levels.get(name)
    if (!level) {
      level = { name, slug: null, rank: null, declaredCount: null, questions: [], position: range }
      levels.set(name, level)
    }
    return level
  }

  return {
    /** A category (Moodle, GIFT) or deck (Anki): its role part, then its level part. */
    enterCategory({ role, level, range }: { role: string | null; level: string | null; range: SourceRange }): void {
      const roleText = role?.trim() ?? ''
      if (roleText !== '') {
        if (roleName === '') roleName = roleText
        else if (roleText !== roleName) {
          report({
            file,
            severity: 'warning',
            ruleId: 'several-roles',
            reason: `Category "${roleText}" names another role than "${roleName}"; its questions are imported into "${roleName}"`,
            place: range,
          })
        }
      }
      current = levelNamed({ name: level?.trim() || defaultLevelName, range })
    },

    addQuestion(question: InteropQuestion): void {
      const level = current ?? (current = levelNamed({ name: defaultLevelName, range: question.range }))
      let key: string | null = null
      if (question.foreignId !== null && question.foreignId.trim() !== '') {
        const stable = stableIdFromForeign({ id: question.foreignId.trim(), prefix: idPrefix })
        key = stable.key
        if (stable.encoded) {
          report({
            file,
            severity: 'info',
            ruleId: 'encoded-id',
            reason: `The id "${question.foreignId}" holds characters Prepbank's ids cannot; it is kept as "${key}", so re-importing this file updates the same question, but an export carries the new id`,
            place: question.range,
          })
        }
      }
      const tags: string[] = []
      for (const tag of question.tags.map((text) => text.trim()).filter((text) => text !== '')) {
        if (isCarriableTag(tag)) {
          if (!tags.includes(tag)) tags.push(tag)
        } else {
          report({ file, severity: 'warning', ruleId: 'dropped-tag', reason: `Tag "${tag}" cannot hold "," or ";"; it is dropped`, place: question.range })
        }
      }
      const prompt = question.prompt?.replace(/\s+/g, ' ').trim() || null
      const hints = question.hints.filter((hint) => hint.trim() !== '').map((text) => ({ text, position: question.range }))
      const options = question.options?.filter((option) => option.text.trim() !== '')
      level.questions.push({ key, prompt, hints, tags, position: question.range, ...(options && options.length > 0 ? { options } : {}) })
    },

    build(): Bank {
      return {
        layout,
        collection: null,
        role: { name: roleName, slug: null, title: null, summary: null, declaredTotal: null },
        levels: [...levels.values()],
      }
    },
  }
}

/** An offset range of the text as a source range. */
export function rangeOf({ pointAt, start, end }: { pointAt: (offset: number) => { line: number; column: number }; start: number; end: number }): SourceRange {
  return { start: pointAt(start), end: pointAt(end) }
}
