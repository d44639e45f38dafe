import type { VFile } from 'vfile'
import type { DeclaredPlaces } from '../../checks'
import { report } from '../../diagnostics'
import { reportGeneralLevel } from '../../general-level'
import type { FrontMatter } from './front-matter'
import { findDeclaredTotal, parseRoleTitle } from '../../header'
import type { Bank, BankLevel, BankRole, SourceRange } from '../../../format/model'

/**
 * What both readers of Markdown (the mdast walk in layouts/markdown/index.ts and
 * the line reader for Prepbank's own export in markdown-export-reader.ts)
 * build the same way: levels from their headings, and the finished bank
 * from the front matter and what the body said.
 */

/** What the body of a Markdown bank says about its role. */
export type MarkdownRoleText = {
  title: string | null
  name: string | null
  summary: { text: string; range: SourceRange } | null
}

/** A level from the plain text of its heading: "Beginner", "Beginner (5 questions)", "Beginner — 5 questions". */
export function levelFromHeading({
  file,
  text,
  range,
  frontMatter,
  index,
  declared,
}: {
  file: VFile
  text: string
  range: SourceRange
  frontMatter: FrontMatter
  declared: DeclaredPlaces
  /** How many levels come before this one. */
  index: number
}): BankLevel {
  const withCount = /^(.*?)\s*(?:\((\d{1,5})\s+questions?\)|[-–—:]\s*(\d{1,5})\s+questions?)$/i.exec(text)
  // "일반적인 질문:", "Basics:": a colon that ends the heading is punctuation, not part of the name.
  let name = (withCount ? withCount[1] : text).replace(/\s*[:：]$/u, '')
  if (name === '') {
    name = `Section ${index + 1}`
    report({
      file,
      severity: 'warning',
      ruleId: 'empty-section-name',
      reason: `This section heading has no text; it was named "${name}"`,
      place: range,
    })
  }
  const metadata = frontMatter.levels.find((level) => sameText(level.name, name))
  const declaredCount = withCount ? Number(withCount[2] ?? withCount[3]) : (metadata?.declaredCount ?? null)
  const level: BankLevel = {
    name,
    slug: metadata?.slug ?? null,
    rank: metadata?.rank ?? null,
    declaredCount,
    questions: [],
    position: range,
  }
  if (declaredCount !== null) declared.set(level, range)
  return level
}

/** Front matter first, then the body: role metadata, document-wide tags, and the "General" level warning. */
export function finishMarkdownBank({
  file,
  frontMatter,
  frontMatterRange,
  role: body,
  levels,
  general,
  declared,
}: {
  file: VFile
  declared: DeclaredPlaces
  frontMatter: FrontMatter
  frontMatterRange: SourceRange | null
  role: MarkdownRoleText
  levels: BankLevel[]
  /** The level made up for questions outside any section, if any. */
  general: BankLevel | null
}): Bank {
  reportGeneralLevel({ file, levels, general, sectionWord: 'heading' })

  if (frontMatter.tags.length > 0) {
    for (const level of levels) {
      for (const question of level.questions) question.tags = [...new Set([...frontMatter.tags, ...question.tags])]
    }
  }

  const summary = frontMatter.role.summary ?? body.summary?.text ?? null
  const role: BankRole = {
    // A site page (Jekyll, Eleventy, Docusaurus) often has no `#` title: its front matter `title` names it.
    name: frontMatter.role.name ?? body.name ?? roleNameFromTitle(frontMatter.role.title) ?? '',
    slug: frontMatter.role.slug,
    title: frontMatter.role.title ?? body.title,
    summary,
    declaredTotal: summary === null ? null : (findDeclaredTotal(summary)?.value ?? null),
  }
  const totalPlace = body.summary && body.summary.text === summary ? body.summary.range : frontMatterRange
  if (role.declaredTotal !== null && totalPlace) {
    declared.set(role, { start: totalPlace.start, end: totalPlace.end })
  }

  return { layout: 'markdown', collection: frontMatter.collection, role, levels }
}

function roleNameFromTitle(title: string | null): string | null {
  return title === null ? null : (parseRoleTitle(title) ?? title)
}

export function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase()
}
