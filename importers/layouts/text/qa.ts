import type { VFile } from 'vfile'
import { report } from '../../diagnostics'
import { placeQuestion, reportGeneralLevel } from '../../general-level'
import { findDeclaredTotal, isCollectionLine, isTitleLike, parseRoleTitle, readHeader, type DocumentHeader } from '../../header'
import { hintLabelLength, numberedMarker, optionAnswerHint, parseTagsLine, questionLabelLength } from '../../labels'
import { dropPageFurniture } from '../../page-furniture'
import { isQuestionShaped, isTableOfContentsTitle, pointsAtCode, readMarkers } from '../../question-shape'
import type { Bank, BankHint, BankLevel, BankQuestion, SourceRange } from '../../../format/model'
import { lineRange, spanRanges, splitLines, type SourceLine } from '../../source-lines'
import { isSeparatorLine, namedOption, nextLetter, optionMarker, readCodeHeadings, readIdLine } from './multiple-choice'

/**
 * Plain-text question-and-answer documents:
 *
 *     Data Engineer Interview Questions      ← role (optional)
 *     Fundamentals                           ← section: a bare short line before a question
 *     Q1: What is ETL?                       ← "Q:", "Q1:", "1. Q:", "Question 3:"
 *     A1: Extract, transform, load …         ← "A:", "Answer:", "Hint:", "Ans:", "Guidance:"
 *     2. What is ELT?                        ← or numbered questions …
 *     ELT loads raw data first …             ← … with an answer paragraph or list after them
 *     - point one
 *     What is a join? 👶                     ← or a paragraph of its own that asks ("?"), when
 *                                              the document has several: the paragraphs after it
 *     A join combines rows of …                 are its answer (text copied from a web page or PDF)
 *
 * A line reader, like the prepbank-text layout. Answers keep their line
 * breaks and lists; a labelled line starts a further hint.
 */

type HintDraft = { lines: { line: SourceLine; text: string }[]; pendingBlank: boolean; range: SourceRange }
type QuestionDraft = {
  question: BankQuestion
  number: number | null
  /** "Q:" with the wording on the next line. */
  awaitingPrompt: boolean
  hint: HintDraft | null
  /** Number of the last numbered line inside the open answer, to tell answer lists from questions. */
  answerListNumber: number | null
  /** Column where the question line starts, and whether it is a bullet ("•  What is X?"). */
  column: number
  bullet: boolean
  /** The prompt may still go on: a hard-wrapped line, or code the question shows, may follow. */
  promptOpen: boolean
  /** Lines of code (indented under the prompt) that the question shows. */
  details: string[]
  /** Multiple-choice options ("A. …", "b) …") in letter order; null until one is read. */
  options: DraftOption[] | null
  /** The letter of the correct option, as an id line ("T1A01 (C)") or an "Answer: b" line names it, and where. */
  answer: { letter: string; range: SourceRange } | null
}

type DraftOption = { letter: string; text: string; column: number; range: SourceRange }

/** "•  ", "● ", "- ", "* ": a bullet as plain text copied from a web page or PDF writes it. */
function bulletMarker(text: string): number {
  return /^[•●▪◦‣∙*-][ \t\u00a0]+(?=\S)/u.exec(text)?.[0].length ?? 0
}

export function parseQa({ file, text }: { file: VFile; text: string }): Bank {
  const lines = dropPageFurniture({ file, lines: splitLines(text) })
  const words = hyphenatedWords(text)
  const nextContent = nextContentIndexes(lines)
  // Labelled questions rule the document unless they are a few beside many asking items or lines ("سؤال: …" after 120 bullets).
  const labelled = lines.filter((line) => !line.blank && questionLabelLength(line.content) > 0).length
  const paragraphs = findQuestionParagraphs({ lines, words })
  const unlabelledParagraphs = [...paragraphs.keys()].filter((index) => questionLabelLength(lines[index].content) === 0).length
  const usesQuestionLabels = labelled > 0 && labelled >= lines.filter((line) => !line.blank && isAskingItem(line)).length + unlabelledParagraphs
  const questionParagraphs = usesQuestionLabels ? new Map<number, number>() : paragraphs
  const bullets = readBulletLists(lines)
  // A pool of id-line questions ("T1A01 (C) [97.1]") and the code lines over them ("SUBELEMENT T1 - …", "T1A …"); null for other documents.
  const codeHeadings = readCodeHeadings(lines)
  /** Ids given so far: an id is a question's key (re-importing the pool updates the same questions), and a key is one question's. */
  const ids = new Set<string>()
  const asksAsItem = (index: number): boolean => (isAskingItem(lines[index]) && !bullets.amongStatements.has(index)) || bullets.amongQuestions.has(index)

  const levels: BankLevel[] = []
  const preamble: SourceLine[] = []
  const state: {
    level: BankLevel | null
    draft: QuestionDraft | null
    lastNumber: number | null
    /** After an orphan hint, its continuation lines are skipped (the hint was reported once). */
    inOrphan: boolean
    sawQuestionOrSection: boolean
    /** The level made up for questions before any section line. */
    general: BankLevel | null
    /** Section lines so far written "Name:", so a further one is known by that shape even with no question under it. */
    colonSections: number
    /** The code of the section line of a pool ("T1"): a longer code under it ("T1A") is a sub-topic folded into the section. */
    sectionCode: string | null
  } = { level: null, draft: null, lastNumber: null, inOrphan: false, sawQuestionOrSection: false, general: null, colonSections: 0, sectionCode: null }

  const isPlainLine = (line: SourceLine): boolean =>
    !line.blank &&
    questionLabelLength(line.content) === 0 &&
    hintLabelLength(line.content) === 0 &&
    parseTagsLine(line.content) === null

  /** A line that starts a question whatever the state: labelled, numbered, or followed by a hint label. */
  const looksLikeQuestionStart = (index: number): boolean => {
    const line = lines[index]
    if (!line || line.blank) return false
    if (questionLabelLength(line.content) > 0) return true
    if (usesQuestionLabels || !isPlainLine(line)) return false
    if (questionParagraphs.has(index)) return true
    if (line.startColumn === 1 && numberedMarker(line.content) && !bullets.amongStatements.has(index)) return true
    if (asksAsItem(index)) return true
    const next = lines[nextContent[index + 1]]
    return next !== undefined && hintLabelLength(next.content) > 0 && !/^[-*+•]\s/.test(line.content)
  }

  const isQuestionStart = (index: number): boolean => {
    const line = lines[index]
    if (questionLabelLength(line.content) > 0) return true
    if (usesQuestionLabels || !isPlainLine(line)) return false
    if (questionParagraphs.has(index)) return true
    const draft = state.draft
    // "•  What is X?" / "  1. What is X?": a bullet or indented number that asks, no deeper than the question before.
    if (asksAsItem(index) && (!draft || line.startColumn <= draft.column)) {
      const item = bulletMarker(line.content) > 0 ? null : numberedMarker(line.content)
      // A bullet follows a bullet question; an indented number goes on with the numbering.
      if (item === null && (!draft || draft.bullet || !draft.hint)) return true
      if (item !== null && line.startColumn > 1 && (!draft || !draft.hint || draft.number === null || item.number === draft.number + 1)) return true
    }
    const numbered = line.startColumn === 1 && !bullets.amongStatements.has(index) ? numberedMarker(line.content) : null
    if (numbered) {
      if (!draft) return true
      const asks = line.content.endsWith('?')
      const expected = draft.number !== null && numbered.number === draft.number + 1
      if (draft.hint && draft.answerListNumber !== null && numbered.number === draft.answerListNumber + 1) return expected && asks
      return draft.number === null ? asks : expected
    }
    // "What is X?" followed by "Hint: …", after a blank line (not inside an answer paragraph).
    const previous = lines[index - 1]
    const next = lines[nextContent[index + 1]]
    return (
      (previous === undefined || previous.blank || !state.draft) &&
      next !== undefined &&
      hintLabelLength(next.content) > 0 &&
      !/^[-*+•]\s/.test(line.content)
    )
  }

  /** A bare short line (no number, label or terminal punctuation) followed by a question. */
  const isSectionLine = (index: number): boolean => {
    const line = lines[index]
    if (!isPlainLine(line) || /^[-*+•●>]\s/.test(line.content)) return false
    // "Basic Level:" and "Chapter 1. Basics" are section lines too.
    const name = sectionName(line.content)
    if (numberedMarker(name) || !isTitleLike(name) || name.length > 60 || name.split(/\s+/).length > 6) return false
    // "Sigmod(x) = 1/(1+e^{-x})" under an answer is a formula, not a section name.
    if (/[?=<>{}^|;]/.test(name) || /^\p{Ll}/u.test(name)) return false
    // "Steps:" right under answer text introduces a list; "Basic Level:" after a blank line is a section.
    if (/[:：]$/.test(line.content) && index > 0 && !lines[index - 1].blank) return false
    if (!state.sawQuestionOrSection && (parseRoleTitle(line.content) !== null || isCollectionLine(line.content))) return false
    // A group line over a section line ("Senior Level" over "FastAPI") is a section of its own (and empty).
    const next = nextContent[index + 1]
    // "Contributors:" after sections named "HTML questions:", "CSS questions:": a section of the same shape (it ends the questions above).
    const colonSibling = /[:：]$/.test(line.content) && state.colonSections >= 2 && index > 0 && lines[index - 1].blank
    if (
      !colonSibling &&
      !looksLikeQuestionStart(next) &&
      !(state.sawQuestionOrSection && lines[next] && isPlainLine(lines[next]) && isTitleLike(lines[next].content) && looksLikeQuestionStart(nextContent[next + 1]))
    )
      return false
    // Inside an answer (or an orphan hint) only a line after a blank one, or a Title Case one, opens a section.
    const previous = lines[index - 1]
    const continuesText = Boolean(state.draft?.hint) || state.inOrphan
    // Without a blank line before it, a section line still stands apart after it ("ETag" inside a copied list of headers does not).
    return !continuesText || previous === undefined || previous.blank || (isTitleCase(line.content) && (lines[index + 1]?.blank ?? true))
  }

  const closeQuestion = (): void => {
    const draft = state.draft
    if (!draft) return
    closeHint({ file, draft, words })
    closeOptions({ file, draft })
    state.draft = null
    const placed = placeQuestion({ file, question: draft.question, level: state.level, levels, what: 'question label' })
    if (!placed) return
    state.level = placed.level
    state.general = placed.general ?? state.general
    state.level.position = spanRanges(state.level.position, draft.question.position)
  }

  const startSection = ({ name, line }: { name: string; line: SourceLine }): void => {
    state.level = { name, slug: null, rank: null, declaredCount: null, questions: [], position: lineRange(line) }
    levels.push(state.level)
  }

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    const draft = state.draft

    if (line.blank) {
      if (draft?.hint) draft.hint.pendingBlank = true
      continue
    }

    // A pool: "T1A01 (C) [97.1]" opens a question whose wording is on the next line and whose correct option is C.
    const idLine = codeHeadings ? readIdLine(line.content) : null
    if (idLine) {
      closeQuestion()
      state.inOrphan = false
      state.sawQuestionOrSection = true
      const repeated = ids.has(idLine.id)
      if (repeated) {
        report({
          file,
          severity: 'warning',
          ruleId: 'duplicate-id',
          reason: `The id "${idLine.id}" is given to a question above already; this one is imported without it`,
          place: lineRange(line),
        })
      }
      ids.add(idLine.id)
      state.draft = {
        question: { key: repeated ? null : idLine.id, prompt: null, hints: [], tags: [], position: lineRange(line) },
        number: null,
        awaitingPrompt: true,
        hint: null,
        answerListNumber: null,
        column: line.startColumn,
        bullet: false,
        promptOpen: false,
        details: [],
        options: null,
        answer: { letter: idLine.answer, range: lineRange(line) },
      }
      continue
    }
    // "SUBELEMENT T1 - COMMISSION’S RULES" over "T1A Purpose and …" over "T1A01": the shortest code is the section, a longer one under it a sub-topic.
    const heading = codeHeadings?.get(index)
    if (heading) {
      closeQuestion()
      state.inOrphan = false
      state.sawQuestionOrSection = true
      if (state.level && state.sectionCode !== null && heading.code.startsWith(state.sectionCode) && heading.code !== state.sectionCode) {
        report({
          file,
          severity: 'info',
          ruleId: 'folded-heading',
          reason: `"${heading.name}" groups questions inside section "${state.level.name}"; they are imported into it`,
          place: lineRange(line),
        })
        continue
      }
      state.sectionCode = heading.code
      startSection({ name: heading.name, line })
      continue
    }
    // "~~", "-----": a line between two questions ends the answer before it and is nothing of its own.
    if (isSeparatorLine(line.content)) {
      if (draft) closeHint({ file, draft, words })
      continue
    }

    if (isQuestionStart(index) && !(draft?.awaitingPrompt === true && questionLabelLength(line.content) === 0)) {
      closeQuestion()
      state.inOrphan = false
      state.sawQuestionOrSection = true
      const labelLength = questionLabelLength(line.content)
      const bullet = labelLength === 0 ? bulletMarker(line.content) : 0
      const numbered = labelLength === 0 && bullet === 0 && line.startColumn <= 5 ? numberedMarker(line.content) : null
      const offset = labelLength || bullet || numbered?.length || 0
      // A question paragraph hard-wrapped over several lines is one prompt.
      const paragraphEnd = questionParagraphs.get(index) ?? index
      const marked = readMarkers(joinWrappedLines({ texts: [line.content.slice(offset), ...lines.slice(index + 1, paragraphEnd + 1).map((next) => next.content)], words }))
      const prompt = marked.text
      state.draft = {
        question: {
          key: null,
          prompt: prompt === '' ? null : prompt,
          hints: [],
          tags: marked.tags,
          position: spanRanges(lineRange(line), lineRange(lines[paragraphEnd])),
        },
        number: numbered?.number ?? questionNumber(line.content),
        awaitingPrompt: prompt === '',
        hint: null,
        answerListNumber: null,
        column: line.startColumn,
        bullet: bullet > 0,
        promptOpen: bullet > 0 || line.startColumn > 1,
        details: [],
        options: null,
        answer: null,
      }
      index = paragraphEnd
      continue
    }

    // "A. …", "b) …" in letter order under the wording (and the code it shows), before any answer: the options.
    if (draft && !draft.hint && !draft.awaitingPrompt && draft.question.prompt !== null) {
      const option = optionMarker(line.content)
      const expected = draft.options ? nextLetter(draft.options[draft.options.length - 1].letter) : 'A'
      // The first option ("A. Lincoln …" may be an answer) counts only with a second after it.
      const followed = draft.options !== null || optionMarker(lines[nextContent[index + 1]]?.content ?? '')?.letter === 'B'
      if (option && option.letter === expected && followed) {
        draft.options = [...(draft.options ?? []), { letter: option.letter, text: line.content.slice(option.length).trim(), column: line.startColumn, range: lineRange(line) }]
        extendQuestion({ draft, line })
        continue
      }
      // An option hard-wrapped over two lines: its rest is indented under it, or goes on in lower case.
      const last = draft.options?.[draft.options.length - 1]
      if (last && !option && !lines[index - 1].blank && hintLabelLength(line.content) === 0 && (line.startColumn > last.column || /^\p{Ll}/u.test(line.content))) {
        last.text = joinWrapped({ before: last.text, after: line.content, words })
        last.range.end = { line: line.line, column: line.endColumn }
        extendQuestion({ draft, line })
        continue
      }
    }

    // "What is the value of foo?" and then "var foo = 10 + '20';": code a question points at is what it shows, not its answer.
    if (draft && !draft.hint && draft.question.prompt !== null && isCodeShaped(line.content) && (draft.details.length > 0 || pointsAtCode(draft.question.prompt))) {
      draft.details.push(line.text)
      draft.question.details = dedent(draft.details)
      extendQuestion({ draft, line })
      continue
    }

    // "1. What is an index, and when does it slow down" / "   writes?": a numbered prompt cut mid-sentence at the margin.
    const previousLine = lines[index - 1]
    if (
      draft &&
      !draft.hint &&
      !draft.promptOpen &&
      draft.number !== null &&
      draft.details.length === 0 &&
      draft.question.prompt !== null &&
      !previousLine.blank &&
      line.startColumn > draft.column &&
      /^\p{Ll}/u.test(line.content) &&
      !/[?？؟.!:：。]$/u.test(draft.question.prompt)
    ) {
      draft.question.prompt = joinWrapped({ before: draft.question.prompt, after: readMarkers(line.content).text, words }).trim()
      extendQuestion({ draft, line })
      continue
    }

    // Under a bullet or indented question: its hard-wrapped rest, or the code it shows (indented deeper still).
    if (draft?.promptOpen && !draft.hint && line.startColumn > draft.column && hintLabelLength(line.content) === 0) {
      const contentColumn = draft.column + 3
      const previous = lines[index - 1]
      if (line.startColumn >= contentColumn + 3 || draft.details.length > 0) {
        draft.details.push(line.text)
        draft.question.details = dedent(draft.details)
        extendQuestion({ draft, line })
        continue
      }
      const item = bulletMarker(line.content) > 0 || numberedMarker(line.content) !== null
      if (!previous.blank && !item && draft.question.prompt !== null && !/[?？؟]$/u.test(draft.question.prompt)) {
        draft.question.prompt = joinWrapped({ before: draft.question.prompt, after: readMarkers(line.content).text, words }).trim()
        extendQuestion({ draft, line })
        continue
      }
    }
    if (draft) draft.promptOpen = false

    if (draft?.awaitingPrompt) {
      draft.question.prompt = line.content
      draft.question.position.end = { line: line.line, column: line.endColumn }
      draft.awaitingPrompt = false
      continue
    }

    if (isSectionLine(index)) {
      closeQuestion()
      state.inOrphan = false
      state.sawQuestionOrSection = true
      state.level = {
        name: sectionName(line.content),
        slug: null,
        rank: null,
        declaredCount: null,
        questions: [],
        position: lineRange(line),
      }
      levels.push(state.level)
      if (/[:：]$/.test(line.content)) state.colonSections++
      continue
    }

    // "• Answer: …": a bullet in front of the label is part of the label.
    const labelBullet = draft ? bulletMarker(line.content) : 0
    const labelLength = hintLabelLength(line.content.slice(labelBullet)) > 0 ? labelBullet + hintLabelLength(line.content.slice(labelBullet)) : 0
    if (labelLength > 0) {
      if (!draft) {
        report({
          file,
          severity: 'warning',
          ruleId: 'orphan-hint',
          reason: 'This hint has no question before it and was not imported',
          place: lineRange(line),
        })
        state.inOrphan = true
        continue
      }
      closeHint({ file, draft, words })
      const column = line.startColumn + labelLength
      draft.hint = {
        lines: [{ line, text: line.content.slice(labelLength) }],
        pendingBlank: false,
        range: lineRange(line, column > line.endColumn ? line.startColumn : column),
      }
      draft.answerListNumber = null
      extendQuestion({ draft, line })
      continue
    }

    const tags = draft ? parseTagsLine(line.content) : null
    if (draft && tags) {
      closeHint({ file, draft, words })
      draft.question.tags = [...new Set([...draft.question.tags, ...tags])]
      extendQuestion({ draft, line })
      continue
    }

    if (draft) {
      if (draft.hint) {
        // "Answer:" alone on its line: the hint starts where its text does.
        if (draft.hint.lines.length === 1 && draft.hint.lines[0].text.trim() === '') {
          draft.hint.range.start = { line: line.line, column: line.startColumn }
        }
        if (draft.hint.pendingBlank) draft.hint.lines.push({ line, text: '' })
        draft.hint.pendingBlank = false
        draft.hint.lines.push({ line, text: line.text })
        draft.hint.range.end = { line: line.line, column: line.endColumn }
      } else {
        // An answer paragraph or list right after the question, without a label.
        draft.hint = { lines: [{ line, text: line.text }], pendingBlank: false, range: lineRange(line) }
      }
      const numbered = line.startColumn === 1 ? numberedMarker(line.content) : null
      if (numbered) draft.answerListNumber = numbered.number
      extendQuestion({ draft, line })
      continue
    }

    if (state.inOrphan) continue
    if (!state.sawQuestionOrSection) {
      preamble.push(line)
      continue
    }
    report({
      file,
      severity: 'warning',
      ruleId: 'unplaced-line',
      reason: 'This line belongs to no question and was not imported',
      place: lineRange(line),
    })
  }
  closeQuestion()

  const { header, summary, placed } = readPreamble({ lines, preamble, words })
  for (const line of preamble.filter((line) => !placed.has(line))) {
    report({
      file,
      severity: 'warning',
      ruleId: 'unplaced-line',
      reason: 'This line comes before the first question and is neither the role nor a summary; it was not imported',
      place: lineRange(line),
    })
  }

  reportGeneralLevel({ file, levels, general: state.general, sectionWord: 'line' })

  // Prose in which nothing asks (a licence, notes, a page of instructions) is refused as a whole; a bank
  // that says it is one ("X Interview Questions", a promised total, section lines) but is empty is `no-questions`.
  const saysItIsABank = levels.length > 0 || header.summary?.declaredTotal || (header.role && parseRoleTitle(header.role.line.content) !== null)
  if (!saysItIsABank && !levels.some((level) => level.questions.length > 0) && lines.some((line) => !line.blank)) {
    report({
      file,
      severity: 'error',
      ruleId: 'not-a-bank',
      reason: 'This document is not a question bank: no line or paragraph in it asks a question ("…?", "Q:", a numbered or bulleted question)',
      place: { line: 1, column: 1 },
    })
  }

  return {
    layout: 'qa',
    collection: header.collection?.content ?? null,
    role: {
      name: header.role?.name ?? '',
      slug: null,
      title: header.role?.line.content ?? null,
      summary,
      declaredTotal: header.summary?.declaredTotal?.value ?? null,
    },
    levels,
  }
}

/**
 * The lines before the first question or section: the header (collection,
 * role, the summary line; see header.ts), and the summary as a reader takes
 * it in, in whatever language: the intro's prose after the title. Read by
 * paragraphs, lines next to each other in the source:
 *
 * - A paragraph of prose hard-wrapped over several lines (a PDF or a narrow
 *   page breaks its sentences: one of its lines at least is no title-like
 *   line, and none is a role title or promises a total) is one line to the
 *   header, so its first line ("Diese Sammlung enthält Fragen, die wir für")
 *   is not taken for a title.
 * - The summary is the summary line (its whole paragraph when that is wrapped
 *   prose), then every further paragraph of prose up to the first line that
 *   stands alone like a heading ("Contents", "[⬆] Authors": what follows it is
 *   that part's). A paragraph is prose when it is a sentence on a line of its
 *   own or wrapped prose, and does not lead into a list ("Legend:" over items).
 *   Paragraphs are joined by a blank line, wrapped lines into one.
 * - A page's metadata table ("title layout rtl permalink lang" and the row
 *   under it), a "Contents" line and list items are neither role nor summary.
 */
function readPreamble({ lines, preamble, words }: { lines: SourceLine[]; preamble: SourceLine[]; words: ReadonlySet<string> }): {
  header: DocumentHeader
  summary: string | null
  /** The preamble lines that went into the header or the summary. */
  placed: Set<SourceLine>
} {
  const metadataRows = preamble.length > 1 && /^[a-z][a-z_-]*(?:[ \t]+[a-z][a-z_-]*){2,}$/.test(preamble[0].content) ? 2 : 0
  const isItem = (line: SourceLine): boolean => bulletMarker(line.content) > 0 || numberedMarker(line.content) !== null
  // Where each line of the preamble (and the one after it) stands, to tell lines next to each other; the rest of a large document is not indexed.
  const end = preamble.length > 0 ? lines.indexOf(preamble[preamble.length - 1]) + 2 : 0
  const indexOf = new Map(lines.slice(0, end).map((line, index) => [line, index]))
  const paragraphs: SourceLine[][] = []
  for (const line of preamble.slice(metadataRows)) {
    const last = paragraphs.at(-1)?.at(-1)
    const joins = last !== undefined && !isItem(line) && !isItem(last) && indexOf.get(line) === (indexOf.get(last) ?? -2) + 1
    if (joins) paragraphs.at(-1)?.push(line)
    else paragraphs.push([line])
  }
  const joined = (paragraph: SourceLine[]): string =>
    joinWrappedLines({ texts: paragraph.map((line) => line.content), words })
  const isWrappedProse = (paragraph: SourceLine[]): boolean =>
    paragraph.length > 1 &&
    paragraph.some((line) => !isTitleLike(line.content)) &&
    paragraph.every((line) => parseRoleTitle(line.content) === null && findDeclaredTotal(line.content) === null)

  // The header reads one line per unit: a wrapped paragraph as a whole, other lines one by one.
  const units = paragraphs.flatMap((paragraph) =>
    isWrappedProse(paragraph) ? [{ line: { ...paragraph[0], content: joined(paragraph) }, paragraph }] : paragraph.map((line) => ({ line, paragraph: [line] })),
  )
  const headerUnits = units.filter(({ line }) => !isTableOfContentsTitle(line.content) && !isItem(line))
  const header = readHeader({ lines: headerUnits.map(({ line }) => line) })
  const placed = new Set(headerUnits.slice(0, header.consumed).flatMap(({ line, paragraph }) => (header.unplaced.includes(line) ? [] : paragraph)))

  const start = headerUnits[header.summary ? header.consumed - 1 : header.consumed]?.paragraph[0]
  const from = start ? paragraphs.findIndex((paragraph) => paragraph.includes(start)) : paragraphs.length
  const texts: string[] = []
  for (const [order, whole] of paragraphs.slice(from).entries()) {
    const isSummaryParagraph = order === 0 && header.summary !== null
    // The summary line: its whole paragraph when that is wrapped prose, else itself (it may close the collection and role lines).
    const paragraph = isSummaryParagraph && !isWrappedProse(whole) ? whole.filter((line) => line === start) : whole
    const [only] = paragraph
    if (!isSummaryParagraph && paragraph.length === 1 && (isTableOfContentsTitle(only.content) || isTitleLike(sectionName(only.content)))) break
    const last = paragraph[paragraph.length - 1]
    const next = lines[(indexOf.get(last) ?? lines.length) + 1]
    const leadsIntoList = /[:：]$/.test(last.content) && next !== undefined && isItem(next)
    const prose = paragraph.length === 1 ? !isItem(only) && !isTitleLike(only.content) : isWrappedProse(paragraph)
    if (!isSummaryParagraph && (leadsIntoList || !prose)) continue
    for (const line of paragraph) placed.add(line)
    texts.push(joined(paragraph))
  }
  return { header, summary: texts.length > 0 ? texts.join('\n\n') : null, placed }
}

function closeHint({ file, draft, words }: { file: VFile; draft: QuestionDraft; words: ReadonlySet<string> }): void {
  const hint = draft.hint
  if (!hint) return
  draft.hint = null
  let text = hintText({ hint, words })
  // "Answer: b" under lettered options marks b: the option is the answer hint (closeOptions); what the line says beyond it is a hint of its own.
  const named = draft.options ? namedOption({ text, options: draft.options }) : null
  if (named) {
    draft.answer = { letter: named.option.letter, range: hint.range }
    if (named.rest === '') return
    text = named.rest
  }
  if (text === '') {
    report({
      file,
      severity: 'warning',
      ruleId: 'empty-hint',
      reason: 'This hint label has no text after it',
      place: hint.range,
    })
    return
  }
  const bankHint: BankHint = { text, position: hint.range }
  draft.question.hints.push(bankHint)
}

/**
 * The options of a multiple-choice question, the one its answer names ("T1A01 (C)", "Answer: b") marked
 * and given as its first hint, "Answer: C. …", as Aiken's are.
 */
function closeOptions({ file, draft }: { file: VFile; draft: QuestionDraft }): void {
  const { options, answer } = draft
  const correct = answer && options ? options.find((option) => option.letter === answer.letter) : undefined
  if (answer && !correct) {
    report({
      file,
      severity: 'warning',
      ruleId: 'unmatched-answer',
      reason: `The answer "${answer.letter}" names no option of this question${options ? '' : ' (it has no "A." … lines)'}; no option is marked`,
      place: answer.range,
    })
  }
  if (!options) return
  draft.question.options = options.map((option) => ({ text: option.text, correct: option === correct }))
  if (correct && answer) draft.question.hints.unshift({ text: optionAnswerHint(correct), position: answer.range })
}

/** The hint's lines with the label gone, the common indentation of further lines removed, and blank runs kept as one. */
function hintText({ hint, words }: { hint: HintDraft; words: ReadonlySet<string> }): string {
  const [first, ...rest] = hint.lines
  const indents = rest.filter(({ text }) => text !== '').map(({ text }) => text.length - text.trimStart().length)
  const indent = indents.length > 0 ? Math.min(...indents) : 0
  const texts = [first.text.trim(), ...rest.map(({ text }) => text.slice(indent))]
  while (texts.length > 0 && texts[0] === '') texts.shift()
  while (texts.length > 0 && texts.at(-1) === '') texts.pop()
  // "exam-" at the end of a line and "ple" on the next: a word a PDF broke at the margin, one word again.
  const joined = texts.join('\n')
  if (!joined.includes('-\n')) return joined
  return joined.replace(marginHyphen, (whole, head: string, tail: string) => (keepsHyphen({ head, tail, words }) ? `${head}-${tail}` : `${head}${tail}`))
}

/**
 * A word or compound cut at a line end by a hyphen, and the start of the next
 * line: "exam-" + "ple", "state-of-the-" + "art". The look-behind starts a
 * match only at the start of a word, so a long token is not scanned again
 * from each of its letters.
 */
const marginHyphen = /(?<![\p{L}\p{N}-])([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)-\n[ \t]*(\p{L}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*)/gu

/** Longer than any word or compound a line end breaks: how much of the text before a break is read. */
const maxBrokenWord = 100

/** How two hard-wrapped pieces of one text meet: with a space, or, at a word broken at the margin ("exam-" + "ple"), with its hyphen or without it. */
function marginJoin({ before, after, words }: { before: string; after: string; words: ReadonlySet<string> }): 'space' | 'keep' | 'drop' {
  // Only the end of `before` is read.
  const head = before.endsWith('-') ? /(?<![\p{L}\p{N}-])[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?=-$)/u.exec(before.slice(-maxBrokenWord))?.[0] : undefined
  const tail = /^\p{L}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*/u.exec(after)?.[0]
  if (head === undefined || tail === undefined) return 'space'
  return keepsHyphen({ head, tail, words }) ? 'keep' : 'drop'
}

/** Two hard-wrapped pieces of one text as one: a word broken at the margin ("exam-" + "ple") is one word again, with its hyphen or without. */
function joinWrapped({ before, after, words }: { before: string; after: string; words: ReadonlySet<string> }): string {
  const join = marginJoin({ before, after, words })
  return join === 'space' ? `${before} ${after}` : join === 'keep' ? `${before}${after}` : `${before.slice(0, -1)}${after}`
}

/** Hard-wrapped lines of one text as one line; each break is judged by the two lines around it, so a long paragraph is read once. */
function joinWrappedLines({ texts, words }: { texts: string[]; words: ReadonlySet<string> }): string {
  const parts: string[] = []
  for (const [index, text] of texts.entries()) {
    const join = index === 0 ? 'keep' : marginJoin({ before: texts[index - 1], after: text, words })
    if (join === 'drop') parts[parts.length - 1] = parts[parts.length - 1].slice(0, -1)
    parts.push(join === 'space' ? ` ${text}` : text)
  }
  return parts.join('')
}

/**
 * Whether a hyphen at a line end is the text's own ("vice-" + "versa",
 * "e-" + "mail", "state-of-the-" + "art") rather than one a typesetter put
 * at the margin to break a word ("exam-" + "ple"). As PDF-to-text tools do
 * it, in this order, each step linear in the text:
 *
 * 1. What a typesetter cannot have made: it breaks a single word of letters,
 *    leaving at least two on either side (TeX's \lefthyphenmin and
 *    \righthyphenmin are at least 2 in every language, word processors and
 *    browsers default to 2), and only in scripts it hyphenates (Arabic,
 *    Hebrew and CJK text is never hyphenated). A part that is already a
 *    compound, carries a digit, has one letter, or is in another script keeps it.
 * 2. The document's own spelling: the word written whole elsewhere is joined,
 *    the compound written elsewhere keeps its hyphen.
 * 3. With no such evidence, the shape of the parts: a capital after the
 *    hyphen ("non-" + "English", "EU-" + "Staaten") or an acronym before it
 *    ("HTTP-" + "based"), or a first or last part that forms hyphenated
 *    compounds rather than ending or starting a word ("vice-", "self-",
 *    "well-"; "-up", "-based", "-oriented"; Russian "-либо", "-нибудь").
 *
 * Anything else is joined, as typeset text hyphenates.
 */
function keepsHyphen({ head, tail, words }: { head: string; tail: string; words: ReadonlySet<string> }): boolean {
  const first = /[\p{L}\p{N}]+$/u.exec(head)?.[0] ?? ''
  const last = /^[\p{L}\p{N}]+/u.exec(tail)?.[0] ?? ''
  if (first !== head || last !== tail) return true
  if (!hyphenatedScript.test(first) || !hyphenatedScript.test(last) || first.length < 2 || last.length < 2) return true
  const joined = `${first}${last}`.toLowerCase()
  if (words.has(joined)) return false
  if (words.has(`${first}-${last}`.toLowerCase())) return true
  if (/^\p{Lu}/u.test(last) || /^\p{Lu}{2,}$/u.test(first)) return true
  return compoundFirstParts.has(first.toLowerCase()) || compoundLastParts.has(last.toLowerCase())
}

/** Letters of the scripts typesetters hyphenate (no digits). */
const hyphenatedScript = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}]+$/u

/**
 * Words that stand before a hyphen in compounds ("vice-versa", "self-taught",
 * "well-known", "half-open", "кое-что") and are not the first syllables of
 * common words ("ex-" is left out: "ex-" + "ample").
 */
const compoundFirstParts: ReadonlySet<string> = new Set(['vice', 'self', 'well', 'half', 'quasi', 'кое'])

/**
 * Words that stand after a hyphen in compounds ("follow-up", "built-in",
 * "add-on", "trade-off", "drop-down", "server-side", "thread-safe",
 * "low-level", "connection-oriented", "peut-être", "что-либо", "как-нибудь")
 * and are not the last syllables of common words: "up", "in" and "on" have
 * two letters, fewer than English hyphenation leaves on a new line (TeX's 3).
 */
const compoundLastParts: ReadonlySet<string> = new Set([
  'up',
  'in',
  'on',
  'off',
  'down',
  'based',
  'free',
  'driven',
  'oriented',
  'aware',
  'specific',
  'level',
  'side',
  'safe',
  'être',
  'либо',
  'нибудь',
  'таки',
])

/** Every word and hyphenated compound the text writes on one line, in lower case. */
function hyphenatedWords(text: string): Set<string> {
  // Only a text with a word broken at a line end needs its vocabulary.
  if (!/[\p{L}\p{N}]-\n[ \t]*\p{L}/u.test(text)) return new Set()
  return new Set(text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? [])
}

/**
 * Bullets that ask but stand in a list whose other items do not ("• Legend:
 * 👶 easy", "• Do you know the answers? Please create a PR", "• The list is
 * based on …"): the list is prose about the document, not its questions. A
 * list is its bullets at one column up to a blank line or a shallower line.
 */
function readBulletLists(lines: SourceLine[]): { amongStatements: Set<number>; amongQuestions: Set<number> } {
  const quiet = new Set<number>()
  // And the other way round: "• Make this work:" in a list of questions is one of them.
  const siblings = new Set<number>()
  for (let start = 0; start < lines.length; start++) {
    // One list is items of one kind: "1)" questions with "-" points under them are two.
    const kindOf = (line: SourceLine): string | null => (bulletMarker(line.content) > 0 ? 'bullet' : numberedMarker(line.content) !== null ? 'number' : null)
    const kind = kindOf(lines[start])
    if (kind === null) continue
    const column = lines[start].startColumn
    const items: number[] = []
    let end = start
    for (; end < lines.length && !lines[end].blank && lines[end].startColumn >= column; end++) {
      if (lines[end].startColumn === column) {
        if (kindOf(lines[end]) !== kind) break
        items.push(end)
      }
    }
    start = end - 1
    const asking = new Set(items.filter((index) => isAskingItem(lines[index])))
    // A list of statements: its asking items, and its numbered ones (a table of contents "1. Basics"), are no questions.
    if (items.length >= minimumListItems && asking.size * 2 < items.length) {
      for (const index of items) if (asking.has(index) || numberedMarker(lines[index].content) !== null) quiet.add(index)
    }
    else if (asking.size >= 3) for (const index of items) siblings.add(index)
  }
  return { amongStatements: quiet, amongQuestions: siblings }
}

/** A line of code as a page copies it out, without its indentation: it ends in ";", a brace or a call, or opens with a closing bracket. */
function isCodeShaped(text: string): boolean {
  return /(?:[;{}]|\w\([^()]*\))\s*(?:\/\/.*)?$/u.test(text) || /^[})\]]/.test(text)
}

/** Lists shorter than this are too short to tell statements from questions by their siblings. */
const minimumListItems = 3

/** Paragraphs this long or longer are text, not a question standing on its own. */
const maxQuestionParagraphLines = 3
const maxQuestionParagraphLength = 300

/**
 * Paragraphs of plain prose (no label, number or bullet) that ask ("…?",
 * "…？", "…؟", a difficulty marker after it allowed), are short, and stand
 * between blank lines: the questions of a page copied as text, where the
 * bold or heading that marked them is gone. Only when a document has several
 * (a single one may be a sentence of an answer). Index of the first line →
 * index of the last; one pass over the lines.
 */
function findQuestionParagraphs({ lines, words }: { lines: SourceLine[]; words: ReadonlySet<string> }): Map<number, number> {
  const paragraphs = new Map<number, number>()
  for (let start = 0; start < lines.length; start++) {
    if (lines[start].blank || (start > 0 && !lines[start - 1].blank)) continue
    let end = start
    while (end + 1 < lines.length && !lines[end + 1].blank) end++
    const first = start
    const paragraph = lines.slice(first, end + 1)
    start = end
    const prose = paragraph.every(
      (line) =>
        line.startColumn === 1 &&
        bulletMarker(line.content) === 0 &&
        numberedMarker(line.content) === null &&
        hintLabelLength(line.content) === 0 &&
        parseTagsLine(line.content) === null,
    )
    if (!prose) continue
    // A list copied from a web page loses its markers: one item a line, unwrapped. Its lines that ask are the questions.
    // "What is srcset for? Describe how …": a question mark inside a line asks too.
    // A short Title Case name ("Do Not Track", "Cache-Control") is an item of a list, not a question.
    const asks = (line: SourceLine): boolean =>
      /^[^\p{Ll}]/u.test(line.content) &&
      (isQuestionShaped(line.content) || /[?？؟]\s+\S/u.test(line.content)) &&
      !(isTitleCase(line.content) && !/[?？؟.:：]$/u.test(line.content) && line.content.split(/\s+/).length <= 4)
    const asking = paragraph.flatMap((line, offset) => (asks(line) ? [first + offset] : []))
    // Nested items lose their indentation too ("Cache-Control" under "Describe these headers:"), so one line in three asking is enough.
    if (paragraph.length > 1 && asking.length >= minimumQuestionParagraphs && asking.length * 3 >= paragraph.length) {
      for (const index of asking) paragraphs.set(index, index)
      continue
    }
    if (paragraph.length > maxQuestionParagraphLines) continue
    const text = joinWrappedLines({ texts: paragraph.map((line) => line.content), words })
    if (text.length > maxQuestionParagraphLength) continue
    // "Precision-recall trade-off ⭐️": a line carrying the difficulty marker the questions carry is one of them.
    const marked = readMarkers(text)
    // "How can this code be optimised? (Several answers are possible)": it asks, then says more.
    const asksThenSays = /^[^\p{Ll}]/u.test(text) && /[?？؟]\s+\S/u.test(text)
    if (/[?？؟]$/u.test(marked.text) || asksThenSays || (paragraph.length === 1 && marked.tags.length > 0 && /\p{Extended_Pictographic}/u.test(text))) paragraphs.set(first, end)
  }
  return paragraphs.size >= minimumQuestionParagraphs ? paragraphs : new Map()
}

/** A document whose questions are bare paragraphs has many; fewer may be sentences of answers. */
const minimumQuestionParagraphs = 3

function extendQuestion({ draft, line }: { draft: QuestionDraft; line: SourceLine }): void {
  draft.question.position.end = { line: line.line, column: line.endColumn }
}

/** Index of the next non-blank line at or after each index (lines.length when none). */
function nextContentIndexes(lines: SourceLine[]): number[] {
  const next = new Array<number>(lines.length + 1)
  next[lines.length] = lines.length
  for (let index = lines.length - 1; index >= 0; index--) next[index] = lines[index].blank ? next[index + 1] : index
  return next
}

/** "Basic Level:" → "Basic Level"; "Chapter 1. Basics" → "Basics". */
function sectionName(text: string): string {
  // "[⬆] General Questions:": the back-to-top link a copied heading starts with is no part of its name.
  const name = text.replace(/^\[?[⬆↑⇧]\]?\s*/u, '').replace(/\s*[:：]$/, '').trim()
  const titled = /^(?:chapter|part|section|chapitre|kapitel|capítulo|глава|раздел)\s+[\dIVXLC]+[.:)]\s*(\S.*)$/iu.exec(name)
  return titled ? titled[1] : name
}

/** A bullet or numbered line (any indentation) whose text asks something. */
function isAskingItem(line: SourceLine): boolean {
  const bullet = bulletMarker(line.content)
  const numbered = bullet === 0 ? numberedMarker(line.content) : null
  if (bullet === 0 && !numbered) return false
  return isQuestionShaped(line.content.slice(bullet || numbered?.length || 0))
}

/** Lines with their common indentation taken off. */
function dedent(texts: string[]): string {
  const indent = Math.min(...texts.filter((text) => text.trim() !== '').map((text) => text.length - text.trimStart().length))
  return texts.map((text) => text.slice(indent)).join('\n')
}

function questionNumber(text: string): number | null {
  const match = /^(?:(\d{1,4})\s*[.)]\s*)?(?:\*\*|__)?\s*(?:q|question)\s*(\d{1,6})?/i.exec(text)
  const number = match?.[1] ?? match?.[2]
  return number === undefined ? null : Number(number)
}

function isTitleCase(text: string): boolean {
  return text.split(/\s+/).every((word) => !/^\p{Ll}/u.test(word) || word.length < 4)
}
