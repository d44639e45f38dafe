import type { SourceLine } from '../../source-lines'

/**
 * Multiple choice as plain text writes it, for the qa layout:
 *
 *     T1A01 (C) [97.1]                  ← id, the correct option's letter, a reference
 *     Which of the following is …?      ← the wording, on the next line
 *     A. Providing personal radio …     ← options "A." / "a)" / "(a)", in letter order
 *     …
 *     ~~                                ← the question ends
 *
 * (the US amateur radio question pools, public domain), or a numbered
 * question with "a) b) c) d)" under it and "Answer: b" after them. Pools
 * group their questions under lines that open with a code the question ids
 * start with: "SUBELEMENT T1 - COMMISSION’S RULES" over "T1A Purpose and …"
 * over "T1A01 (C)". The shape decides, not the subject: each line is tested
 * once, and the codes are found in one pass from the end.
 */

/** "T1A01 (C) [97.1]", "T1D12 (A)[97.119(a)]", "12 (b)": an id holding a digit, a letter in brackets, an optional reference. */
const idLinePattern = /^(\p{L}{0,4}\d[\p{L}\d]{0,8})[ \t]*\(([A-Ha-h])\)[ \t]*(?:\[[^\]\n]*\])?$/u

export type IdLine = { id: string; answer: string }

export function readIdLine(text: string): IdLine | null {
  const match = idLinePattern.exec(text)
  return match ? { id: match[1], answer: match[2].toUpperCase() } : null
}

/** "A. ", "b) ", "(c) ": an option's letter (upper case) and the length of its marker, or null. */
export function optionMarker(text: string): { letter: string; length: number } | null {
  const match = /^\(?([A-Ha-h])[.)][ \t]+(?=\S)/.exec(text)
  return match ? { letter: match[1].toUpperCase(), length: match[0].length } : null
}

/** The letter after `letter` ("A" → "B"). */
export function nextLetter(letter: string): string {
  return String.fromCharCode(letter.charCodeAt(0) + 1)
}

/**
 * "Answer: b", "Answer: (B)", "Answer: B) 52.525 MHz, the 6-meter band": the option a hint names, and
 * what it says beyond the letter and the option's own text (an explanation), or null when it names none.
 */
export function namedOption<Option extends { letter: string; text: string }>({
  text,
  options,
}: {
  text: string
  options: Option[]
}): { option: Option; rest: string } | null {
  const match = /^(?:\*\*|__)?\(?([A-Ha-h])\)?(?:\*\*|__)?(?=[.):,;\s]|$)[.):,;]?\s*/.exec(text)
  const option = match ? options.find((candidate) => candidate.letter === match[1].toUpperCase()) : undefined
  if (!match || !option) return null
  let rest = text.slice(match[0].length).trim()
  if (rest.toLowerCase().startsWith(option.text.toLowerCase())) rest = rest.slice(option.text.length).replace(/^[\s.,;:–—-]+/u, '')
  return { option, rest }
}

/**
 * "SUBELEMENT T1 - COMMISSION’S RULES [6 Exam Questions - 6 Groups]", "T1A Purpose and permissible use …":
 * a code holding a digit (after a word for a part, if any), then the name; a bracket at the end is no part
 * of the name (here it says how many questions an exam draws, not how many the section holds).
 */
const codeHeadingPattern = /^(?:(?:subelement|element|chapter|part|section|unit|module|topic|group)[ \t]+)?(\p{L}{0,4}\d[\p{L}\d]{0,6})[ \t]*[-–—:.]?[ \t]+(\S.*?)(?:[ \t]*\[[^\]\n]*\])?$/iu

export type CodeHeading = { code: string; name: string }

/**
 * The lines that head a group of id-line questions: a line is one when its code is a proper prefix of
 * the id of the question after it ("T1" and "T1A" over "T1A01"), other such lines and blank lines
 * allowed between. Null when the document has fewer than two id lines (no pool).
 */
export function readCodeHeadings(lines: SourceLine[]): Map<number, CodeHeading> | null {
  const idLines = lines.filter((line) => !line.blank && readIdLine(line.content) !== null).length
  if (idLines < 2) return null
  const headings = new Map<number, CodeHeading>()
  let nextId: string | null = null
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index]
    if (line.blank) continue
    const id = readIdLine(line.content)?.id
    if (id !== undefined) {
      nextId = id
      continue
    }
    const match = codeHeadingPattern.exec(line.content)
    if (match && nextId !== null && nextId.length > match[1].length && nextId.startsWith(match[1])) headings.set(index, { code: match[1], name: match[2].trim() })
    else nextId = null
  }
  return headings
}

/** A line that only separates questions: "~~" (the amateur radio pools), "-----", "=====", "*****". */
export function isSeparatorLine(text: string): boolean {
  return /^(?:~{2,}|-{3,}|={3,}|\*{3,}|_{3,})$/.test(text)
}
