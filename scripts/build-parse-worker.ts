import { buildParseWorkerBundle } from '../src/import/parseWorkerBundle'

/** `npm run build` and `postinstall`: bundle the parse worker (see src/import/parseWorkerBundle.ts). */
const outfile = await buildParseWorkerBundle()
process.stdout.write(`parse worker: ${outfile}\n`)
