import type { Payload } from 'payload'

import { readEnv } from '../config/env'

export type CachedExport = { etag: string; bytes: Uint8Array }

export type ExportCache = {
  /** The bytes rendered for `key`, when they were rendered for this `etag` (the bank fingerprint). */
  get: (args: { key: string; etag: string }) => Uint8Array | null
  /** Keeps `bytes` for `key` under `etag`, replacing what the key held; least recently used entries go first. */
  put: (args: { key: string; etag: string; bytes: Uint8Array }) => void
  /** Largest entry kept: a render that grows past it stops collecting its bytes. */
  readonly maxEntryBytes: number
  readonly stats: () => { entries: number; bytes: number; maxBytes: number }
}

/**
 * A byte-bounded LRU of rendered exports. One entry per key (role, format,
 * profile, selection): a new fingerprint replaces the old bytes, so a stale
 * bank is never served, and its memory goes back at once. A Map keeps
 * insertion order, which is the recency order when a hit re-inserts its entry.
 */
export const createExportCache = ({ maxBytes }: { maxBytes: number }): ExportCache => {
  const entries = new Map<string, CachedExport>()
  let total = 0
  const drop = (key: string) => {
    const entry = entries.get(key)
    if (!entry) return
    entries.delete(key)
    total -= entry.bytes.byteLength
  }
  return {
    maxEntryBytes: maxBytes,
    get: ({ key, etag }) => {
      const entry = entries.get(key)
      if (!entry) return null
      if (entry.etag !== etag) {
        drop(key)
        return null
      }
      entries.delete(key)
      entries.set(key, entry)
      return entry.bytes
    },
    put: ({ key, etag, bytes }) => {
      drop(key)
      if (bytes.byteLength > maxBytes) return
      entries.set(key, { etag, bytes })
      total += bytes.byteLength
      for (const oldest of entries.keys()) {
        if (total <= maxBytes) break
        drop(oldest)
      }
    },
    stats: () => ({ entries: entries.size, bytes: total, maxBytes }),
  }
}

/**
 * One cache per Payload instance: the cache belongs to the instance (and to
 * its database), not to the module, so two instances in one process never
 * share entries, and the cache goes when its instance does. The WeakMap only
 * finds an instance's cache; createExportCache is the one place it is made.
 */
const caches = new WeakMap<Payload, ExportCache | null>()

/** The export cache of this Payload instance, sized by PREPBANK_EXPORT_CACHE_MB; null when that is 0 (off). */
export const exportCacheOf = (payload: Payload): ExportCache | null => {
  if (!caches.has(payload)) {
    const megabytes = readEnv().PREPBANK_EXPORT_CACHE_MB
    caches.set(payload, megabytes > 0 ? createExportCache({ maxBytes: Math.round(megabytes * 1024 * 1024) }) : null)
  }
  return caches.get(payload) ?? null
}
