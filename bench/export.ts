/**
 * Export benchmark: time and peak memory to stream a generated bank in each
 * format into a sink that only counts bytes.
 *
 *   NODE_OPTIONS=--conditions=production npx tsx bench/export.ts [sizes…]
 *
 * Hint texts are the hint lines of examples/*.txt, so hint lengths
 * are realistic; the bank itself is generated lazily with a fixed seed, so
 * memory growth belongs to the exporter. Targets: 10k questions in under 300 ms
 * per format, and peak memory that does not grow with the bank. Memory is
 * sampled every 16 chunks: process.memoryUsage() per chunk cost a measurable
 * share of the time it measured.
 */
import { readdir, readFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import v8 from 'node:v8'
import vm from 'node:vm'
import type { ExportFormat } from '../exporters/index'
import { exportBank } from '../exporters/index'
import { generatedSource } from '../test/exporters/fixtures'

export type Row = {
  format: ExportFormat
  questions: number
  milliseconds: number
  megabytes: number
  /** Highest RSS seen while streaming, over the RSS before. */
  peakRssDeltaMegabytes: number
  /** Highest heap use seen while streaming, over the heap use before (after a GC). */
  peakHeapDeltaMegabytes: number
}

const examplesUrl = new URL('../examples/', import.meta.url)
const megabyte = 1024 * 1024

/** The examples' hint lines: each level's first hint is glued to its "N questions" line. */
async function exampleHintTexts(): Promise<string[]> {
  const names = (await readdir(examplesUrl)).filter((name) => name.endsWith('.txt')).sort()
  if (names.length === 0) throw new Error(`No example texts in ${examplesUrl.pathname}: the benchmark takes its hint texts from them`)
  const texts = await Promise.all(names.map((name) => readFile(new URL(name, examplesUrl), 'utf8')))
  return texts
    .flatMap((text) => text.split('\n'))
    .map((line) => line.replace(/^\d+ questions/, '').trim())
    .filter((line) => line.length >= 80)
}

/** A GC before each run, so that one run's garbage does not count against the next. */
function collectGarbage(): () => void {
  v8.setFlagsFromString('--expose-gc')
  return vm.runInNewContext('gc') as () => void
}

async function measure({
  format,
  questions,
  hintTexts,
  gc,
}: {
  format: ExportFormat
  questions: number
  hintTexts: readonly string[]
  gc: () => void
}): Promise<Row> {
  gc()
  const before = process.memoryUsage()
  let peakRss = before.rss
  let peakHeap = before.heapUsed
  let bytes = 0
  const started = performance.now()
  let chunks = 0
  for await (const chunk of exportBank({ source: generatedSource({ questionCount: questions, hintTexts }), format })) {
    bytes += Buffer.byteLength(chunk)
    if (++chunks % 16 !== 0) continue
    const now = process.memoryUsage()
    peakRss = Math.max(peakRss, now.rss)
    peakHeap = Math.max(peakHeap, now.heapUsed)
  }
  const milliseconds = performance.now() - started
  return {
    format,
    questions,
    milliseconds: Math.round(milliseconds),
    megabytes: Number((bytes / megabyte).toFixed(1)),
    peakRssDeltaMegabytes: Number(((peakRss - before.rss) / megabyte).toFixed(1)),
    peakHeapDeltaMegabytes: Number(((peakHeap - before.heapUsed) / megabyte).toFixed(1)),
  }
}

export async function benchExport({ sizes = [1000, 10000, 50000] }: { sizes?: readonly number[] } = {}): Promise<Row[]> {
  const hintTexts = await exampleHintTexts()
  const gc = collectGarbage()
  const formats: ExportFormat[] = ['json', 'md', 'csv']
  // Warm the JIT so that the first measured row is not the slowest for the wrong reason.
  for (const format of formats) await measure({ format, questions: 1000, hintTexts, gc })
  const rows: Row[] = []
  for (const questions of sizes) {
    for (const format of formats) rows.push(await measure({ format, questions, hintTexts, gc }))
  }
  return rows
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = process.argv.slice(2).map(Number).filter((size) => Number.isInteger(size) && size > 0)
  const rows = await benchExport(sizes.length > 0 ? { sizes } : {})
  console.table(
    rows.map((row) => ({
      format: row.format,
      questions: row.questions,
      ms: row.milliseconds,
      'MB out': row.megabytes,
      'MB/s': Math.round(row.megabytes / (row.milliseconds / 1000)),
      'peak RSS Δ MB': row.peakRssDeltaMegabytes,
      'peak heap Δ MB': row.peakHeapDeltaMegabytes,
    })),
  )
}
