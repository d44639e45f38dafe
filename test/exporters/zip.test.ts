import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import { zipWriter } from '../../exporters/zip'

/** A zip of a stored entry, a deflated one and a stored one written in pieces. */
const archive = ({ native }: { native: boolean }): Uint8Array => {
  const text = new TextEncoder().encode('A strong answer explains the trade-off between latency and cost.\n'.repeat(2_000))
  const parts: Uint8Array[] = []
  const stored = zipWriter({ level: 0, ...(native ? {} : { crc32: null }) })
  const deflated = zipWriter({ level: 6, ...(native ? {} : { crc32: null }) })
  for (const writer of [stored, deflated]) {
    parts.push(...writer.add({ name: 'bank.txt', data: text }))
    const piecewise = writer.open({ name: 'items/one.xml' })
    parts.push(...piecewise.push(text.subarray(0, 1000), false), ...piecewise.push(text.subarray(1000), true))
    parts.push(...writer.end())
  }
  return Buffer.concat(parts)
}

describe('the zip writer', () => {
  it('writes the same bytes with Node’s native CRC-32 as with fflate’s own entries (older Node)', () => {
    const native = archive({ native: true })
    expect(Buffer.from(native).equals(Buffer.from(archive({ native: false })))).toBe(true)
  })

  it('writes archives that unzip to what went in', () => {
    const text = new TextEncoder().encode('x'.repeat(10_000))
    const writer = zipWriter()
    const bytes = Buffer.concat([...writer.add({ name: 'a.txt', data: text }), ...writer.end()])
    expect(Buffer.from(unzipSync(bytes)['a.txt']).equals(Buffer.from(text))).toBe(true)
  })
})
