import { createHash } from 'node:crypto'

import type { BankQuestion } from './model'

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex')

/**
 * What a question says, hashed: the prompt, the hints and the tags. It tells
 * an unchanged question from an edited one on re-import, whatever its place.
 */
export const questionContentHash = ({ question }: { question: Pick<BankQuestion, 'prompt' | 'hints' | 'tags'> }): string =>
  sha256(JSON.stringify([question.prompt ?? '', question.hints.map((hint) => hint.text), [...question.tags].sort()]))
