import { stemmer } from 'stemmer'

/**
 * Text → the tokens two questions are compared on. Case, punctuation,
 * inflection and the words every question is phrased with ("what is",
 * "explain", "describe") are noise; `C++`, `C#`, `==`, `===`, `.NET`,
 * `node.js` and version numbers (`3.11`, `v2`, `es2015`) are not: they
 * stay whole and are marked technical, so "C++" never becomes "c".
 */

/**
 * One token: an operator run (`==`, `===`, `!==`, `->`, `&&`), or a word with
 * inner dots/hyphens/underscores (`node.js`, `utf-8`, `3.11`) and a trailing
 * `++` / `#` (`c++`, `c#`, `f#`), optionally with a leading dot (`.net`).
 */
const tokenPattern = /[=!<>&|:+\-*/%^~?]{2,}|\.?[\p{L}\p{N}_]+(?:[.\-'][\p{L}\p{N}_]+)*(?:\+\+|#)?/gu

/** Framing words: they say that something is asked, not what. */
const stopWords = new Set(
  (
    'a an the and or but nor of in on at to for from by with without into onto about as is are was were be been being am ' +
    'do does did done doing have has had having can could would should shall will may might must ' +
    'i me my we us our you your yours they them their it its this that these those there here which who whom whose ' +
    'what when where why how whether if then than so such any some each every all both either neither ' +
    'explain describe define tell give discuss walk through talk please briefly brief example examples ' +
    'mean meaning meant understand understanding know concept notion idea term terms ' +
    'question questions interview interviewer candidate answer answers strong great good expect covers cover ' +
    'work works working use used using between also just very really like one'
  ).split(' '),
)

/** A token with a digit or a symbol in it names a specific thing: C++ is not C, Python 3.11 is not 3.12. */
export const isTechnical = (token: string): boolean => /[^\p{L}]/u.test(token)

/**
 * What a technical token is a variant of: `c++`, `c#` and `c` are variants of
 * `c`; `==`, `===` and `!=` of an operator; `3.11` and `3.12` of a number;
 * `python3` and `python2` of `python`. Two questions holding different variants
 * of the same thing are about different things.
 */
export const variantOf = (token: string): string => {
  if (!/[\p{L}\p{N}]/u.test(token)) return '<operator>'
  const letters = token.replace(/[^\p{L}]/gu, '')
  return letters || '<number>'
}

/** "prioritise" and "prioritize" are one word; the stemmer knows only the second. */
const britishToAmerican = (word: string) => (word.length > 6 ? word.replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1') : word)

const normalise = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    // Markdown emphasis and code marks carry no meaning; the code inside them does.
    .replace(/[`*_]{1,3}(?=\S)|(?<=\S)[`*_]{1,3}/g, ' ')
    .replace(/[’‘]/g, "'")

export type Stem = (word: string) => string

/**
 * A memoised stemmer: an index sees the same few thousand words again and
 * again, and stemming is most of the cost of reading a question.
 */
export const createStemmer = ({ limit = 200_000 }: { limit?: number } = {}): Stem => {
  const stems = new Map<string, string>()
  return (word) => {
    let stem = stems.get(word)
    if (stem === undefined) {
      if (stems.size >= limit) stems.clear()
      stem = stemmer(britishToAmerican(word))
      stems.set(word, stem)
    }
    return stem
  }
}

const plainStem: Stem = (word) => stemmer(britishToAmerican(word))

/** The content tokens of a text, in order: stop words dropped, plain words stemmed, technical tokens kept whole. */
export const tokensOf = (text: string, stem: Stem = plainStem): string[] => {
  const tokens: string[] = []
  for (const match of normalise(text).matchAll(tokenPattern)) {
    let token = match[0].replace(/'s$/, '').replace(/'/g, '')
    // A sentence-final dot is punctuation, not part of a name ("… in Go." is "go").
    if (token.startsWith('.') && !/^\.[\p{L}]/u.test(token)) token = token.slice(1)
    if (!token || stopWords.has(token)) continue
    tokens.push(isTechnical(token) ? token : stem(token))
  }
  return tokens
}
