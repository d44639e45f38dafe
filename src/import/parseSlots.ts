import type { Payload } from 'payload'

import { readEnv } from '../config/env'

/**
 * How many documents parse at once. Each parse runs on its own worker thread
 * with up to PREPBANK_PARSE_MEMORY_MB of heap, so without a bound twenty
 * concurrent dry runs would start twenty workers and take the server's
 * memory and cores (issue #16). Parses beyond `workers` wait in a queue of
 * at most `queue`; beyond that they are refused at once, and the client may
 * retry.
 */
export type ParseSlots = {
  /** A release function once a slot is free, or null when the queue is full. */
  acquire: () => Promise<(() => void) | null>
  stats: () => { running: number; waiting: number }
}

export const createParseSlots = ({ workers, queue }: { workers: number; queue: number }): ParseSlots => {
  let running = 0
  const waiting: Array<() => void> = []
  const release = () => {
    const next = waiting.shift()
    // The slot passes straight to the next waiter, so `running` stays the same.
    if (next) next()
    else running -= 1
  }
  const releaseOnce = () => {
    let released = false
    return () => {
      if (released) return
      released = true
      release()
    }
  }
  return {
    acquire: async () => {
      if (running < workers) {
        running += 1
        return releaseOnce()
      }
      if (waiting.length >= queue) return null
      await new Promise<void>((resolve) => waiting.push(resolve))
      return releaseOnce()
    },
    stats: () => ({ running, waiting: waiting.length }),
  }
}

/**
 * One set of slots per Payload instance, as with the export cache
 * (src/export/exportCache.ts): the bound belongs to the server, not to the
 * module, and goes with its instance.
 */
const slotsByInstance = new WeakMap<Payload, ParseSlots>()

export const parseSlotsOf = (payload: Payload): ParseSlots => {
  let slots = slotsByInstance.get(payload)
  if (!slots) {
    const env = readEnv()
    slots = createParseSlots({ workers: env.PREPBANK_PARSE_WORKERS, queue: env.PREPBANK_PARSE_QUEUE })
    slotsByInstance.set(payload, slots)
  }
  return slots
}
