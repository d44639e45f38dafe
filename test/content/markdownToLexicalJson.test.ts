import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestInstance } from '../helpers/payload'

import { parseBank } from '../../importers/parse'
import { hintFormsFromMarkdown, textFormsOf } from '../../src/content/derivedFields'
import { lexicalToMarkdown, markdownToLexical } from '../../src/content/lexicalMarkdown'
import { markdownToLexicalJson } from '../../src/content/markdownToLexicalJson'
import { startPayload } from '../helpers/payload'

const root = path.resolve(import.meta.dirname, '../..')

/** Every hint of every importer fixture, real document and example, as the parser gives it. */
const fixtureHints = (): { source: string; text: string }[] => {
  const inputs = [
    ...['test/importers/fixtures', 'test/importers/real'].flatMap((dir) =>
      fs
        .readdirSync(path.join(root, dir), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .flatMap((entry) =>
          fs
            .readdirSync(path.join(root, dir, entry.name))
            .filter((name) => name.startsWith('input'))
            .map((name) => path.join(dir, entry.name, name)),
        ),
    ),
    ...fs.readdirSync(path.join(root, 'examples')).map((name) => path.join('examples', name)),
  ]
  return inputs.flatMap((file) => {
    const { bank } = parseBank(fs.readFileSync(path.join(root, file)), { path: file, maxBytes: 64 * 1024 * 1024 })
    return bank?.levels.flatMap((level) => level.questions.flatMap((question) => question.hints.map((hint) => ({ source: file, text: hint.text })))) ?? []
  })
}

/** Shapes the fixtures may not hold, on both sides of the subset's edge. */
const handWritten = [
  'Plain sentence.',
  'Line one\nline two\n\nSecond paragraph.',
  'Use **bold**, *italic* and `code` here.',
  '**Bold** start and *italic end*',
  'Intro:\n- first\n- second with `code`\n- third **bold**',
  '1. one\n2. two\n3. three',
  '3. three\n4. four',
  '1. one\n1. one again',
  '- a\n\n- b',
  '* star\n+ plus',
  'a*b*c and 2*3',
  'snake_case and ~~strike~~',
  'A line  \nwith a hard break',
  '> quoted',
  '# Heading',
  'Text\n1986. A year',
  '- item\ncontinued',
  'Entity &amp; text',
  'Link [here](https://example.com)',
  '```\ncode\n```',
  'Trailing space ',
  '  indented',
  '- nested\n  - deeper',
  'Para\n\n\n\nafter blank lines',
  '**a** **b**',
  '`a``b`',
  'مرحبا بالعالم و **عريض**',
  '前端工程师 需要 *了解* `React`',
]

let instance: TestInstance
beforeAll(async () => {
  instance = await startPayload({ name: 'lexical-json' })
})
afterAll(async () => {
  await instance?.close()
})

/** Link nodes get a fresh random id on every conversion: compare without it. */
const withoutLinkIds = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (key, inner) => (key === 'id' && typeof inner === 'string' ? undefined : inner)))

// Converting a thousand hints through the editor takes a while on a busy machine; the bound is for a hang.
describe('Markdown → Lexical JSON without the editor', { timeout: 900_000 }, () => {
  it('gives the editor\'s JSON and Markdown for every fixture hint it converts, and converts most of them', async () => {
    const { config } = instance.payload
    const hints = [...fixtureHints(), ...handWritten.map((text) => ({ source: 'hand-written', text }))]
    expect(hints.length).toBeGreaterThan(1000)
    let direct = 0
    for (const hint of hints) {
      const converted = markdownToLexicalJson(hint.text)
      if (!converted) continue
      direct += 1
      const editor = await markdownToLexical({ config, markdown: hint.text })
      expect(converted.text, `${hint.source}: ${JSON.stringify(hint.text)}`).toEqual(editor)
      expect(converted.markdown, `${hint.source}: ${JSON.stringify(hint.text)}`).toBe(await lexicalToMarkdown({ config, data: editor }))
    }
    // The examples' hints (the seed layout) are all plain text: none of them may need the editor.
    const examples = hints.filter((hint) => hint.source.startsWith('examples/'))
    expect(examples.length).toBeGreaterThan(0)
    expect(examples.every((hint) => markdownToLexicalJson(hint.text) !== null)).toBe(true)
    expect(direct / hints.length).toBeGreaterThan(0.5)
  })

  it('hintFormsFromMarkdown stores what the hooks would, on either path', async () => {
    const { config } = instance.payload
    for (const markdown of handWritten) {
      const text = await markdownToLexical({ config, markdown })
      expect(withoutLinkIds(await hintFormsFromMarkdown({ config, markdown })), markdown).toEqual(withoutLinkIds({ text, ...(await textFormsOf({ config, text })) }))
    }
  })
})
