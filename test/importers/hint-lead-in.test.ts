import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { deriveWorkingTitle } from '../../importers/hint-lead-in'
import { parseBank } from '../../importers/parse'

const fixtures = join(import.meta.dirname, 'fixtures')
const exampleHints = ['text-ai-data-ops-specialist', 'text-ai-image-data-specialist'].flatMap((name) => {
  const { bank } = parseBank(readFileSync(join(fixtures, name, 'input.txt')), { path: name })
  return bank?.levels.flatMap((level) => level.questions.map((question) => question.hints[0].text)) ?? []
})

/** Words a working title must not start with: they are the lead-in, not the topic. */
const leadInStart = /^(?:expect|cover|covers|look for|a strong answer|a great answer|the answer|answer|hint|a good answer|strong candidates|that)\b/i

describe('deriveWorkingTitle', () => {
  it('has all 100 example hints to work on', () => {
    expect(exampleHints).toHaveLength(100)
  })

  it.each(exampleHints)('gives a short title without lead-in for: %s', (hint) => {
    const title = deriveWorkingTitle({ hint })
    expect(title).not.toBe('')
    expect(title).not.toMatch(leadInStart)
    expect(title.length).toBeLessThanOrEqual(81)
    expect(title).toMatch(/^[^\p{Ll}]/u)
    // The title is taken from the hint, not invented.
    const words = title.replace(/…$/, '').split(/\s+/).slice(1, 4).join(' ')
    expect(hint).toContain(words)
  })

  it.each([
    [
      'A strong answer explains that ELT loads raw data first and transforms in place (leveraging cloud warehouse compute), which is preferred.',
      'ELT loads raw data first and transforms in place…',
    ],
    [
      'Expect a clear taxonomy: structured (SQL tables), semi-structured (JSON, XML), unstructured (text, images).',
      // The cut falls inside "(text, images)", so the unclosed part goes.
      'Structured (SQL tables), semi-structured (JSON, XML), unstructured…',
    ],
    ['Expect: running the same pipeline multiple times produces identical results; critical for retries.', 'Running the same pipeline multiple times produces identical results'],
    ['Cover logical vs. physical isolation and row-level security.', 'Logical vs. physical isolation and row-level security'],
    ['Look for systematic debugging approach and concrete actions.', 'Systematic debugging approach and concrete actions'],
    ['The answer should define data drift as a change in input data.', 'Define data drift as a change in input data'],
    ['A strong answer distinguishes hash-based dedup from MinHash.', 'Distinguishes hash-based dedup from MinHash'],
    ['Expect discussion of lineage tracking. It matters.', 'Lineage tracking'],
    ['Expect the candidate to explain that caches go stale.', 'Caches go stale'],
    ['Good answers mention backpressure.', 'Backpressure'],
    ['IAA measures consistency between multiple labelers - high agreement indicates clear guidelines.', 'IAA measures consistency between multiple labelers'],
    ['Why does this matter? Because of scale.', 'Why does this matter?'],
    ['pHash finds near-duplicates.', 'pHash finds near-duplicates'],
    ['A strong answer covers:\n\n- idempotent loads\n- **backfills** with checkpoints', 'Idempotent loads, backfills with checkpoints'],
    ['> Hint: use `EXPLAIN` on the query', 'Use EXPLAIN on the query'],
    ['Expect:', 'Expect'],
  ])('%j → %j', (hint, title) => {
    expect(deriveWorkingTitle({ hint })).toBe(title)
  })

  it('cuts long text on a word boundary', () => {
    const title = deriveWorkingTitle({ hint: `Cover ${'partitioning '.repeat(20)}` })
    expect(title.endsWith('…')).toBe(true)
    expect(title).toMatch(/^Partitioning( partitioning)+…$/)
    expect(title.length).toBeLessThanOrEqual(81)
  })

  it('never returns an empty title', () => {
    expect(deriveWorkingTitle({ hint: '   ' })).toBe('Untitled question')
  })
})
