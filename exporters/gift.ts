import type { NormalQuestion, NormalSource } from './source'
import { escapeGift, giftHintSeparator, moodleCategoryPath, questionName } from '../format/interop'

/**
 * Streams GIFT (Moodle's one-question-per-paragraph text format):
 *
 *   $CATEGORY: $course$/top/<Role>/<Level>        once per level
 *
 *   // [id:<stable id>] [tag:<tag>]…              Moodle (and gift-pegjs) read these comments
 *   ::<name>::[plain]<prompt>{
 *   ####[markdown]<hints>
 *   }
 *
 * An essay question is `{}`; the hints are its general feedback (`####`), in
 * Markdown, joined by a hidden separator comment (format/interop.ts) so that
 * Prepbank's reader splits them again. Every GIFT control character
 * (`~ = # { } :` and the backslash) is escaped, and line breaks are written
 * as `\n`: a blank line would end the question.
 */

function questionBlock(question: NormalQuestion): string {
  const comment = [`[id:${question.id}]`, ...question.tags.map((tag) => `[tag:${tag}]`)].join(' ')
  const name = escapeGift(questionName(question.prompt))
  const feedback = question.hints.length > 0 ? `\n####[markdown]${escapeGift(question.hints.map((hint) => hint.markdown).join(giftHintSeparator))}` : ''
  return `// ${comment}\n::${name}::[plain]${escapeGift(question.prompt)}{${feedback}\n}\n`
}

export async function* giftChunks({ source }: { source: NormalSource }): AsyncGenerator<string> {
  let first = true
  for await (const { level, questions } of source.levels) {
    yield `${first ? '' : '\n'}$CATEGORY: ${moodleCategoryPath({ roleName: source.role.name, levelName: level.name })}\n`
    first = false
    for await (const question of questions) yield `\n${questionBlock(question)}`
  }
}
