import { describe, expect, it } from 'vitest'

import type { UserRole } from '../../src/access/userRoles'
import type { ReviewStatus } from '../../src/review/fields/reviewStatus'

import { reviewStatusValues } from '../../src/review/fields/reviewStatus'
import { checkTransition } from '../../src/review/transitions'
import { diffHasChanges, wordDiff } from '../../src/review/wordDiff'

/** The allowed moves, written out independently of the table: from>to: roles. */
const allowed: Record<string, UserRole[]> = {
  'draft>inReview': ['editor', 'admin'],
  'inReview>approved': ['reviewer', 'admin'],
  'inReview>changesRequested': ['reviewer', 'admin'],
  'inReview>draft': ['editor', 'admin'],
  'changesRequested>draft': ['editor', 'admin'],
  'approved>inReview': ['editor', 'reviewer', 'admin'],
}

const roles: UserRole[] = ['editor', 'reviewer', 'admin']
const base = { comment: 'Please tighten the wording.', ownWording: false, allowSelfApproval: false }

describe('the transition table', () => {
  for (const from of reviewStatusValues) {
    for (const to of reviewStatusValues) {
      if (from === to) continue
      for (const role of roles) {
        const expected = allowed[`${from}>${to}`]?.includes(role) ?? false
        it(`${role}: ${from} → ${to} is ${expected ? 'allowed' : 'refused'}`, () => {
          const result = checkTransition({ ...base, from, to, roles: [role], publishing: to === 'approved' })
          expect(result.ok).toBe(expected)
          if (!result.ok) {
            // Not a move at all: 400; a move this role may not make: 403.
            expect(result.status).toBe(allowed[`${from}>${to}`] ? 403 : 400)
            expect(result.reason.length).toBeGreaterThan(10)
          }
        })
      }
    }
  }

  it('a user with no role makes no move', () => {
    for (const key of Object.keys(allowed)) {
      const [from, to] = key.split('>') as [ReviewStatus, ReviewStatus]
      expect(checkTransition({ ...base, from, to, roles: [], publishing: to === 'approved' }).ok).toBe(false)
    }
  })

  it('staying in the same state is no transition', () => {
    expect(checkTransition({ ...base, from: 'approved', to: 'approved', roles: [], publishing: true })).toEqual({ ok: true, transition: null })
  })

  it('requesting changes needs a comment', () => {
    const result = checkTransition({ ...base, comment: '  ', from: 'inReview', to: 'changesRequested', roles: ['reviewer'], publishing: false })
    expect(result).toMatchObject({ ok: false, status: 400 })
  })

  it('approving must publish', () => {
    const result = checkTransition({ ...base, from: 'inReview', to: 'approved', roles: ['reviewer'], publishing: false })
    expect(result).toMatchObject({ ok: false, status: 400 })
    expect(!result.ok && result.reason).toMatch(/publish/)
  })

  it('four-eyes: nobody approves their own wording, admins only when self-approval is allowed', () => {
    const own = { ...base, ownWording: true, from: 'inReview' as const, to: 'approved' as const, publishing: true }
    expect(checkTransition({ ...own, roles: ['reviewer'] })).toMatchObject({ ok: false, status: 403 })
    expect(checkTransition({ ...own, roles: ['admin'] })).toMatchObject({ ok: false, status: 403 })
    expect(checkTransition({ ...own, roles: ['reviewer'], allowSelfApproval: true })).toMatchObject({ ok: false, status: 403 })
    expect(checkTransition({ ...own, roles: ['admin'], allowSelfApproval: true })).toMatchObject({ ok: true })
    // Requesting changes on one's own wording is fine: it approves nothing.
    expect(checkTransition({ ...own, to: 'changesRequested', roles: ['reviewer'], publishing: false })).toMatchObject({ ok: true })
  })
})

describe('wordDiff', () => {
  const rebuild = (parts: ReturnType<typeof wordDiff>, side: 'before' | 'after') =>
    parts.filter((part) => part.type === 'equal' || part.type === (side === 'before' ? 'delete' : 'insert')).map((part) => part.text).join('')

  it('marks changed words and keeps both texts recoverable', () => {
    const before = 'What is a data pipeline?'
    const after = 'What is a robust data pipeline, briefly?'
    const parts = wordDiff({ before, after })
    expect(rebuild(parts, 'before')).toBe(before)
    expect(rebuild(parts, 'after')).toBe(after)
    expect(parts.filter((part) => part.type === 'insert').map((part) => part.text.trim())).toEqual(['robust', 'pipeline, briefly?'])
    expect(parts.filter((part) => part.type === 'delete').map((part) => part.text.trim())).toEqual(['pipeline?'])
  })

  it('handles empty sides and identical texts', () => {
    expect(wordDiff({ before: '', after: 'New text' })).toEqual([{ type: 'insert', text: 'New text' }])
    expect(wordDiff({ before: 'Old text', after: '' })).toEqual([{ type: 'delete', text: 'Old text' }])
    expect(wordDiff({ before: '', after: '' })).toEqual([])
    expect(diffHasChanges(wordDiff({ before: 'Same words', after: 'Same words' }))).toBe(false)
  })

  it('rebuilds both sides of random edits', () => {
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    const vocabulary = ['a', 'b', 'c', 'data', 'pipeline', 'model', '\n', 'label']
    for (let round = 0; round < 200; round += 1) {
      const text = () => Array.from({ length: Math.floor(random() * 30) }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(random() < 0.5 ? ' ' : '  ')
      const before = text()
      const after = text()
      const parts = wordDiff({ before, after })
      expect(rebuild(parts, 'before')).toBe(before)
      expect(rebuild(parts, 'after')).toBe(after)
    }
  })

  it('stays exact on long texts', () => {
    const words = Array.from({ length: 3000 }, (_, index) => `w${index % 97}`)
    const before = words.join(' ')
    const after = words.map((word, index) => (index % 500 === 0 ? 'CHANGED' : word)).join(' ')
    const parts = wordDiff({ before, after })
    expect(rebuild(parts, 'before')).toBe(before)
    expect(rebuild(parts, 'after')).toBe(after)
    expect(parts.filter((part) => part.type === 'insert')).toHaveLength(6)
  })
})
