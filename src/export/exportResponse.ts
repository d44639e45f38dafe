import type { ExportChunk, ExportFormat } from '../../exporters'
import type { ExportCache } from './exportCache'

import { contentTypeFor } from '../../exporters'

/**
 * Text chunks as a byte stream, pulled on demand so a large bank never sits in
 * memory whole. With `collect`, the bytes are also kept for the cache until
 * they pass `maxBytes` (then they are let go and the render only streams), and
 * handed over once the render has finished.
 */
const byteStream = ({
  chunks,
  collect,
}: {
  chunks: AsyncIterable<ExportChunk>
  collect?: { maxBytes: number; done: (bytes: Uint8Array) => void }
}): ReadableStream<Uint8Array> => {
  const iterator = chunks[Symbol.asyncIterator]()
  let kept: Uint8Array[] | null = collect ? [] : null
  let keptBytes = 0
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await iterator.next()
        if (done) {
          controller.close()
          if (kept && collect) collect.done(kept.length === 1 ? kept[0] : Buffer.concat(kept, keptBytes))
          kept = null
          return
        }
        const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value
        if (kept) {
          keptBytes += bytes.byteLength
          if (keptBytes > collect!.maxBytes) kept = null
          else kept.push(bytes)
        }
        controller.enqueue(bytes)
      } catch (error) {
        kept = null
        controller.error(error)
      }
    },
    async cancel() {
      kept = null
      await iterator.return?.()
    },
  })
}

const matchesEtag = ({ header, etag }: { header: string | null; etag: string }): boolean =>
  Boolean(header && header.split(',').some((candidate) => candidate.trim() === etag || candidate.trim() === '*'))

/**
 * A download: Content-Type, Content-Disposition, ETag, and 304 when the client
 * already has it. With `cache`, bytes rendered for this ETag are served from
 * memory, and a complete render is kept for the next request; the
 * `x-export-cache` header says which (hit, miss, or off).
 */
export const exportResponse = ({
  request,
  chunks,
  format,
  fileName,
  etag,
  cache,
}: {
  request: Request | { headers: Headers }
  chunks: () => AsyncIterable<ExportChunk>
  format: ExportFormat
  fileName: string
  etag: string
  cache?: { store: ExportCache | null; key: string }
}): Response => {
  const headers = new Headers({
    'content-type': contentTypeFor({ format }),
    'content-disposition': `attachment; filename="${fileName}"`,
    etag,
    'cache-control': 'no-cache',
  })
  if (matchesEtag({ header: request.headers.get('if-none-match'), etag })) return new Response(null, { status: 304, headers })
  const store = cache?.store ?? null
  if (!store || !cache) {
    headers.set('x-export-cache', 'off')
    return new Response(byteStream({ chunks: chunks() }), { status: 200, headers })
  }
  const cached = store.get({ key: cache.key, etag })
  if (cached) {
    headers.set('x-export-cache', 'hit')
    headers.set('content-length', String(cached.byteLength))
    return new Response(cached as Uint8Array<ArrayBuffer>, { status: 200, headers })
  }
  headers.set('x-export-cache', 'miss')
  const collect = { maxBytes: store.maxEntryBytes, done: (bytes: Uint8Array) => store.put({ key: cache.key, etag, bytes }) }
  return new Response(byteStream({ chunks: chunks(), collect }), { status: 200, headers })
}
