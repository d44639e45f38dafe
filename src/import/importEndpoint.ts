import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'
import { z } from 'zod'

import { layoutSchema } from '../../format/model'
import { importDocument } from './importDocument'
import { canEditContent } from '../access/userRoles'
import { invalidResponse, jsonResponse, problemResponse } from '../http/respond'

const importQuerySchema = z.object({
  dryRun: z.enum(['true', 'false', '1', '0']).optional().transform((value) => value === 'true' || value === '1'),
  layout: z.union([layoutSchema, z.literal('auto')]).default('auto'),
  role: z.string().trim().min(1).optional(),
  fileName: z.string().trim().min(1).max(255).optional(),
})

const jsonBodySchema = z.object({
  text: z.string().min(1, 'text is empty'),
  fileName: z.string().trim().min(1).max(255).optional(),
})

/** Reads the document from a text body, a JSON body ({ text }) or a multipart upload (field "file"). */
const readDocument = async (req: PayloadRequest): Promise<{ input: Uint8Array | string; fileName?: string } | { error: string }> => {
  const contentType = req.headers.get('content-type') ?? ''
  if (contentType.startsWith('multipart/form-data')) {
    await addDataAndFileToRequest(req)
    if (!req.file) return { error: 'the upload has no "file" field' }
    return { input: new Uint8Array(req.file.data), fileName: req.file.name }
  }
  if (contentType.includes('application/json')) {
    const body = jsonBodySchema.safeParse(await req.json?.().catch(() => null))
    if (!body.success) return { error: `invalid JSON body: ${body.error.issues.map((issue) => issue.message).join('; ')}` }
    return { input: body.data.text, fileName: body.data.fileName }
  }
  const buffer = req.arrayBuffer ? new Uint8Array(await req.arrayBuffer()) : new Uint8Array()
  return { input: buffer }
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
    if ('error' in document) return problemResponse({ status: 400, message: document.error })

    const report = await importDocument({
      payload: req.payload,
      input: document.input,
      fileName: query.data.fileName ?? document.fileName ?? 'upload.txt',
      user: req.user as Parameters<typeof importDocument>[0]['user'],
      dryRun: query.data.dryRun,
      layout: query.data.layout,
      roleName: query.data.role,
    })
    return jsonResponse({ body: report, status: report.outcome === 'failed' ? 422 : report.outcome === 'imported' ? 201 : 200 })
  },
}
