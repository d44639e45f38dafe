import type { Blockquote, Code, Heading, Html, List, ListItem, Nodes, Paragraph, Parent, Root, RootContent } from 'mdast'
import type { VFileMessage } from 'vfile-message'
import { toString } from 'mdast-util-to-string'
import type { VFile } from 'vfile'
import type { DeclaredPlaces } from '../../checks'
import { counted, report } from '../../diagnostics'
import { placeQuestion } from '../../general-level'
import { emptyFrontMatter, readFrontMatter, type FrontMatter } from './front-matter'
import { isTitleLike, parseRoleTitle } from '../../header'
import { hintLabelLength, parseTagsLine, questionLabelLength } from '../../labels'
import { unescapeRawHtml } from '../../../format/markdown-html'
import { readPrepbankMarkdownExport } from './export-reader'
import { finishMarkdownBank, levelFromHeading, type MarkdownRoleText } from './markdown-bank'
import { parseMarkdownTree } from './markdown-tree'
import { answerCellText, readQuestionTable, type QuestionTableRow, type TableCell } from './question-table'
import { asciiDocAsMarkdown, isAsciiDoc } from './asciidoc'
import { isRestructuredText, restructuredTextAsMarkdown } from './restructured-text'
import { offsetPoint, readPrompt, sliceSource, stripHintLabel, toRange, type OffsetPoint } from './markdown-source'
import {
  anchorKey,
  isAttribution,
  isBackToTop,
  isLayoutHtml,
  isLinkList,
  isLinkParagraph,
  isMdxStatement,
  tableOfContentsGroups,
} from './navigation'
import { isAnswerHeading, isBoldLine, listAsks, readStructure, summaryText, type DocumentStructure } from './structure'
import { hasNumbering, numberOf, isFurnitureTitle, isQuestionShaped, isTableOfContentsTitle, pointsAtCode, readMarkerLegend, readMarkers } from '../../question-shape'
import type { Bank, BankLevel, BankOption, BankQuestion, SourceRange } from '../../../format/model'

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

type HintDraft = {
  start: OffsetPoint
  end: OffsetPoint
  /** Columns of container indentation to take off continuation lines. */
  indent: number
  quote: boolean
  /** Only nodes of the same parent continue a hint (their indentation is the same). */
  parent: Parent
  /** Only code blocks and images so far: what a multiple-choice question shows with its prompt. */
  onlyCode: boolean
}

type QuestionDraft = {
  question: BankQuestion
  kind: 'heading' | 'item-heading' | 'list-item' | 'paragraph' | 'details'
  /** An item of a numbered list: a bullet list right after it may be its answer. */
  numbered: boolean
  hint: HintDraft | null
  /** Multiple-choice options, with where each was written; null until an options list is read. */
  options: { option: BankOption; label: string | null; range: SourceRange }[] | null
  /** Options marked in the list itself ("- [x] …"): the marked ones become the hint. */
  marked: boolean
}

/** What the reader is skipping: a table of contents (its navigation blocks) or furniture (everything up to the next heading as shallow). */
type Skipping = { kind: 'toc' } | { kind: 'furniture'; depth: number }

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
  structure: DocumentStructure
  /** Difficulty markers and the tags they give (the document's legend over the defaults). */
  legend: ReadonlyMap<string, string>
  /** Table-of-contents groups (question → group) for a document whose body has no section headings. */
  tocGroups: Map<string, string>
  skipping: Skipping | null
  /** Number of the last numbered question heading, to tell "### 48." after "## Question 47." for the next question. */
  lastNumber: number | null
  /** The info message of the run of skipped blocks the reader is in, extended while the run goes on. */
  skippedRun: { message: VFileMessage; reason: string } | null
  levels: BankLevel[]
  level: BankLevel | null
  draft: QuestionDraft | null
  /** Level made up for questions outside any section, if any. */
  general: BankLevel | null
  role: MarkdownRoleText
  declared: DeclaredPlaces
  /** A code block kept for the labelled question right after it. */
  heldCode: Code | null
  /** A heading other than the title has been read: paragraphs after it are no longer the document's introduction. */
  introOver: boolean
}

export function parseMarkdown({ file, text: input, declared = new Map() }: { file: VFile; text: string; declared?: DeclaredPlaces }): Bank {
  // reStructuredText and AsciiDoc are read as the Markdown of their rendered page, line for line.
  const text = isRestructuredText({ text: input, path: file.path })
    ? restructuredTextAsMarkdown(input)
    : isAsciiDoc({ text: input, path: file.path })
      ? asciiDocAsMarkdown(input)
      : input
  // Prepbank's own exports, the large Markdown files, have a fast reader that gives the same bank.
  return readPrepbankMarkdownExport({ file, text, declared }) ?? readMarkdownBank({ file, text, tree: parseMarkdownTree({ text }), declared })
}

export function readMarkdownBank({
  file,
  text,
  tree,
  declared = new Map(),
}: {
  file: VFile
  text: string
  tree: Root
  declared?: DeclaredPlaces
}): Bank {
  const yaml = tree.children.find((node) => node.type === 'yaml')
  const frontMatter = yaml ? readFrontMatter({ file, node: yaml }) : emptyFrontMatter
  const reader: Reader = {
    file,
    text,
    frontMatter,
    verbatim: frontMatter.prepbank !== null,
    structure: readStructure({ text, tree, frontMatter }),
    legend: readMarkerLegend(text),
    tocGroups: new Map(),
    skipping: null,
    lastNumber: null,
    skippedRun: null,
    levels: [],
    level: null,
    draft: null,
    general: null,
    role: { title: null, name: null, summary: null },
    declared,
    heldCode: null,
    introOver: false,
  }

  if (!reader.structure.asks && !reader.verbatim) {
    refuseDocument(reader)
    return finishMarkdownBank({ file, frontMatter, frontMatterRange: null, role: reader.role, levels: [], general: null, declared })
  }
  for (const node of tree.children) readBlock({ reader, node, parent: tree })
  closeQuestion(reader)
  if (!reader.verbatim && asksInFewParts(reader)) {
    refuseDocument(reader)
    return finishMarkdownBank({ file, frontMatter, frontMatterRange: null, role: reader.role, levels: [], general: null, declared })
  }

  const frontMatterRange = yaml?.position ? nodeRange(yaml) : null
  return finishMarkdownBank({
    file,
    frontMatter,
    frontMatterRange,
    role: reader.role,
    levels: reader.levels,
    general: reader.general,
    declared,
  })
}

/**
 * A document whose sections mostly hold content that asks nothing, its few
 * questions lists among them (a course plan: pages, assignments, discussion
 * prompts): what it is about is not its questions. Counted from what the
 * sections hold, at least four of them asking nothing and twice as many as
 * those that hold questions; a bank's References or License sections are
 * far fewer than its sections of questions.
 */
function asksInFewParts(reader: Reader): boolean {
  const questionless = questionlessSections(reader.structure)
  const asking = reader.levels.filter((level) => level.questions.length > 0).length
  return asking > 0 && questionless >= 4 && questionless >= 2 * asking
}

/** Section headings (not question headings, nor headings inside answers) whose part holds content and no question. */
function questionlessSections({ questionless, kind, sectionMaxDepth }: DocumentStructure): number {
  const deepest = kind.type === 'heading' ? kind.depth - 1 : (sectionMaxDepth ?? 6)
  return [...questionless.keys()].filter((heading) => heading.depth <= deepest).length
}

/** Not a bank: nothing in it asks anything, or its sections mostly do not. Said once, with what the document is instead when that is plain. */
function refuseDocument(reader: Reader): void {
  const { links } = reader.structure
  const asking = reader.levels.filter((level) => level.questions.length > 0).length
  const questions = reader.levels.reduce((sum, level) => sum + level.questions.length, 0)
  report({
    file: reader.file,
    severity: 'error',
    ruleId: 'not-a-bank',
    reason:
      asking > 0
        ? `This document is not a question bank: ${questionlessSections(reader.structure)} of its sections hold content that asks nothing; its ${counted({ count: questions, noun: 'question' })} ${questions === 1 ? 'is' : 'are'} in ${asking} others`
        : links > 0
          ? `This document is not a question bank: it is mostly links (${links} link items or lines) and nothing in it asks a question`
          : 'This document is not a question bank: no heading, list item or bold line asks a question ("…?", "Q:", "What…", "Explain…")',
    place: { line: 1, column: 1 },
  })
}

function readBlock({ reader, node, parent }: { reader: Reader; node: RootContent; parent: Parent }): void {
  if (node.type === 'heading' && node !== reader.structure.role) reader.introOver = true
  if (skipBlock({ reader, node })) return
  reader.skippedRun = null
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
    case 'code': {
      // Code right before a labelled question ("質問: what does the statement above give?") is what that question shows,
      // unless the question before it still waits for its answer ("*질문: what does the code below print?*" then the code).
      const draft = reader.draft
      const awaitsAnswer = draft?.kind === 'paragraph' && draft.question.hints.length === 0 && draft.hint === null
      const next = siblingOf({ parent, node, step: 1 })
      if (!awaitsAnswer && isQuestionLabelled({ reader, node: next })) {
        closeQuestion(reader)
        reader.heldCode = node
        return
      }
      // Code right under a question whose wording points at it ("What does this print?", "Consider the snippet below"): what
      // it shows, not its answer. Under any other question ("Write a function that …") the code is the answer.
      const start = offsetPoint(node.position?.start)
      const end = offsetPoint(node.position?.end)
      if (draft && start && end && showsCodeNext(draft)) {
        draft.question.details = sliceSource({ text: reader.text, start, end, indent: start.column - 1 })
        extendQuestion({ draft, node })
        return
      }
      return readContent({ reader, node, parent })
    }
    default:
      return readContent({ reader, node, parent })
  }
}

function readHeading({ reader, node, parent }: { reader: Reader; node: Heading; parent: Parent }): void {
  const { structure } = reader
  const plain = headingText(node)

  if (node === structure.role) {
    closeQuestion(reader)
    reader.role.title = plain || null
    reader.role.name = parseRoleTitle(plain) ?? (readPrompt({ source: plain }).text || null)
    return
  }
  if (isAnswerHeading(node)) {
    // "#### Answer", "#### Ответ: D": the answer of the question being read starts here.
    if (reader.draft) return readAnswerHeading({ reader, draft: reader.draft, node, plain })
    return reportUnplaced({ reader, node, reason: 'This answer heading has no question before it and was not imported' })
  }
  // Headings inside an answer (a list item's, a blockquote's, a `<details>` block's not yet closed) are part of it.
  if (parent.type !== 'root' && reader.draft) return readContent({ reader, node, parent })
  if (reader.draft?.kind === 'details' && insideDetails({ text: reader.text, offset: node.position?.start.offset })) return readContent({ reader, node, parent })

  const { kind, sectionMaxDepth } = structure
  const questionDepth = kind.type === 'heading' ? kind.depth : null
  if (node.depth === questionDepth) {
    closeQuestion(reader)
    // "## # 2. VARIABLES" with nothing under it, among "## Q. …" headings: the section of the questions after it.
    if (kind.type === 'heading' && kind.labelled && questionLabelLength(plain) === 0 && structure.groupHeadings.has(node)) {
      startLevel({ reader, node, plain: readMarkers(plain).text || plain })
      return
    }
    // Furniture ("References"), or a heading unlike its numbered siblings ("## Want to buy the book?" among "## Question 12.").
    if ((isFurnitureTitle(plain) && !isQuestionShaped(plain)) || (kind.type === 'heading' && kind.numbered && !hasNumbering(plain))) {
      startSkipping({ reader, node, skipping: { kind: 'furniture', depth: node.depth } })
      return
    }
    startHeadingQuestion({ reader, node, kind: 'heading' })
    return
  }
  if (structure.subTopics.has(node) && reader.level !== null) {
    // "###### System Questions (37)" under "### Junior Sysadmin": its questions belong to the section above.
    closeQuestion(reader)
    report({
      file: reader.file,
      severity: 'info',
      ruleId: 'folded-heading',
      reason: `"${plain}" groups questions inside section "${reader.level.name}"; they are imported into it`,
      place: nodeRange(node),
    })
    return
  }
  // A heading that goes on with the questions' numbering is the next question, whatever its depth: deeper
  // ("### 48." after "## Question 47."), or shallower when its part holds no question ("### 66) …?" after
  // "#### 65) …?", a number repeated by mistake included).
  const number = questionDepth !== null && reader.lastNumber !== null ? numberOf(plain) : null
  const continuesNumbering = number !== null && reader.lastNumber !== null && isQuestionShaped(plain)
  if (
    continuesNumbering &&
    questionDepth !== null &&
    ((node.depth > questionDepth && number === reader.lastNumber! + 1) ||
      (node.depth < questionDepth && structure.questionless.has(node) && (number === reader.lastNumber! + 1 || number === reader.lastNumber)))
  ) {
    closeQuestion(reader)
    startHeadingQuestion({ reader, node, kind: 'heading' })
    return
  }
  const isSection =
    questionDepth !== null
      ? node.depth < questionDepth
      : sectionMaxDepth === null
        ? !reader.draft
        : node.depth <= sectionMaxDepth || structure.subTopics.has(node) || structure.laterGroups.has(node)
  if (isSection) {
    closeQuestion(reader)
    // What the section holds decides, not its name: a "Links" section of questions is read, one of links is not.
    const questionless = structure.questionless.get(node)
    if (questionless) {
      startSkipping({
        reader,
        node,
        skipping: { kind: 'furniture', depth: node.depth },
        reason: questionless === 'links' ? `Skipped "${plain}", a section of links (navigation, not questions)` : undefined,
      })
      return
    }
    startLevel({ reader, node, plain })
    return
  }
  if (reader.draft) return readContent({ reader, node, parent })
  reportUnplaced({ reader, node, reason: 'This heading is neither a section nor a question and was not imported' })
}

/** What a heading says: without `<a name>` anchors or other inline HTML, `:emoji:` shortcodes, or doubled white space. */
function headingText(node: Heading): string {
  return node.children
    .filter((child) => child.type !== 'html')
    .map((child) => toString(child))
    .join('')
    .replace(/(?:^|\s):[a-z0-9_+-]+:(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A heading (or a list item's heading) that is a question: its wording, markers as tags, and its section from the table of contents. */
function startHeadingQuestion({ reader, node, kind, container }: { reader: Reader; node: Heading; kind: QuestionDraft['kind']; container?: ListItem }): void {
  const first = offsetPoint(node.children[0]?.position?.start)
  const last = offsetPoint(node.children.at(-1)?.position?.end)
  const source = first && last ? reader.text.slice(first.offset, last.offset) : ''
  const marked = reader.verbatim ? { text: unescapeRawHtml(source.trim()), tags: [] } : readPrompt({ source, legend: reader.legend })
  if (reader.tocGroups.size > 0 && !reader.structure.sectionHeadings) {
    const group = reader.tocGroups.get(anchorKey(marked.text))
    if (group && group !== reader.level?.name) startLevel({ reader, node, plain: group })
  }
  const draft = startQuestion({ reader, kind, prompt: marked.text || null, node: container ?? node })
  draft.question.tags = marked.tags
  reader.lastNumber = numberOf(source) ?? reader.lastNumber
}

/** "#### Ответ: D" under options marks D; "#### Answer" alone opens the answer; "Answer: text" is the start of one. */
function readAnswerHeading({ reader, draft, node, plain }: { reader: Reader; draft: QuestionDraft; node: Heading; plain: string }): void {
  closeHint(reader)
  const rest = plain.slice(hintLabelLength(plain)).trim()
  if (hintLabelLength(plain) === 0 || rest === '') return
  const option = draft.options?.find((candidate) => candidate.label !== null && candidate.label.toUpperCase() === rest.replace(/[.)]$/, '').toUpperCase())
  if (option) {
    option.option.correct = true
    draft.question.hints.push({ text: `${option.label}: ${option.option.text}`, position: nodeRange(node) })
    extendQuestion({ draft, node })
    return
  }
  draft.question.hints.push({ text: rest, position: nodeRange(node) })
  extendQuestion({ draft, node })
}

/**
 * Navigation and layout that is not content: said once per run of blocks
 * (info), and left out. Inside an answer only what cannot be answer text is
 * left out: back-to-top links, attribution lines, layout HTML.
 */
function skipBlock({ reader, node }: { reader: Reader; node: RootContent }): boolean {
  const skipping = reader.skipping
  if (skipping?.kind === 'furniture') {
    if (node.type === 'heading' && node.depth <= skipping.depth) reader.skipping = null
    else return noteSkipped({ reader, node, reason: 'Skipped a section that holds no questions (references, licence, to-do…)' })
  }
  if (reader.verbatim) return false
  const drafting = reader.draft !== null
  switch (node.type) {
    case 'html':
      if (!isLayoutHtml(node)) break
      if (drafting && reader.draft?.kind === 'details' && /<\/details>\s*$/i.test(node.value)) {
        // The end of a `<details>` question: what follows is not its answer.
        closeQuestion(reader)
        return true
      }
      if (drafting) {
        // "<details><summary>Answer</summary>": what came between the wording and it is part of the question.
        const draft = reader.draft
        if (draft?.hint && draft.question.hints.length === 0 && /<summary/i.test(node.value)) {
          const shown = sliceSource({ text: reader.text, ...draft.hint })
          // After the code the wording points at, what follows up to the answer is shown too ("- A: …" lines that are no options list).
          if (shown !== '') draft.question.details = draft.question.details ? `${draft.question.details}\n\n${shown}` : shown
          draft.hint = null
        }
        if (isBackToTop(node)) return noteSkipped({ reader, node, reason: 'Skipped navigation ("back to top" links, source lines)' })
        return true
      }
      return noteSkipped({ reader, node, reason: 'Skipped layout HTML (banners, images, anchors, <br>)' })
    case 'paragraph':
      if (isMdxStatement(node)) return noteSkipped({ reader, node, reason: 'Skipped an MDX import or export line' })
      if (isBackToTop(node) || isAttribution(node)) return noteSkipped({ reader, node, reason: 'Skipped navigation ("back to top" links, source lines)' })
      if (!drafting || reader.skipping?.kind === 'toc') {
        if (isLinkParagraph(node)) return noteSkipped({ reader, node, reason: 'Skipped a block of links (navigation, not questions)' })
      }
      break
    case 'list':
      if ((!drafting || reader.skipping?.kind === 'toc') && isLinkList(node)) {
        for (const [question, group] of tableOfContentsGroups(node)) reader.tocGroups.set(question, group)
        return noteSkipped({ reader, node, reason: 'Skipped a list of links (a table of contents or link list, not questions)' })
      }
      break
    case 'heading':
      if (isTableOfContentsTitle(toString(node))) {
        closeQuestion(reader)
        return startSkipping({ reader, node, skipping: { kind: 'toc' } })
      }
      break
    default:
      break
  }
  // A table of contents ends at the first block that is not navigation.
  if (reader.skipping?.kind === 'toc') reader.skipping = null
  return false
}

function withLines(reason: string, range: SourceRange): string {
  const { start, end } = range
  return `${reason} (${start.line === end.line ? `line ${start.line}` : `lines ${start.line}–${end.line}`})`
}

function startSkipping({ reader, node, skipping, reason }: { reader: Reader; node: Heading; skipping: Skipping; reason?: string }): true {
  reader.skipping = skipping
  reader.skippedRun = null
  return noteSkipped({
    reader,
    node,
    reason: reason ?? (skipping.kind === 'toc' ? 'Skipped a table of contents' : `Skipped "${toString(node).trim()}", a section that holds no questions`),
  })
}

/** One info message per run of skipped blocks, its range growing with the run. */
function noteSkipped({ reader, node, reason }: { reader: Reader; node: Nodes; reason: string }): true {
  const range = nodeRange(node)
  const run = reader.skippedRun
  if (run) {
    const place = run.message.place
    if (place && 'end' in place) {
      place.end = range.end
      run.message.reason = withLines(run.reason, place)
      run.message.message = run.message.reason
    }
    return true
  }
  const message = report({ file: reader.file, severity: 'info', ruleId: 'skipped-navigation', reason: withLines(reason, range), place: range })
  reader.skippedRun = { message, reason }
  return true
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
  if (reader.structure.kind.type === 'details' && summaryText(node) !== null) return startDetailsQuestion({ reader, node, parent })
  // A title written in HTML (`<h1>` in a centred `<div>`) before anything else names the role.
  const title = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(node.value)
  if (title && !reader.draft && reader.levels.length === 0 && reader.role.name === null && reader.structure.role === null) {
    const plain = title[1].replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim()
    if (plain !== '') {
      reader.role.title = plain
      reader.role.name = parseRoleTitle(plain) ?? plain
      return
    }
  }
  readContent({ reader, node, parent })
}

/**
 * `<details><summary><b>What is X?</b></summary><br>` opens a question: the
 * summary is its wording, and what follows — in the same HTML block when no
 * blank line separates it, then the blocks up to `</details>` — its answer.
 */
function startDetailsQuestion({ reader, node, parent }: { reader: Reader; node: Html; parent: Parent }): void {
  closeQuestion(reader)
  const match = /<summary[^>]*>([\s\S]*?)<\/summary>/i.exec(node.value)
  if (!match) return startLongSummaryQuestion({ reader, node, parent })
  const marked = readPrompt({ source: match[1], legend: reader.legend })
  const draft = startQuestion({ reader, kind: 'details', prompt: marked.text || null, node })
  draft.question.tags = marked.tags
  const start = offsetPoint(node.position?.start)
  const end = offsetPoint(node.position?.end)
  if (!start || !end) return
  const after = match.index + match[0].length
  const rest = node.value.slice(after)
  const skipped = after + (/^(?:\s*<br\s*\/?>)*\s*/i.exec(rest)?.[0].length ?? 0)
  if (skipped >= node.value.length) return
  const before = node.value.slice(0, skipped)
  const lines = before.split('\n')
  const line = start.line + lines.length - 1
  const column = lines.length === 1 ? start.column + skipped : (lines.at(-1) as string).length + 1
  draft.hint = { start: { line, column, offset: start.offset + skipped }, end, indent: 0, quote: false, parent, onlyCode: false }
}

/**
 * `<details><summary>Which tools do you use for…?` then a blank line, a list
 * and `Tests</summary><br><b>` further down: the first part is the wording,
 * the rest up to `</summary>` is what the question shows, and the answer
 * starts after it (the blocks in between are read on as the hint's run).
 */
function startLongSummaryQuestion({ reader, node, parent }: { reader: Reader; node: Html; parent: Parent }): void {
  const start = node.position?.start.offset
  const open = /<summary[^>]*>/i.exec(node.value)
  if (start === undefined || !open) return
  const summaryStart = start + open.index + open[0].length
  const summaryEnd = reader.text.indexOf('</summary>', summaryStart)
  const summary = reader.text.slice(summaryStart, summaryEnd === -1 ? (node.position?.end.offset ?? summaryStart) : summaryEnd)
  const [wording, ...shown] = summary.split(/\n[ \t]*\n/)
  const marked = readPrompt({ source: wording, legend: reader.legend })
  const draft = startQuestion({ reader, kind: 'details', prompt: marked.text || null, node })
  draft.question.tags = marked.tags
  const details = shown.join('\n\n').replace(/^\n+|\s+$/g, '')
  if (details !== '') draft.question.details = details
  if (summaryEnd === -1) return
  const after = summaryEnd + '</summary>'.length
  const answerStart = after + (/^(?:\s*<br\s*\/?>)*\s*/i.exec(reader.text.slice(after, after + 200))?.[0].length ?? 0)
  const lineStart = reader.text.lastIndexOf('\n', answerStart - 1) + 1
  const line = (node.position?.start.line ?? 1) + reader.text.slice(start, answerStart).split('\n').length - 1
  const point = { line, column: answerStart - lineStart + 1, offset: answerStart }
  draft.hint = { start: point, end: point, indent: 0, quote: false, parent, onlyCode: false }
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

  const { kind } = reader.structure
  const table = kind.type === 'table' && firstLine.startsWith('|') ? readQuestionTable(source) : null
  if (table) return readTableQuestions({ reader, node, rows: table })

  const labelled = hintLabelLength(firstLine) > 0
  const questionLabel = questionLabelLength(firstLine) > 0
  const boldLine = !labelled && isBoldLine(firstLine)
  // Bold paragraphs are questions only where bold lines are the question kind; elsewhere they are emphasis in answers.
  const boldQuestion = boldLine && (kind.type === 'bold' || ((kind.type === 'list-item' || kind.type === 'labelled') && draft?.kind !== 'heading'))
  if (questionLabel || boldQuestion) {
    closeQuestion(reader)
    startQuestionFromParagraph({ reader, node, parent, kind: 'paragraph', promptIsFirstLine: boldLine && !questionLabel })
    const shown = reader.heldCode
    reader.heldCode = null
    if (shown && reader.draft) {
      reader.draft.question.details = nodeSource({ reader, node: shown })
      reader.draft.question.position.start = nodeRange(shown).start
    }
    return
  }

  if (!draft) {
    readLoneParagraph({ reader, node, parent, labelled })
    return
  }
  if (labelled) {
    closeHint(reader)
    openHint({ reader, node, parent })
    return
  }
  readContent({ reader, node, parent })
}

/** A table of questions: each row a question, the cell beside it its answer. */
function readTableQuestions({ reader, node, rows }: { reader: Reader; node: Paragraph; rows: QuestionTableRow[] }): void {
  closeQuestion(reader)
  const first = node.position?.start
  if (!first) return
  for (const row of rows) {
    const line = first.line + row.line
    const indent = row.line === 0 ? first.column - 1 : 0
    const cellRange = (cell: TableCell): SourceRange => ({ start: { line, column: indent + cell.start + 1 }, end: { line, column: indent + cell.end + 1 } })
    const marked = readPrompt({ source: row.question.text, legend: reader.legend })
    const draft = startQuestion({ reader, kind: 'paragraph', prompt: marked.text || null, node })
    draft.question.tags = marked.tags
    draft.question.position = { start: { line, column: 1 }, end: { line, column: indent + (row.answer ?? row.question).end + 2 } }
    if (row.answer) draft.question.hints.push({ text: answerCellText(row.answer.text), position: cellRange(row.answer) })
    closeQuestion(reader)
  }
}

/** A paragraph before any question: summary, a declared count, a role line, or nothing we can use. */
function readLoneParagraph({ reader, node, parent, labelled }: { reader: Reader; node: Paragraph; parent: Parent; labelled: boolean }): void {
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
    reader.declared.set(reader.level, range)
    return
  }
  const beforeSections = reader.levels.length === 0
  if (beforeSections && reader.role.name === null && reader.structure.role === null && parseRoleTitle(plain) !== null) {
    reader.role.title = plain
    reader.role.name = parseRoleTitle(plain)
    return
  }
  // "… during an interview for position such as **Linux System Administrator**": a page with no title names its role in prose.
  const mentioned = beforeSections && reader.role.name === null && reader.structure.role === null ? mentionedPosition(node) : null
  if (mentioned) reader.role.name = mentioned
  if (beforeSections && isIntroProse({ reader, node, parent, plain })) {
    // The summary is plain text (the exporter escapes markup in it), kept with its line breaks; the intro's paragraphs, in order.
    // Inline HTML and GitHub's ":emoji:" shortcodes are left out, as from headings.
    const text = toString(node, { includeHtml: false })
      .split('\n')
      .map((line) => line.replace(/(?:^|\s):[a-z0-9_+-]+:(?=\s|$)/g, ' ').replace(/[ \t\u00a0]+/g, ' ').trim())
      .join('\n')
      .trim()
    const summary = reader.role.summary
    reader.role.summary = summary ? { text: `${summary.text}\n\n${text}`, range: { start: summary.range.start, end: range.end } } : { text, range }
    return
  }
  // "Available languages:" over a list of links: the lead-in goes with the list it introduces, navigation.
  const next = /[:：]$/.test(plain) ? siblingOf({ parent, node, step: 1 }) : undefined
  if (next?.type === 'list' && isLinkList(next)) {
    noteSkipped({ reader, node, reason: 'Skipped a list of links (a table of contents or link list, not questions)' })
    return
  }
  reportUnplaced({
    reader,
    node,
    reason: mentioned ? `This paragraph belongs to no question and was not imported; it names the role "${mentioned}"` : 'This paragraph belongs to no question and was not imported',
  })
}

/**
 * Prose of the document's introduction, after its title and before any other
 * heading or question, in whatever language: what it says about itself, its
 * summary. Not a paragraph that leads into a list ("Available languages:" over
 * a list of links), a pipe table (GFM tables are not parsed, so they come as
 * paragraphs of "| … |" lines), one with no text (an image), a paragraph
 * before the title, or, when no title names the role, a short line that may be that title.
 */
function isIntroProse({ reader, node, parent, plain }: { reader: Reader; node: Paragraph; parent: Parent; plain: string }): boolean {
  if (plain === '' || reader.introOver || (reader.structure.role !== null && reader.role.title === null)) return false
  if (/[:：]$/.test(plain) && siblingOf({ parent, node, step: 1 })?.type === 'list') return false
  if (nodeSource({ reader, node }).split('\n').every((line) => line.trimStart().startsWith('|'))) return false
  const named = reader.role.name !== null || reader.role.title !== null || reader.frontMatter.role.name !== null || reader.frontMatter.role.title !== null
  return named || !isTitleLike(plain)
}

/** The bold words after "for (the) position/role/job such as / of": the role a paragraph names. */
function mentionedPosition(node: Paragraph): string | null {
  for (const [index, child] of node.children.entries()) {
    const next = node.children[index + 1]
    if (child.type !== 'text' || next?.type !== 'strong') continue
    if (!/\bfor\s+(?:a\s+|an\s+|the\s+)?(?:position|role|job)s?\s+(?:such\s+as|of|like|as)\s*$/i.test(child.value)) continue
    const name = toString(next).replace(/\s+/g, ' ').trim()
    if (name !== '' && name.length <= 80) return name
  }
  return null
}

function readList({ reader, node, parent }: { reader: Reader; node: List; parent: Parent }): void {
  const draft = reader.draft
  const { kind } = reader.structure
  if (draft && draft.kind !== 'list-item' && readOptions({ reader, draft, list: node })) return
  if (kind.type === 'item-heading' && node.children.some((item) => item.children[0]?.type === 'heading')) {
    // "1. ### What is X?" with the answer indented under it; other items belong to the answer before them.
    for (const item of node.children) {
      const [first, ...rest] = item.children
      if (first?.type !== 'heading') {
        if (reader.draft) readContent({ reader, node: item, parent: node })
        else reportUnplaced({ reader, node: item, reason: 'This list item holds no question and was not imported' })
        continue
      }
      closeQuestion(reader)
      startHeadingQuestion({ reader, node: first, kind: 'item-heading', container: item })
      for (const child of rest) readBlock({ reader, node: child, parent: item })
      closeHint(reader)
      reader.skippedRun = null
    }
    return
  }
  if (!draft && kind.type !== 'list-item' && kind.type !== 'labelled' && !(kind.type === 'details' && listAsks({ text: reader.text, list: node }))) {
    reportUnplaced({ reader, node, reason: 'This list belongs to no question and was not imported' })
    return
  }
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
  // Numbered list questions go on after a labelled one ("Qn: …?" between "9." and "10."): that list is not its answer.
  const resumesNumbered =
    kind.type === 'list-item' && draft?.kind === 'paragraph' && node.ordered === true && !answersOpenLabel && isQuestionShaped(listItemText({ reader, item: node.children[0] }).split('\n', 1)[0])
  if (draft && !resumesNumbered && (draft.kind !== 'list-item' || answersOpenLabel || answersNumbered)) {
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
  // "2. Why Python?<br>\nAns:" then an unindented list: the bare label stays open for that list.
  const hint = reader.draft?.hint
  if (hint && hintText({ reader, hint }) === '') return
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
  draft.hint = { start, end, indent: start.column - 1, quote: true, parent: node, onlyCode: false }
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
    draft.hint.onlyCode &&= showsOnly(node)
    return
  }
  // A bare "Ans:" left open by its list item only announces what comes here: it is no empty hint of its own.
  if (draft.hint && hintText({ reader, hint: draft.hint }) === '') draft.hint = null
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
    declared: reader.declared,
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
    options: null,
    marked: false,
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
  const marked = readPrompt({ source: lines.slice(0, promptLines).join(' '), legend: reader.legend })
  const draft = startQuestion({ reader, kind, prompt: marked.text || null, node: container ?? node })
  draft.question.tags = marked.tags
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
    onlyCode: false,
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
  draft.hint = { start, end, indent: start.column - 1, quote: false, parent, onlyCode: first === last && showsOnly(last) }
}

/** A code block or a lone image: what a question can show with its wording. */
function showsOnly(node: Nodes): boolean {
  if (node.type === 'code') return true
  return node.type === 'paragraph' && node.children.length === 1 && node.children[0].type === 'image'
}

/** "- [ ] text" / "- [x] text" (GitHub task items) or "- A: text", "- b) text". */
const optionPattern = /^(?:\[([ xX])\]|([A-Ha-h])\s*[:.)])[ \t]+(?=\S)/

/**
 * A list of options right after the wording (or after the code the question
 * shows): the question is multiple choice. The code goes with the question
 * (`details`), the options stay with it, and task items marked "[x]" are
 * its answer. Code between option lists belongs to the option before it.
 */
function readOptions({ reader, draft, list }: { reader: Reader; draft: QuestionDraft; list: List }): boolean {
  if (reader.verbatim || draft.question.hints.length > 0 || (draft.hint && !draft.hint.onlyCode)) return false
  const items = list.children.map((item) => {
    const first = item.children[0]
    const start = offsetPoint(first?.position?.start)
    const end = offsetPoint(item.position?.end)
    const match = first?.type === 'paragraph' && start ? optionPattern.exec(reader.text.slice(start.offset, start.offset + 16)) : null
    return { item, start, end, match }
  })
  if (!items.every((entry) => entry.match && entry.start && entry.end)) return false
  const task = items.every((entry) => entry.match?.[1] !== undefined)
  const lettered = items.every((entry) => entry.match?.[2] !== undefined)
  if (!task && !lettered) return false
  if (lettered && items.length < 2 && draft.options === null) return false

  if (draft.hint) {
    const shown = sliceSource({ text: reader.text, ...draft.hint })
    const last = draft.options?.at(-1)
    if (last) last.option.text = `${last.option.text}\n\n${shown}`
    else if (shown !== '') draft.question.details = shown
    draft.hint = null
  }
  draft.options ??= []
  for (const { item, start, end, match } of items) {
    if (!start || !end || !match) continue
    const textStart = { line: start.line, column: start.column + match[0].length, offset: start.offset + match[0].length }
    const text = sliceSource({ text: reader.text, start: textStart, end, indent: start.column - 1 })
    if (text === '') continue
    const correct = match[1] !== undefined && match[1] !== ' '
    if (correct) draft.marked = true
    draft.options.push({ option: { text, correct }, label: match[2]?.toUpperCase() ?? null, range: nodeRange(item) })
  }
  extendQuestion({ draft, node: list })
  return true
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
  // `<br><b>` … `</b></details>` around a `<details>` answer are its frame; with nothing inside, the question is unanswered.
  const text = draft.kind === 'details' ? withoutDetailsFrame(hintText({ reader, hint })) : hintText({ reader, hint })
  if (draft.kind === 'details' && text === '') return
  const position = toRange(hint)
  if (!reader.verbatim && /^(?:answer\s+here|todo|tbd|coming\s+soon|to\s+be\s+(?:completed|done|added|written)|\.\.\.|…)\.?$/i.test(text.trim())) {
    report({ file: reader.file, severity: 'info', ruleId: 'placeholder-answer', reason: `"${text.trim()}" is a placeholder, not an answer; the question has none`, place: position })
    return
  }
  // "Answer: B" under lettered options marks B.
  const letter = draft.options ? /^(?:\*\*|__)?([A-H])(?:\*\*|__)?(?:[.):]|\s|$)/.exec(text.trim()) : null
  const chosen = letter && draft.options?.find((candidate) => candidate.label === letter[1])
  if (chosen) chosen.option.correct = true
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

function withoutDetailsFrame(text: string): string {
  return text.replace(/^(?:\s*<(?:b|strong|br\s*\/?|p)>)+\s*/i, '').replace(/\s*(?:<\/(?:b|strong|p|details)>\s*)+$/i, '')
}

function closeQuestion(reader: Reader): void {
  const draft = reader.draft
  if (!draft) return
  closeHint(reader)
  reader.draft = null
  if (draft.options && draft.options.length > 0) {
    draft.question.options = draft.options.map(({ option }) => option)
    const marked = draft.options.filter(({ option }) => option.correct)
    if (draft.marked && marked.length > 0) {
      // The marked options are the answer: the first hint.
      const text = marked.map(({ option, label }) => (label ? `${label}: ${option.text}` : option.text)).join('\n')
      draft.question.hints.unshift({ text, position: { start: { ...marked[0].range.start }, end: { ...marked.at(-1)!.range.end } } })
    }
  }
  const placed = placeQuestion({ file: reader.file, question: draft.question, level: reader.level, levels: reader.levels })
  if (!placed) return
  reader.level = placed.level
  reader.general = placed.general ?? reader.general
  if (isAfter(draft.question.position.end, placed.level.position.end)) placed.level.position.end = { ...draft.question.position.end }
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

/** Whether `</details>` closes the block around `offset` before another `<details>` opens. */
function insideDetails({ text, offset }: { text: string; offset: number | undefined }): boolean {
  if (offset === undefined) return false
  const close = text.indexOf('</details>', offset)
  const open = text.indexOf('<details', offset)
  return close !== -1 && (open === -1 || close < open)
}

/** A question with nothing under its wording yet, and wording that points at code: the code block that comes next is what it shows. */
function showsCodeNext(draft: QuestionDraft): boolean {
  const { question } = draft
  return draft.hint === null && question.hints.length === 0 && question.details === undefined && draft.options === null && question.prompt !== null && pointsAtCode(question.prompt)
}

function isQuestionLabelled({ reader, node }: { reader: Reader; node: Nodes | undefined }): boolean {
  return node?.type === 'paragraph' && questionLabelLength(nodeSource({ reader, node }).trimStart()) > 0
}

/** The sibling `step` places after `node`, found by its offset: parents can hold thousands of blocks. */
function siblingOf({ parent, node, step }: { parent: Parent; node: Nodes; step: 1 }): RootContent | undefined {
  const offset = node.position?.start.offset
  if (offset === undefined) return undefined
  let low = 0
  let high = parent.children.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const start = parent.children[middle].position?.start.offset ?? -1
    if (start === offset && parent.children[middle] === node) return parent.children[middle + step]
    if (start < offset) low = middle + 1
    else high = middle - 1
  }
  return undefined
}

function nodeRange(node: Nodes): SourceRange {
  const start = node.position?.start ?? { line: 1, column: 1 }
  const end = node.position?.end ?? start
  return { start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } }
}

function reportUnplaced({ reader, node, reason }: { reader: Reader; node: Nodes; reason: string }): void {
  report({ file: reader.file, severity: 'warning', ruleId: 'unplaced-line', reason, place: nodeRange(node) })
}


function asksSomething(text: string): boolean {
  return /\?\s*$/.test(text.trim()) || questionLabelLength(text.trim()) > 0
}

function isAfter(a: { line: number; column: number }, b: { line: number; column: number }): boolean {
  return a.line > b.line || (a.line === b.line && a.column > b.column)
}
