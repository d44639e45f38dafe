import { sha256 } from './content-hash'

/** A short, stable tag of a name: the first 6 hex digits of its sha256. */
export const nameHash = (text: string): string => sha256(text.normalize('NFC')).slice(0, 6)

/**
 * Lower-case words of letters and digits joined by hyphens, in any script:
 * "AI Workflow & Tools" → "ai-workflow-tools", "Ingénieur données" →
 * "ingenieur-donnees", "前端工程师" → "前端工程师". Latin accents are dropped
 * (then NFC puts Hangul and other composed scripts back together). Never
 * empty: a name with no letter or digit at all ("C++" is "c", "???" is
 * not) gets a short hash of the name instead.
 */
export const slugify = (text: string): string => {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  return slug || `x-${nameHash(text)}`
}

/**
 * The slugs `name` may take, best first: the plain slug, then the slug with
 * the name's short hash, so that two different names ("C++" and "C#", or a
 * name and its transliteration) never have to share one.
 */
export const slugCandidates = (name: string): string[] => {
  const slug = slugify(name)
  const hashed = `${slug}-${nameHash(name)}`
  return [slug, hashed, `${hashed}-${nameHash(`${name}\u0000${hashed}`)}`]
}
