import { isQuestionShaped } from '../../question-shape'

/**
 * A pipe table whose rows are questions (GFM tables are not parsed here, so a
 * table comes as a paragraph of "| … |" lines):
 *
 *     | Questions | Answers |               ← header: names the columns
 *     |-----------|---------|
 *     | **What is X?** | X is … |           ← one question a row, its answer beside it
 *
 * The question column is the one its header names ("Question", "Q", "问题",
 * "Frage"…) or else the one whose cells ask most; the answer column is the
 * one named "Answer"… or else the next one. A table is one of questions when
 * at least half of its rows ask in that column; links to questions (a table
 * of contents) do not ask.
 */

export type QuestionTableRow = {
  /** Line of the row within the table, from 0 (the header). */
  line: number
  question: TableCell
  answer: TableCell | null
  /** Whether the question cell asks ("?", "What…"); its siblings in the column are questions too. */
  asks: boolean
}

/** A cell's text (trimmed, "\|" unescaped) and where it starts and ends in its line. */
export type TableCell = { text: string; start: number; end: number }

const questionHeader = /^(?:questions?|q|qs|frage|fragen|pregunta|preguntas|questão|questões|domanda|domande|вопрос|вопросы|问题|問題|質問|질문)$/iu
const answerHeader = /^(?:answers?|a|ans|responses?|réponses?|réponse|antwort|antworten|respuestas?|resposta|respostas|risposta|risposte|ответ|ответы|答案|回答|答え|답변|정답)$/iu

/** The rows of a question table, or null when these lines are not one. */
export function readQuestionTable(source: string): QuestionTableRow[] | null {
  const lines = source.split('\n')
  if (lines.length < 3 || !lines.every((line) => line.trimStart().startsWith('|'))) return null
  if (!/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(lines[1])) return null
  const header = cellsOf(lines[0]).map((cell) => cell.text.replace(/[*_`]/g, '').trim())
  const body = lines.slice(2).map((line) => cellsOf(line))
  // A cell that is only a link ("[What is React?](#what-is-react)") is a table of contents' entry, not a question.
  const asks = (cell: TableCell | undefined): boolean => cell !== undefined && !/^\[[^\]]*\]\([^)]*\)$/.test(cell.text) && isQuestionShaped(cell.text)
  const asking = (column: number): number => body.filter((cells) => asks(cells[column])).length
  let questionColumn = header.findIndex((name) => questionHeader.test(name))
  if (questionColumn === -1) {
    let most = 0
    for (let column = 0; column < header.length; column++) {
      const count = asking(column)
      if (count > most) [questionColumn, most] = [column, count]
    }
  }
  if (questionColumn === -1 || asking(questionColumn) * 2 < body.length) return null
  const named = header.findIndex((name) => answerHeader.test(name))
  const answerColumn = named !== -1 ? named : questionColumn + 1 < header.length ? questionColumn + 1 : -1
  return body.flatMap((cells, index) => {
    const question = cells[questionColumn]
    if (!question || question.text === '') return []
    const answer = answerColumn === -1 ? undefined : cells[answerColumn]
    return [{ line: index + 2, question, answer: answer && answer.text !== '' ? answer : null, asks: asks(question) }]
  })
}

/** The cells of a "| a | b |" line; a "|" inside code or escaped as "\|" does not split. */
function cellsOf(line: string): TableCell[] {
  const cells: TableCell[] = []
  let start = line.indexOf('|') + 1
  let inCode = false
  for (let at = start; at <= line.length; at++) {
    const char = line[at]
    if (char === '`') inCode = !inCode
    if (char === '\\') {
      at++
      continue
    }
    if (at < line.length && (char !== '|' || inCode)) continue
    const raw = line.slice(start, at)
    const leading = raw.length - raw.trimStart().length
    const text = raw.trim().replace(/\\\|/g, '|')
    // The empty tail after the closing "|" is no cell.
    if (!(at === line.length && text === '')) cells.push({ text, start: start + leading, end: start + leading + raw.trim().length })
    start = at + 1
  }
  return cells
}

/**
 * A cell's answer as Markdown: a table cell holds one line, so its writer
 * breaks it with "<br>" (two of them a new paragraph) and lists it with
 * "<ul><li>"; these become the line breaks and "- " items they stand for.
 */
export function answerCellText(text: string): string {
  return text
    .replace(/(?:\s*<br\s*\/?>)*\s*<li>\s*/gi, '\n- ')
    .replace(/\s*<\/li>/gi, '')
    .replace(/\s*<[uo]l>\s*/gi, '\n')
    .replace(/(?:\s*<br\s*\/?>)*\s*<\/[uo]l>\s*/gi, '\n\n')
    .replace(/[ \t]*<br\s*\/?>[ \t]*/gi, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
