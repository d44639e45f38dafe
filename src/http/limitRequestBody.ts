import { readEnv } from '../config/env'
import { formatMiB, readBodyWithin } from './readBodyWithin'
import { problemResponse } from './respond'

/**
 * Payload's REST and GraphQL handlers read a JSON body whole
 * (`req.text()`), whatever its size: one 500 MB PATCH would be held in
 * memory. Wrapped by this, a route reads the body within
 * PREPBANK_MAX_API_BODY_BYTES while it streams, answers 413 beyond it, and
 * hands Payload the bytes it read. `/api/import` counts its own body, with its
 * own larger limit (PREPBANK_MAX_BODY_BYTES), so it passes through.
 */
const streamsItsOwnBody = new Set(['/api/import'])

export const limitRequestBody =
  <Args>(handler: (request: Request, args: Args) => Promise<Response>) =>
  async (request: Request, args: Args): Promise<Response> => {
    if (!request.body || streamsItsOwnBody.has(new URL(request.url).pathname)) return handler(request, args)
    const maxBytes = readEnv().PREPBANK_MAX_API_BODY_BYTES
    const bytes = await readBodyWithin({
      request,
      maxBytes,
      tooLargeMessage: `The request body is larger than the limit of ${formatMiB(maxBytes)} (PREPBANK_MAX_API_BODY_BYTES).`,
    })
    if ('error' in bytes) return problemResponse({ status: bytes.status, message: bytes.error })
    return handler(new Request(request, { body: bytes as unknown as BodyInit, duplex: 'half' } as RequestInit), args)
  }
