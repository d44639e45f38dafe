/**
 * The results chart: time against bank size, one line per tool, import and
 * export side by side, both axes logarithmic. Drawn as SVG here and turned
 * into PNG by resvg (no browser, nothing downloaded at run time).
 *
 * A point measured on the whole bank is a filled dot on a solid line. A
 * slow baseline measured on a sample is drawn at size ÷ rate (the time the
 * whole bank would take at the measured rate) as a hollow dot on a dashed
 * line, and the legend says so. A run whose output was incomplete (the file
 * held fewer questions than asked for) is a cross, off the lines.
 */
import { Resvg } from '@resvg/resvg-js'

import type { CaseResult } from './lib/types'

export type Series = { label: string; color: string; points: { size: number; seconds: number; estimated: boolean; failed: boolean }[] }

const palette: Record<string, string> = {
  prepbank: '#1b7f3b',
  'prepbank-markdown': '#45b39d',
  'prepbank-qa': '#82e0aa',
  'prepbank-seed': '#a9cce3',
  'prepbank-json': '#1b7f3b',
  'prepbank-md': '#53b36f',
  'prepbank-csv': '#0b4f22',
  'prepbank-anki': '#2e86c1',
  'prepbank-apkg': '#1a5276',
  'prepbank-moodle': '#f39c12',
  'prepbank-gift': '#b7950b',
  'prepbank-qti': '#7f8c8d',
  'plugin-csv': '#c0392b',
  'plugin-json': '#e67e22',
  'payload-create': '#7d3c98',
  'libsql-raw': '#2c3e50',
  'pg-raw': '#2c3e50',
  'libsql-read': '#2c3e50',
  'pg-read': '#2c3e50',
}

const labels: Record<string, string> = {
  prepbank: 'Prepbank importer',
  'prepbank-markdown': 'Prepbank importer, generic Markdown',
  'prepbank-qa': 'Prepbank importer, Q/A text',
  'prepbank-seed': 'Prepbank importer, examples layout',
  'prepbank-json': 'Prepbank JSON',
  'prepbank-md': 'Prepbank Markdown',
  'prepbank-csv': 'Prepbank CSV',
  'prepbank-anki': 'Prepbank Anki text',
  'prepbank-apkg': 'Prepbank Anki package',
  'prepbank-moodle': 'Prepbank Moodle XML',
  'prepbank-gift': 'Prepbank GIFT',
  'prepbank-qti': 'Prepbank QTI 3.0',
  'plugin-csv': 'plugin-import-export CSV',
  'plugin-json': 'plugin-import-export JSON',
  'payload-create': 'payload.create one by one',
  'libsql-raw': 'raw libsql, one transaction (floor)',
  'pg-raw': 'raw pg, one transaction (floor)',
  'libsql-read': 'raw libsql SELECTs (floor)',
  'pg-read': 'raw pg SELECTs (floor)',
}

const order = Object.keys(palette)

/** PostgreSQL's lines: the same hue as SQLite's, mixed toward blue, so the pair reads as one tool on two databases. */
const onPostgres = (hex: string): string => {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16))
  const mix = (value: number, toward: number) => Math.round(value * 0.55 + toward * 0.45)
  return `#${[mix(r, 40), mix(g, 120), mix(b, 255)].map((value) => value.toString(16).padStart(2, '0')).join('')}`
}

const dbOf = (result: CaseResult) => result.db ?? 'sqlite'

export const seriesOf = (results: CaseResult[], kind: 'import' | 'export'): Series[] => {
  const ofKind = results.filter((result) => result.kind === kind)
  const rank = (tool: string) => (order.includes(tool) ? order.indexOf(tool) : order.length)
  const keys = [...new Map(ofKind.map((result) => [`${dbOf(result)} ${result.tool}`, { db: dbOf(result), tool: result.tool }])).values()].sort(
    (a, b) => (a.db === b.db ? 0 : a.db === 'sqlite' ? -1 : 1) || rank(a.tool) - rank(b.tool),
  )
  const twoDbs = new Set(keys.map((key) => key.db)).size > 1
  return keys.map(({ db, tool }) => ({
    label: `${labels[tool] ?? tool}${twoDbs || db !== 'sqlite' ? (db === 'postgres' ? ', PostgreSQL' : ', SQLite') : ''}`,
    color: db === 'postgres' ? onPostgres(palette[tool] ?? '#888888') : (palette[tool] ?? '#888888'),
    points: ofKind
      .filter((result) => result.tool === tool && dbOf(result) === db && result.measured > 0)
      .map((result) => ({
        size: result.size,
        seconds: (result.ms / 1000) * (result.size / result.measured),
        estimated: result.measured < result.size,
        failed: Boolean(result.failed),
      }))
      .sort((a, b) => a.size - b.size),
  }))
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const formatSize = (size: number) => (size >= 1000 ? `${size / 1000}k` : String(size))
const formatSeconds = (seconds: number) => (seconds >= 1 ? `${seconds} s` : `${seconds * 1000} ms`)

/** One panel: log-log axes, gridlines at decades, the series. */
function panel({
  series,
  title,
  x0,
  width,
  height,
  sizes,
}: {
  series: Series[]
  title: string
  x0: number
  width: number
  height: number
  sizes: number[]
}): string {
  const margin = { left: 70, right: 20, top: 40, bottom: 50 }
  const plotWidth = width - margin.left - margin.right
  const plotHeight = height - margin.top - margin.bottom
  const all = series.flatMap((line) => line.points.map((point) => point.seconds)).filter((seconds) => seconds > 0)
  const minExp = Math.floor(Math.log10(Math.min(...all, 0.1)))
  const maxExp = Math.ceil(Math.log10(Math.max(...all, 1)))
  const minSize = Math.min(...sizes)
  const maxSize = Math.max(...sizes)
  const xOf = (size: number) =>
    x0 +
    margin.left +
    (maxSize === minSize ? plotWidth / 2 : ((Math.log10(size) - Math.log10(minSize)) / (Math.log10(maxSize) - Math.log10(minSize))) * plotWidth)
  const yOf = (seconds: number) => margin.top + plotHeight - ((Math.log10(seconds) - minExp) / (maxExp - minExp || 1)) * plotHeight
  const parts: string[] = []
  parts.push(`<text x="${x0 + width / 2}" y="24" font-size="17" font-weight="bold" text-anchor="middle">${escapeXml(title)}</text>`)
  for (let exp = minExp; exp <= maxExp; exp += 1) {
    const y = yOf(10 ** exp)
    parts.push(`<line x1="${x0 + margin.left}" y1="${y}" x2="${x0 + margin.left + plotWidth}" y2="${y}" stroke="#dddddd"/>`)
    parts.push(`<text x="${x0 + margin.left - 8}" y="${y + 4}" font-size="12" text-anchor="end">${formatSeconds(Number((10 ** exp).toPrecision(1)))}</text>`)
  }
  for (const size of sizes) {
    const x = xOf(size)
    parts.push(`<line x1="${x}" y1="${margin.top}" x2="${x}" y2="${margin.top + plotHeight}" stroke="#eeeeee"/>`)
    parts.push(`<text x="${x}" y="${margin.top + plotHeight + 18}" font-size="12" text-anchor="middle">${formatSize(size)}</text>`)
  }
  parts.push(`<rect x="${x0 + margin.left}" y="${margin.top}" width="${plotWidth}" height="${plotHeight}" fill="none" stroke="#555555"/>`)
  parts.push(`<text x="${x0 + margin.left + plotWidth / 2}" y="${height - 10}" font-size="13" text-anchor="middle">questions in the bank (log scale)</text>`)
  parts.push(
    `<text x="${x0 + 16}" y="${margin.top + plotHeight / 2}" font-size="13" text-anchor="middle" transform="rotate(-90 ${x0 + 16} ${margin.top + plotHeight / 2})">time (log scale)</text>`,
  )
  for (const line of series) {
    for (const point of line.points.filter((entry) => entry.failed && entry.seconds > 0)) {
      const [x, y] = [xOf(point.size), yOf(point.seconds)]
      parts.push(`<path d="M${x - 5} ${y - 5} L${x + 5} ${y + 5} M${x - 5} ${y + 5} L${x + 5} ${y - 5}" stroke="${line.color}" stroke-width="2.5"/>`)
    }
    const points = line.points.filter((point) => point.seconds > 0 && !point.failed)
    for (let index = 1; index < points.length; index += 1) {
      const [a, b] = [points[index - 1], points[index]]
      const dashed = a.estimated || b.estimated ? ' stroke-dasharray="7 5"' : ''
      parts.push(
        `<line x1="${xOf(a.size)}" y1="${yOf(a.seconds)}" x2="${xOf(b.size)}" y2="${yOf(b.seconds)}" stroke="${line.color}" stroke-width="2.5"${dashed}/>`,
      )
    }
    for (const point of points) {
      const fill = point.estimated ? 'white' : line.color
      parts.push(`<circle cx="${xOf(point.size)}" cy="${yOf(point.seconds)}" r="5" fill="${fill}" stroke="${line.color}" stroke-width="2"/>`)
    }
  }
  // Legend, inside the panel's top-left corner.
  const legendX = x0 + margin.left + 10
  let legendY = margin.top + 16
  parts.push(
    `<rect x="${legendX - 6}" y="${margin.top + 4}" width="262" height="${series.length * 18 + 8}" fill="white" fill-opacity="0.85" stroke="#cccccc"/>`,
  )
  for (const line of series) {
    parts.push(`<line x1="${legendX}" y1="${legendY - 4}" x2="${legendX + 22}" y2="${legendY - 4}" stroke="${line.color}" stroke-width="3"/>`)
    parts.push(`<text x="${legendX + 28}" y="${legendY}" font-size="12">${escapeXml(line.label)}</text>`)
    legendY += 18
  }
  return parts.join('\n')
}

export function chartSvg({ results, subtitle }: { results: CaseResult[]; subtitle: string }): string {
  const width = 1400
  const height = 620
  const sizes = [...new Set(results.filter((result) => result.kind === 'import' || result.kind === 'export').map((result) => result.size))].sort(
    (a, b) => a - b,
  )
  const half = width / 2
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height + 40}" font-family="DejaVu Sans, Liberation Sans, sans-serif">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    panel({ series: seriesOf(results, 'import'), title: 'Import: time to write the bank', x0: 0, width: half, height, sizes }),
    panel({ series: seriesOf(results, 'export'), title: 'Export: time to write the approved bank to a file', x0: half, width: half, height, sizes }),
    `<text x="${width / 2}" y="${height + 22}" font-size="12" text-anchor="middle" fill="#444444">${escapeXml(subtitle)}</text>`,
    `</svg>`,
  ].join('\n')
}

export function chartPng(svg: string): Buffer {
  return Buffer.from(new Resvg(svg, { background: 'white', font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng())
}
