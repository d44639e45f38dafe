/**
 * The labels that plain-text and Markdown documents put in front of
 * questions ("Q:", "Q1:", "1. Q:", "Question 3:") and of their hints
 * ("Hint:", "Answer:", "A:", "Ans:", "Guidance:"), and "Tags: a, b" lines.
 * Markdown may wrap a label in emphasis ("**Answer:**", "**Answer**:"). A
 * label ends in white space, so "A:B testing" is no label.
 */

const emphasis = String.raw`(?:\*\*|__|\*|_)?`
// English first, then the answer labels of other languages banks are written in.
const hintWord = String.raw`(?:hint|answer|ans|a|guidance|suggested\s+answer|model\s+answer|sample\s+answer|correct\s+answer|respuesta\s+correcta|respuesta|réponse\s+correcte|richtige\s+antwort|правильный\s+ответ|resp|réponse|reponse|rép|antwort|lösung|resposta|risposta|ответ|答案|答|回答|解答|정답|답)`
// English, then the question labels of other languages ("質問: …" with "**回答: 3**" under it).
const questionWord = String.raw`(?:q|qn|ques|question|pregunta|pergunta|frage|domanda|вопрос|问题|問題|質問|질문|سؤال)`

/** A colon, or the full-width colon of CJK text, which needs no space after it. */
const colon = String.raw`(?::(?=[\s*_]|$)|：)`
const hintLabelPattern = new RegExp(
  String.raw`^(\*\*|__|\*|_)?[ \t]*${hintWord}[ \t\u00a0]*\d{0,4}[ \t\u00a0]*(\*\*|__|\*|_)?[ \t\u00a0]*${colon}[ \t]*(\*\*|__|\*|_)?[ \t]*`,
  'iu',
)
const questionLabelPattern = new RegExp(
  String.raw`^(?:\d{1,4}[ \t]*[.)][ \t]*)?${emphasis}[ \t]*${questionWord}[ \t]*(?:\d{1,6}[a-z]?)?[ \t]*${emphasis}[ \t]*(?:[:.)](?=[\s*_]|$)|：)(?:${emphasis}(?=\s|$))?[ \t]*`,
  'iu',
)

/** Length of a leading hint label ("Answer: ", "**Hint:** ", "Réponse : ", "答案："), or 0. */
export function hintLabelLength(text: string): number {
  return hintLabelPattern.exec(text)?.[0].length ?? 0
}

/**
 * The text after a leading hint label. "**Answer: B**" keeps its markup:
 * the emphasis opened before the label and closed after the answer stays
 * around the answer ("**B**").
 */
export function withoutHintLabel(text: string): string {
  const match = hintLabelPattern.exec(text)
  if (!match) return text
  const rest = text.slice(match[0].length)
  const [, open, closeBefore, closeAfter] = match
  return open && !closeBefore && !closeAfter && rest.includes(open) ? `${open}${rest}` : rest
}

/** Length of a leading question label ("Q: ", "Q1: ", "1. Q: ", "Question 3: "), or 0. */
export function questionLabelLength(text: string): number {
  return questionLabelPattern.exec(text)?.[0].length ?? 0
}

/** "Tags: etl, warehouses" → ["etl", "warehouses"]; null when the line is no tags line. */
export function parseTagsLine(text: string): string[] | null {
  const match = /^(?:\*\*|__)?tags(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.*)$/i.exec(text)
  if (!match) return null
  const tags = match[1]
    .split(/[,;]/)
    .map((tag) => tag.trim().replace(/^#/, '').trim())
    .filter((tag) => tag !== '')
  return [...new Set(tags)]
}

/** "1. ", "2) ": the number of a numbered line and the length of its marker, or null. */
export function numberedMarker(text: string): { number: number; length: number } | null {
  const match = /^(\d{1,4})[.)][ \t]+(?=\S)/.exec(text)
  return match ? { number: Number(match[1]), length: match[0].length } : null
}

/**
 * The hint a marked option of a multiple-choice question gives, as the plain-text formats write their
 * answers (Aiken's "ANSWER: A", a pool's "(C)", "Answer: b"): "Answer: C. Advancing skills …".
 */
export function optionAnswerHint({ letter, text }: { letter: string; text: string }): string {
  return `Answer: ${letter}. ${text}`
}
