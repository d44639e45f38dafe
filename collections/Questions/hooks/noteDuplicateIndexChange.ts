import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { markQuestionChanged } from '../../../src/duplicates/service'

/**
 * Keeps the near-duplicate index current without slowing or failing a save:
 * the question is only noted as changed, and the index re-reads it (after
 * the transaction, so a rolled-back save is never indexed) before its next use.
 */
export const noteQuestionChangedForDuplicates: CollectionAfterChangeHook = ({ doc, req }) => {
  markQuestionChanged({ payload: req.payload, id: doc.id })
  return doc
}

export const noteQuestionDeletedForDuplicates: CollectionAfterDeleteHook = ({ id, req }) => {
  markQuestionChanged({ payload: req.payload, id })
}

/** A hint-only draft is compared on its hints: a hint's save changes its question's text. */
export const noteHintChangedForDuplicates: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
  markQuestionChanged({ payload: req.payload, id: doc.question })
  if (previousDoc?.question) markQuestionChanged({ payload: req.payload, id: previousDoc.question })
  return doc
}

export const noteHintDeletedForDuplicates: CollectionAfterDeleteHook = ({ doc, req }) => {
  markQuestionChanged({ payload: req.payload, id: doc?.question })
}
