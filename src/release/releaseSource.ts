import type { ExportSource } from '../../exporters'
import type { BankDocument } from '../../format/schema'

import { sourceFromArrays } from '../../exporters'
import { bankDocumentSchema } from '../../format/schema'

/** A frozen JSON export as an export source: the other formats of a release are rendered from it. */
export const sourceFromSnapshot = ({ snapshot }: { snapshot: string }): ExportSource => {
  const document: BankDocument = bankDocumentSchema.parse(JSON.parse(snapshot))
  return sourceFromArrays({
    role: document.role,
    levels: document.levels.map(({ questions, ...level }) => ({
      level,
      questions: questions.map((question) => ({
        id: question.id,
        prompt: question.prompt,
        tags: question.tags,
        hints: question.hints.map((hint) => ({ markdown: hint.markdown, plainText: hint.plainText })),
      })),
    })),
  })
}
