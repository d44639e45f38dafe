import { decodeNamedCharacterReference } from 'decode-named-character-reference'

/**
 * What a question looks like, whatever the layout: the text decides, not
 * the markup around it. Shared by the Markdown and plain-text readers.
 *
 * - `readMarkers` takes numbering ("1.", "1.1.", "Q12:", "F5.", "Q."),
 *   difficulty markers (👶 ⭐️ 🚀, "(Easy)") and score markers ("(0,5pt)")
 *   off a prompt or a section name; markers become tags.
 * - `isQuestionShaped` says whether a line asks something: "?", a "Q:"
 *   label, or an interrogative or imperative opening ("What…", "Explain…").
 */

/** Emoji that documents use as difficulty markers, with the tag a reader gives them. */
export const defaultMarkerTags: ReadonlyMap<string, string> = new Map([
  ['👶', 'easy'],
  ['⭐', 'medium'],
  ['🚀', 'expert'],
  ['🔥', 'hard'],
  ['🟢', 'easy'],
  ['🟡', 'medium'],
  ['🔴', 'hard'],
])

const difficultyWords = /^(?:easy|medium|moderate|intermediate|hard|difficult|advanced|beginner|basic|expert|senior|junior)$/i

/**
 * "1. ", "1.1. ", "12) ", "Q12: ", "Q12. ", "F5. ", "Q. ", "#3 " at the start.
 * Up to nine digits, as CommonMark's ordered lists: a bank of 10,000
 * questions in one section numbers its last one "10000.".
 */
const numberingPattern = /^(?:\d{1,9}(?:\.\d{1,4})*[.):]|\p{Lu}{1,2}\s?\d{1,4}[.:)]|Q[.:]|#[ \t]?\d{1,4}[.:)]?)[ \t\u00a0]+(?=\S)/u
/** A whole trailing marker in brackets: "(Easy)", "[Hard]", "(0,5pt)", "(2 pts)", "(Note / 20 pts)". */
const bracketMarkerPattern = /[ \t\u00a0]*[([]\s*((?:[^()[\]]*?\s)?\d+(?:[.,]\d+)?\s*(?:pts?|points?|marks?)|[A-Za-z]+)\s*[)\]]$/u
const emojiPattern = /(?:\u200d|\ufe0f)*(\p{Extended_Pictographic})(?:\u200d|\ufe0f)*/gu

export type MarkedText = { text: string; tags: string[] }

/** The number a line's numbering gives ("12." → 12, "Question 17a." → 17, "F5." → 5), or null. */
export function numberOf(text: string): number | null {
  const plain = stripInlineMarkup(text)
  if (!hasNumbering(plain)) return null
  const match = /\d{1,9}/.exec(plain)
  return match ? Number(match[0]) : null
}

/** Whether a line starts with numbering ("12.", "Q12:", "F5.") or a question label ("Question 3:"). */
export function hasNumbering(text: string): boolean {
  const plain = stripInlineMarkup(text)
  return numberingPattern.test(plain) || /^(?:Q|Question|Frage|Pregunta|Вопрос|问题|問題)\s*\d{1,4}[a-z]?\s*[:：.)]/iu.test(plain)
}

/**
 * `text` without its numbering and markers, and the tags the markers give.
 * `markerTags` maps an emoji to its tag (a document's own legend wins over
 * the defaults).
 */
export function readMarkers(text: string, markerTags: ReadonlyMap<string, string> = defaultMarkerTags): MarkedText {
  const tags: string[] = []
  let rest = text.trim()
  for (let pass = 0; pass < 4; pass++) {
    const before = rest
    rest = rest.replace(numberingPattern, '')
    // Emoji markers at either end (not inside the wording).
    // A stray letter typed after a marker ("⭐️I") goes with it.
    rest = rest.replace(/(?:(?:\u200d|\ufe0f|\s)*\p{Extended_Pictographic}(?:\u200d|\ufe0f)*)+(?:\p{L}(?!\p{L}))?$/u, (markers) => {
      for (const [, emoji] of markers.matchAll(emojiPattern)) {
        const tag = markerTags.get(emoji)
        if (tag) tags.push(tag)
      }
      return ''
    })
    // Markers the document's legend defines in symbols ("Questions marked `***` …"), at the end.
    for (const [marker, tag] of markerTags) {
      if (/\p{Extended_Pictographic}/u.test(marker) || !rest.endsWith(marker) || !/\s/.test(rest.charAt(rest.length - marker.length - 1))) continue
      rest = rest.slice(0, -marker.length)
      tags.push(tag)
    }
    const bracket = bracketMarkerPattern.exec(rest)
    if (bracket && (difficultyWords.test(bracket[1]) || /\d\s*(?:pts?|points?|marks?)$/i.test(bracket[1]))) {
      const marker = bracket[1].trim()
      // "(Note / 20 pts)" on a title is a total, not a tag; "(0,5pt)" on a question is its score.
      if (!/[/]/.test(marker)) tags.push(difficultyWords.test(marker) ? marker.toLowerCase() : marker.replace(/\s+/g, ''))
      rest = rest.slice(0, bracket.index)
    }
    rest = rest.trim()
    if (rest === before) break
  }
  return { text: rest, tags: [...new Set(tags)] }
}

/** Opening words that ask (questions) or set a task (imperatives), in the languages banks come in. */
const askingOpenings = new RegExp(
  String.raw`^(?:` +
    [
      // English
      String.raw`what|why|how|when|where|which|who|whom|whose|is|are|was|were|can|could|do|does|did|should|would|will|shall|has|have|may|might`,
      String.raw`explain|describe|define|compare|contrast|list|name|give|write|tell|discuss|differentiate|distinguish|implement|design|demonstrate|outline|summari[sz]e|walk|state|illustrate|identify|suggest|propose|calculate|derive|prove|show|create|build`,
      // French, Spanish, German, Russian, Portuguese, Italian
      String.raw`qu['’]|que|quel|quelle|quels|quelles|quoi|comment|pourquoi|quand|où|combien|expliquez|expliquer|citez|citer|décrivez|décrire|définissez`,
      String.raw`qué|cómo|por\s+qué|cuál|cuáles|cuándo|dónde|explica|explique|describa|describe`,
      String.raw`was|wie|warum|wieso|weshalb|welche|welcher|welches|wann|wo|erklären|erkläre|erklären\s+sie|beschreiben|nennen`,
      String.raw`что|как|почему|зачем|какой|какая|какое|какие|каким|какова|каков|когда|где|объясните|опишите|назовите|расскажите|приведите|перечислите|сравните|напишите|сделайте|дайте|реализуйте`,
      String.raw`o\s+que|como|por\s+que|qual|quais|explique|cosa|come|perché|quale`,
      String.raw`ما|ماذا|ماهو|ماهي|لماذا|كيف|متى|أين|هل|اشرح|صف|اوصف|عدد|اكتب|قارن`,
    ].join('|') +
    String.raw`)(?=[\s,:'’-]|$)`,
  'iu',
)

const cjkAsking = /(?:什么|為什麼|为什么|如何|怎么|怎样|哪些|哪个|区别|區別|是否|吗|嗎|介绍|说说|簡述|简述|列举|何|どう|なぜ|とは|무엇|어떻게|어떤|왜|설명|차이)/u
/** Korean asks or sets a task in its last word: "…인가요?", "설명해주세요.", "…할까요", "말씀해 주십시오." */
const koreanAsking = /\p{Script=Hangul}(?:세요|십시오|나요|까요|니까|가요|는지|인지)[.!。]?$/u

/** Whether a line (numbering and markers already taken off, or not) asks something. */
export function isQuestionShaped(text: string): boolean {
  const { text: plain } = readMarkers(stripInlineMarkup(text))
  if (plain === '') return false
  if (/[?？؟]\s*(?:\)|\*\*|__|\*|_)?$/.test(plain)) return true
  if (/^(?:Q|Question|Frage|Pregunta|Вопрос|问题|問題)\s*\d{0,4}\s*[:：.)]/iu.test(plain)) return true
  if (askingOpenings.test(plain) || koreanAsking.test(plain)) return true
  return plain.length <= 80 && cjkAsking.test(plain)
}

/**
 * What in a question's wording points at code shown with it, in the languages
 * banks come in: a word for code after "this", "the following", "below"…
 * ("What does this code print?", "Consider the snippet below", "Given this
 * code, …"), what running it shows ("What does this print?", "What is the
 * output…", "What is logged?", "What is the value of foo?"), and their
 * Spanish, French, German, Russian, Portuguese, Italian, Arabic, Chinese,
 * Japanese and Korean counterparts. A bare "this" or "code" is not enough:
 * "What does this refer to in an arrow function?" asks about the keyword,
 * "Write code that …" (写一段代码, コードを書いて) asks for the code as its answer.
 */
const codePointers = new RegExp(
  [
    // English
    String.raw`\b(?:this|these|that|following|above|below|given)\s+(?:[\p{L}-]+\s+)?(?:code|snippets?|programs?|functions?|statements?|expressions?|quer(?:y|ies)|scripts?|examples?|class(?:es)?|loops?|blocks?|lines?|markup|html|css|sql|commands?|calls?|promises?)\b`,
    // "these two alerts", "these four promises": things counted are things shown.
    String.raw`\bthese\s+(?:two|three|four|five|\d)\s`,
    String.raw`\b(?:code|snippet|program|function|statement|expression|query|script|example|block|lines?)\s+(?:below|above|here)\b`,
    String.raw`\bthe\s+following\s*[?:]?$`,
    String.raw`\b(?:does|do|will|would)\s+(?:this|these|that|the\s+following)\s+(?:print|output|log|return|display|show|alert|evaluate|do|give|produce|throw)\b`,
    String.raw`\bthe\s+output\b|\boutput\s+of\b|\b(?:printed|logged|displayed|alerted)\b|\b(?:value|result)s?\s+of\b`,
    // Spanish, Portuguese, Italian, French, German, Russian
    String.raw`(?<!\p{L})(?:siguiente|seguinte|seguente|suivante?s?|ci-dessous|ci-dessus|abajo|abaixo|folgende[nrs]?|следующ|ниже\p{L}*|приведённ|приведенн)`,
    String.raw`(?<!\p{L})(?:este|esse|questo|ce|dieser|diesen|diesem|эт(?:от|о|а|у|и|ого|ом|ой|ими|их)|данн\p{L}*)\s+(?:\p{L}+\s+)?(?:código|codice|code|codes?|fragmento|frammento|snippet|программ\p{L}*|код\p{L}*|выражени\p{L}*|фрагмент\p{L}*|функци\p{L}*|пример\p{L}*|промис\p{L}*|запрос\p{L}*|скрипт\p{L}*)(?!\p{L})`,
    String.raw`(?<!\p{L})эт(?:и|ими|их)\s+(?:два|две|три|четыре|пять|двумя|тремя|четырьмя|пятью|\d)\s`,
    String.raw`(?<!\p{L})(?:salida|saída|sortie|ausgabe|ausgegeben|вывод\p{L}*|выведет|покаж(?:ет|ут)|консол\p{L}*|imprime|stampa|affiche|valor\s+de|valore\s+di|valeur\s+de|wert\s+von|значени\p{L}*|resultado|risultato|résultat|ergebnis|результат\p{L}*|чему\s+равн\p{L}*)`,
    // Arabic, Chinese, Japanese, Korean
    String.raw`التالي|التالية|هذا\s+الكود|قيمة|ناتج|يطبع`,
    String.raw`以下|下面|下列|这段|這段|输出|輸出|打印|结果|結果|的值|次の|下記|上記|このコード|出力|表示され|の値|다음|아래|이\s*코드|출력|값|결과`,
  ].join('|'),
  'iu',
)

/**
 * Whether a question's wording points at code shown with it, so that the code
 * under it belongs to the question (what it shows) and not to its answer.
 * A closing ":" ("Make this work:", "Consider:") points too. Inline code is
 * left out first: "What does `this` refer to?" names the keyword, it points at nothing.
 */
export function pointsAtCode(prompt: string): boolean {
  const words = stripInlineMarkup(prompt.replace(/`[^`\n]*`/g, ' x '))
  return /[:：]$/.test(words) || codePointers.test(words)
}

/** Bold, italics and code marks taken off, links reduced to their text. */
export function stripInlineMarkup(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<[^>]+>/g, '')
    .trim()
}

/** Headings and items that sit at question depth but are the document's own furniture, never a question. */
const furnitureTitles =
  /^(?:table\s+of\s+contents|contents|toc|index|references?|see\s+also|resources|further\s+reading|reading\s+list|links|useful\s+links|licen[cs]e|contributing|contributors?|credits|acknowledg(?:e)?ments?|authors?|about|sponsors?|support|donate|changelog|todo|to\s+do|roadmap|installation|usage|translations?|inhalt|inhaltsverzeichnis|sommaire|table\s+des\s+matières|índice|contenido|содержание|оглавление|ссылки|目录|目錄|参考|参考资料|参考文献|待完成|待办|链接|相关链接)\s*:?$/iu

export function isFurnitureTitle(text: string): boolean {
  return furnitureTitles.test(stripInlineMarkup(text).replace(/(?:\p{Extended_Pictographic}|\u200d|\ufe0f)/gu, '').trim())
}

export function isTableOfContentsTitle(text: string): boolean {
  return /^(?:table\s+of\s+contents|contents|toc|index|inhalt|inhaltsverzeichnis|sommaire|table\s+des\s+matières|índice|contenido|содержание|оглавление|目录|目錄)\s*:?$/iu.test(
    stripInlineMarkup(text).replace(/(?:\p{Extended_Pictographic}|\u200d|\ufe0f)/gu, '').trim(),
  )
}

/** `&lt;role&gt;` → `<role>`, `&#39;` → `'`: what the reader of the page sees. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));/g, (whole, decimal, hex, name) => {
    if (decimal || hex) {
      const code = Number.parseInt(decimal ?? hex, decimal ? 10 : 16)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    const decoded = decodeNamedCharacterReference(name)
    return decoded === false ? whole : decoded
  })
}

/**
 * A document's own legend for its markers ("Legend: 👶 easy ⭐️ medium 🚀
 * expert", "Questions marked `***` don't have answer yet or answer is
 * incomplete"), merged over the defaults; the defaults when it has none.
 */
export function readMarkerLegend(text: string): ReadonlyMap<string, string> {
  const head = text.slice(0, 64 * 1024)
  const line = /^.{0,20}\b(?:legend|key|difficulty)\b\s*[:：](.*)$/im.exec(head)
  const marked = /\bmarked\s+(?:with\s+)?[*_]*`([^`\s\p{L}\p{N}]{1,5})`[*_]*\s+([^\n]{0,160})/iu.exec(head)
  if (!line && !marked) return defaultMarkerTags
  const legend = new Map(defaultMarkerTags)
  for (const match of line?.[1].matchAll(/(?:\u200d|\ufe0f)*(\p{Extended_Pictographic})(?:\u200d|\ufe0f)*\s*([\p{L}-]+)/gu) ?? []) {
    legend.set(match[1], match[2].toLowerCase())
  }
  if (marked) {
    const meaning = /\b(incomplete|unanswered|no\s+answer|(?:don[’']?t|do\s+not)\s+have\s+(?:an?\s+)?answers?)\b/i.exec(marked[2])
    const difficulty = /\b(easy|medium|hard|advanced|basic|expert)\b/i.exec(marked[2])
    if (meaning) legend.set(marked[1], 'incomplete')
    else if (difficulty) legend.set(marked[1], difficulty[1].toLowerCase())
  }
  return legend
}
