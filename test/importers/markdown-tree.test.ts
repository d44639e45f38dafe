import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { parseMarkdownTree } from '../../importers/layouts/markdown/markdown-tree'
import { seededRandom as random } from '../helpers/random'

/**
 * Parsing in pieces must give the tree of parsing in one piece, positions
 * included. A chunk size of 1 cuts at every place the cutter allows, which
 * is the hardest case.
 */

const withFrontMatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
const withoutFrontMatter = unified().use(remarkParse)
/** The reference: remark on the whole text, with front matter only where there is some (see markdown-tree.ts). */
const whole = {
  parse: (text: string) => (/^---[ \t]*\n(?:.*\n)*?---[ \t]*(?:\n|$)/.test(text) ? withFrontMatter : withoutFrontMatter).parse(text),
}
const fixtures = join(import.meta.dirname, 'fixtures')
const markdownFixtures = readdirSync(fixtures)
  .filter((name) => name.startsWith('md-'))
  .map((name) => [name, readFileSync(join(fixtures, name, 'input.md'), 'utf8')] as const)

const tricky: [string, string][] = [
  [
    'headings inside fenced code and HTML blocks',
    [
      '---',
      '# a YAML comment',
      'title: x',
      '---',
      '',
      '# Role',
      '',
      '## A',
      '',
      '```sh',
      '# not a heading',
      '',
      '## still code',
      '```',
      '',
      '## B',
      '',
      '<!--',
      '',
      '# inside a comment',
      '',
      '-->',
      '',
      '## C',
      '',
      '<div>',
      '# inside an HTML block',
      '</div>',
      '',
      '<pre>',
      '',
      '# inside pre',
      '</pre>',
      '',
      '~~~',
      '',
      '# unclosed fence to the end',
    ].join('\n'),
  ],
  [
    'a fence the cutter misjudges',
    ['- item', '  ```js', '', '## Heading', '', '```', '', '## not a heading', '', '```', '', '## Heading again', 'text'].join('\n'),
  ],
  ['a heading right after a paragraph', ['# Role', 'text', '## A', 'more', '', '## B', '> quote', '', '### C'].join('\n')],
  ['a tight numbered list with nested answers', '1. What?\n   - a\n2. Why?\n   - b\n   - c\n3. How?\n   > q\n4. When?\n   b\n5) Other delimiter\n'],
  ['a loose list', '- a\n\n- b\n\n  para\n- c\n\n\n- d\n* other marker\n+ third\n'],
  ['a lazy ordered line', 'text\n   more\n2. not an item\n\n3. an item\n   lazy\n4. next'],
  ['empty items and thematic breaks', '- a\n-\n- b\n- - -\n* * *\n- c\n\n    code\n- d'],
  ['an HTML block holding list lines', '<div>\n  x\n- not an item\n</div>\n\n- item\n<span>\n- more\n'],
  ['bold questions with list answers', '**Q1?**\n\n- a\n- b\n\n**Q2?**\n\n> c\n\n**Q3?**\n\n1. d\n\n2. e\n'],
]


/** Block fragments that stress where blocks start and end, joined at random. */
const fragments = [
  '# Heading',
  '## Section',
  'A paragraph line',
  'lazy continuation',
  '   indented continuation',
  '- bullet item',
  '* star item',
  '+ plus item',
  '-',
  '1. first',
  '2. second',
  '3) paren',
  '   - nested item',
  '   nested text',
  '    indented code',
  '> quote',
  '> > nested quote',
  '```',
  '~~~',
  '   ```',
  '<!--',
  '-->',
  '<div>',
  '</div>',
  '<pre>',
  '</pre>',
  '---',
  '===',
  '* * *',
  '**Bold question?**',
  'Answer: text',
  '',
  '',
  '',
]

function randomDocument(next: () => number): string {
  const lines: string[] = []
  const length = 5 + Math.floor(next() * 60)
  for (let index = 0; index < length; index++) lines.push(fragments[Math.floor(next() * fragments.length)])
  return lines.join('\n')
}

describe('parseMarkdownTree', () => {
  it.each([...markdownFixtures, ...tricky])('gives the whole-document tree for %s', (_, text) => {
    const expected = whole.parse(text)
    const pieces = parseMarkdownTree({ text, chunkSize: 1 })
    expect(pieces.children).toEqual(expected.children)
    expect(pieces.position?.end).toEqual(expected.position?.end)
  })

  it('gives the whole-document tree for 400 random documents, cut anywhere it may', () => {
    const next = random(0x7e57)
    for (let run = 0; run < 400; run++) {
      const text = randomDocument(next)
      expect(parseMarkdownTree({ text, chunkSize: 1 }).children, `document #${run}:\n${text}`).toEqual(whole.parse(text).children)
    }
  })

  it('reads an opening "---" that never closes as a thematic break', () => {
    expect(parseMarkdownTree({ text: '---\n- item\n' }).children.map((node) => node.type)).toEqual(['thematicBreak', 'list'])
  })

  it('gives the whole-document tree of a large export', () => {
    const question = (index: number) =>
      `### Question ${index}?\n\n<!-- id: q${index} -->\n\n> - point\n> - point\n\n\`\`\`\n# code ${index}\n\`\`\`\n\n`
    const text = `# Role\n\n## Level\n\n${Array.from({ length: 400 }, (_, index) => question(index)).join('')}`
    expect(parseMarkdownTree({ text, chunkSize: 512 }).children).toEqual(whole.parse(text).children)
  })
})
