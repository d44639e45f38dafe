import type { VFile } from 'vfile'
import type { DeclaredPlaces } from '../checks'
import type { Bank, Layout } from '../../format/model'
import { parseMarkdown } from './markdown'
import { parsePrepbankCsv } from './prepbank/csv'
import { parsePrepbankJson } from './prepbank/json'
import { parseAiken } from './interop/aiken'
import { parseAnkiText } from './interop/anki-text'
import { parseGiftDocument } from './interop/gift'
import { parseMoodleXml } from './interop/moodle-xml'
import { parsePrepbankText } from './text/prepbank-text'
import { parseQa } from './text/qa'

/**
 * One parser per layout. Each reads normalised text (no BOM, `\n` line ends),
 * reports its problems on `file`, and returns the model, or null when the
 * document cannot be read as that layout at all. A layout that knows where a
 * declared count is written notes it in `declared` for the count checks.
 */
export type LayoutParser = (args: { file: VFile; text: string; declared?: DeclaredPlaces }) => Bank | null

export const layoutParsers: Record<Layout, LayoutParser> = {
  'prepbank-text': parsePrepbankText,
  markdown: parseMarkdown,
  qa: parseQa,
  // Prepbank's own exports, read back by their own parsers.
  'prepbank-json': parsePrepbankJson,
  'prepbank-csv': parsePrepbankCsv,
  // The tools teams already use (Moodle, GIFT, Aiken, Anki).
  'moodle-xml': parseMoodleXml,
  gift: parseGiftDocument,
  aiken: parseAiken,
  'anki-text': parseAnkiText,
}
