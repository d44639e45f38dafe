import type { Heading, Html, List, ListItem, Paragraph, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { parseRoleTitle } from '../../header'
import { hintLabelLength, questionLabelLength } from '../../labels'
import { hasNumbering, isFurnitureTitle, isQuestionShaped, isTableOfContentsTitle } from '../../question-shape'
import type { FrontMatter } from './front-matter'
import { isLayoutHtml, isLinkList, isLinkParagraph, isNavigationBlock } from './navigation'
import { readQuestionTable } from './question-table'

/**
 * Which blocks of a Markdown document are its questions, decided from what
 * they say and how they repeat, not from heading depth alone. Every kind of
 * block that could hold questions — headings of one depth, list items
 * opening with a heading (`1. ### What is X?`), bold paragraphs, list items —
 * is a candidate; the kind with the most question-shaped members (a "?", a
 * "Q:" label, "What…", "Explain…") holds the questions, when at least half
 * of its members ask something. Its other members are questions too
 * (siblings of the same shape: "Precision-recall trade-off"), unless they
 * are the page's furniture ("References", "Table of contents").
 *
 * Headings above the question kind are sections; headings below it are
 * answer text. A document where no kind asks anything is not a bank.
 */

export type QuestionKind =
  /** `numbered`: nearly all of them carry numbering or a label ("## Question 12."), so one without is not a sibling. */
  | {
      type: 'heading'
      depth: number
      numbered: boolean
      /** Nearly all carry a question label ("## Q. …", "## Question 12."): a heading without one that holds nothing names a group. */
      labelled: boolean
    }
  | { type: 'item-heading' }
  | { type: 'bold' }
  | { type: 'list-item' }
  /** `<details><summary>What is X?</summary>` blocks, the answer inside; list items that ask are questions too. */
  | { type: 'details' }
  /** Rows of pipe tables, the question in one column and its answer beside it (question-table.ts). */
  | { type: 'table' }
  /** Only "Q:" paragraphs, or nothing at all. */
  | { type: 'labelled' }

export type DocumentStructure = {
  role: Heading | null
  kind: QuestionKind
  /** Headings at this depth or above are sections; null: every heading not a question is a section. */
  sectionMaxDepth: number | null
  /**
   * Deeper headings that also stand right over questions ("###### System
   * Questions (37)" under "### Junior Sysadmin"): sub-topics a reader folds
   * into the section above them.
   */
  subTopics: Set<Heading>
  /** Deeper headings over questions that come after their section's own questions ("#### SRE" after those of "### GitOps"): sections of their own. */
  laterGroups: Set<Heading>
  /** Headings with nothing under them (layout HTML at most) that ask nothing: they name the group of what follows. */
  groupHeadings: Set<Heading>
  /** False when no block asks anything: not a bank. */
  asks: boolean
  /** Link-list items and link paragraphs seen, for the reason given when refusing a document. */
  links: number
  /** Whether any heading is a section heading (otherwise a table of contents may give the sections). */
  sectionHeadings: boolean
  /**
   * Headings whose part of the document holds content but no question:
   * `links` when all of it is navigation (links, anchors, layout HTML).
   * Decided from what the part holds, never from the heading's name.
   */
  questionless: Map<Heading, 'links' | 'text'>
}

type Tally = { members: number; asking: number; numbered: number }

export function readStructure({ text, tree, frontMatter }: { text: string; tree: Root; frontMatter: FrontMatter }): DocumentStructure {
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading' && !isAnswerHeading(node))
  const role = roleHeading({ headings, frontMatter })

  const byDepth = new Map<number, Tally>()
  const itemHeadings: Tally = { members: 0, asking: 0, numbered: 0 }
  const bold: Tally = { members: 0, asking: 0, numbered: 0 }
  const items: Tally = { members: 0, asking: 0, numbered: 0 }
  const details: Tally = { members: 0, asking: 0, numbered: 0 }
  const tables: Tally = { members: 0, asking: 0, numbered: 0 }
  let labelled = 0
  let links = 0

  const groupHeadings = new Set<Heading>()
  const labelledByDepth = new Map<number, number>()
  for (const [index, node] of tree.children.entries()) {
    if (node.type === 'heading') {
      if (node === role || isAnswerHeading(node)) continue
      const text = toString(node)
      if (isFurnitureTitle(text)) continue
      // A heading with nothing under it that asks nothing ("## # 2. VARIABLES" right over "## Q. …?") only names a group.
      if (!isQuestionShaped(text) && holdsNothing({ tree, index })) {
        groupHeadings.add(node)
        continue
      }
      const tally = byDepth.get(node.depth) ?? { members: 0, asking: 0, numbered: 0 }
      tally.members++
      if (isQuestionShaped(text)) tally.asking++
      if (hasNumbering(text)) tally.numbered++
      if (questionLabelLength(text) > 0) labelledByDepth.set(node.depth, (labelledByDepth.get(node.depth) ?? 0) + 1)
      byDepth.set(node.depth, tally)
    } else if (node.type === 'paragraph') {
      const firstLine = firstLineOf({ text, node })
      const table = firstLine.startsWith('|') ? readQuestionTable(sourceOf({ text, node })) : null
      if (table) {
        tables.members += table.length
        tables.asking += table.filter((row) => row.asks).length
      } else if (questionLabelLength(firstLine) > 0) labelled++
      else if (isLinkParagraph(node)) links++
      else if (isBoldLine(firstLine) && hintLabelLength(firstLine) === 0) {
        bold.members++
        if (isQuestionShaped(firstLine)) bold.asking++
      }
    } else if (node.type === 'html') {
      const summary = summaryText(node)
      if (summary !== null) {
        details.members++
        if (isQuestionShaped(summary)) details.asking++
      }
    } else if (node.type === 'list') {
      if (isLinkList(node)) {
        links += node.children.length
        continue
      }
      // Lists of answer points that ask nothing are no candidates; only lists with a question in them count.
      const tally = { members: 0, asking: 0, numbered: 0 }
      for (const item of node.children) tallyItem({ text, item, itemHeadings, items: tally })
      if (tally.asking > 0) {
        items.members += tally.members
        items.asking += tally.asking
      }
    }
  }

  const candidates: { kind: QuestionKind; tally: Tally }[] = [
    ...[...byDepth].map(([depth, tally]) => ({
      kind: {
        type: 'heading',
        depth,
        numbered: tally.members >= 3 && tally.numbered >= 0.8 * tally.members,
        labelled: tally.members >= 3 && (labelledByDepth.get(depth) ?? 0) >= 0.8 * tally.members,
      } as QuestionKind,
      tally,
    })),
    { kind: { type: 'item-heading' }, tally: itemHeadings },
    { kind: { type: 'bold' }, tally: bold },
    { kind: { type: 'list-item' }, tally: items },
    { kind: { type: 'details' }, tally: details },
    { kind: { type: 'table' }, tally: tables },
  ]
  let best: { kind: QuestionKind; tally: Tally } | null = null
  for (const candidate of candidates) {
    const { members, asking } = candidate.tally
    if (asking === 0 || asking * 2 < members) continue
    if (!best || asking > best.tally.asking) best = candidate
  }
  const kind: QuestionKind = best?.kind ?? { type: 'labelled' }
  const { sectionMaxDepth, subTopics, laterGroups } = sectionDepth({ text, tree, kind, role })
  return {
    role,
    kind,
    sectionMaxDepth,
    subTopics,
    laterGroups,
    groupHeadings,
    asks: best !== null || labelled > 0,
    links,
    sectionHeadings: headings.some(
      (heading) => heading !== role && sectionMaxDepth !== null && heading.depth <= sectionMaxDepth && !isFurnitureTitle(toString(heading)) && !isTableOfContentsTitle(toString(heading)),
    ),
    questionless: findQuestionlessParts({ text, tree, kind, role }),
  }
}

/**
 * One pass over the top-level blocks with the headings still open (each
 * holds everything up to the next heading as shallow): a heading whose part
 * has content and nothing of the question kind that asks is questionless.
 * Generous on purpose: a part that might hold a question is read, not skipped.
 */
function findQuestionlessParts({ text, tree, kind, role }: { text: string; tree: Root; kind: QuestionKind; role: Heading | null }): Map<Heading, 'links' | 'text'> {
  type Part = { heading: Heading; asks: boolean; content: boolean; navigation: boolean }
  const open: Part[] = []
  const questionless = new Map<Heading, 'links' | 'text'>()
  const mark = ({ asks, navigation }: { asks: boolean; navigation: boolean }) => {
    for (const part of open) {
      part.content = true
      part.asks ||= asks
      part.navigation &&= navigation
    }
  }
  const close = (part: Part) => {
    if (part.content && !part.asks) questionless.set(part.heading, part.navigation ? 'links' : 'text')
    // A question heading asks when its wording does, or when it has a body that is not navigation (a sibling of the same shape).
    const question = kind.type === 'heading' && part.heading.depth === kind.depth
    if (question && (isQuestionShaped(toString(part.heading)) || (part.content && !part.navigation))) mark({ asks: true, navigation: false })
  }
  for (const node of tree.children) {
    if (node.type === 'yaml') continue
    if (node.type === 'heading' && node !== role && !isAnswerHeading(node)) {
      while (open.length > 0 && (open.at(-1) as Part).heading.depth >= node.depth) close(open.pop() as Part)
      open.push({ heading: node, asks: false, content: false, navigation: true })
      continue
    }
    mark({ asks: blockAsks({ text, node }), navigation: isNavigationBlock(node) })
  }
  while (open.length > 0) close(open.pop() as Part)
  return questionless
}

/**
 * Whether a block outside question headings may ask something: a list item
 * that asks, or a paragraph or HTML block whose first line does (a "Q:",
 * a bold question, a `<summary>` question, or one the reader cannot place,
 * which is then a warning rather than a skipped line).
 */
function blockAsks({ text, node }: { text: string; node: RootContent }): boolean {
  if (node.type === 'paragraph') {
    const firstLine = firstLineOf({ text, node })
    if (firstLine.startsWith('|') && readQuestionTable(sourceOf({ text, node }))?.some((row) => row.asks)) return true
    return questionLabelLength(firstLine) > 0 || isQuestionShaped(firstLine)
  }
  if (node.type === 'html') {
    const [firstLine = ''] = node.value
      .replace(/<[^>]*>/g, '\n')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
    return isQuestionShaped(firstLine)
  }
  if (node.type !== 'list' || isLinkList(node)) return false
  const itemHeadings: Tally = { members: 0, asking: 0, numbered: 0 }
  const items: Tally = { members: 0, asking: 0, numbered: 0 }
  for (const item of node.children) tallyItem({ text, item, itemHeadings, items })
  return itemHeadings.asking > 0 || items.asking > 0
}

function tallyItem({ text, item, itemHeadings, items }: { text: string; item: ListItem; itemHeadings: Tally; items: Tally }): void {
  const [first] = item.children
  if (first?.type === 'heading') {
    itemHeadings.members++
    if (isQuestionShaped(toString(first))) itemHeadings.asking++
  } else if (first?.type === 'paragraph' && !isLinkParagraph(first)) {
    const firstLine = firstLineOf({ text, node: first })
    if (hintLabelLength(firstLine) > 0) return
    items.members++
    if (isQuestionShaped(firstLine)) items.asking++
  }
}

/**
 * Headings deeper than the question headings are answer text. With other
 * question kinds, the headings that stand right over questions give the
 * sections: the shallowest of them and anything above are sections, deeper
 * ones over questions are sub-topics folded into the section above.
 */
function sectionDepth({ text, tree, kind, role }: { text: string; tree: Root; kind: QuestionKind; role: Heading | null }): {
  sectionMaxDepth: number | null
  subTopics: Set<Heading>
  laterGroups: Set<Heading>
} {
  const subTopics = new Set<Heading>()
  const laterGroups = new Set<Heading>()
  if (kind.type === 'heading') return { sectionMaxDepth: kind.depth - 1, subTopics, laterGroups }
  const overQuestions: Heading[] = []
  const parentOf = new Map<Heading, Heading>()
  const open: Heading[] = []
  let heading: Heading | null = null
  for (const node of tree.children) {
    if (node.type === 'heading') {
      if (node === role || isAnswerHeading(node)) continue
      heading = node
      while (open.length > 0 && (open.at(-1) as Heading).depth >= node.depth) open.pop()
      if (open.length > 0) parentOf.set(node, open.at(-1) as Heading)
      open.push(node)
      continue
    }
    if (heading && startsQuestionOfKind({ text, node, kind })) overQuestions.push(heading)
    if (!isQuiet({ text, node })) heading = null
  }
  if (overQuestions.length === 0) return { sectionMaxDepth: null, subTopics, laterGroups }
  const shallowest = Math.min(...overQuestions.map((over) => over.depth))
  const holdsQuestions = new Set(overQuestions)
  for (const over of overQuestions) {
    if (over.depth <= shallowest) continue
    // "#### SRE" after the questions of "### GitOps" is a group of its own; "###### System Questions" opening "### Junior" is a sub-topic.
    const parent = parentOf.get(over)
    if (parent && holdsQuestions.has(parent)) laterGroups.add(over)
    else subTopics.add(over)
  }
  return { sectionMaxDepth: shallowest, subTopics, laterGroups }
}

function startsQuestionOfKind({ text, node, kind }: { text: string; node: RootContent; kind: QuestionKind }): boolean {
  if (kind.type === 'bold') return node.type === 'paragraph' && isBoldLine(firstLineOf({ text, node }))
  if (kind.type === 'details') return (node.type === 'html' && summaryText(node) !== null) || (node.type === 'list' && listAsks({ text, list: node }))
  if (kind.type === 'table') return node.type === 'paragraph' && readQuestionTable(sourceOf({ text, node })) !== null
  if (kind.type === 'labelled') return node.type === 'paragraph' && questionLabelLength(firstLineOf({ text, node })) > 0
  if (node.type !== 'list' || isLinkList(node)) return false
  const first = node.children[0]?.children[0]
  return kind.type === 'item-heading' ? first?.type === 'heading' : first?.type === 'paragraph'
}

/** A list (not of links) with an item that asks: questions where `<details>` blocks are the question kind. */
export function listAsks({ text, list }: { text: string; list: List }): boolean {
  if (isLinkList(list)) return false
  const items: Tally = { members: 0, asking: 0, numbered: 0 }
  for (const item of list.children) tallyItem({ text, item, itemHeadings: { members: 0, asking: 0, numbered: 0 }, items })
  return items.asking > 0 && items.asking * 2 >= items.members
}

/**
 * What a `<details>` block's `<summary>` says, as plain text, when the block
 * opens with one that is not just a label ("Answer", "Show solution"); else null.
 */
export function summaryText(node: Html): string | null {
  // A summary may run on past the block, over a blank line and a list, to its `</summary>`: its first part is the wording.
  const match = /^\s*<details[^>]*>\s*<summary[^>]*>([\s\S]*?)(?:<\/summary>|$)/i.exec(node.value)
  if (!match || isLayoutHtml(node)) return null
  const summary = match[1].replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim()
  return summary === '' ? null : summary
}

/** Whether the heading at `index` has nothing under it but layout HTML and rules before the next heading. */
function holdsNothing({ tree, index }: { tree: Root; index: number }): boolean {
  for (let next = index + 1; next < tree.children.length; next++) {
    const node = tree.children[next]
    if (node.type === 'heading') return true
    if (!((node.type === 'html' && isLayoutHtml(node)) || node.type === 'thematicBreak')) return false
  }
  return true
}

/** Blocks between a section heading and its first question that do not end the section's head. */
function isQuiet({ text, node }: { text: string; node: RootContent }): boolean {
  return node.type === 'html' || node.type === 'thematicBreak' || node.type === 'definition' || (node.type === 'paragraph' && !isBoldLine(firstLineOf({ text, node })))
}

/**
 * The top-most heading is the role when it is the only one at its depth and
 * deeper headings follow or it is a "# " title, or when it reads "X Interview Questions" or as the
 * front matter's role — and it does not itself ask something.
 */
function roleHeading({ headings, frontMatter }: { headings: Heading[]; frontMatter: FrontMatter }): Heading | null {
  const [first] = headings
  if (!first) return null
  const topDepth = Math.min(...headings.map((heading) => heading.depth))
  if (first.depth !== topDepth) return null
  const text = toString(first).trim()
  const readsAsRole =
    parseRoleTitle(text) !== null ||
    (frontMatter.role.title !== null && sameText(text, frontMatter.role.title)) ||
    (frontMatter.role.name !== null && sameText(text, frontMatter.role.name))
  if (readsAsRole) return first
  if (isQuestionShaped(text) || isTableOfContentsTitle(text)) return null
  const onlyAtTop = headings.filter((heading) => heading.depth === topDepth).length === 1
  // A lone "# …" is the document's title, as Markdown writes one, even with no deeper heading under it.
  return onlyAtTop && (first.depth === 1 || headings.some((heading) => heading.depth > topDepth)) ? first : null
}

/** "#### Ответ: D", "### Answer": an answer's own heading, never a section or a question. */
export function isAnswerHeading(node: Heading): boolean {
  const text = toString(node).trim()
  return hintLabelLength(text) > 0 || /^(?:hints?|answers?|ans|guidance|suggested answer|model answer|réponse|respuesta|antwort|ответ|答案)\s*[:：]?$/iu.test(text)
}

/** A whole first line in bold: "**What is ETL?**", "**What is X? 👶**". */
export function isBoldLine(line: string): boolean {
  const match = /^(\*\*|__)(?!\s)(.+?)\1[ \t]*(?:(?:\p{Extended_Pictographic}|\u200d|\ufe0f|[ \t])*)$/u.exec(line)
  return match !== null && !match[2].includes(match[1])
}

/** A block's source text. */
export function sourceOf({ text, node }: { text: string; node: Paragraph }): string {
  return text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0)
}

/** The first line of a block as written (with its Markdown). */
export function firstLineOf({ text, node }: { text: string; node: Paragraph | Html }): string {
  const start = node.position?.start.offset
  if (start === undefined) return ''
  const stop = node.position?.end.offset ?? text.length
  const lineEnd = text.indexOf('\n', start)
  return text.slice(start, lineEnd === -1 ? stop : Math.min(lineEnd, stop)).trim()
}

export function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase()
}
