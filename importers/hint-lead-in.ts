/**
 * Working titles for questions that carry only a hint (the prepbank-text
 * layout has no question wording). The hint usually opens with a stock
 * lead-in ("A strong answer explains that …", "Expect: …", "Cover …"), which
 * says nothing about the question; the title is what follows it, up to the
 * first sentence end or about 80 characters.
 */

const maximumLength = 80
/** A cut for length keeps at least this much, so titles do not shrink to a word or two. */
const minimumCut = 40

const adjective = String.raw`(?:strong|great|good|excellent|solid|ideal|complete|thorough|top|best|model|perfect|high-quality|well-rounded|comprehensive|effective|compelling|convincing)`
const answerSubject =
  String.raw`(?:(?:a|an|the)\s+(?:(?:very|really)\s+)?(?:${adjective}\s+)?|${adjective}\s+)` +
  String.raw`(?:answer|response|candidate|interviewee)s?`
const modal = String.raw`(?:should|will|would|must|can|could|might|ought\s+to|needs?\s+to)(?:\s+(?:also|ideally|clearly|at\s+least))?`
/** Verbs that only announce content ("covers", "explains that"); the content follows them. */
const announcingVerb =
  String.raw`(?:explain|cover|discuss|address|mention|describe|include|show|touch\s+on|touches\s+on|walk\s+through|walks\s+through|` +
  String.raw`highlight|outline|list|detail|talk\s+about|talks\s+about|focus\s+on|focuses\s+on|go\s+over|goes\s+over|bring\s+up|brings\s+up|` +
  String.raw`emphasi[sz]e|articulate|note|reference|convey|demonstrate|reflect|touch\s+upon)(?:s|es)?`
const expectedThing =
  String.raw`(?:discussion|coverage|explanation|mention|description|overview|understanding|awareness|knowledge|familiarity|` +
  String.raw`examples?|walkthrough|comparison|summary|breakdown|treatment|analysis|focus|emphasis|details?)`
const expectedQuality = String.raw`(?:clear|solid|strong|good|detailed|thorough|brief|short|concrete|deep|high-level|some|specific)`

/**
 * Lead-ins, tried in order and repeatedly ("Expect the candidate to explain
 * that …" loses "Expect the candidate to", then "explain that").
 */
const leadIns: RegExp[] = [
  // "A strong answer explains that", "Good answers mention", "The answer should discuss", "A great answer covers:"
  new RegExp(String.raw`^${answerSubject}\s+(?:${modal}\s+)?${announcingVerb}(?:\s+that\b|\s+the\s+following\b)?\s*[:,–—-]?\s*`, 'iu'),
  // "A strong answer distinguishes …", "The answer should define …": keep the telling verb.
  new RegExp(String.raw`^${answerSubject}\s+(?:${modal}\s+)?(?=\p{L})`, 'iu'),
  // "Expect:", "Look for:", "Cover:", "Key points:"
  /^(?:expect|look\s+for|listen\s+for|watch\s+for|probe\s+for|seek|cover|key\s+points?|ideally|bonus|hint|answer|ans|guidance|tip|note)\s*:\s*/iu,
  // "Expect discussion of", "Expect an explanation of", "Expect clear coverage of"
  new RegExp(
    String.raw`^expect\s+(?:(?:a|an|the)\s+)?(?:${expectedQuality}\s+)*${expectedThing}\s+(?:of|on|about|with|around|regarding)\s+`,
    'iu',
  ),
  // "Expect a clear taxonomy:", "Expect a phased approach:"
  /^expect\s+(?:(?:a|an|the)\s+)?[\p{L}\s-]{1,40}?:\s*/iu,
  // "Expect the candidate to", "Expect them to"
  /^expect\s+(?:them|candidates?|the\s+candidate|the\s+interviewee|to\s+hear|to\s+see)\s+(?:to\s+)?/iu,
  // "Cover oversampling …", "Look for systematic …"
  /^(?:cover|look\s+for|listen\s+for|watch\s+for|probe\s+for)\s+/iu,
  // "Mention: …", and "explain that …" left over from "Expect the candidate to explain that …"
  new RegExp(String.raw`^${announcingVerb}(?:\s+that\b)?\s*:\s*`, 'iu'),
  new RegExp(String.raw`^${announcingVerb}\s+that\s+`, 'iu'),
  /^expect\s+/iu,
  /^that\s+/iu,
]

const abbreviations = new Set(['vs', 'e.g', 'i.e', 'etc', 'approx', 'incl', 'cf', 'dr', 'mr', 'mrs', 'ms', 'no', 'fig', 'eg', 'ie'])
const danglingWords = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'with', 'for', 'in', 'on', 'by', 'as', 'at', 'from', 'vs', 'via', 'into'])

export function deriveWorkingTitle({ hint }: { hint: string }): string {
  const plain = markdownToPlainText(hint)
  const title = shorten(capitalise(dropLeadIns(plain)))
  if (title !== '') return title
  // The hint was only a lead-in ("Expect:"): better the lead-in than nothing.
  return shorten(capitalise(plain)) || 'Untitled question'
}

export function dropLeadIns(text: string): string {
  let rest = text.trim()
  for (let pass = 0; pass < 4; pass++) {
    const pattern = leadIns.find((candidate) => candidate.test(rest))
    if (!pattern) break
    rest = rest.replace(pattern, '').trim()
  }
  return rest
}

/** Markdown hint → one line of text: markers, emphasis and link targets dropped, list items joined. */
function markdownToPlainText(markdown: string): string {
  const lines = markdown
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*(?:>\s?)+/, '')
        .replace(/^\s*(?:[-*+•]|\d{1,3}[.)])\s+/, '\u0000')
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/<[^>]+>/g, '')
        .replace(/(\*\*|__|`)/g, '')
        .replace(/(^|\s)[*_](\S)/g, '$1$2')
        .replace(/(\S)[*_](?=\s|[.,;:!?]|$)/g, '$1')
        .trim(),
    )
    .filter((line) => line !== '' && line !== '\u0000')
  let text = ''
  for (const line of lines) {
    const item = line.startsWith('\u0000')
    const content = item ? line.slice(1).trim() : line
    if (text === '') text = content
    else if (item && !/[:;,.!?]$/.test(text)) text += `, ${content}`
    else text += ` ${content}`
  }
  return text.replace(/\s+/g, ' ').trim()
}

function capitalise(text: string): string {
  const first = /^\S+/.exec(text)?.[0] ?? ''
  // "pHash", "iOS": a word with capitals of its own keeps its spelling.
  if (/^\p{Ll}/u.test(first) && !/\p{Lu}/u.test(first)) return text.charAt(0).toUpperCase() + text.slice(1)
  return text
}

function shorten(text: string): string {
  let title = text.slice(0, sentenceEnd(text)).trim()
  if (title.length > maximumLength) {
    const room = title.slice(0, maximumLength)
    const space = room.lastIndexOf(' ')
    title = (space >= minimumCut ? room.slice(0, space) : room).trim()
    title = balanceParentheses(dropDanglingWords(title))
    return `${title.replace(/[\s,;:.\-–—→/&(]+$/u, '')}…`
  }
  return title.replace(/[\s,;:.\-–—]+$/u, '')
}

/** Index just past the first sentence (keeping "?" and "!"), or of a spaced dash after a clause. */
function sentenceEnd(text: string): number {
  const pattern = /[.!?;](?=\s|$)|\s[-–—]\s/g
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const mark = match[0]
    if (mark.length > 1) {
      // " - " ends a clause only after enough words to stand as a title.
      if (text.slice(0, match.index).split(' ').length >= 3) return match.index
      continue
    }
    if (mark === '?' || mark === '!') return match.index + 1
    if (mark === ';') return match.index
    const word = /(\S+)\.$/.exec(text.slice(0, match.index + 1))?.[1] ?? ''
    if (abbreviations.has(word.toLowerCase()) || /^\p{L}$/u.test(word) || /\p{L}\.\p{L}/u.test(word)) continue
    return match.index
  }
  return text.length
}

function dropDanglingWords(text: string): string {
  const words = text.split(' ')
  while (words.length > 1 && danglingWords.has((words.at(-1) ?? '').toLowerCase().replace(/[^\p{L}]/gu, ''))) words.pop()
  return words.join(' ')
}

/** A cut inside "( … )" drops the unclosed part when enough text stands before it. */
function balanceParentheses(text: string): string {
  const open = text.lastIndexOf('(')
  if (open !== -1 && text.indexOf(')', open) === -1 && open >= minimumCut) return text.slice(0, open).trim()
  return text
}
