import type { Payload, TypedUser } from 'payload'

import type { QueueItem } from './queue'

import { loadReviewQueue } from './queue'

export type QueueRound = {
  questionId: number | string
  /** The question's working title (its prompt, or a title from its first hint). */
  title: string
  roleId: number | string
  levelId: number | string
  /** When the oldest of its items entered review. */
  since: string
  /** The question itself, when it is in review. */
  question: QueueItem | null
  /** Its hints in review. */
  hints: QueueItem[]
}

/**
 * The review queue as one row per question: the question and its hints in
 * review together, oldest first. A hint reviewed alone (its question
 * approved) makes a row of its own question too.
 */
export const loadReviewRounds = async ({
  payload,
  user,
  role,
  level,
}: {
  payload: Payload
  user: TypedUser
  role?: string
  level?: string
}): Promise<QueueRound[]> => {
  const items = await loadReviewQueue({ payload, user, role, level })
  const rounds = new Map<string, QueueRound>()
  for (const item of items) {
    const key = String(item.questionId)
    const round = rounds.get(key) ?? {
      questionId: item.questionId,
      title: '',
      roleId: item.roleId,
      levelId: item.levelId,
      since: item.since,
      question: null,
      hints: [],
    }
    if (item.collection === 'questions') {
      round.question = item
      round.title = item.title
    } else round.hints.push(item)
    if (item.since < round.since) round.since = item.since
    rounds.set(key, round)
  }
  const untitled = [...rounds.values()].filter((round) => !round.question).map((round) => round.questionId)
  if (untitled.length) {
    const questions = await payload.find({
      collection: 'questions',
      where: { id: { in: untitled } },
      select: { workingTitle: true },
      depth: 0,
      draft: true,
      limit: 0,
      pagination: false,
      overrideAccess: false,
      user,
    })
    for (const question of questions.docs) {
      const round = rounds.get(String(question.id))
      if (round) round.title = question.workingTitle ?? ''
    }
  }
  return [...rounds.values()].sort((left, right) => left.since.localeCompare(right.since))
}
