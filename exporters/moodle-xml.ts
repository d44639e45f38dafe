import { XMLBuilder } from 'fast-xml-parser'
import type { NormalQuestion, NormalSource } from './source'
import { moodleCategoryPath, questionName } from '../format/interop'
import { escapeHtml, hintsToHtml } from './html'
import { cutAtMarkers, joinAtMarkers, slotName } from './xml-slots'

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
 * that the file streams a question at a time. The essay's fixed elements are
 * built once, not per question (see `fixedRuns`).
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

/**
 * The essay's fixed elements, three runs between the question's own ones.
 * Each run is built once, inside a `<question>` so that it has its indent; a
 * question is built with an empty slot element in each run's place, cut at
 * the slots and joined with the runs (./xml-slots). The object builder needs
 * a distinct key per slot, so the slots are numbered.
 */
const fixedRuns: Record<string, unknown>[] = [
  { generalfeedback: { '@_format': 'html', ...text('') }, defaultgrade: '1', penalty: '0', hidden: '0' },
  { responseformat: 'editor', responserequired: '1', responsefieldlines: '15', attachments: '0', attachmentsrequired: '0' },
  { responsetemplate: { '@_format': 'html', ...text('') } },
]
const slotKey = (index: number) => `${slotName}-${index + 1}`
const numberedSlot = new RegExp(`<${slotName}-\\d+></${slotName}-\\d+>`)

const runHead = '<question>\n  '
const runTail = '\n</question>'
const fixedMarkup = fixedRuns.map((run, index) => {
  const markup = element({ question: run })
  if (!markup.startsWith(runHead) || !markup.endsWith(runTail)) throw new Error(`Unexpected markup for the Moodle XML run of ${slotKey(index)}`)
  return markup.slice(runHead.length, -runTail.length)
})

function essayElement(question: NormalQuestion): string {
  const markup = element({
    question: {
      '@_type': 'essay',
      name: text(questionName(question.prompt)),
      questiontext: { '@_format': 'html', ...text(`<p>${escapeHtml(question.prompt)}</p>`) },
      [slotKey(0)]: '',
      idnumber: question.id,
      [slotKey(1)]: '',
      graderinfo: { '@_format': 'html', ...text(hintsToHtml(question.hints)) },
      [slotKey(2)]: '',
      ...(question.tags.length > 0 ? { tags: { tag: question.tags.map(text) } } : {}),
    },
  })
  return joinAtMarkers({ pieces: cutAtMarkers({ markup, marker: numberedSlot, count: fixedMarkup.length, what: 'A Moodle XML question' }), fills: fixedMarkup })
}

export async function* moodleXmlChunks({ source }: { source: NormalSource }): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n'
  for await (const { level, questions } of source.levels) {
    yield `${categoryElement(moodleCategoryPath({ roleName: source.role.name, levelName: level.name }))}\n`
    for await (const question of questions) yield `${essayElement(question)}\n`
  }
  yield '</quiz>\n'
}
