import { describe, expect, it } from 'vitest'
import { asciiDocAsMarkdown } from '../../importers/layouts/markdown/asciidoc'

describe('asciiDocAsMarkdown', () => {
  it('keeps every line where it was', () => {
    const text = '= FAQ\n:toc:\n\n[[a]]\n== Basics\n\n[source,java]\n----\nint x;\n----\n\n|===\n| A | B\n\n| 1 | 2\n|===\n'
    expect(asciiDocAsMarkdown(text).split('\n')).toHaveLength(text.split('\n').length)
  })

  it('leaves out attribute lines over a block, not a bracketed line inside a paragraph', () => {
    expect(asciiDocAsMarkdown('[[intro]]\n[NOTE]\nKeep it short.')).toBe('\n\n> Keep it short.')
    expect(asciiDocAsMarkdown('See the list\n[1]\nbelow.')).toBe('See the list\n[1]\nbelow.')
  })

  it('reads a [qanda] term as a bold line over its answer', () => {
    expect(asciiDocAsMarkdown('[qanda]\nWhat is X?::\n  A thing.')).toBe('\n**What is X?**\n  A thing.')
  })
})
