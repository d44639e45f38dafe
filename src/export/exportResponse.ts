import type { ExportChunk, ExportFormat } from '../../exporters'

import { contentTypeFor } from '../../exporters'

/** Text (or, for zip formats, byte) chunks as a byte stream, pulled on demand so a large bank never sits in memory whole. */
const byteStream = (chunks: AsyncIterable<ExportChunk>): ReadableStream<Uint8Array> => {
  const iterator = chunks[Symbol.asyncIterator]()
  const encoder = new TextEncoder()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await iterator.next()
        if (done) controller.close()
        else controller.enqueue(typeof value === 'string' ? encoder.encode(value) : value)
      } catch (error) {
        controller.error(error)
      }
    },
    async cancel() {
      await iterator.return?.()
    },
  })
}

const matchesEtag = ({ header, etag }: { header: string | null; etag: string }): boolean =>
  Boolean(header && header.split(',').some((candidate) => candidate.trim() === etag || candidate.trim() === '*'))

/** A download: Content-Type, Content-Disposition, ETag, and 304 when the client already has it. */
export const exportResponse = ({
  request,
  chunks,
  format,
  fileName,
  etag,
}: {
  request: Request | { headers: Headers }
  chunks: () => AsyncIterable<ExportChunk>
  format: ExportFormat
  fileName: string
  etag: string
}): Response => {
  const headers = new Headers({
    'content-type': contentTypeFor({ format }),
    'content-disposition': `attachment; filename="${fileName}"`,
    etag,
    'cache-control': 'no-cache',
  })
  if (matchesEtag({ header: request.headers.get('if-none-match'), etag })) return new Response(null, { status: 304, headers })
  return new Response(byteStream(chunks()), { status: 200, headers })
}
