import { z } from 'zod'

import { csvProfiles, exportFormats } from '../../exporters'

const list = z
  .string()
  .optional()
  .transform((value) => (value ? value.split(',').map((item) => item.trim()).filter(Boolean) : []))

/** The query of the export endpoints: ?format=json|md|csv&csvProfile=…&levels=a,b&tags=x,y */
export const exportQuerySchema = z.object({
  format: z.enum(exportFormats, { error: `format must be one of ${exportFormats.join(', ')}` }).default('json'),
  csvProfile: z.enum(csvProfiles, { error: `csvProfile must be one of ${csvProfiles.join(', ')}` }).default('standard'),
  levels: list,
  tags: list,
})

export type ExportQuery = z.infer<typeof exportQuerySchema>
