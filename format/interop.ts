/**
 * The conventions Prepbank's interop formats (Anki, Moodle XML, GIFT, QTI)
 * share between their writers (exporters/) and readers (importers/): how a
 * role and a level become an Anki deck or a Moodle category, how hints are
 * marked so that a reader can split them again, and GIFT's escaping.
 */

/** Every hint of a question becomes one `<div class="prepbank-hint">` in HTML targets (Anki, Moodle, QTI). */
export const hintHtmlClass = 'prepbank-hint'

/**
 * GIFT's general feedback is one text: hints are joined by this line, an HTML
 * comment that Moodle's Markdown renderer hides and Prepbank's reader splits on.
 */
export const giftHintSeparator = '\n\n<!-- prepbank:next-hint -->\n\n'

/** Anki decks nest with "::". */
export const ankiDeckSeparator = '::'
export const ankiDeckRoot = 'Prepbank'

/** `Prepbank::<Role>::<Level>`; a "::" inside a name would nest a deck, so it becomes ":". */
export function ankiDeckName({ roleName, levelName }: { roleName: string; levelName: string }): string {
  const part = (name: string) => name.replaceAll('::', ':')
  return [ankiDeckRoot, part(roleName), part(levelName)].join(ankiDeckSeparator)
}

/** Anki tags are separated by spaces, so a space inside a tag becomes "_". */
export function ankiTag(tag: string): string {
  return tag.replace(/\s+/g, '_')
}

/** Moodle writes a "/" inside a category name as "//". */
export function moodleCategoryPath({ roleName, levelName }: { roleName: string; levelName: string }): string {
  const part = (name: string) => name.replaceAll('/', '//')
  return ['$course$', 'top', part(roleName), part(levelName)].join('/')
}

/** The names in a Moodle category path, "//" read back as "/", without `$course$`/`$system$`… and `top`. */
export function moodleCategoryNames(path: string): string[] {
  const names = path
    .split(/(?<!\/)\/(?!\/)/)
    .map((name) => name.replaceAll('//', '/').trim())
    .filter((name) => name !== '')
  let start = 0
  if (names[start] !== undefined && /^\$[a-z]+\$$/.test(names[start])) start += 1
  if (names[start] === 'top') start += 1
  return names.slice(start)
}

/** Moodle limits a question's name to 255 characters; a long prompt is cut at a word, with "…". */
export function questionName(prompt: string): string {
  const limit = 120
  if (prompt.length <= limit) return prompt
  const cut = prompt.slice(0, limit - 1)
  const atSpace = cut.lastIndexOf(' ')
  return `${(atSpace > limit / 2 ? cut.slice(0, atSpace) : cut).trimEnd()}…`
}

/** GIFT's special characters (`~ = # { } :` and the backslash) get a backslash; a line break becomes `\n`. */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, '\\$&').replace(/\r?\n/g, '\\n')
}

/** What Prepbank accepts as a stable id (format/schema.ts's question id). */
const stableIdPattern = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/

/**
 * A foreign id (an Anki GUID, a Moodle idnumber, a GIFT [id:]) as a stable
 * id: itself when Prepbank can carry it (Prepbank's own exports always), else
 * `<prefix>-` + its UTF-8 bytes in base64url, which is stable, so re-importing
 * the same file still updates the same questions.
 */
export function stableIdFromForeign({ id, prefix }: { id: string; prefix: string }): { key: string; encoded: boolean } {
  if (stableIdPattern.test(id)) return { key: id, encoded: false }
  return { key: `${prefix}-${Buffer.from(id, 'utf8').toString('base64url')}`, encoded: true }
}

/** Tags Prepbank can carry: one line, no "," or ";", no space at either end. */
export function isCarriableTag(tag: string): boolean {
  return /^[^\s,;](?:[^\r\n,;]*[^\s,;])?$/.test(tag)
}

/** The level of questions that come without a category or deck below the role. */
export const defaultLevelName = 'General'
