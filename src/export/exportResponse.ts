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

/** Whether Accept-Encoding takes gzip: listed (or `*`) without `q=0` (RFC 9110, 12.5.3). */
export const acceptsGzip = (header: string | null): boolean => {
  if (!header) return false
  const weights = new Map<string, number>()
  for (const part of header.split(',')) {
    const [coding, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase())
    const q = parameters.find((parameter) => parameter.startsWith('q='))
    weights.set(coding, q ? Number(q.slice(2)) || 0 : 1)
  }
  return (weights.get('gzip') ?? weights.get('x-gzip') ?? weights.get('*') ?? 0) > 0
}

const matchesEtag = ({ header, etag }: { header: string | null; etag: string }): boolean =>
  Boolean(header && header.split(',').some((candidate) => candidate.trim() === etag || candidate.trim() === '*'))

/**
 * A download: Content-Type, Content-Disposition, ETag, and 304 when the client
 * already has it. With `cache`, bytes rendered for this ETag are served from
 * memory (gzipped when the client accepts it and the cache has made that
 * form), and a complete render is kept for the next request; the
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
    // Cached bytes go out gzipped to clients that take it: the representation depends on the header.
    vary: 'accept-encoding',
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
    const body = cached.gzip && acceptsGzip(request.headers.get('accept-encoding')) ? cached.gzip : cached.bytes
    if (body === cached.gzip) headers.set('content-encoding', 'gzip')
    headers.set('content-length', String(body.byteLength))
    return new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers })
  }
  headers.set('x-export-cache', 'miss')
  const collect = { maxBytes: store.maxEntryBytes, done: (bytes: Uint8Array) => void store.put({ key: cache.key, etag, bytes }) }
  return new Response(byteStream({ chunks: chunks(), collect }), { status: 200, headers })
}
