import { Deflate, Zip, ZipDeflate, ZipPassThrough } from 'fflate'
import * as zlib from 'node:zlib'

/**
 * A zip archive written a file at a time with fflate: `add` and `end` return
 * the archive's bytes produced so far, so a caller can stream them out.
 * Every entry has the same modification time, built from local date parts
 * (zip stores local DOS times), so the archive's bytes do not depend on the
 * clock or the time zone. Level 0 stores entries uncompressed: a DEFLATE
 * stream costs a fixed setup per entry (its window buffers), which dominates
 * for thousands of small files (QTI items). Where Node has a native CRC-32,
 * entries use it (see NativeCrcEntry); fflate still writes the archive.
 */
export type ZipWriter = {
  add: (args: { name: string; data: Uint8Array }) => Uint8Array[]
  /** An entry written in pieces, at the writer's level: `push` returns the bytes ready so far. Deflated bytes depend on where the pieces split. */
  open: (args: { name: string }) => { push: (data: Uint8Array, final: boolean) => Uint8Array[] }
  end: () => Uint8Array[]
}

/** Milliseconds, not a Date: fflate keeps each entry's time until the end, and reads either. */
const entryTime = () => new Date(2000, 0, 1, 0, 0, 0).getTime()

type Level = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9
type Crc32 = (data: Uint8Array, value?: number) => number

/** Node's native CRC-32 (Node 20.15 and later): fflate computes it in JS, 10–25 % of a zip's time. */
const nativeCrc32 = typeof zlib.crc32 === 'function' ? zlib.crc32 : null

/**
 * An entry that passes its data on exactly as fflate's ZipPassThrough
 * (stored) or ZipDeflate (through fflate's Deflate stream, same options and
 * pushes) do, with the CRC-32 computed by `crc32`: the same bytes.
 */
class NativeCrcEntry extends ZipPassThrough {
  /** ZipDeflate's general-purpose flag for its level (the zip spec's deflate option bits). */
  flag: number
  // Private fields, not properties: fflate's Zip copies every enumerable property of an entry into the record it keeps until the end.
  #checksum = 0
  #crc32: Crc32 | null
  #deflate: Deflate | null

  constructor({ name, level, crc32 }: { name: string; level: Level; crc32: Crc32 }) {
    super(name)
    this.#crc32 = crc32
    this.flag = level === 0 ? 0 : level === 1 ? 3 : level < 6 ? 2 : level === 9 ? 1 : 0
    if (level === 0) this.#deflate = null
    else {
      this.compression = 8
      this.#deflate = new Deflate({ level }, (data, final) => this.process(data, final))
    }
  }

  override push(chunk: Uint8Array, final = false): void {
    if (!this.#crc32) throw new Error(`zip entry ${this.filename}: data after its final piece`)
    this.#checksum = this.#crc32(chunk, this.#checksum)
    this.size += chunk.length
    if (final) this.crc = this.#checksum
    const deflate = this.#deflate
    // Nothing more is pushed after the final piece: let go of what the record kept until the end does not need.
    if (final) [this.#crc32, this.#deflate] = [null, null]
    if (deflate) deflate.push(chunk, final)
    // The same cast as fflate's own push: the chunk is only read.
    else this.process(chunk as Uint8Array<ArrayBuffer>, final)
  }
}

function newEntry({ name, level, crc32 }: { name: string; level: Level; crc32: Crc32 | null }): ZipPassThrough | ZipDeflate {
  if (crc32) return new NativeCrcEntry({ name, level, crc32 })
  return level === 0 ? new ZipPassThrough(name) : new ZipDeflate(name, { level })
}

/** `crc32: null` writes with fflate's own entries, as on a Node without zlib.crc32 (tests hold the bytes equal). */
export function zipWriter({ level = 6, crc32 = nativeCrc32 }: { level?: Level; crc32?: Crc32 | null } = {}): ZipWriter {
  let ready: Uint8Array[] = []
  let failure: Error | null = null
  const zip = new Zip((error, chunk) => {
    if (error) failure = error
    else ready.push(chunk)
  })
  const drain = (): Uint8Array[] => {
    if (failure) throw failure
    const out = ready
    ready = []
    return out
  }
  // Every entry has the same time: computed once per archive, not per entry.
  const mtime = entryTime()
  const addEntry = (name: string) => {
    const entry = newEntry({ name, level, crc32 })
    entry.mtime = mtime
    zip.add(entry)
    return entry
  }
  return {
    add: ({ name, data }) => {
      addEntry(name).push(data, true)
      return drain()
    },
    // fflate writes every entry with a data descriptor (sizes and CRC after the data): a stored entry's bytes are the same
    // in one piece or many; a deflated one's depend on where the pieces split.
    open: ({ name }) => {
      const entry = addEntry(name)
      return {
        push: (data, final) => {
          entry.push(data, final)
          return drain()
        },
      }
    },
    end: () => {
      zip.end()
      return drain()
    },
  }
}
