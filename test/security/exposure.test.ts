import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Payload } from 'payload'

import type { TestInstance, TestUser } from '../helpers/payload'

import { markdownToLexical } from '../../src/content/lexicalMarkdown'
import { startPayload, createStaff } from '../helpers/payload'
import { restRequest } from '../helpers/rest'
import { graphqlRequest } from '../review/helpers'

/**
 * Issue #16, findings 6, 9 and 10: every endpoint and collection, read by
 * every kind of caller, carries only what that caller may see. The walk
 * fails on any email, session, password hash or salt, reset token, lock
 * field, provenance, editor id or unapproved wording where it does not belong.
 */

type Actor = 'anonymous' | 'editor' | 'reviewer' | 'admin'
const actors: Actor[] = ['anonymous', 'editor', 'reviewer', 'admin']

// Each test makes and reviews content through several saves: ample time on a busy machine, none wasted on a quiet one.
vi.setConfig({ testTimeout: 600_000 })

let instance: TestInstance
let payload: Payload
const users = {} as Record<Exclude<Actor, 'anonymous'>, TestUser>
const tokens: Partial<Record<Actor, string>> = {}
const marker = {
  draftPrompt: 'DRAFT-PROMPT-never-public?',
  unapprovedHint: 'UNAPPROVED-HINT-WORDING explains the lineage',
  sourceFile: 'SECRET-SOURCE-FILE.md',
  documentHash: 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeedf00dfeedf00dfeedf00dfeed',
}
const ids = {} as { role: string; roleSlug: string; approved: number; withUnapprovedHint: number; draft: number; release: number; hint: number }

beforeAll(async () => {
  process.env.PREPBANK_LOG_LEVEL = 'fatal'
  instance = await startPayload({ name: 'security-exposure' })
  payload = instance.payload
  const staff = await createStaff({ payload: payload })
  Object.assign(users, staff.users)
  Object.assign(tokens, staff.tokens)
  const asEditor = { overrideAccess: false, user: users.editor } as const
  const role = await payload.create({ collection: 'roles', data: { name: 'Exposure Role', title: 'Exposure Role Questions', source: marker.sourceFile }, ...asEditor })
  const level = await payload.create({ collection: 'levels', data: { name: 'Exposure Level', rank: 1 }, ...asEditor })
  const run = await payload.create({
    collection: 'import-runs',
    data: { fileName: marker.sourceFile, documentHash: marker.documentHash, outcome: 'imported', role: role.id, startedBy: users.editor.id },
  })
  const provenance = { sourceFile: marker.sourceFile, line: 3, column: 1, documentHash: marker.documentHash, importRun: run.id }
  const text = (markdown: string) => markdownToLexical({ config: payload.config, markdown })

  // An editor words and submits; a reviewer approves (publishes). The wording is the editor's: four-eyes holds.
  const approveAs = async (collection: 'questions' | 'hints', id: number) => {
    await payload.update({ collection, id, data: { reviewStatus: 'inReview' }, draft: true, ...asEditor })
    await payload.update({ collection, id, data: { reviewStatus: 'approved', _status: 'published' }, overrideAccess: false, user: users.reviewer })
  }
  const approved = await payload.create({
    collection: 'questions',
    data: { role: role.id, level: level.id, position: 1, prompt: 'What does a data pipeline do?', tags: ['pipelines'], provenance },
    draft: true,
    ...asEditor,
  })
  const hint = await payload.create({ collection: 'hints', data: { question: approved.id, position: 1, text: await text('A strong answer names **stages**.') }, draft: true, ...asEditor })
  await approveAs('questions', approved.id)
  await approveAs('hints', hint.id)

  // Finding 6: an approved question whose hint (and so its hint-derived title) was never approved.
  const withUnapprovedHint = await payload.create({
    collection: 'questions',
    data: { role: role.id, level: level.id, position: 2, prompt: 'How is lineage tracked?', hintTitle: marker.unapprovedHint, provenance },
    draft: true,
    ...asEditor,
  })
  await payload.create({ collection: 'hints', data: { question: withUnapprovedHint.id, position: 1, text: await text(marker.unapprovedHint) }, draft: true, ...asEditor })
  await approveAs('questions', withUnapprovedHint.id)

  const draft = await payload.create({
    collection: 'questions',
    data: { role: role.id, level: level.id, position: 3, prompt: marker.draftPrompt, provenance },
    draft: true,
    ...asEditor,
  })
  const published = await restRequest({ payload, method: 'POST', path: '/releases/publish', token: tokens.reviewer, body: { role: role.slug } })
  expect(published.status, published.text).toBe(201)
  Object.assign(ids, {
    role: String(role.id),
    roleSlug: role.slug!,
    approved: approved.id,
    withUnapprovedHint: withUnapprovedHint.id,
    draft: draft.id,
    release: published.json.release.id,
    hint: hint.id,
  })
}, 900_000)
afterAll(async () => {
  await instance?.close()
})

type Leak = { path: string; what: string }

/** Keys that name secrets of an account: never in any response. */
const secretKeys = new Set(['hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'loginAttempts', 'lockUntil', '_verificationToken', 'apiKey'])
/** What a published bank does not need: never shown to anonymous readers. */
const staffKeys = new Set(['provenance', 'sourceFile', 'documentHash', 'importRun', 'hintTitle', 'workingTitle', 'wordingEditedBy', 'lastEditedBy', 'lastEditedAt', 'publishedBy', 'contents', 'startedBy', 'actor', 'actorName', 'reviewStatusChangedAt', 'source', 'questionVersion', 'hintVersion'])
const emailPattern = /[\w.+-]+@example\.test/

/**
 * Everything in a response that the caller should not see. Emails and user
 * records belong to the users collection: a user sees their own, an admin
 * everyone's; staff also see who did what in the audit trail (actorName).
 * Sessions are only ever the caller's own.
 */
/** GraphQL answers a field the caller may not read with null, [] or a group of nulls: no data. */
const hasContent = (value: unknown): boolean => {
  if (value === null || value === undefined) return false
  if (Array.isArray(value)) return value.some(hasContent)
  if (typeof value === 'object') return Object.values(value).some(hasContent)
  return true
}

const findLeaks = ({ body, actor, where }: { body: unknown; actor: Actor; where: string }): Leak[] => {
  const self = actor === 'anonymous' ? undefined : users[actor]
  const leaks: Leak[] = []
  const visit = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      const email = value.match(emailPattern)?.[0]
      const emailAllowed = actor === 'admin' || email === self?.email || (actor !== 'anonymous' && path.endsWith('.actorName'))
      if (email && !emailAllowed) leaks.push({ path, what: `email ${email}` })
      if (actor === 'anonymous') {
        for (const secret of [marker.draftPrompt, marker.unapprovedHint, marker.sourceFile, marker.documentHash]) {
          if (value.includes(secret)) leaks.push({ path, what: `unpublished or internal text "${secret}"` })
        }
      }
      return
    }
    if (!value || typeof value !== 'object') return
    if (Array.isArray(value)) return value.forEach((item, index) => visit(item, `${path}[${index}]`))
    const record = value as Record<string, unknown>
    const isUser = 'email' in record && ('roles' in record || 'sessions' in record)
    const ownRecord = isUser && self !== undefined && String(record.id) === String(self.id)
    if (isUser && !ownRecord && actor !== 'admin' && record.email) leaks.push({ path, what: 'another user\'s record' })
    for (const [key, child] of Object.entries(record)) {
      const present = hasContent(child)
      if (secretKeys.has(key) && present) leaks.push({ path: `${path}.${key}`, what: `account secret ${key}` })
      if (key === 'sessions' && present && !ownRecord) leaks.push({ path: `${path}.${key}`, what: 'another user\'s sessions' })
      if (actor === 'anonymous' && staffKeys.has(key) && present) leaks.push({ path: `${path}.${key}`, what: `staff-only field ${key}` })
      visit(child, `${path}.${key}`)
    }
  }
  visit(body, where)
  return leaks
}

type Probe = { method?: string; path: string; body?: unknown }

const probes = (): Probe[] => [
  { path: '/roles?depth=3&limit=0' },
  { path: `/roles/${ids.role}?depth=3` },
  { path: '/levels?depth=3' },
  { path: '/questions?depth=3&limit=0' },
  { path: '/questions?draft=true&depth=3&limit=0' },
  { path: `/questions/${ids.approved}?depth=3` },
  { path: `/questions/${ids.withUnapprovedHint}?depth=3` },
  { path: `/questions/${ids.withUnapprovedHint}?depth=3&draft=true` },
  { path: '/hints?depth=3&limit=0' },
  { path: '/hints?draft=true&depth=3&limit=0' },
  { path: '/questions/versions?depth=3&limit=0' },
  { path: '/hints/versions?depth=3&limit=0' },
  { path: '/releases?depth=3' },
  { path: `/releases/${ids.release}?depth=3` },
  { path: '/import-runs?depth=3' },
  { path: '/review-events?depth=3&limit=0' },
  { path: '/users?depth=3' },
  { path: '/users/me?depth=3' },
  { path: `/users/${users.editor.id}?depth=3` },
  { path: `/roles/${ids.roleSlug}/export?format=json` },
  { path: `/roles/${ids.roleSlug}/export?format=md` },
  { path: `/releases/${ids.release}/download?format=json` },
  { path: '/schemas/prepbank-bank.v1.json' },
  { path: `/questions/${ids.approved}/review` },
  { path: `/hints/${ids.hint}/review` },
  { method: 'POST', path: '/releases/publish', body: { role: ids.roleSlug } },
  { method: 'POST', path: '/questions/review', body: { ids: [ids.draft], action: 'submit' } },
  { method: 'POST', path: `/questions/${ids.draft}/review`, body: { action: 'reopen' } },
  { method: 'POST', path: '/import?dryRun=true&fileName=probe.md', body: '# Probe Role\n\n## Beginner\n\n- What is a probe?\n' },
]

// Limits small enough for the GraphQL pricing (PREPBANK_GRAPHQL_MAX_COST) and larger than the data.
const graphqlQuery = `{
  Roles(limit: 10) { docs { id name title summary source lastEditedBy { id email } lastEditedAt questions(limit: 25) { docs { id prompt workingTitle hintTitle } } } }
  Questions(limit: 25, draft: true) { docs { id prompt workingTitle hintTitle needsWording tags reviewStatus reviewStatusChangedAt stableId
    provenance { sourceFile documentHash line importRun { id fileName documentHash startedBy { id email } } }
    wordingEditedBy { id email } lastEditedBy { id email sessions { id } } lastEditedAt
    hints(limit: 5) { docs { id plainText markdown wordingEditedBy { id email } lastEditedBy { id email } } } } }
  Hints(limit: 40, draft: true) { docs { id plainText markdown question { id prompt hintTitle } lastEditedBy { id email } } }
  Releases(limit: 50) { docs { id label version contentHash contents publishedBy { id email sessions { id } } } }
}`

describe('walk: every endpoint and collection, for every caller', () => {
  for (const actor of actors) {
    it(`${actor}: REST and custom endpoints carry nothing the caller may not see`, { timeout: 600_000 }, async () => {
      const leaks: Leak[] = []
      for (const probe of probes()) {
        const response = await restRequest({ payload, method: probe.method ?? 'GET', path: probe.path, token: tokens[actor], body: probe.body })
        expect(response.status, `${actor} ${probe.method ?? 'GET'} ${probe.path}: ${response.text.slice(0, 300)}`).toBeLessThan(500)
        const body = response.json ?? response.text
        leaks.push(...findLeaks({ body, actor, where: `${probe.method ?? 'GET'} ${probe.path}` }))
      }
      expect(leaks).toEqual([])
    })

    it(`${actor}: GraphQL carries nothing the caller may not see`, { timeout: 600_000 }, async () => {
      const body = await graphqlRequest({ payload, token: tokens[actor], query: graphqlQuery })
      expect(body.data, JSON.stringify(body.errors ?? []).slice(0, 500)).toBeTruthy()
      expect(findLeaks({ body: body.data, actor, where: 'graphql' })).toEqual([])
    })
  }
})

describe('anonymous readers get what a published bank needs', () => {
  it('an approved question: its wording, place, tags and approved hints, nothing else (findings 6, 10)', async () => {
    const response = await restRequest({ payload, path: `/questions/${ids.approved}?depth=1` })
    expect(response.status).toBe(200)
    expect(Object.keys(response.json).sort()).toEqual(
      ['_status', 'createdAt', 'hints', 'id', 'level', 'position', 'prompt', 'reviewStatus', 'role', 'stableId', 'tags', 'updatedAt'].sort(),
    )
    expect(response.json.hints.docs.map((hint: { id: number }) => hint.id)).toEqual([ids.hint])
    const hint = response.json.hints.docs[0]
    expect(Object.keys(hint).sort()).toEqual(['_status', 'createdAt', 'id', 'markdown', 'plainText', 'position', 'question', 'reviewStatus', 'text', 'updatedAt'].sort())
  })

  it('no hint-derived title of an approved question whose hint was never approved (finding 6)', async () => {
    const response = await restRequest({ payload, path: `/questions/${ids.withUnapprovedHint}` })
    expect(response.status).toBe(200)
    expect(response.json.prompt).toBe('How is lineage tracked?')
    expect(response.text).not.toContain('UNAPPROVED-HINT-WORDING')
    expect(response.json.hints.docs).toEqual([])
    // Staff still see it: the admin's list needs the working title.
    const staff = await restRequest({ payload, path: `/questions/${ids.withUnapprovedHint}`, token: tokens.editor })
    expect(staff.json.hintTitle).toBe(marker.unapprovedHint)
  })

  it('a release without its version ids or publisher, and its download (finding 10)', async () => {
    const response = await restRequest({ payload, path: `/releases/${ids.release}` })
    expect(response.status).toBe(200)
    expect(response.json.contents).toBeUndefined()
    expect(response.json.publishedBy).toBeUndefined()
    const download = await restRequest({ payload, path: `/releases/${ids.release}/download?format=json` })
    expect(download.status).toBe(200)
    expect(download.json.levels[0].questions.map((question: { prompt: string }) => question.prompt)).toEqual(['What does a data pipeline do?'])
  })
})

describe('the publish answer (finding 9)', () => {
  it('is a projection: no snapshot, no user record, no email', async () => {
    const { payload } = instance
    const response = await restRequest({ payload, method: 'POST', path: '/releases/publish', token: tokens.admin, body: { role: ids.roleSlug } })
    expect(response.status).toBe(200)
    expect(Object.keys(response.json.release).sort()).toEqual(['contentHash', 'contents', 'createdAt', 'id', 'label', 'questionCount', 'role', 'version'].sort())
    expect(response.text).not.toMatch(emailPattern)
    expect(response.text).not.toMatch(/sessions|"hash"|"salt"/)
  })

  it('answers errors in one shape: zod issues with their path, 401, 403 and 404 with a message', async () => {
    const send = (token: string | undefined, body: unknown) => restRequest({ payload, method: 'POST', path: '/releases/publish', token, body })
    expect((await send(undefined, { role: ids.roleSlug })).json).toEqual({ errors: [{ message: expect.stringMatching(/log in/i) }] })
    expect((await send(tokens.editor, { role: ids.roleSlug })).status).toBe(403)
    const invalid = await send(tokens.reviewer, { role: 42 })
    expect(invalid.status).toBe(400)
    expect(invalid.json.errors[0]).toMatchObject({ path: 'role', message: expect.stringContaining('role') })
    const missing = await send(tokens.reviewer, { role: 'no-such-role' })
    expect(missing.status).toBe(404)
    expect(missing.json.errors[0].message).toMatch(/no-such-role/)
  })
})
