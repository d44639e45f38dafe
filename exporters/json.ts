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
export function prettyAt({ value, indent }: { value: unknown; indent: string }): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`)
}

export function questionDocument({ question, position }: { question: NormalQuestion; position: number }): QuestionDocument {
  return questionRecord({
    id: question.id,
    position,
    prompt: question.prompt,
    tags: question.tags,
    hints: question.hints.map((hint, index) => ({ position: index + 1, markdown: hint.markdown, plainText: hint.plainText })),
  })
}

const questionIndent = '        '

/**
 * A question record as `prettyAt({ value: questionDocument(…), indent: questionIndent })`
 * writes it, and as the compact JSON the hash reads, with every string
 * escaped once for both: the generic pretty printer and a second
 * stringify were most of the JSON export's time. The key order is
 * questionRecord's (format/schema.ts); test/exporters/json-writer.test.ts
 * holds the two ways to the same bytes.
 */
export function questionJson({ question, position }: { question: NormalQuestion; position: number }): { pretty: string; compact: string } {
  const id = JSON.stringify(question.id)
  const prompt = JSON.stringify(question.prompt)
  const tags = question.tags.map((tag) => JSON.stringify(tag))
  const hints = question.hints.map((hint, index) => ({ position: index + 1, markdown: JSON.stringify(hint.markdown), plainText: JSON.stringify(hint.plainText) }))
  const field = `\n${questionIndent}  `
  const item = `\n${questionIndent}    `
  const inner = `\n${questionIndent}      `
  const prettyTags = tags.length === 0 ? '[]' : `[${item}${tags.join(`,${item}`)}${field}]`
  const prettyHints =
    hints.length === 0
      ? '[]'
      : `[${hints.map((hint) => `${item}{${inner}"position": ${hint.position},${inner}"markdown": ${hint.markdown},${inner}"plainText": ${hint.plainText}${item}}`).join(',')}${field}]`
  return {
    pretty: `{${field}"id": ${id},${field}"position": ${position},${field}"prompt": ${prompt},${field}"tags": ${prettyTags},${field}"hints": ${prettyHints}\n${questionIndent}}`,
    compact: `{"id":${id},"position":${position},"prompt":${prompt},"tags":[${tags.join(',')}],"hints":[${hints
      .map((hint) => `{"position":${hint.position},"markdown":${hint.markdown},"plainText":${hint.plainText}}`)
      .join(',')}]}`,
  }
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
      const { pretty, compact } = questionJson({ question, position })
      const questionSeparator = position > 1 ? ',' : ''
      hasher.update(questionSeparator + compact)
      yield `${questionSeparator}\n${questionIndent}${pretty}`
    }
    hasher.update(canonicalLevelClosing)
    yield `${position > 0 ? '\n      ' : ''}]\n    }`
  }

  hasher.update(canonicalClosing)
  yield `${levelCount > 0 ? '\n  ' : ''}],\n  "contentHash": ${JSON.stringify(hasher.digest())}\n}\n`
}
