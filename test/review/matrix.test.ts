import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ReviewStatus } from '../../src/review/fields/reviewStatus'
import type { ReviewAction } from '../../src/review/transitions'
import type { ReviewedCollection } from '../../src/review/wording'
import type { TestInstance, TestUser } from '../helpers/payload'

import { reviewStatusValues } from '../../src/review/fields/reviewStatus'
import { actionTarget, reviewActions } from '../../src/review/transitions'
import { startPayload, createStaff } from '../helpers/payload'
import { restRequest } from '../helpers/rest'
import { eventsOf, graphqlRequest, latestOf, publishedOf, seedInState, versionCount } from './helpers'

type Actor = 'anonymous' | 'editor' | 'reviewer' | 'admin'
type Interface = 'local' | 'endpoint' | 'patch' | 'graphql'

/** Who may take which action from which state, written out from the issue (and the one addition, reopen from inReview). */
const expected: Record<ReviewAction, { from: ReviewStatus[]; actors: Actor[] }> = {
  submit: { from: ['draft'], actors: ['editor', 'admin'] },
  approve: { from: ['inReview'], actors: ['reviewer', 'admin'] },
  requestChanges: { from: ['inReview'], actors: ['reviewer', 'admin'] },
  reopen: { from: ['changesRequested', 'inReview'], actors: ['editor', 'admin'] },
}

let instance: TestInstance
const users: Partial<Record<Actor, TestUser>> = {}
const tokens: Partial<Record<Actor, string>> = {}

beforeAll(async () => {
  // GraphQL logs every refused mutation as an error; hundreds are expected here.
  process.env.PREPBANK_LOG_LEVEL = 'fatal'
  instance = await startPayload({ name: 'review-matrix' })
  const staff = await createStaff({ payload: instance.payload })
  Object.assign(users, staff.users)
  Object.assign(tokens, staff.tokens)
})
afterAll(async () => {
  await instance?.close()
})

const graphqlName: Record<ReviewedCollection, string> = { questions: 'updateQuestion', hints: 'updateHint' }

/** Takes the action through one interface; the HTTP-like status of the outcome. */
const attempt = async ({
  via,
  actor,
  collection,
  id,
  action,
}: {
  via: Interface
  actor: Actor
  collection: ReviewedCollection
  id: number
  action: ReviewAction
}): Promise<{ status: number; message: string }> => {
  const { payload } = instance
  const approve = action === 'approve'
  const comment = 'Make the expected answer explicit.'
  const data = { reviewStatus: actionTarget[action], ...(approve ? { _status: 'published' as const } : {}), reviewComment: comment }
  switch (via) {
    case 'local':
      try {
        await payload.update({ collection, id, data, draft: !approve, overrideAccess: false, user: users[actor] })
        return { status: 200, message: '' }
      } catch (error) {
        return { status: (error as { status?: number }).status ?? 500, message: String((error as Error).message) }
      }
    case 'endpoint': {
      const response = await restRequest({ payload, method: 'POST', path: `/${collection}/${id}/review`, token: tokens[actor], body: { action, comment } })
      return { status: response.status, message: response.json?.errors?.[0]?.message ?? '' }
    }
    case 'patch': {
      const response = await restRequest({ payload, method: 'PATCH', path: `/${collection}/${id}${approve ? '' : '?draft=true'}`, token: tokens[actor], body: data })
      return { status: response.status, message: response.json?.errors?.[0]?.message ?? '' }
    }
    case 'graphql': {
      const body = await graphqlRequest({
        payload,
        token: tokens[actor],
        query: `mutation { ${graphqlName[collection]}(id: ${id}, draft: ${!approve}, data: { reviewStatus: ${actionTarget[action]}${approve ? ', _status: published' : ''}, reviewComment: ${JSON.stringify(comment)} }) { id reviewStatus } }`,
      })
      const error = body.errors?.[0]
      return error ? { status: error.extensions?.statusCode ?? 500, message: error.message } : { status: 200, message: '' }
    }
  }
}

const actors: Actor[] = ['anonymous', 'editor', 'reviewer', 'admin']

/** The raw moves (a save setting reviewStatus), from>to: actors, written out from the issue. */
const moves: Record<string, Actor[]> = {
  'draft>inReview': ['editor', 'admin'],
  'inReview>approved': ['reviewer', 'admin'],
  'inReview>changesRequested': ['reviewer', 'admin'],
  'inReview>draft': ['editor', 'admin'],
  'changesRequested>draft': ['editor', 'admin'],
  // An edit to approved content goes back to review, whoever edits.
  'approved>inReview': ['editor', 'reviewer', 'admin'],
}

type Case = { allowed: boolean; refusal: number[]; moves: boolean }

/** The review endpoint takes actions: an action from a state it does not apply to is a 400. */
const endpointCase = ({ from, action, actor }: { from: ReviewStatus; action: ReviewAction; actor: Actor }): Case => {
  const rule = expected[action]
  const applies = rule.from.includes(from)
  return {
    allowed: applies && rule.actors.includes(actor),
    refusal: actor === 'anonymous' ? [401] : applies ? [403] : [400],
    moves: true,
  }
}

/** Other interfaces save a status: the same state is an ordinary save; publishing is for reviewers and admins. */
const saveCase = ({ from, action, actor }: { from: ReviewStatus; action: ReviewAction; actor: Actor }): Case => {
  const to = actionTarget[action]
  if (actor === 'anonymous') return { allowed: false, refusal: [401, 403], moves: false }
  if (from === to) {
    const mayPublish = actor !== 'editor'
    return { allowed: to !== 'approved' || mayPublish, refusal: [403], moves: false }
  }
  const allowedActors = moves[`${from}>${to}`]
  // Approving is a publishing save, and editors never publish, whatever the state.
  if (to === 'approved' && actor === 'editor') return { allowed: false, refusal: [403], moves: false }
  return { allowed: Boolean(allowedActors?.includes(actor)), refusal: allowedActors ? [403] : [400], moves: true }
}

const interfaces: { via: Interface; collections: ReviewedCollection[] }[] = [
  { via: 'endpoint', collections: ['questions', 'hints'] },
  { via: 'local', collections: ['questions', 'hints'] },
  { via: 'patch', collections: ['questions', 'hints'] },
  { via: 'graphql', collections: ['questions'] },
]

describe.each(interfaces)('transition × actor through $via', ({ via, collections }) => {
  for (const collection of collections) {
    for (const from of reviewStatusValues) {
      for (const action of reviewActions) {
        for (const actor of actors) {
          const { allowed, refusal, moves: transition } = via === 'endpoint' ? endpointCase({ from, action, actor }) : saveCase({ from, action, actor })
          const to = actionTarget[action]
          const title = via === 'endpoint' ? `${action} from ${from}` : `set ${to} on ${from}`
          it(`${collection}: ${actor} ${title} → ${allowed ? (transition ? to : 'saved') : `refused ${refusal.join('/')}`}`, async () => {
            const { payload } = instance
            const { id } = await seedInState({ payload, collection, state: from })
            const before = {
              versions: await versionCount({ payload, collection, id }),
              events: (await eventsOf({ payload, collection, id })).length,
              published: (await publishedOf({ payload, collection, id }))._status,
            }
            const outcome = await attempt({ via, actor, collection, id, action })
            const latest = await latestOf({ payload, collection, id })
            const events = await eventsOf({ payload, collection, id })
            if (allowed) {
              expect(outcome, outcome.message).toMatchObject({ status: 200 })
              expect(latest.reviewStatus).toBe(to)
              if (transition) {
                const name = from === 'approved' && to === 'inReview' ? 'revise' : action
                expect(events).toHaveLength(before.events + 1)
                expect(events.at(-1)).toMatchObject({ action: name, fromStatus: from, toStatus: to, actor: users[actor as Exclude<Actor, 'anonymous'>]!.id })
                if (action === 'requestChanges') expect(events.at(-1)?.comment).toBe('Make the expected answer explicit.')
              } else {
                // The same state again is no transition and no edit: nothing to record.
                expect(events).toHaveLength(before.events)
              }
              if (to === 'approved') {
                expect(await publishedOf({ payload, collection, id })).toMatchObject({ _status: 'published', reviewStatus: 'approved' })
              }
            } else {
              expect(refusal, `${outcome.status}: ${outcome.message}`).toContain(outcome.status)
              expect(outcome.message.length, 'a refusal says why').toBeGreaterThan(5)
              // A refusal changes nothing: no version, no event, same status, same publication.
              expect(latest.reviewStatus).toBe(from)
              expect(await versionCount({ payload, collection, id })).toBe(before.versions)
              expect(events).toHaveLength(before.events)
              expect((await publishedOf({ payload, collection, id }))._status).toBe(before.published)
            }
          })
        }
      }
    }
  }
})
