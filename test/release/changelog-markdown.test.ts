import type { Root } from 'mdast'

import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'

import type { Changelog } from '../../src/release/changelog'
import { changelogMarkdown } from '../../src/release/changelog'
import { wordDiff } from '../../src/review/wordDiff'

const attack = 'What does <img src=x onerror=alert(1)> do in <script>alert(2)</script>?'

const changelog: Changelog = {
  role: { slug: 'web', name: 'Web' },
  from: { version: 1, contentHash: 'a' },
  to: { version: 2, contentHash: 'b' },
  summary: { added: 1, removed: 0, reworded: 1, hintsChanged: 0, moved: 0, unchanged: 0 },
  added: [{ id: 'q-1', prompt: attack, level: 'One' }],
  removed: [],
  reworded: [{ id: 'q-2', prompt: `${attack} Explain.`, level: 'One', before: 'Plain?', diff: wordDiff({ before: 'Plain?', after: `${attack} Explain.` }) }],
  hintsChanged: [],
  moved: [],
}

describe('the changelog in Markdown', () => {
  it('escapes raw HTML in prompts and word diffs, so a renderer shows it as text', () => {
    const markdown = changelogMarkdown(changelog)
    const root = unified().use(remarkParse).parse(markdown) as Root
    const html: string[] = []
    visit(root, 'html', (node) => void html.push(node.value))
    expect(html).toEqual([])
    expect(markdown).toContain('- What does \\<img src=x onerror=alert(1)> do in \\<script>alert(2)\\</script>? (One, `q-1`)')
    expect(markdown).toMatch(/- `q-2`: .*\\<script>/)
  })
})
