import type { z } from 'zod'

/**
 * The one way Prepbank's custom endpoints answer with JSON. Success bodies
 * are built by the caller from a depth-0 read or an explicit projection
 * (never a whole document with populated relationships); errors always take
 * Payload's own shape, `{ errors: [{ message, path? }] }`.
 */

type Headers = Record<string, string>

export type Problem = { message: string; path?: string }

export const jsonResponse = ({ body, status = 200, headers }: { body: unknown; status?: number; headers?: Headers }): Response =>
  Response.json(body, { status, headers })

export const problemResponse = ({
  status,
  message,
  problems,
  headers,
}: {
  status: number
  message?: string
  problems?: Problem[]
  headers?: Headers
}): Response => jsonResponse({ body: { errors: problems ?? [{ message: message ?? 'Request refused.' }] }, status, headers })

/** Each zod issue as one error with its path: what a client needs to fix its request. */
export const invalidResponse = ({ error, status = 400, prefix }: { error: z.ZodError; status?: number; prefix?: string }): Response =>
  problemResponse({
    status,
    problems: error.issues.map((issue) => ({
      message: `${prefix ? `${prefix}: ` : ''}${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
      ...(issue.path.length ? { path: issue.path.join('.') } : {}),
    })),
  })

/** Payload's errors (APIError, Forbidden, NotFound, ValidationError) carry a 4xx status; anything else is a bug. */
export const clientErrorStatus = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown })?.status
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined
}

/** A client error as a problem response; a server error is rethrown for Payload to log and answer 500. */
export const errorResponse = (error: unknown): Response => {
  const status = clientErrorStatus(error)
  if (!status) throw error
  return problemResponse({ status, message: error instanceof Error ? error.message : String(error) })
}

/** Only the named keys of a document, in that order: what a response may carry of it. */
export const project = <T extends object, K extends keyof T>(doc: T, keys: readonly K[]): Pick<T, K> =>
  Object.fromEntries(keys.filter((key) => key in doc).map((key) => [key, doc[key]])) as Pick<T, K>
