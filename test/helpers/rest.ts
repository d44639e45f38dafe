import type { Payload } from 'payload'

import { handleEndpoints } from 'payload'

/**
 * Sends a real HTTP Request through Payload's REST router, the same one the
 * Next route handlers call, without starting a server.
 */
export const restRequest = async ({
  payload,
  method = 'GET',
  path,
  token,
  body,
  headers = {},
}: {
  payload: Payload
  method?: string
  path: string
  token?: string
  body?: unknown
  headers?: Record<string, string>
}): Promise<{ status: number; json: any; headers: Headers; text: string }> => {
  const init: RequestInit = {
    method,
    headers: {
      ...(body !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `JWT ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  }
  const request = new Request(`http://localhost:3000/api${path}`, init)
  const response = await handleEndpoints({ config: payload.config, request })
  // Keep a byte order mark: the spreadsheet CSV profile starts with one on purpose.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
  let json: unknown = null
  try {
    json = JSON.parse(text)
  } catch {
    json = null
  }
  return { status: response.status, json, headers: response.headers, text }
}
