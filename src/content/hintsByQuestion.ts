import { idKey } from './ids'

/**
 * Hints grouped by the question they belong to (keyed by idKey), each group in
 * the order the hints arrived: read them sorted by position to get position order.
 */
export const hintsByQuestion = <Hint extends { question?: unknown }>(hints: Iterable<Hint>): Map<string, Hint[]> => {
  const groups = new Map<string, Hint[]>()
  for (const hint of hints) {
    const key = idKey(hint.question)
    const group = groups.get(key)
    if (group) group.push(hint)
    else groups.set(key, [hint])
  }
  return groups
}
