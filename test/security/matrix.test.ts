import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Payload } from 'payload'

import type { TestInstance, TestUser } from '../helpers/payload'

import { seedDraftBank } from '../helpers/content'
import { startPayload, createStaff } from '../helpers/payload'
import { restRequest } from '../helpers/rest'
import { graphqlRequest } from '../review/helpers'

/**
 * The access matrix cells the other matrices leave out. Already covered:
 * create, read, update, delete and approve over the Local API and REST
 * (test/foundation/access.test.ts); every review move by every actor over
 * the review endpoint, PATCH, the Local API and GraphQL, self-approval and
 * four-eyes (test/review/matrix.test.ts, test/review/workflow.test.ts).
 * Here: the same CRUD over GraphQL, bulk approval, direct writes of review
 * fields, role escalation over GraphQL, `versions`, joins and `?draft=true`.
 */

type Actor = 'anonymous' | 'editor' | 'reviewer' | 'admin'
const actors: Actor[] = ['anonymous', 'editor', 'reviewer', 'admin']

// Each test makes and reviews content through several saves: ample time on a busy machine, none wasted on a quiet one.
vi.setConfig({ testTimeout: 600_000 })

let instance: TestInstance
let payload: Payload
const users = {} as Record<Exclude<Actor, 'anonymous'>, TestUser>
const tokens: Partial<Record<Actor, string>> = {}

beforeAll(async () => {
  process.env.PREPBANK_LOG_LEVEL = 'fatal'
  instance = await startPayload({ name: 'security-matrix' })
  payload = instance.payload
  const staff = await createStaff({ payload: payload })
  Object.assign(users, staff.users)
  Object.assign(tokens, staff.tokens)
}, 900_000)
afterAll(async () => {
  await instance?.close()
})

const gql = (actor: Actor, query: string) => graphqlRequest({ payload, token: tokens[actor], query })

/** Who may do what to a draft question, over GraphQL: the same table as test/foundation/access.test.ts. */
const graphqlAllowed: Record<Actor, Record<'read' | 'create' | 'update' | 'delete', boolean>> = {
  anonymous: { read: false, create: false, update: false, delete: false },
  editor: { read: true, create: true, update: true, delete: true },
  reviewer: { read: true, create: false, update: true, delete: false },
  admin: { read: true, create: true, update: true, delete: true },
}

describe('questions over GraphQL', () => {
  for (const actor of actors) {
    it(`${actor}: read drafts, create, update, delete as the access table says`, { timeout: 300_000 }, async () => {
      const bank = await seedDraftBank({ payload })
      const id = bank.question.id
      const read = await gql(actor, `{ Questions(draft: true, where: { id: { equals: ${id} } }) { docs { id prompt } } }`)
      expect((read.data?.Questions?.docs ?? []).length === 1, 'read draft').toBe(graphqlAllowed[actor].read)

      const created = await gql(
        actor,
        `mutation { createQuestion(draft: true, data: { role: ${bank.role.id}, level: ${bank.level.id}, position: 2, prompt: "Made over GraphQL?", reviewStatus: draft }) { id } }`,
      )
      expect(Boolean(created.data?.createQuestion?.id), `create: ${JSON.stringify(created.errors)}`).toBe(graphqlAllowed[actor].create)

      const updated = await gql(actor, `mutation { updateQuestion(id: ${id}, draft: true, data: { prompt: "Changed over GraphQL?" }) { id } }`)
      expect(Boolean(updated.data?.updateQuestion?.id), `update: ${JSON.stringify(updated.errors)}`).toBe(graphqlAllowed[actor].update)
      const latest = await payload.findByID({ collection: 'questions', id, draft: true })
      expect(latest.prompt === 'Changed over GraphQL?').toBe(graphqlAllowed[actor].update)

      const deleted = await gql(actor, `mutation { deleteQuestion(id: ${id}) { id } }`)
      expect(Boolean(deleted.data?.deleteQuestion?.id), `delete: ${JSON.stringify(deleted.errors)}`).toBe(graphqlAllowed[actor].delete)
      expect((await payload.count({ collection: 'questions', where: { id: { equals: id } } })).totalDocs).toBe(graphqlAllowed[actor].delete ? 0 : 1)
    })
  }

  it('nobody grants themselves a role over GraphQL', async () => {
    for (const actor of ['editor', 'reviewer'] as const) {
      await gql(actor, `mutation { updateUser(id: ${users[actor].id}, data: { roles: admin }) { id roles } }`)
      expect((await payload.findByID({ collection: 'users', id: users[actor].id })).roles).toEqual([actor])
    }
  })
})

describe('bulk approval', () => {
  for (const actor of actors) {
    const may = actor === 'reviewer' || actor === 'admin'
    it(`${actor} ${may ? 'approves' : 'cannot approve'} in bulk`, { timeout: 300_000 }, async () => {
      const ids: number[] = []
      for (let index = 0; index < 2; index += 1) {
        const { question } = await seedDraftBank({ payload })
        await payload.update({ collection: 'questions', id: question.id, data: { reviewStatus: 'inReview' }, draft: true })
        ids.push(question.id)
      }
      const response = await restRequest({ payload, method: 'POST', path: '/questions/review', token: tokens[actor], body: { ids, action: 'approve' } })
      expect(response.status, response.text).toBe(may ? 200 : actor === 'anonymous' ? 401 : 403)
      for (const id of ids) {
        expect((await payload.findByID({ collection: 'questions', id, draft: false }))._status).toBe(may ? 'published' : 'draft')
      }
    })
  }
})

describe('review fields are the hooks\', whatever a client sends', () => {
  it('a direct PATCH of wordingEditedBy, lastEditedBy or reviewStatusChangedAt does not stick', async () => {
    const { question } = await seedDraftBank({ payload })
    await restRequest({ payload, method: 'PATCH', path: `/questions/${question.id}?draft=true`, token: tokens.editor, body: { prompt: 'Worded by the editor?' } })
    const forged = await restRequest({
      payload,
      method: 'PATCH',
      path: `/questions/${question.id}?draft=true`,
      token: tokens.editor,
      body: { wordingEditedBy: [], lastEditedBy: users.admin.id, reviewStatusChangedAt: '2000-01-01T00:00:00.000Z' },
    })
    expect(forged.status, forged.text).toBe(200)
    const latest = await payload.findByID({ collection: 'questions', id: question.id, draft: true, depth: 0 })
    expect(latest.wordingEditedBy).toEqual([users.editor.id])
    expect(latest.lastEditedBy).toBe(users.editor.id)
    expect(latest.reviewStatusChangedAt).not.toBe('2000-01-01T00:00:00.000Z')
    // And so the editor still cannot have it approved by themselves, nor can the reviewer who never touched it be blocked.
    await restRequest({ payload, method: 'POST', path: `/questions/${question.id}/review`, token: tokens.editor, body: { action: 'submit' } })
    const approved = await restRequest({ payload, method: 'POST', path: `/questions/${question.id}/review`, token: tokens.reviewer, body: { action: 'approve' } })
    expect(approved.status, approved.text).toBe(200)
  })
})

describe('versions, joins and ?draft=true', () => {
  it('versions are for staff only, over REST and GraphQL', async () => {
    const { question } = await seedDraftBank({ payload })
    for (const actor of actors) {
      const rest = await restRequest({ payload, path: `/questions/versions?where[parent][equals]=${question.id}`, token: tokens[actor] })
      expect(rest.status, `${actor} REST versions`).toBe(actor === 'anonymous' ? 403 : 200)
      const graphql = await gql(actor, `{ versionsQuestions(where: { parent: { equals: ${question.id} } }) { docs { id } } }`)
      expect(Boolean(graphql.data?.versionsQuestions), `${actor} GraphQL versions`).toBe(actor !== 'anonymous')
    }
  })

  it('joins and ?draft=true show anonymous readers the published version only', async () => {
    const bank = await seedDraftBank({ payload })
    await payload.update({ collection: 'questions', id: bank.question.id, data: { reviewStatus: 'approved', _status: 'published', prompt: 'Published wording?' } })
    await payload.update({ collection: 'questions', id: bank.question.id, data: { prompt: 'Unpublished newer wording?' }, draft: true })
    for (const path of [`/roles/${bank.role.id}?depth=1`, `/roles/${bank.role.id}?depth=1&draft=true`, `/questions?draft=true&where[role][equals]=${bank.role.id}`]) {
      const response = await restRequest({ payload, path })
      expect(response.status).toBe(200)
      // Without ?draft=true the published version; with it, only items whose newest version is published: never the draft.
      if (!path.includes('draft=true')) expect(response.text, path).toContain('Published wording?')
      expect(response.text, path).not.toContain('Unpublished newer wording?')
      // The draft hint never shows through the question's join either.
      expect(response.text, path).not.toContain(`test ${bank.role.name.replace('Test Role ', '')}**`)
    }
    const graphql = await gql('anonymous', `{ Roles(where: { id: { equals: ${bank.role.id} } }) { docs { questions { docs { prompt hints { docs { id } } } } } } }`)
    expect(JSON.stringify(graphql.data)).toContain('Published wording?')
    expect(JSON.stringify(graphql.data)).not.toContain('Unpublished newer wording?')
    expect(graphql.data?.Roles.docs[0].questions.docs[0].hints.docs).toEqual([])
  })
})
