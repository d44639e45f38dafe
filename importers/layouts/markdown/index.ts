import type { Blockquote, Heading, Html, List, ListItem, Nodes, Paragraph, Parent, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { VFile } from 'vfile'
import { noteDeclaredPlace } from '../../checks'
import { report } from '../../diagnostics'
import { emptyFrontMatter, readFrontMatter, type FrontMatter } from './front-matter'
import { parseRoleTitle } from '../../header'
import { hintLabelLength, parseTagsLine, questionLabelLength } from '../../labels'
import { unescapeRawHtml } from '../../../format/markdown-html'
import { readPrepbankMarkdownExport } from './export-reader'
import { finishMarkdownBank, levelFromHeading, sameText, type MarkdownRoleText } from './markdown-bank'
import { parseMarkdownTree } from './markdown-tree'
import { normalisePrompt, offsetPoint, sliceSource, stripHintLabel, toRange, type OffsetPoint } from './markdown-source'
import type { Bank, BankLevel, BankQuestion, SourceRange } from '../../../format/model'

/**
 * Markdown banks, including Prepbank's own Markdown export:
 *
 *     ---                                  ← front matter: role and level metadata
 *     # Data Engineer Interview Questions  ← role (the top heading, over deeper ones)
 *     50 questions covering …              ← summary
 *     ## Beginner                          ← level
 *     ### What is ETL?                     ← question as a heading one level down …
 *     <!-- id: 8f3a -->                    ← … its key
 *     Tags: etl, warehouses
 *     > A strong answer …                  ← one hint per blockquote
 *
 * Questions may also be list items (answers nested under them), bold
 * paragraphs, or "Q:" paragraphs; hints may be nested lists, blockquotes, or
 * paragraphs labelled "Hint:", "Answer:", "A:", "Ans:". The mdast tree gives
 * the structure; the text of prompts and hints is cut out of the source (see
 * markdown-source.ts).
 */

type HeadingStructure = {
  role: Heading | null
  /** Depth of level headings; null when the document has none. */
  sectionDepth: number | null
  /** Depth of question headings; null when questions are not headings. */
  questionDepth: number | null
}

type HintDraft = {
  start: OffsetPoint
  end: OffsetPoint
  /** Columns of container indentation to take off continuation lines. */
  indent: number
  quote: boolean
  /** Only nodes of the same parent continue a hint (their indentation is the same). */
  parent: Parent
}

type QuestionDraft = {
  question: BankQuestion
  kind: 'heading' | 'list-item' | 'paragraph'
  /** An item of a numbered list: a bullet list right after it may be its answer. */
  numbered: boolean
  hint: HintDraft | null
}

type Reader = {
  file: VFile
  text: string
  frontMatter: FrontMatter
  /**
   * Prepbank's own export (`prepbank:` in the front matter) writes prompts and
   * hints verbatim: they are read back as written, without taking off labels,
   * numbering or trailing spaces that hand-written documents would mean as markup.
   */
  verbatim: boolean
  structure: HeadingStructure
  levels: BankLevel[]
  level: BankLevel | null
  draft: QuestionDraft | null
  /** Level made up for questions outside any section, if any. */
  general: BankLevel | null
  role: MarkdownRoleText
}

export function parseMarkdown({ file, text }: { file: VFile; text: string }): Bank {
  // Prepbank's own exports, the large Markdown files, have a fast reader that gives the same bank.
  return readPrepbankMarkdownExport({ file, text }) ?? readMarkdownBank({ file, text, tree: parseMarkdownTree({ text }) })
}

export function readMarkdownBank({ file, text, tree }: { file: VFile; text: string; tree: Root }): Bank {
  const yaml = tree.children.find((node) => node.type === 'yaml')
  const frontMatter = yaml ? readFrontMatter({ file, node: yaml }) : emptyFrontMatter
  const reader: Reader = {
    file,
    text,
    frontMatter,
    verbatim: frontMatter.prepbank !== null,
    structure: headingStructure({ tree, frontMatter }),
    levels: [],
    level: null,
    draft: null,
    general: null,
    role: { title: null, name: null, summary: null },
  }

  for (const node of tree.children) readBlock({ reader, node, parent: tree })
  closeQuestion(reader)

  const frontMatterRange = yaml?.position ? nodeRange(yaml) : null
  return finishMarkdownBank({
    file,
    frontMatter,
    frontMatterRange,
    role: reader.role,
    levels: reader.levels,
    general: reader.general,
  })
}

/**
 * The top-most heading is the role when it is the only one at its depth and
 * deeper headings follow, or when it reads "X Interview Questions". The
 * shallowest of the other headings are levels, and headings one deeper are
 * questions — unless the would-be levels all ask something ("…?") with
 * nothing under them: then they are questions.
 */
function headingStructure({ tree, frontMatter }: { tree: Root; frontMatter: FrontMatter }): HeadingStructure {
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading')
  if (headings.length === 0) return { role: null, sectionDepth: null, questionDepth: null }

  const [first] = headings
  const topDepth = Math.min(...headings.map((heading) => heading.depth))
  const firstText = toString(first).trim()
  const readsAsRole =
    parseRoleTitle(firstText) !== null ||
    (frontMatter.role.title !== null && sameText(firstText, frontMatter.role.title)) ||
    (frontMatter.role.name !== null && sameText(firstText, frontMatter.role.name))
  const onlyAtTop = headings.filter((heading) => heading.depth === topDepth).length === 1
  const role =
    first.depth === topDepth && (readsAsRole || (onlyAtTop && headings.some((heading) => heading.depth > topDepth))) ? first : null

  const rest = role ? headings.slice(1) : headings
  if (rest.length === 0) return { role, sectionDepth: null, questionDepth: null }
  const sectionDepth = Math.min(...rest.map((heading) => heading.depth))
  const hasQuestionHeadings = rest.some((heading) => heading.depth === sectionDepth + 1)
  if (!hasQuestionHeadings && rest.every((heading) => heading.depth !== sectionDepth || asksSomething(toString(heading)))) {
    return { role, sectionDepth: null, questionDepth: sectionDepth }
  }
  return { role, sectionDepth, questionDepth: hasQuestionHeadings ? sectionDepth + 1 : null }
}

function readBlock({ reader, node, parent }: { reader: Reader; node: RootContent; parent: Parent }): void {
  switch (node.type) {
    case 'yaml':
    case 'definition':
      return
    case 'heading':
      return readHeading({ reader, node, parent })
    case 'html':
      return readHtml({ reader, node, parent })
    case 'paragraph':
      return readParagraph({ reader, node, parent })
    case 'list':
      return readList({ reader, node, parent })
    case 'blockquote':
      return readBlockquote({ reader, node })
    case 'thematicBreak':
      if (reader.draft) closeHint(reader)
      return
    default:
      return readContent({ reader, node, parent })
  }
}

function readHeading({ reader, node, parent }: { reader: Reader; node: Heading; parent: Parent }): void {
  const { structure } = reader
  const plain = toString(node).replace(/\s+/g, ' ').trim()

  if (node === structure.role) {
    closeQuestion(reader)
    reader.role.title = plain || null
    reader.role.name = parseRoleTitle(plain) ?? (plain || null)
    return
  }
  if (node.depth === structure.sectionDepth) {
    closeQuestion(reader)
    startLevel({ reader, node, plain })
    return
  }
  if (node.depth === structure.questionDepth) {
    closeQuestion(reader)
    const first = offsetPoint(node.children[0]?.position?.start)
    const last = offsetPoint(node.children.at(-1)?.position?.end)
    const source = first && last ? reader.text.slice(first.offset, last.offset) : ''
    const prompt = reader.verbatim ? unescapeRawHtml(source.trim()) || null : normalisePrompt(source)
    startQuestion({ reader, kind: 'heading', prompt, node })
    return
  }
  // Deeper headings belong to the question: "#### Answer" opens a hint, others are hint content.
  if (reader.draft && /^(?:hints?|answers?|ans|a|guidance|suggested answer|model answer)\s*:?$/i.test(plain)) {
    closeHint(reader)
    return
  }
  if (reader.draft) return readContent({ reader, node, parent })
  reportUnplaced({ reader, node, reason: 'This heading is neither a section nor a question and was not imported' })
}

function readHtml({ reader, node, parent }: { reader: Reader; node: Html; parent: Parent }): void {
  const id = /^<!--\s*(?:prepbank[-\s]?)?id\s*:\s*(.+?)\s*-->$/i.exec(node.value.trim())
  if (id) {
    const draft = reader.draft
    // The key sits right under the question, before anything else of it.
    if (draft && draft.question.key === null && draft.question.hints.length === 0 && draft.hint === null) {
      draft.question.key = id[1]
      extendQuestion({ draft, node })
    } else {
      reportUnplaced({ reader, node, reason: 'This id comment is not right under a question and was not used' })
    }
    return
  }
  // Other comments are invisible in Markdown, and stay out of the bank.
  if (/^<!--[\s\S]*-->$/.test(node.value.trim())) return
  readContent({ reader, node, parent })
}

function readParagraph({ reader, node, parent }: { reader: Reader; node: Paragraph; parent: Parent }): void {
  const source = nodeSource({ reader, node })
  const firstLine = source.split('\n', 1)[0].trim()
  const draft = reader.draft

  const tags = parseTagsLine(toString(node).trim())
  if (tags) {
    if (draft) {
      closeHint(reader)
      draft.question.tags = [...new Set([...draft.question.tags, ...tags])]
      extendQuestion({ draft, node })
    } else {
      reportUnplaced({ reader, node, reason: 'These tags belong to no question and were not imported' })
    }
    return
  }

  const labelled = hintLabelLength(firstLine) > 0
  const questionLabel = questionLabelLength(firstLine) > 0
  const boldLine = !labelled && isBoldLine(firstLine)
  // Bold paragraphs inside a heading question's answer are emphasis, not questions.
  if (questionLabel || (boldLine && draft?.kind !== 'heading')) {
    closeQuestion(reader)
    startQuestionFromParagraph({ reader, node, parent, kind: 'paragraph', promptIsFirstLine: boldLine && !questionLabel })
    return
  }

  if (!draft) {
    readLoneParagraph({ reader, node, labelled })
    return
  }
  if (labelled) {
    closeHint(reader)
    openHint({ reader, node, parent })
    return
  }
  readContent({ reader, node, parent })
}

/** A paragraph before any question: summary, a declared count, a role line, or nothing we can use. */
function readLoneParagraph({ reader, node, labelled }: { reader: Reader; node: Paragraph; labelled: boolean }): void {
  const plain = toString(node).replace(/\s+/g, ' ').trim()
  const range = nodeRange(node)
  if (labelled) {
    report({
      file: reader.file,
      severity: 'warning',
      ruleId: 'orphan-hint',
      reason: 'This hint has no question before it and was not imported',
      place: range,
    })
    return
  }
  const count = /^(\d{1,5})\s+questions?\.?$/i.exec(plain)
  if (count && reader.level && reader.level.questions.length === 0 && reader.level.declaredCount === null) {
    reader.level.declaredCount = Number(count[1])
    noteDeclaredPlace({ owner: reader.level, range })
    return
  }
  const beforeSections = reader.levels.length === 0
  if (beforeSections && reader.role.name === null && reader.structure.role === null && parseRoleTitle(plain) !== null) {
    reader.role.title = plain
    reader.role.name = parseRoleTitle(plain)
    return
  }
  if (beforeSections && reader.role.summary === null && (reader.role.name !== null || reader.frontMatter.role.name !== null)) {
    // The summary is plain text (the exporter escapes markup in it), kept with its line breaks.
    const summary = toString(node)
      .split('\n')
      .map((line) => line.trim())
      .join('\n')
      .trim()
    reader.role.summary = { text: summary, range }
    return
  }
  reportUnplaced({ reader, node, reason: 'This paragraph belongs to no question and was not imported' })
}

function readList({ reader, node, parent }: { reader: Reader; node: List; parent: Parent }): void {
  const draft = reader.draft
  // Under a heading or paragraph question, or after a bare "Answer:", a list is answer content.
  const answersOpenLabel = draft?.hint && hintText({ reader, hint: draft.hint }) === ''
  // "1. What …?" then an unindented "- point" list that asks nothing: the answer, as plain-text Q&A writes it.
  const answersNumbered =
    draft?.numbered === true &&
    !node.ordered &&
    node.children.every((item) => {
      const firstLine = listItemText({ reader, item }).split('\n', 1)[0]
      return !asksSomething(firstLine) && hintLabelLength(firstLine) === 0 && parseTagsLine(firstLine) === null
    })
  if (draft && (draft.kind !== 'list-item' || answersOpenLabel || answersNumbered)) {
    readContent({ reader, node, parent })
    return
  }
  for (const item of node.children) readListItem({ reader, item, list: node })
}

function readListItem({ reader, item, list }: { reader: Reader; item: ListItem; list: List }): void {
  const [first, ...rest] = item.children
  if (!first) return
  if (first.type !== 'paragraph') {
    if (reader.draft) readContent({ reader, node: item, parent: list })
    else reportUnplaced({ reader, node: item, reason: 'This list item holds no question and was not imported' })
    return
  }
  const firstLine = nodeSource({ reader, node: first }).split('\n', 1)[0].trim()

  if (hintLabelLength(firstLine) > 0 || parseTagsLine(toString(first).trim())) {
    // "- Hint: …" among question items: a hint (or tags) of the question before it.
    if (!reader.draft) {
      readParagraph({ reader, node: first, parent: item })
      return
    }
    closeHint(reader)
    for (const child of item.children) readQuestionChild({ reader, node: child, parent: item })
    closeHint(reader)
    return
  }

  closeQuestion(reader)
  startQuestionFromParagraph({ reader, node: first, parent: item, kind: 'list-item', promptIsFirstLine: false, container: item })
  if (reader.draft) reader.draft.numbered = list.ordered === true
  for (const child of rest) readQuestionChild({ reader, node: child, parent: item })
  closeHint(reader)
}

/** Children of a list-item question: hints, tags and its key. */
function readQuestionChild({ reader, node, parent }: { reader: Reader; node: RootContent; parent: Parent }): void {
  if (node.type === 'list' && reader.draft) {
    // A nested list of labelled items is one hint per item; any other nested list is one hint.
    const labelledItems = node.children.every((item) => {
      const [first] = item.children
      return first?.type === 'paragraph' && hintLabelLength(nodeSource({ reader, node: first }).trimStart()) > 0
    })
    if (labelledItems && node.children.length > 0) {
      for (const item of node.children) {
        closeHint(reader)
        openHintSpanning({ reader, first: item.children[0], last: item, parent: item })
      }
      closeHint(reader)
      return
    }
    // A single nested item is the answer itself; its bullet only nests it.
    const [only] = node.children
    if (node.children.length === 1 && only.children.length > 0) {
      closeHint(reader)
      openHintSpanning({ reader, first: only.children[0], last: only, parent: only })
      return
    }
    readContent({ reader, node, parent })
    return
  }
  if (node.type === 'paragraph' && reader.draft) {
    const source = nodeSource({ reader, node })
    const tags = parseTagsLine(toString(node).trim())
    if (tags) {
      closeHint(reader)
      reader.draft.question.tags = [...new Set([...reader.draft.question.tags, ...tags])]
      extendQuestion({ draft: reader.draft, node })
      return
    }
    if (hintLabelLength(source.trimStart()) > 0) {
      closeHint(reader)
      openHint({ reader, node, parent })
      return
    }
    readContent({ reader, node, parent })
    return
  }
  readBlock({ reader, node, parent })
}

function readBlockquote({ reader, node }: { reader: Reader; node: Blockquote }): void {
  const draft = reader.draft
  if (!draft) {
    report({
      file: reader.file,
      severity: 'warning',
      ruleId: 'orphan-hint',
      reason: 'This hint has no question before it and was not imported',
      place: nodeRange(node),
    })
    return
  }
  // Each blockquote is a hint of its own.
  closeHint(reader)
  const start = offsetPoint(node.position?.start)
  const end = offsetPoint(node.position?.end)
  if (!start || !end) return
  draft.hint = { start, end, indent: start.column - 1, quote: true, parent: node }
  closeHint(reader)
}

/** Code, tables, HTML, deeper headings, unlabelled paragraphs and lists: hint content. */
function readContent({ reader, node, parent }: { reader: Reader; node: Nodes; parent: Parent }): void {
  const draft = reader.draft
  if (!draft) {
    reportUnplaced({ reader, node, reason: 'This block belongs to no question and was not imported' })
    return
  }
  const end = offsetPoint(node.position?.end)
  if (draft.hint && !draft.hint.quote && draft.hint.parent === parent && end) {
    draft.hint.end = end
    return
  }
  closeHint(reader)
  openHint({ reader, node, parent })
}

function startLevel({ reader, node, plain }: { reader: Reader; node: Heading; plain: string }): void {
  const level = levelFromHeading({
    file: reader.file,
    text: plain,
    range: nodeRange(node),
    frontMatter: reader.frontMatter,
    index: reader.levels.length,
  })
  reader.levels.push(level)
  reader.level = level
}

function startQuestion({
  reader,
  kind,
  prompt,
  node,
}: {
  reader: Reader
  kind: QuestionDraft['kind']
  prompt: string | null
  node: Nodes
}): QuestionDraft {
  const draft: QuestionDraft = {
    question: { key: null, prompt, hints: [], tags: [], position: nodeRange(node) },
    kind,
    numbered: false,
    hint: null,
  }
  reader.draft = draft
  return draft
}

/**
 * A question written as a paragraph (list item, "**bold**", "Q:"): its
 * wording runs to the first line ending in "?" or to a labelled line; what
 * follows in the same paragraph is the start of a hint.
 */
function startQuestionFromParagraph({
  reader,
  node,
  parent,
  kind,
  promptIsFirstLine,
  container,
}: {
  reader: Reader
  node: Paragraph
  parent: Parent
  kind: QuestionDraft['kind']
  promptIsFirstLine: boolean
  container?: ListItem
}): void {
  const start = offsetPoint(node.position?.start)
  const end = offsetPoint(node.position?.end)
  const source = nodeSource({ reader, node })
  const lines = source.split('\n')
  let promptLines = 1
  if (!promptIsFirstLine) {
    while (
      promptLines < lines.length &&
      !/\?\s*(?:\*\*|__)?\s*$/.test(lines[promptLines - 1]) &&
      hintLabelLength(lines[promptLines].trim()) === 0
    ) {
      promptLines++
    }
  }
  const draft = startQuestion({
    reader,
    kind,
    prompt: normalisePrompt(lines.slice(0, promptLines).join(' ')),
    node: container ?? node,
  })
  if (!start || !end || promptLines >= lines.length) return

  // The rest of the paragraph starts a hint, at the first non-blank character of its first line.
  const restOffset = lines.slice(0, promptLines).reduce((sum, line) => sum + line.length + 1, 0)
  const restLine = lines[promptLines]
  const leading = restLine.length - restLine.trimStart().length
  draft.hint = {
    start: { line: start.line + promptLines, column: leading + 1, offset: start.offset + restOffset + leading },
    end,
    indent: start.column - 1,
    quote: false,
    parent,
  }
}

function openHint({ reader, node, parent }: { reader: Reader; node: Nodes; parent: Parent }): void {
  openHintSpanning({ reader, first: node, last: node, parent })
}

function openHintSpanning({ reader, first, last, parent }: { reader: Reader; first: Nodes | undefined; last: Nodes; parent: Parent }): void {
  const draft = reader.draft
  const start = offsetPoint(first?.position?.start)
  const end = offsetPoint(last.position?.end)
  if (!draft || !start || !end) return
  draft.hint = { start, end, indent: start.column - 1, quote: false, parent }
}

function hintText({ reader, hint }: { reader: Reader; hint: HintDraft }): string {
  const text = sliceSource({ text: reader.text, ...hint, keepTrailingSpace: reader.verbatim && hint.quote })
  return reader.verbatim && hint.quote ? unescapeRawHtml(text) : stripHintLabel(text)
}

function closeHint(reader: Reader): void {
  const draft = reader.draft
  const hint = draft?.hint
  if (!draft || !hint) return
  draft.hint = null
  const text = hintText({ reader, hint })
  const position = toRange(hint)
  // A hint labelled on its first line ("Answer: …") starts after the label.
  const firstLine = reader.text.slice(hint.start.offset, hint.end.offset).split('\n', 1)[0]
  const label = hint.quote ? 0 : hintLabelLength(firstLine)
  if (label > 0 && firstLine.slice(label).trim() !== '') position.start.column += label
  if (text === '') {
    report({
      file: reader.file,
      severity: 'warning',
      ruleId: 'empty-hint',
      reason: 'This hint has no text and was not imported',
      place: position,
    })
    return
  }
  draft.question.hints.push({ text, position })
  if (isAfter(position.end, draft.question.position.end)) draft.question.position.end = { ...position.end }
}

function closeQuestion(reader: Reader): void {
  const draft = reader.draft
  if (!draft) return
  closeHint(reader)
  reader.draft = null
  if (draft.question.prompt === null && draft.question.hints.length === 0) {
    report({
      file: reader.file,
      severity: 'warning',
      ruleId: 'empty-question',
      reason: 'This question has neither wording nor a hint and was not imported',
      place: draft.question.position,
    })
    return
  }
  const level = reader.level ?? startGeneralLevel({ reader, at: draft.question.position })
  level.questions.push(draft.question)
  if (isAfter(draft.question.position.end, level.position.end)) level.position.end = { ...draft.question.position.end }
}

function startGeneralLevel({ reader, at }: { reader: Reader; at: SourceRange }): BankLevel {
  const level: BankLevel = {
    name: 'General',
    slug: null,
    rank: null,
    declaredCount: null,
    questions: [],
    position: { start: { ...at.start }, end: { ...at.end } },
  }
  reader.general = level
  reader.levels.push(level)
  reader.level = level
  return level
}

function extendQuestion({ draft, node }: { draft: QuestionDraft; node: Nodes }): void {
  const end = node.position?.end
  if (end && isAfter(end, draft.question.position.end)) draft.question.position.end = { line: end.line, column: end.column }
}

/** The text of a list item without its marker ("- ", "1. "). */
function listItemText({ reader, item }: { reader: Reader; item: ListItem }): string {
  const [first] = item.children
  return first ? nodeSource({ reader, node: first }) : ''
}

function nodeSource({ reader, node }: { reader: Reader; node: Nodes }): string {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? '' : reader.text.slice(start, end)
}

function nodeRange(node: Nodes): SourceRange {
  const start = node.position?.start ?? { line: 1, column: 1 }
  const end = node.position?.end ?? start
  return { start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } }
}

function reportUnplaced({ reader, node, reason }: { reader: Reader; node: Nodes; reason: string }): void {
  report({ file: reader.file, severity: 'warning', ruleId: 'unplaced-line', reason, place: nodeRange(node) })
}

/** A whole first line in bold: "**What is ETL?**". */
function isBoldLine(line: string): boolean {
  const match = /^(\*\*|__)(?!\s)(.+?)\1[ \t]*$/.exec(line)
  return match !== null && !match[2].includes(match[1])
}

function asksSomething(text: string): boolean {
  return /\?\s*$/.test(text.trim()) || questionLabelLength(text.trim()) > 0
}

function isAfter(a: { line: number; column: number }, b: { line: number; column: number }): boolean {
  return a.line > b.line || (a.line === b.line && a.column > b.column)
}
