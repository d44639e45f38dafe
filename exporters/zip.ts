import { Zip, ZipDeflate, ZipPassThrough } from 'fflate'

/**
 * A zip archive written a file at a time with fflate: `add` and `end` return
 * the archive's bytes produced so far, so a caller can stream them out.
 * Every entry has the same modification time, built from local date parts
 * (zip stores local DOS times), so the archive's bytes do not depend on the
 * clock or the time zone. Level 0 stores entries uncompressed: a DEFLATE
 * stream costs a fixed setup per entry (its window buffers), which dominates
 * for thousands of small files (QTI items).
 */
export type ZipWriter = {
  add: (args: { name: string; data: Uint8Array }) => Uint8Array[]
  /** A stored entry written in pieces (zip formats other than QTI need none): `push` returns the bytes ready so far. */
  open: (args: { name: string }) => { push: (data: Uint8Array, final: boolean) => Uint8Array[] }
  end: () => Uint8Array[]
}

const entryTime = () => new Date(2000, 0, 1, 0, 0, 0)

export function zipWriter({ level = 6 }: { level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 } = {}): ZipWriter {
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
  return {
    add: ({ name, data }) => {
      const entry = level === 0 ? new ZipPassThrough(name) : new ZipDeflate(name, { level })
      entry.mtime = entryTime()
      zip.add(entry)
      entry.push(data, true)
      return drain()
    },
    // fflate writes every entry with a data descriptor (sizes and CRC after the data), so one piece or many give the same bytes.
    open: ({ name }) => {
      const entry = new ZipPassThrough(name)
      entry.mtime = entryTime()
      zip.add(entry)
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
