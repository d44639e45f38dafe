import { describe, expect, it } from 'vitest'
import { detectLayout } from '../../importers/detect'

describe('detectLayout', () => {
  it.each([
    ['a Prepbank JSON export', '  {\n  "format": "prepbank.bank",\n  "formatVersion": 1\n}', 'prepbank-json'],
    ['JSON of another kind', '{ "questions": [] }', 'qa'],
    ['a Prepbank CSV export', 'id,role,level,level_rank,position,prompt\n', 'prepbank-csv'],
    ['a quoted CSV header', '"id","role","level"\n', 'prepbank-csv'],
    ['front matter', '---\ntitle: x\n---\nText', 'markdown'],
    ['a fused count', 'Interview Prep\nX Interview Questions\nBeginner\n5 questionsA strong answer…', 'prepbank-text'],
    ['a fused singular count', 'Basics\n1 questionThe answer should …', 'prepbank-text'],
    ['a count on its own line', 'X Interview Questions\nBeginner\n\n2 questions\nHint one.\nHint two.', 'prepbank-text'],
    ['a summary that merely mentions questions', 'X Interview Questions\n4 questions on delivery.\n\nQ: a?\nA: b.', 'qa'],
    ['an ATX heading', 'Intro\n\n## Beginner\n- What?', 'markdown'],
    ['a setext heading', 'Role\n====\n\nText', 'markdown'],
    ['a "---" separator after an answer', 'Q: a?\nA: An answer.\n---\nQ: b?\nA: c.', 'qa'],
    ['Q:/A: labels', 'Q: What is X?\nA: A thing.', 'qa'],
    ['numbered question labels', '1. Q: What is X?\n   A: A thing.', 'qa'],
    ['numbered questions with answer bullets', '1) What?\n- a\n- b\n2) Why?\n- c', 'qa'],
    ['a nested list', '- What is X?\n  - A thing.', 'markdown'],
    ['a blockquote', 'What is X?\n\n> A thing.', 'markdown'],
    ['bold questions', '**What is X?**\n\nAnswer: a thing.', 'markdown'],
    ['plain lines', 'What is X?\nHint: a thing.', 'qa'],
    ['reStructuredText: a directive and "~~~" underlines', '.. _faq:\n\nWhat is X?\n~~~~~~~~~~\n\nA thing.', 'markdown'],
    ['AsciiDoc: a "= Title" and "==" sections', '= Java FAQ\n\n== Basics\n\nWhat is X?::\n  A thing.', 'markdown'],
    ['AsciiDoc: a "= Title" and attribute entries', '= Java FAQ\n:toc:\n\nQ: What is X?\nA: A thing.', 'markdown'],
    ['a "= " line that is no AsciiDoc title', '= total\nQ: What is X?\nA: A thing.', 'qa'],
  ])('%s', (_, text, layout) => {
    expect(detectLayout({ text })).toBe(layout)
  })

  it('reads a .rst file by its name', () => {
    expect(detectLayout({ text: 'What is X?\nA thing.', path: 'faq.rst' })).toBe('markdown')
    expect(detectLayout({ text: 'What is X?\nA thing.', path: 'faq.txt' })).toBe('qa')
  })

  it('reads a .adoc, .asciidoc or .asc file by its name', () => {
    for (const path of ['faq.adoc', 'faq.asciidoc', 'faq.asc']) expect(detectLayout({ text: 'What is X?\nA thing.', path })).toBe('markdown')
  })
})
