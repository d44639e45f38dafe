import { VFile } from 'vfile'
import { checkBank, type DeclaredPlaces } from './checks'
import { decodeDocument, defaultMaxBytes } from './decode'
import { detectLayout } from './detect'
import { countMessages, report } from './diagnostics'
import { layoutParsers } from './layouts/index'
import { checkParseLimits } from './limits'
import { bankSchema, type Bank, type Layout } from '../format/model'

export { diagnosticsToJson, formatDiagnostics } from './diagnostics'
export type { DiagnosticJson, Severity } from './diagnostics'

export type ParseOptions = {
  /** Shown in messages; the file is not read from it. */
  path: string
  /** Forces a layout; by default it is detected. */
  layout?: Layout | 'auto'
  /** Larger inputs are refused (`file-too-large`). Default 5 MiB. */
  maxBytes?: number
  /** Supplies the role name, or overrides the one the document gives. */
  roleName?: string
}

export type ParseResult = {
  /** The model; null when errors prevent one. Always valid against `bankSchema`. */
  bank: Bank | null
  /** Holds the messages (and the normalised text as `value`). */
  file: VFile
  layout: Layout | null
  errors: number
  warnings: number
  /** What was deliberately left out (navigation, link lists), one message per block. */
  infos: number
}

/**
 * Document → bank model. Never throws: every problem, including a bug in a
 * layout parser, becomes a message on the returned file.
 */
export function parseBank(input: Buffer | Uint8Array | string, options: ParseOptions): ParseResult {
  const file = new VFile({ path: options.path })
  let layout: Layout | null = null
  let bank: Bank | null = null
  try {
    const text = decodeDocument({ input, file, maxBytes: options.maxBytes ?? defaultMaxBytes })
    if (text !== null && checkParseLimits({ file, text })) {
      file.value = text
      layout = options.layout && options.layout !== 'auto' ? options.layout : detectLayout({ text, path: options.path })
      const declared: DeclaredPlaces = new Map()
      const parsed = layoutParsers[layout]({ file, text, declared })
      if (parsed) {
        const roleName = options.roleName?.trim()
        if (roleName) parsed.role.name = roleName
        checkBank({ file, bank: parsed, declared })
        bank = validateBank({ file, bank: parsed })
      }
    }
  } catch (error) {
    bank = null
    report({
      file,
      severity: 'error',
      ruleId: 'internal-error',
      reason: `Internal error while parsing: ${error instanceof Error ? error.message : String(error)}`,
      place: { line: 1, column: 1 },
    })
  }
  return { bank, file, layout, ...countMessages({ file }) }
}

/** The contract with the writer; a model that breaks it is a bug, reported as one. */
function validateBank({ file, bank }: { file: VFile; bank: Bank }): Bank | null {
  // Without a role there is no model; `missing-role` has said so.
  if (bank.role.name.trim() === '') return null
  const result = bankSchema.safeParse(bank)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  report({
    file,
    severity: 'error',
    ruleId: 'internal-error',
    reason: `Internal error: the parsed bank is invalid at ${issue.path.join('.') || 'its root'}: ${issue.message}`,
    place: { line: 1, column: 1 },
  })
  return null
}
