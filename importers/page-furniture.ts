import type { VFile } from 'vfile'
import { report } from './diagnostics'
import { lineRange, type SourceLine } from './source-lines'

/**
 * Text copied out of a PDF carries the page around the words: page numbers
 * ("12", "Page 3 of 12", "- 4 -", "3/17"), running footers that end in one
 * ("https://…/theory.md 3/17", "Interview Guide · Page 3"), and running
 * headers that repeat on every page next to them. A reader does not see
 * them as part of the bank, and a page break does not end a paragraph, so
 * they are taken out of the line list (not blanked): the text on either
 * side joins up again. Decided from the text alone: a page-number line, or
 * a line that repeats with only its numbers changing and sits on a page
 * boundary. One pass to count, one to drop; no line is compared with every other.
 */

/** A line that is nothing but a page number. */
const pageNumberLine = /^(?:[-–—]\s*)?(?:(?:page|p\.|pág(?:ina)?\.?|seite|página|pagina|страница|стр\.|صفحة)\s*)?\d{1,4}(?:\s*(?:\/|of|de|di|von|из|من)\s*\d{1,4})?(?:\s*[-–—])?$/iu

/** A line ending (or starting) with a page number: "https://…/theory.md 3/17", "Page 3 of 12 · Guide". */
const trailingPageNumber = /(?:^|\s)(?:(?:page|seite|página|pagina|страница|صفحة)\s*)?\d{1,4}\s*(?:\/|of|de|von|из|من)\s*\d{1,4}$|^(?:page|seite|página|pagina|страница|صفحة)\s*\d{1,4}\b/iu

/** The line with its numbers (dates, times, page numbers) written as "#", so repeated furniture compares equal. */
function shapeOf(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, ' ')
}

/** How often a furniture line must repeat before it is taken for one: a three-page document. */
const minimumRepeats = 3

/** A cheap first look: only a line ending in a digit, or opening with "Page" or a dash, can carry a page number. */
const mayCarryPageNumber = /\d$|^(?:page|seite|página|pagina|страница|صفحة|[-–—])/iu

export function dropPageFurniture({ file, lines }: { file: VFile; lines: SourceLine[] }): SourceLine[] {
  // Most documents have no pages: one pass of cheap tests, and nothing else is done.
  const candidates = lines.filter(
    (line) => !line.blank && mayCarryPageNumber.test(line.content) && (pageNumberLine.test(line.content) || trailingPageNumber.test(line.content)),
  )
  if (candidates.length < minimumRepeats - 1) return lines

  const shapes = new Map<SourceLine, string>()
  const counts = new Map<string, number>()
  for (const line of lines) {
    if (line.blank) continue
    const shape = shapeOf(line.content)
    shapes.set(line, shape)
    counts.set(shape, (counts.get(shape) ?? 0) + 1)
  }

  const repeats = (line: SourceLine): boolean => (counts.get(shapes.get(line) ?? '') ?? 0) >= minimumRepeats
  // A bare number ("12") is a page number only when such lines count up one by one; otherwise it may be an answer.
  const bareNumbers = lines.filter((line) => /^\d{1,4}$/.test(line.content)).map((line) => Number(line.content))
  const bareNumbersArePages = bareNumbers.length > 0 && bareNumbers.every((number, index) => index === 0 || number === bareNumbers[index - 1] + 1)
  // A page number alone, or a repeated footer carrying one.
  const isPageMark = (line: SourceLine): boolean =>
    !line.blank &&
    ((pageNumberLine.test(line.content) && (bareNumbersArePages || !/^\d{1,4}$/.test(line.content))) ||
      (repeats(line) && trailingPageNumber.test(line.content)))
  const pageMarks = lines.filter(isPageMark).length
  if (pageMarks < minimumRepeats - 1) return lines

  // A repeated line right next to a page mark (blank lines between allowed) is the running header or footer.
  const dropped = new Uint8Array(lines.length)
  for (let index = 0; index < lines.length; index++) {
    if (!isPageMark(lines[index])) continue
    dropped[index] = 1
    for (const step of [-1, 1]) {
      let at = index + step
      while (lines[at]?.blank) at += step
      if (lines[at] && repeats(lines[at])) dropped[at] = 1
    }
  }

  // The first running header stands before any page mark: a line of a shape dropped on other pages goes too.
  const droppedShapes = new Map<string, number>()
  for (let index = 0; index < lines.length; index++) {
    const shape = shapes.get(lines[index])
    if (dropped[index] === 1 && shape !== undefined) droppedShapes.set(shape, (droppedShapes.get(shape) ?? 0) + 1)
  }
  for (let index = 0; index < lines.length; index++) {
    const shape = shapes.get(lines[index])
    if (shape !== undefined && (droppedShapes.get(shape) ?? 0) >= minimumRepeats - 1) dropped[index] = 1
  }

  const kept = lines.filter((_, index) => dropped[index] === 0)
  const first = lines.findIndex((_, index) => dropped[index] === 1)
  report({
    file,
    severity: 'info',
    ruleId: 'page-furniture',
    reason: `Left out ${lines.length - kept.length} lines of page furniture (page numbers, running headers and footers) copied from a PDF; the text on either side of a page break is read as one`,
    place: lineRange(lines[first]),
  })
  return kept
}
