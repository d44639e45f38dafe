export type DiffPart = { type: 'equal' | 'insert' | 'delete'; text: string }

/** Beyond this many edits the changed middle is shown as replaced rather than diffed word by word. */
const maxEdits = 2000

/** Words and the whitespace between them, so that joining the parts gives the text back exactly. */
const tokenize = (text: string): string[] => text.split(/(\s+)/).filter((token) => token.length > 0)

const push = (parts: DiffPart[], type: DiffPart['type'], text: string): void => {
  if (!text) return
  const last = parts.at(-1)
  if (last?.type === type) last.text += text
  else parts.push({ type, text })
}

type Op = { type: DiffPart['type']; token: string }

/**
 * Myers' O((N+M)·D) shortest edit script over tokens: fast when the texts
 * differ in a few places, whatever their length. Null when there are more
 * than maxEdits edits.
 */
const shortestEdit = (a: string[], b: string[]): Op[] | null => {
  const n = a.length
  const m = b.length
  const max = Math.min(n + m, maxEdits)
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  // trace[d]: v[k] for k in [-d-1, d+1] as it stood before step d.
  const trace: Int32Array[] = []
  for (let d = 0; d <= max; d += 1) {
    trace.push(v.slice(offset - d - 1, offset + d + 2))
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x += 1
        y += 1
      }
      v[offset + k] = x
      if (x >= n && y >= m) return backtrack({ a, b, trace })
    }
  }
  return null
}

const backtrack = ({ a, b, trace }: { a: string[]; b: string[]; trace: Int32Array[] }): Op[] => {
  const ops: Op[] = []
  let x = a.length
  let y = b.length
  for (let d = trace.length - 1; d >= 0; d -= 1) {
    const snapshot = trace[d]
    const at = (k: number) => snapshot[k + d + 1]
    const k = x - y
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1
    const previousX = d === 0 ? 0 : at(previousK)
    const previousY = d === 0 ? 0 : previousX - previousK
    while (x > previousX && y > previousY) {
      ops.push({ type: 'equal', token: a[x - 1] })
      x -= 1
      y -= 1
    }
    if (d > 0) {
      if (x === previousX) ops.push({ type: 'insert', token: b[y - 1] })
      else ops.push({ type: 'delete', token: a[x - 1] })
    }
    x = previousX
    y = previousY
  }
  return ops.reverse()
}

/**
 * A word diff. Joining the `equal` and `delete` parts gives `before`;
 * `equal` and `insert` give `after`.
 */
export const wordDiff = ({ before, after }: { before: string; after: string }): DiffPart[] => {
  const a = tokenize(before)
  const b = tokenize(after)
  const parts: DiffPart[] = []
  const ops = shortestEdit(a, b)
  if (!ops) {
    push(parts, 'delete', before)
    push(parts, 'insert', after)
    return parts
  }
  for (const op of ops) push(parts, op.type, op.token)
  return parts
}

export const diffHasChanges = (parts: DiffPart[]): boolean => parts.some((part) => part.type !== 'equal')
