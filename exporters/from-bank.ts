import type { Bank, BankLevel } from '../format/model'
import type { ExportLevel, ExportQuestion, ExportSource } from './source'
import { createHash } from 'node:crypto'
import { slugify } from '../format/slug'
import { markdownToPlainText } from './plain-text'
import { sourceFromArrays } from './source'

/**
 * An imported Bank as an ExportSource, so that an import can be exported
 * again (round trips, re-publishing a file). What the Bank leaves open is
 * filled in deterministically:
 * - questions without a prompt (hint-only material) are skipped;
 * - a missing slug is derived from the name, a missing rank from the order;
 * - a question without a key gets "q-" + 16 hex digits of SHA-256 over role
 *   slug, level slug and prompt, so the same question keeps the same id;
 * - a hint's plain text is derived from its Markdown (plainTextOf).
 * Levels are ordered by rank (stable), questions keep their order.
 */

function derivedQuestionId({ roleSlug, levelSlug, prompt }: { roleSlug: string; levelSlug: string; prompt: string }): string {
  return `q-${createHash('sha256').update(`${roleSlug}\0${levelSlug}\0${prompt}`).digest('hex').slice(0, 16)}`
}

function levelOf({ level, index }: { level: BankLevel; index: number }): ExportLevel {
  return { slug: level.slug ?? (slugify(level.name) || `level-${index + 1}`), name: level.name, rank: level.rank ?? index + 1 }
}

export function bankToExportSource({
  bank,
  plainTextOf = markdownToPlainText,
}: {
  bank: Bank
  plainTextOf?: (markdown: string) => string
}): ExportSource {
  const roleSlug = bank.role.slug ?? (slugify(bank.role.name) || 'role')
  const levels = bank.levels
    .map((level, index) => ({ level: levelOf({ level, index }), questions: level.questions }))
    .sort((left, right) => left.level.rank - right.level.rank)
    .map(({ level, questions }) => ({
      level,
      questions: questions.flatMap((question): ExportQuestion[] =>
        question.prompt === null
          ? []
          : [
              {
                id: question.key ?? derivedQuestionId({ roleSlug, levelSlug: level.slug, prompt: question.prompt }),
                prompt: question.prompt,
                tags: question.tags,
                hints: question.hints.map((hint) => ({ markdown: hint.text, plainText: plainTextOf(hint.text) })),
              },
            ],
      ),
    }))
  return sourceFromArrays({
    role: { slug: roleSlug, name: bank.role.name, title: bank.role.title, summary: bank.role.summary },
    levels,
  })
}
