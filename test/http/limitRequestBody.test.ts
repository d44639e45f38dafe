import { describe, expect, it } from 'vitest'

import { limitRequestBody } from '../../src/http/limitRequestBody'

/** What the wrapped handler received: the body it could read, or that it was never called. */
const recordingHandler = () => {
  const received: string[] = []
  const handler = async (request: Request, _args: { params: Promise<{ slug: string[] }> }) => {
    received.push(`${request.method} ${request.headers.get('content-type')} ${await request.text()}`)
    return Response.json({ ok: true })
  }
  return { handler, received }
}

const args = { params: Promise.resolve({ slug: ['questions'] }) }

/** A body sent without a length, `chunks` chunks of 1 MiB, counting how many were pulled. */
const streamedBody = (chunks: number) => {
  const chunk = new Uint8Array(1024 * 1024).fill(0x61)
  const pulled = { count: 0 }
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count >= chunks) return controller.close()
      pulled.count += 1
      controller.enqueue(chunk)
    },
  })
  return { body, pulled }
}

describe('REST and GraphQL bodies are read within PREPBANK_MAX_API_BODY_BYTES', () => {
  it('passes a small body through unchanged, with its method and headers', async () => {
    const { handler, received } = recordingHandler()
    const response = await limitRequestBody(handler)(
      new Request('http://localhost/api/questions/1', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{"prompt":"Why?"}' }),
      args,
    )
    expect(response.status).toBe(200)
    expect(received).toEqual(['PATCH application/json {"prompt":"Why?"}'])
  })

  it('refuses a declared length over the limit before reading, and a streamed body as it crosses it', async () => {
    const { handler, received } = recordingHandler()
    const declared = await limitRequestBody(handler)(
      new Request('http://localhost/api/graphql', { method: 'POST', headers: { 'content-length': String(3 * 1024 * 1024) }, body: 'x' }),
      args,
    )
    expect(declared.status).toBe(413)
    const { body, pulled } = streamedBody(200)
    const streamed = await limitRequestBody(handler)(
      new Request('http://localhost/api/questions', { method: 'POST', body, duplex: 'half' } as RequestInit),
      args,
    )
    expect(streamed.status).toBe(413)
    expect((await streamed.json()).errors[0].message).toMatch(/larger than the limit of 2 MiB \(PREPBANK_MAX_API_BODY_BYTES\)/)
    // It stopped reading soon after the limit, not at the end of the 200 MiB on offer.
    expect(pulled.count).toBeLessThan(10)
    expect(received).toEqual([])
  })

  it('leaves /api/import to count its own body, with its own limit', async () => {
    const { handler, received } = recordingHandler()
    const { body } = streamedBody(3)
    const response = await limitRequestBody(handler)(new Request('http://localhost/api/import', { method: 'POST', body, duplex: 'half' } as RequestInit), args)
    expect(response.status).toBe(200)
    expect(received[0]).toHaveLength('POST null '.length + 3 * 1024 * 1024)
  })
})
