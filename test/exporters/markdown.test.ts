import type { Heading, Html, Link, Root, Yaml } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { bankToExportSource, exportBankToString, sourceFromArrays } from '../../exporters/index'
import { escapeRawHtml, unescapeRawHtml } from '../../format/markdown-html'
import { parseBank } from '../../importers/parse'
import { fixtureLevels, fixtureRole, fixtureSource, sampleHintTexts } from './fixtures'

/**
 * The Markdown export read by an independent CommonMark/GFM parser (remark):
 * the front matter is the role and levels; the title and level names read as
 * text, and the prompts as the source of their heading's content (prompts
 * are verbatim inline Markdown), are exactly what was exported; each question
 * has its id comment and one blockquote per hint.
 */

async function parsedExport(): Promise<{ text: string; root: Root }> {
  const text = await exportBankToString({ source: fixtureSource(), format: 'md' })
  return { text, root: unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(text) as Root }
}

function headingSource({ text, heading }: { text: string; heading: Heading }): string {
  const start = heading.children[0]?.position?.start.offset
  const end = heading.children.at(-1)?.position?.end.offset
  return start === undefined || end === undefined ? '' : text.slice(start, end)
}

describe('Markdown read by remark', () => {
  it('has the role and levels in its front matter', async () => {
    const { root } = await parsedExport()
    const frontMatter = root.children[0] as Yaml
    expect(frontMatter.type).toBe('yaml')
    expect(YAML.parse(frontMatter.value)).toEqual({
      prepbank: 1,
      role: fixtureRole,
      levels: fixtureLevels.map(({ level }) => level),
    })
  })

  it('gives back every title, level name and prompt exactly', async () => {
    const { text, root } = await parsedExport()
    const headings = root.children
      .filter((node): node is Heading => node.type === 'heading')
      // A prompt is its heading's source with the writer's raw-HTML escapes taken off, as the reader does.
      .map((heading) => [heading.depth, heading.depth === 3 ? unescapeRawHtml(headingSource({ text, heading })) : toString(heading)])
    expect(headings).toEqual([
      [1, fixtureRole.title],
      ...fixtureLevels.flatMap(({ level, questions }) => [[2, level.name], ...questions.map((question) => [3, question.prompt])]),
    ])
  })

  it('follows each prompt with its id comment and one blockquote per hint', async () => {
    const { root } = await parsedExport()
    const questions: { id: string; blockquotes: number }[] = []
    for (const node of root.children) {
      if (node.type === 'html') questions.push({ id: /^<!-- id: (\S+) -->$/.exec((node as Html).value)?.[1] ?? '', blockquotes: 0 })
      if (node.type === 'blockquote') questions[questions.length - 1].blockquotes += 1
    }
    expect(questions).toEqual(
      fixtureLevels.flatMap(({ questions: levelQuestions }) =>
        levelQuestions.map((question) => ({ id: question.id, blockquotes: question.hints.length })),
      ),
    )
  })
})

describe('raw HTML in prompts and hints (issue #16, finding 11a)', () => {
  const attacks = {
    prompt: '<script>alert(1)</script> and <img src=x onerror=alert(2)>, `<code>` stays, <javascript:alert(3)>',
    hint: [
      '<img src=x onerror=alert(4)>',
      '',
      '<div onclick="alert(5)">a block</div> then <https://example.com> stays a link',
      '',
      '```html',
      '<b>fenced code is code</b>',
      '```',
    ].join('\n'),
  }
  const source = () =>
    sourceFromArrays({
      role: { slug: 'html', name: 'HTML', title: 'HTML', summary: null },
      levels: [
        {
          level: { slug: 'one', name: 'One', rank: 1 },
          questions: [{ id: 'q-html', prompt: attacks.prompt, tags: [], hints: [{ markdown: attacks.hint, plainText: 'hint' }] }],
        },
      ],
    })

  it('comes out inert: a CommonMark parser finds no HTML but the id comment, and no javascript: link', async () => {
    const text = await exportBankToString({ source: source(), format: 'md' })
    const root = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(text) as Root
    const html: string[] = []
    const links: string[] = []
    visit(root, (node) => {
      if (node.type === 'html') html.push((node as Html).value)
      if (node.type === 'link') links.push((node as Link).url)
    })
    expect(html).toEqual(['<!-- id: q-html -->'])
    expect(links).toEqual(['https://example.com'])
    // The attacks read as text: what a reader sees is what was written.
    expect(toString(root)).toContain('<script>alert(1)</script>')
    expect(toString(root)).toContain('<img src=x onerror=alert(4)>')
    expect(toString(root)).toContain('<b>fenced code is code</b>')
  })

  it('reads back to the same prompt and hint text', async () => {
    const text = await exportBankToString({ source: source(), format: 'md' })
    const { bank, file } = parseBank(text, { path: 'html.md' })
    expect(file.messages.map(String)).toEqual([])
    const question = bank?.levels[0].questions[0]
    expect(question?.prompt).toBe(attacks.prompt)
    expect(question?.hints.map((hint) => hint.text)).toEqual([attacks.hint])
    // And the read-back bank exports to the same bytes.
    expect(await exportBankToString({ source: bankToExportSource({ bank: bank! }), format: 'md' })).toBe(text)
  })
})

describe('escapeRawHtml / unescapeRawHtml', () => {
  it('escape every < that opens HTML or an unsafe autolink, outside code, and nothing else', () => {
    const cases: [string, string][] = [
      ['<script>x</script>', '\\<script>x\\</script>'],
      ['a `<T>` b <i>', 'a `<T>` b \\<i>'],
      ['``a`<b>``', '``a`<b>``'],
      ['```\n<b>\n```\n<i>', '```\n<b>\n```\n\\<i>'],
      ['\\\\<b>', '\\\\\\<b>'],
      ['<!-- c --> <?php ?> <!DOCTYPE html>', '\\<!-- c --> \\<?php ?> \\<!DOCTYPE html>'],
      ['<https://x.y/z> <mailto:a@b.c> <javascript:alert(1)>', '<https://x.y/z> <mailto:a@b.c> \\<javascript:alert(1)>'],
      ['x < y, a<3, <<', 'x < y, a<3, <<'],
    ]
    for (const [input, escaped] of cases) {
      expect(escapeRawHtml(input)).toBe(escaped)
      expect(unescapeRawHtml(escaped)).toBe(input)
    }
  })

  it('round-trips every prompt and hint of the fixtures and of a generated bank', async () => {
    const texts = fixtureLevels.flatMap(({ questions }) => questions.flatMap((question) => [question.prompt, ...question.hints.map((hint) => hint.markdown)]))
    for (const text of [...texts, ...sampleHintTexts]) expect(unescapeRawHtml(escapeRawHtml(text))).toBe(text)
  })
})
