import type { NormalSource } from './source'
import { ankiDeckName, ankiTag } from '../format/interop'
import { escapeHtml, hintsToHtml } from './html'

/**
 * Streams an Anki text file (File → Import in Anki 2.1.55+), one note of the
 * Basic note type per question:
 *
 *   #separator:tab / #html:true / #notetype:Basic     file headers Anki reads
 *   #deck column:2 / #tags column:5 / #guid column:1   which columns hold what
 *   guid  deck  front  back  tags                      one line per note
 *
 * The GUID is the question's stable id, so importing an updated release into
 * Anki updates the notes in place. The deck is `Prepbank::<Role>::<Level>`,
 * the front the prompt (plain text, HTML-escaped), the back the hints rendered
 * from Markdown, one `<div class="prepbank-hint">` each, and the tags the
 * question's tags (spaces inside a tag become "_").
 */

export const ankiTextColumns = ['guid', 'deck', 'front', 'back', 'tags'] as const

export const ankiTextHeader =
  '#separator:tab\n' +
  '#html:true\n' +
  '#notetype:Basic\n' +
  `#guid column:${ankiTextColumns.indexOf('guid') + 1}\n` +
  `#deck column:${ankiTextColumns.indexOf('deck') + 1}\n` +
  `#tags column:${ankiTextColumns.indexOf('tags') + 1}\n` +
  `#columns:${ankiTextColumns.join('\t')}\n`

/** Anki reads fields like CSV: one holding a tab, a quote or a line break is quoted, quotes doubled. */
export function ankiField(text: string): string {
  return /[\t"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export async function* ankiTextChunks({ source }: { source: NormalSource }): AsyncGenerator<string> {
  yield ankiTextHeader
  for await (const { level, questions } of source.levels) {
    const deck = ankiDeckName({ roleName: source.role.name, levelName: level.name })
    for await (const question of questions) {
      const fields = [question.id, deck, escapeHtml(question.prompt), hintsToHtml(question.hints), question.tags.map(ankiTag).join(' ')]
      yield `${fields.map(ankiField).join('\t')}\n`
    }
  }
}
