import type { Heading, Html, Root, Yaml } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { exportBankToString } from '../../exporters/index'
import { fixtureLevels, fixtureRole, fixtureSource } from './fixtures'

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
      .map((heading) => [heading.depth, heading.depth === 3 ? headingSource({ text, heading }) : toString(heading)])
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
