import type { Payload } from 'payload'

import { promisify } from 'node:util'
import { gzip } from 'node:zlib'

import { readEnv } from '../config/env'

/** One rendered export: its bytes, and the same bytes gzipped once they have been (null until then, or when gzip does not make them smaller). */
export type CachedExport = { etag: string; bytes: Uint8Array; gzip: Uint8Array | null }

export type ExportCache = {
  /** The export rendered for `key`, when it was rendered for this `etag` (the bank fingerprint). */
  get: (args: { key: string; etag: string }) => CachedExport | null
  /**
   * Keeps `bytes` for `key` under `etag`, replacing what the key held; least
   * recently used entries go first. Resolves once the gzip form has been made
   * (or given up): callers that answer requests need not wait for it.
   */
  put: (args: { key: string; etag: string; bytes: Uint8Array }) => Promise<void>
  /** Largest entry kept: a render that grows past it stops collecting its bytes. */
  readonly maxEntryBytes: number
  readonly stats: () => { entries: number; bytes: number; maxBytes: number }
}

const gzipBytes = promisify(gzip)

/**
 * A byte-bounded LRU of rendered exports. One entry per key (role, format,
 * profile, selection): a new fingerprint replaces the old bytes, so a stale
 * bank is never served, and its memory goes back at once. A Map keeps
 * insertion order, which is the recency order when a hit re-inserts its entry.
 *
 * Each entry is also gzipped once, off the event loop (zlib runs in libuv's
 * thread pool): a client that accepts gzip (browsers, curl --compressed) gets
 * those bytes, and Next.js's response compression, which would otherwise
 * gzip a 10k-question bank again on every request, skips a response that is
 * already encoded. Both forms count against the byte bound.
 */
export const createExportCache = ({ maxBytes }: { maxBytes: number }): ExportCache => {
  const entries = new Map<string, CachedExport>()
  let total = 0
  const sizeOf = (entry: CachedExport) => entry.bytes.byteLength + (entry.gzip?.byteLength ?? 0)
  const drop = (key: string) => {
    const entry = entries.get(key)
    if (!entry) return
    entries.delete(key)
    total -= sizeOf(entry)
  }
  const evictOverBound = () => {
    for (const oldest of entries.keys()) {
      if (total <= maxBytes) break
      drop(oldest)
    }
  }
  const addGzip = async ({ key, entry }: { key: string; entry: CachedExport }): Promise<void> => {
    const compressed = await gzipBytes(entry.bytes).catch(() => null)
    // The entry may have been replaced or evicted while zlib worked: only the live one gets its gzip form.
    if (!compressed || compressed.byteLength >= entry.bytes.byteLength || entries.get(key) !== entry) return
    entry.gzip = new Uint8Array(compressed.buffer, compressed.byteOffset, compressed.byteLength)
    total += compressed.byteLength
    evictOverBound()
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
      return entry
    },
    put: async ({ key, etag, bytes }) => {
      drop(key)
      if (bytes.byteLength > maxBytes) return
      const entry: CachedExport = { etag, bytes, gzip: null }
      entries.set(key, entry)
      total += bytes.byteLength
      evictOverBound()
      await addGzip({ key, entry })
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
