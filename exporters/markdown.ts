import YAML from 'yaml'
import { escapeRawHtml } from '../format/markdown-html'
import type { NormalLevelEntry, NormalQuestion, NormalRole, NormalSource } from './source'

/**
 * Streams the Markdown format: a GitHub-readable document that Prepbank's
 * Markdown importer reads back.
 *
 *   ---                       YAML front matter: prepbank: 1, role, levels (absent title/summary left out)
 *   ---
 *   # Title                   role title, or its name when it has none
 *   Summary                   only when the role has one
 *   ## Level name             one per level, in rank order
 *   ### Prompt                one per question, in position order
 *   <!-- id: … -->            the question's stable id
 *   Tags: a, b                only when the question has tags
 *   > hint                    one blockquote per hint
 *
 * Blocks are separated by one blank line; the file ends with one newline.
 *
 * Prompts are written verbatim: Prepbank's Markdown importer takes a question
 * heading's source text as the prompt, so that inline Markdown in a prompt
 * (`code`, emphasis) survives a round trip. Raw HTML is the exception: in
 * prompts and hints every `<` that could open it is backslash-escaped, and
 * the reader takes those escapes off (format/markdown-html.ts). The plain texts (title, level
 * names, tags, summary) are read back as text, so characters that Markdown
 * would read as markup are backslash-escaped in them. The front matter
 * carries the role and levels verbatim; the body repeats them for reading.
 */

export const markdownFormatVersion = 1

/** Characters that can open inline markup (emphasis, code, links, HTML, strikethrough) or escape. */
const inlineMarkupPattern = /[\\`*_[\]<~]/g
/** An "&" only matters when it starts a character reference such as "&amp;" or "&#35;". */
const characterReferencePattern = /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/g

function escapeInline(text: string): string {
  return text.replace(inlineMarkupPattern, '\\$&').replace(characterReferencePattern, '\\&')
}

/**
 * An ATX heading whose content a CommonMark reader gets back exactly, as
 * source or as text. A trailing run of "#" after a space (or a content of
 * "#"s only) would be taken for the optional closing sequence, so such a
 * heading gets an explicit closing sequence of its own.
 */
function atxHeading({ depth, content }: { depth: number; content: string }): string {
  const closing = /(?:^|[ \t])#+$/.test(content) ? ' #' : ''
  return `${'#'.repeat(depth)} ${content}${closing}`
}

/**
 * A line of a plain-text paragraph: besides inline markup, a line must not
 * start a block (heading, quote, list item, setext underline, table row) or
 * an indented code block.
 */
function escapeParagraphLine(line: string): string {
  return escapeInline(line.trimStart())
    .replace(/^[#>+=|-]/, '\\$&')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2')
}

function frontMatter({ role, levels }: { role: NormalRole; levels: readonly NormalLevelEntry[] }): string {
  const data = {
    prepbank: markdownFormatVersion,
    // An absent title or summary is left out rather than written as null: the importer reads absent keys as none.
    role: {
      slug: role.slug,
      name: role.name,
      ...(role.title === null ? {} : { title: role.title }),
      ...(role.summary === null ? {} : { summary: role.summary }),
    },
    levels: levels.map(({ level }) => ({ slug: level.slug, name: level.name, rank: level.rank })),
  }
  // lineWidth 0: never fold long lines, so the output does not depend on a width setting.
  return `---\n${YAML.stringify(data, { indent: 2, indentSeq: true, lineWidth: 0 })}---\n`
}

function blockquote(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n')
}

function questionBlock(question: NormalQuestion): string {
  const blocks = [atxHeading({ depth: 3, content: escapeRawHtml(question.prompt) }), `<!-- id: ${question.id} -->`]
  if (question.tags.length > 0) blocks.push(`Tags: ${question.tags.map(escapeInline).join(', ')}`)
  for (const hint of question.hints) blocks.push(blockquote(escapeRawHtml(hint.markdown)))
  return blocks.join('\n\n')
}

/** Every block is written as "\n" + block + "\n", which separates blocks by one blank line. */
function asBlock(block: string): string {
  return `\n${block}\n`
}

export async function* markdownChunks({ source }: { source: NormalSource }): AsyncGenerator<string> {
  // The front matter lists every level, so the (small) level list is read first; questions stay lazy.
  const levels: NormalLevelEntry[] = []
  for await (const entry of source.levels) levels.push(entry)

  const { role } = source
  let opening = frontMatter({ role, levels }) + asBlock(atxHeading({ depth: 1, content: escapeInline(role.title ?? role.name) }))
  if (role.summary !== null) opening += asBlock(role.summary.split('\n').map(escapeParagraphLine).join('\n'))
  yield opening

  for (const { level, questions } of levels) {
    yield asBlock(atxHeading({ depth: 2, content: escapeInline(level.name) }))
    for await (const question of questions) yield asBlock(questionBlock(question))
  }
}
