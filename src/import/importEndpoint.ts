import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'
import { z } from 'zod'

import { layoutSchema } from '../../format/model'
import { importDocument } from './importDocument'
import { canEditContent } from '../access/userRoles'

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

const problem = ({ status, message }: { status: number; message: string }) => Response.json({ errors: [{ message }] }, { status })

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
    if (!req.user) return problem({ status: 401, message: 'Log in as an editor to import.' })
    if (!canEditContent(req.user)) return problem({ status: 403, message: 'Only editors and admins import documents.' })
    const query = importQuerySchema.safeParse(req.query ?? {})
    if (!query.success) return problem({ status: 400, message: query.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') })
    const document = await readDocument(req)
    if ('error' in document) return problem({ status: 400, message: document.error })

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
    return Response.json(report, { status: report.outcome === 'failed' ? 422 : report.outcome === 'imported' ? 201 : 200 })
  },
}
