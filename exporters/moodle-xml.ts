import { XMLBuilder } from 'fast-xml-parser'
import type { NormalQuestion, NormalSource } from './source'
import { moodleCategoryPath, questionName } from '../format/interop'
import { escapeHtml, hintsToHtml } from './html'

/**
 * Streams Moodle XML (Moodle's question bank import, "Moodle XML format"):
 * for each level a `<question type="category">` with the path
 * `$course$/top/<Role>/<Level>`, then one `<question type="essay">` per
 * question: the prompt as `questiontext`, the hints (rendered from Markdown,
 * one `<div class="prepbank-hint">` each) as `graderinfo` ("information for
 * graders"), the stable id as `idnumber` (Moodle updates nothing by it, but
 * Prepbank's reader matches it on re-import) and the tags as `<tags>`.
 *
 * Each question is built by fast-xml-parser's XMLBuilder, which escapes every
 * text and attribute; only the fixed `<quiz>` wrapper is written by hand so
 * that the file streams a question at a time.
 */

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: false,
})

/** One `<question>`, not indented under `<quiz>`: shifting its lines would change multi-line texts. */
function element(value: Record<string, unknown>): string {
  return (builder.build(value) as string).trimEnd()
}

const text = (value: string) => ({ text: value })

function categoryElement(path: string): string {
  return element({
    question: {
      '@_type': 'category',
      category: text(path),
      info: { '@_format': 'html', ...text('') },
      idnumber: '',
    },
  })
}

function essayElement(question: NormalQuestion): string {
  return element({
    question: {
      '@_type': 'essay',
      name: text(questionName(question.prompt)),
      questiontext: { '@_format': 'html', ...text(`<p>${escapeHtml(question.prompt)}</p>`) },
      generalfeedback: { '@_format': 'html', ...text('') },
      defaultgrade: '1',
      penalty: '0',
      hidden: '0',
      idnumber: question.id,
      responseformat: 'editor',
      responserequired: '1',
      responsefieldlines: '15',
      attachments: '0',
      attachmentsrequired: '0',
      graderinfo: { '@_format': 'html', ...text(hintsToHtml(question.hints)) },
      responsetemplate: { '@_format': 'html', ...text('') },
      ...(question.tags.length > 0 ? { tags: { tag: question.tags.map(text) } } : {}),
    },
  })
}

export async function* moodleXmlChunks({ source }: { source: NormalSource }): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n'
  for await (const { level, questions } of source.levels) {
    yield `${categoryElement(moodleCategoryPath({ roleName: source.role.name, levelName: level.name }))}\n`
    for await (const question of questions) yield `${essayElement(question)}\n`
  }
  yield '</quiz>\n'
}
