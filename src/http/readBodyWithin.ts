/**
 * Reading a request body with a size limit, counted while it streams in: a
 * body over the limit is refused (413) as soon as it crosses it, before it is
 * held in memory, and a declared Content-Length over the limit before
 * anything is read (issue #16, finding 14b).
 */
export type BodyTooLarge = { status: 413; error: string }

export const formatMiB = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`

export const readBodyWithin = async ({
  request,
  maxBytes,
  tooLargeMessage,
}: {
  request: { headers: { get: (name: string) => string | null }; body?: ReadableStream<Uint8Array> | null }
  maxBytes: number
  /** What the caller tells a client whose body is too large (the limit's name, what to do). */
  tooLargeMessage: string
}): Promise<Uint8Array | BodyTooLarge> => {
  const tooLarge: BodyTooLarge = { status: 413, error: tooLargeMessage }
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      return tooLarge
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks, size)
}
