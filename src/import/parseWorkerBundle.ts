import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The parse worker runs one plain ES module: `importers/parse-worker.ts` and
 * everything it imports, bundled by esbuild (which tsx already brings). Why a
 * bundle: the parser runs under three loaders — Next's webpack server build,
 * vitest, and tsx for the CLI — and a worker thread gets none of them. A
 * `.ts` entry would need tsx's hooks inside the worker (absent under Next),
 * and webpack's `new Worker(new URL(…))` support exists only in the Next
 * build. One self-contained `.mjs` at an absolute path needs no loader at all.
 *
 * It is built by `npm run build` and `postinstall` (scripts/build-parse-worker.ts),
 * and here again, lazily, whenever it is missing or older than the parser's
 * sources, so tests and the CLI always run the parser they see.
 */
const entryPath = 'importers/parse-worker.ts'
const bundlePath = 'node_modules/.cache/prepbank/parse-worker.mjs'
/** Files whose change makes the bundle stale. */
const sourcePaths = ['importers', 'package-lock.json']

const isProjectRoot = (directory: string): boolean => {
  try {
    return JSON.parse(fs.readFileSync(path.join(directory, 'package.json'), 'utf8')).name === 'prepbank'
  } catch {
    return false
  }
}

const findRootFrom = (start: string): string | null => {
  for (let directory = path.resolve(start); ; directory = path.dirname(directory)) {
    if (isProjectRoot(directory)) return directory
    if (path.dirname(directory) === directory) return null
  }
}

/**
 * This file's own place when it runs from source (tsx, vitest, and the path
 * webpack records for `import.meta.url`); the working directory of
 * `next start` otherwise.
 */
export const findProjectRoot = (): string => {
  const here = (() => {
    try {
      return path.dirname(fileURLToPath(import.meta.url))
    } catch {
      return null
    }
  })()
  const root = (here && findRootFrom(here)) ?? findRootFrom(process.cwd())
  if (!root) throw new Error('Cannot find the Prepbank project (a package.json named "prepbank") above this module or the working directory.')
  return root
}

const newestMtime = (entry: string): number => {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (!stat) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  return fs.readdirSync(entry).reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), 0)
}

/** Builds the bundle (atomically: parallel test workers may race) and returns its absolute path. */
export const buildParseWorkerBundle = async ({ root = findProjectRoot() }: { root?: string } = {}): Promise<string> => {
  const outfile = path.join(root, bundlePath)
  fs.mkdirSync(path.dirname(outfile), { recursive: true })
  const temporary = `${outfile}.${process.pid}.${Date.now()}.tmp`
  const esbuild = await import('esbuild')
  await esbuild.build({
    entryPoints: [path.join(root, entryPath)],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['production'],
    logLevel: 'silent',
    legalComments: 'none',
    // Some dependencies are CommonJS and call require() for Node built-ins.
    banner: { js: "import { createRequire as prepbankCreateRequire } from 'node:module'; const require = prepbankCreateRequire(import.meta.url);" },
  })
  fs.renameSync(temporary, outfile)
  return outfile
}

/** The bundle's absolute path, rebuilt first when it is missing or older than the parser's sources. */
export const ensureParseWorkerBundle = async (): Promise<string> => {
  const root = findProjectRoot()
  const outfile = path.join(root, bundlePath)
  const built = fs.statSync(outfile, { throwIfNoEntry: false })?.mtimeMs ?? 0
  // Without the sources (a deployment that ships only the build), the bundle is what there is.
  const hasSources = fs.existsSync(path.join(root, entryPath))
  if (built > 0 && (!hasSources || built >= Math.max(...sourcePaths.map((source) => newestMtime(path.join(root, source)))))) return outfile
  if (!hasSources) throw new Error(`The parse worker ${outfile} is missing and ${entryPath} is not there to build it from; run npm run build.`)
  return buildParseWorkerBundle({ root })
}
