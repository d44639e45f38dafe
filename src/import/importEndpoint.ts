import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import { layoutSchema } from '../../format/model'
import { importDocument } from './importDocument'
import { canEditContent } from '../access/userRoles'
import { readEnv } from '../config/env'
import { formatMiB, readBodyWithin } from '../http/readBodyWithin'
import { invalidResponse, jsonResponse, problemResponse } from '../http/respond'

const importQuerySchema = z.object({
  dryRun: z.enum(['true', 'false', '1', '0']).optional().transform((value) => value === 'true' || value === '1'),
  layout: z.union([layoutSchema, z.literal('auto')]).default('auto'),
  role: z.string().trim().min(1).optional(),
  fileName: z.string().trim().min(1).max(255).optional(),
  /** Skip every new question that likely duplicates a stored one. */
  skipDuplicates: z.enum(['true', 'false', '1', '0']).optional().transform((value) => value === 'true' || value === '1'),
  /** Skip the new questions at these "line:column" keys (from a preview's `duplicates`), comma-separated. */
  skip: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(',').map((key) => key.trim()).filter(Boolean) : [])),
})

const jsonBodySchema = z.object({
  text: z.string().min(1, 'text is empty'),
  fileName: z.string().trim().min(1).max(255).optional(),
})

type BodyProblem = { status: number; error: string }

/** Reads the document from a text body, a JSON body ({ text }) or a multipart upload (field "file"). */
const readDocument = async (req: PayloadRequest): Promise<{ input: Uint8Array | string; fileName?: string } | BodyProblem> => {
  const contentType = req.headers.get('content-type') ?? ''
  const maxBytes = readEnv().PREPBANK_MAX_BODY_BYTES
  const bytes = await readBodyWithin({
    request: req as { headers: Headers; body?: ReadableStream<Uint8Array> | null },
    maxBytes,
    tooLargeMessage: `The request body is larger than the limit of ${formatMiB(maxBytes)} (PREPBANK_MAX_BODY_BYTES). Split the document.`,
  })
  if ('error' in bytes) return bytes
  if (contentType.startsWith('multipart/form-data')) {
    // The body is bounded already; the platform's own multipart parser reads it from memory.
    const form = await new Response(bytes as unknown as BodyInit, { headers: { 'content-type': contentType } }).formData().catch(() => null)
    if (!form) return { status: 400, error: 'the multipart body could not be read' }
    const file = form.get('file')
    if (!file || typeof file === 'string') return { status: 400, error: 'the upload has no "file" field' }
    return { input: new Uint8Array(await file.arrayBuffer()), fileName: file.name }
  }
  if (contentType.includes('application/json')) {
    let json: unknown = null
    try {
      json = JSON.parse(new TextDecoder().decode(bytes))
    } catch {
      json = null
    }
    const body = jsonBodySchema.safeParse(json)
    if (!body.success) return { status: 400, error: `invalid JSON body: ${body.error.issues.map((issue) => issue.message).join('; ')}` }
    return { input: body.data.text, fileName: body.data.fileName }
  }
  return { input: bytes }
}

/** POST /api/import — editors import a document; ?dryRun=true previews without writing. */
export const importEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problemResponse({ status: 401, message: 'Log in as an editor to import.' })
    if (!canEditContent(req.user)) return problemResponse({ status: 403, message: 'Only editors and admins import documents.' })
    const query = importQuerySchema.safeParse(req.query ?? {})
    if (!query.success) return invalidResponse({ error: query.error })
    const document = await readDocument(req)
    if ('error' in document) return problemResponse({ status: document.status, message: document.error })

    const report = await importDocument({
      payload: req.payload,
      input: document.input,
      fileName: query.data.fileName ?? document.fileName ?? 'upload.txt',
      user: req.user as Parameters<typeof importDocument>[0]['user'],
      dryRun: query.data.dryRun,
      layout: query.data.layout,
      roleName: query.data.role,
      skipDuplicates: query.data.skipDuplicates || query.data.skip,
    })
    // Busy is not a fault of the document, and the client may retry: another import holds
    // the database (409), or every parse worker is taken and the queue is full (503).
    const ruleIds = new Set(report.diagnostics.map((diagnostic) => diagnostic.ruleId))
    if (ruleIds.has('parse-busy')) return jsonResponse({ body: report, status: 503, headers: { 'retry-after': '5' } })
    if (ruleIds.has('import-busy')) return jsonResponse({ body: report, status: 409 })
    return jsonResponse({ body: report, status: report.outcome === 'failed' ? 422 : report.outcome === 'imported' ? 201 : 200 })
  },
}
