import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { decodeDocument, findInvalidUtf8, normaliseText } from '../../importers/decode'
import { diagnosticsToJson, parseBank } from '../../importers/parse'

const decode = (input: Uint8Array | string, maxBytes?: number) => {
  const file = new VFile({ path: 'input.txt' })
  const text = decodeDocument({ input, file, maxBytes })
  return { text, diagnostics: diagnosticsToJson(file) }
}

describe('decodeDocument', () => {
  it('normalises BOM, CRLF and CR, one line end each', () => {
    expect(decode(Buffer.from('\uFEFFa\r\nb\rc\n\r\nd', 'utf8')).text).toBe('a\nb\nc\n\nd')
    expect(normaliseText('\uFEFFx\r\r\ny')).toBe('x\n\ny')
  })

  it('accepts strings as well as bytes', () => {
    expect(decode('Q: a?\r\nA: b').text).toBe('Q: a?\nA: b')
  })

  it('refuses an empty file and one of white space only', () => {
    expect(decode(Buffer.alloc(0)).diagnostics).toMatchObject([{ ruleId: 'empty-file', severity: 'error', line: 1, column: 1 }])
    expect(decode(' \n\t\r\n').diagnostics).toMatchObject([{ ruleId: 'empty-file', severity: 'error' }])
    expect(decode('\uFEFF').diagnostics).toMatchObject([{ ruleId: 'empty-file' }])
  })

  it('refuses a file over the size limit, counted in bytes', () => {
    expect(decode('é'.repeat(6), 11).diagnostics).toMatchObject([{ ruleId: 'file-too-large', severity: 'error' }])
    expect(decode('é'.repeat(5), 10).diagnostics).toEqual([])
    expect(decode(Buffer.alloc(5 * 1024 * 1024 + 1, 0x61)).diagnostics).toMatchObject([{ ruleId: 'file-too-large' }])
  })

  it('refuses binary files: NUL bytes, or many control characters', () => {
    expect(decode(Buffer.from('abc\ndef\0ghi')).diagnostics).toMatchObject([{ ruleId: 'binary-file', line: 2, column: 4 }])
    expect(decode('ok\u0000').diagnostics).toMatchObject([{ ruleId: 'binary-file', line: 1, column: 3 }])
    const controls = Buffer.from(Array.from({ length: 100 }, (_, index) => (index % 4 === 0 ? 0x1b : 0x41)))
    expect(decode(controls).diagnostics).toMatchObject([{ ruleId: 'binary-file', line: 1, column: 1 }])
    // A few control characters in a text are no reason to refuse it.
    expect(decode(`${'text '.repeat(50)}\u001b[0m`).diagnostics).toEqual([])
  })

  it('refuses invalid UTF-8 at the line and column of the first bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('line one\r\nline two\nsé '), Buffer.from([0xc3, 0x28]), Buffer.from(' after')])
    expect(decode(bytes).diagnostics).toMatchObject([{ ruleId: 'invalid-utf8', severity: 'error', line: 3, column: 4 }])
    const afterBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('ab'), Buffer.from([0xff])])
    expect(decode(afterBom).diagnostics).toMatchObject([{ ruleId: 'invalid-utf8', line: 1, column: 3 }])
    const crOnly = Buffer.concat([Buffer.from('a\rb\r\rcd'), Buffer.from([0x80])])
    expect(decode(crOnly).diagnostics).toMatchObject([{ ruleId: 'invalid-utf8', line: 4, column: 3 }])
  })

  it.each([
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['an overlong encoding', [0x61, 0xc0, 0xaf], 1],
    ['a truncated sequence at the end', [0x61, 0x62, 0xe2, 0x82], 2],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 0],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], 0],
  ])('finds %s', (_, bytes, at) => {
    expect(findInvalidUtf8(Uint8Array.from(bytes))).toBe(at)
  })

  it('finds nothing wrong in valid UTF-8, four-byte forms included', () => {
    expect(findInvalidUtf8(Buffer.from('Grüße, 日本語, 🙂 ✓'))).toBeNull()
  })
})

describe('parseBank on bad input', () => {
  it('returns no bank and the error', () => {
    const result = parseBank(Buffer.from([0xff, 0xfe, 0x00, 0x41]), { path: 'x.txt' })
    expect(result).toMatchObject({ bank: null, layout: null, errors: 1, warnings: 0 })
  })

  it('honours maxBytes', () => {
    const result = parseBank('Data Engineer Interview Questions\nQ: What?\nA: That.', { path: 'x.txt', maxBytes: 10 })
    expect(result.bank).toBeNull()
    expect(result.file.messages[0].ruleId).toBe('file-too-large')
  })
})
