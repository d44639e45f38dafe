import type { QuestionDocument } from '../format/schema'
import type { NormalQuestion, NormalSource } from './source'
import { canonicalClosing, canonicalLevelClosing, canonicalLevelOpening, canonicalOpening, createContentHasher } from '../format/hash'
import { bankFormatName, bankFormatVersion, levelHeaderRecord, questionRecord, roleRecord } from '../format/schema'

/**
 * Streams the JSON format (format/schema.ts). The bytes are exactly
 * `JSON.stringify(document, null, 2) + "\n"`, written a question at a time;
 * the canonical (compact) form of the same records feeds the content hash,
 * which is written last.
 */

/** Pretty JSON of a value nested at `indent`: its inner lines are shifted by that indent. */
function prettyAt({ value, indent }: { value: unknown; indent: string }): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`)
}

function questionDocument({ question, position }: { question: NormalQuestion; position: number }): QuestionDocument {
  return questionRecord({
    id: question.id,
    position,
    prompt: question.prompt,
    tags: question.tags,
    hints: question.hints.map((hint, index) => ({ position: index + 1, markdown: hint.markdown, plainText: hint.plainText })),
  })
}

export async function* jsonChunks({ source }: { source: NormalSource }): AsyncGenerator<string> {
  const hasher = createContentHasher()
  const role = roleRecord(source.role)
  hasher.update(canonicalOpening(role))
  yield '{\n' +
    `  "format": ${JSON.stringify(bankFormatName)},\n` +
    `  "formatVersion": ${bankFormatVersion},\n` +
    `  "role": ${prettyAt({ value: role, indent: '  ' })},\n` +
    '  "levels": ['

  let levelCount = 0
  for await (const { level, questions } of source.levels) {
    const header = levelHeaderRecord(level)
    const levelSeparator = levelCount > 0 ? ',' : ''
    levelCount += 1
    hasher.update(levelSeparator + canonicalLevelOpening(header))
    yield `${levelSeparator}\n    {\n` +
      `      "slug": ${JSON.stringify(header.slug)},\n` +
      `      "name": ${JSON.stringify(header.name)},\n` +
      `      "rank": ${JSON.stringify(header.rank)},\n` +
      '      "questions": ['

    let position = 0
    for await (const question of questions) {
      position += 1
      const record = questionDocument({ question, position })
      const questionSeparator = position > 1 ? ',' : ''
      hasher.update(questionSeparator + JSON.stringify(record))
      yield `${questionSeparator}\n        ${prettyAt({ value: record, indent: '        ' })}`
    }
    hasher.update(canonicalLevelClosing)
    yield `${position > 0 ? '\n      ' : ''}]\n    }`
  }

  hasher.update(canonicalClosing)
  yield `${levelCount > 0 ? '\n  ' : ''}],\n  "contentHash": ${JSON.stringify(hasher.digest())}\n}\n`
}
