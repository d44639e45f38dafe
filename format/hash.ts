import { createHash } from 'node:crypto'
import type { BankDocument, LevelHeader } from './schema'
import { bankFormatName, bankFormatVersion, levelHeaderRecord, questionRecord, roleRecord } from './schema'

/**
 * contentHash of the JSON format:
 *
 *   "sha256:" + hex(SHA-256(UTF-8(canonical)))
 *
 * where `canonical` is JSON.stringify (no whitespace) of the document without
 * its contentHash member, keys in schema order:
 *
 *   {"format":"prepbank.bank","formatVersion":1,"role":{…},"levels":[{"slug":…,"name":…,"rank":…,"questions":[…]},…]}
 *
 * The canonical form is independent of the pretty-printing, so a file that was
 * re-indented still verifies, while any change of content does not.
 */

export type ContentHasher = {
  /** Feeds the next piece of the canonical JSON. */
  update: (canonicalPiece: string) => void
  /** "sha256:<hex>" of everything fed so far. */
  digest: () => string
}

export function createContentHasher(): ContentHasher {
  const hash = createHash('sha256')
  return {
    update: (canonicalPiece) => {
      hash.update(canonicalPiece, 'utf8')
    },
    digest: () => `sha256:${hash.digest('hex')}`,
  }
}

/** The canonical opening up to the first level, shared by the writer and the verifier. */
export function canonicalOpening(role: BankDocument['role']): string {
  return `{"format":${JSON.stringify(bankFormatName)},"formatVersion":${bankFormatVersion},"role":${JSON.stringify(roleRecord(role))},"levels":[`
}

/** The canonical opening of a level, up to its first question. */
export function canonicalLevelOpening(level: LevelHeader): string {
  const header = JSON.stringify(levelHeaderRecord(level))
  return `${header.slice(0, -1)},"questions":[`
}

export const canonicalLevelClosing = ']}'
export const canonicalClosing = ']}'

/** The contentHash a parsed document should carry, for verifying an import. */
export function contentHashOf(document: Omit<BankDocument, 'contentHash'>): string {
  const hasher = createContentHasher()
  hasher.update(canonicalOpening(document.role))
  document.levels.forEach((level, levelIndex) => {
    hasher.update(`${levelIndex > 0 ? ',' : ''}${canonicalLevelOpening(level)}`)
    level.questions.forEach((question, questionIndex) => {
      hasher.update(`${questionIndex > 0 ? ',' : ''}${JSON.stringify(questionRecord(question))}`)
    })
    hasher.update(canonicalLevelClosing)
  })
  hasher.update(canonicalClosing)
  return hasher.digest()
}
