import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Payload } from 'payload'

import type { TestInstance, TestUser } from '../helpers/payload'

import { loadReviewProgress } from '../../src/review/progress'
import { loadWordingWork } from '../../src/review/workbench'
import { markdownToLexical } from '../../src/content/lexicalMarkdown'
import { seedDraftBank } from '../helpers/content'
import { createUser, login, startPayload } from '../helpers/payload'
import { restRequest } from '../helpers/rest'
import { latestOf, publishedOf } from './helpers'

type Who = 'editor' | 'reviewer' | 'reviewer2'

let instance: TestInstance
let payload: Payload
const users = {} as Record<Who, TestUser>
const tokens = {} as Record<Who, string>

beforeAll(async () => {
  instance = await startPayload({ name: 'review-round' })
  payload = instance.payload
  // The first user becomes the admin by design: make one that is not used here.
  await createUser({ payload, roles: ['admin'] })
  const roles: Record<Who, ('editor' | 'reviewer')[]> = { editor: ['editor'], reviewer: ['reviewer'], reviewer2: ['reviewer'] }
  for (const who of Object.keys(roles) as Who[]) {
    users[who] = await createUser({ payload, roles: roles[who] })
    tokens[who] = await login({ payload, email: users[who].email })
  }
})
afterAll(async () => {
  await instance?.close()
})

/** A question with two draft hints and no prompt, as an import leaves it. */
const hintOnlyQuestion = async () => {
  const bank = await seedDraftBank({ payload })
  await payload.update({ collection: 'questions', id: bank.question.id, data: { prompt: null, hintTitle: 'Explains the test' }, draft: true })
  const second = await payload.create({
    collection: 'hints',
    data: { question: bank.question.id, position: 2, text: await markdownToLexical({ config: payload.config, markdown: 'Mentions *edge cases*.' }) },
    draft: true,
  })
  return { ...bank, hints: [bank.hint, second] }
}

const round = ({ who, id, action, comment }: { who: Who; id: number; action: string; comment?: string }) =>
  restRequest({ payload, method: 'POST', path: `/questions/${id}/review-round`, token: tokens[who], body: { action, ...(comment ? { comment } : {}) } })

const word = ({ who, id, prompt }: { who: Who; id: number; prompt: string }) =>
  payload.update({ collection: 'questions', id, data: { prompt }, draft: true, overrideAccess: false, user: users[who] })

/** The questions the live export serves for a role, through the production endpoint. */
const exportedCount = async ({ slug }: { slug: string }): Promise<number> => {
  const response = await restRequest({ payload, method: 'GET', path: `/roles/${slug}/export?format=json` })
  expect(response.status, response.text).toBe(200)
  const bank = JSON.parse(response.text) as { levels: { questions: unknown[] }[] }
  return bank.levels.reduce((sum, level) => sum + level.questions.length, 0)
}

describe('one review round per question', () => {
  it('submitting a question submits its draft hints; one approval makes it exportable', async () => {
    const bank = await hintOnlyQuestion()
    await word({ who: 'editor', id: bank.question.id, prompt: 'How do you test it?' })
    const submitted = await round({ who: 'editor', id: bank.question.id, action: 'submit' })
    expect(submitted.status, submitted.text).toBe(200)
    expect(submitted.json).toMatchObject({ done: 3, failed: 0 })
    for (const hint of bank.hints) expect((await latestOf({ payload, collection: 'hints', id: hint.id })).reviewStatus).toBe('inReview')

    // The reviewer sees the question and each hint with its wording before deciding.
    const state = await restRequest({ payload, path: `/questions/${bank.question.id}/review-round`, token: tokens.reviewer })
    expect(state.status).toBe(200)
    expect(state.json.question.wording).toBe('How do you test it?')
    expect(state.json.hints.map((hint: { wording: string }) => hint.wording)).toEqual(['A strong answer explains **test ' + bank.role.name.split(' ').at(-1) + '**.', 'Mentions *edge cases*.'])
    expect(state.json.hints[0].actions.find((entry: { action: string }) => entry.action === 'approve').allowed).toBe(true)

    const approved = await round({ who: 'reviewer', id: bank.question.id, action: 'approve' })
    expect(approved.status, approved.text).toBe(200)
    expect(approved.json.results.map((result: { collection: string; ok: boolean }) => [result.collection, result.ok])).toEqual([
      ['questions', true],
      ['hints', true],
      ['hints', true],
    ])
    expect(await publishedOf({ payload, collection: 'questions', id: bank.question.id })).toMatchObject({ _status: 'published', reviewStatus: 'approved' })
    expect(await exportedCount({ slug: bank.role.slug as string })).toBe(1)
  })

  it('checks four-eyes per item and reports the refused item with its reason', async () => {
    const bank = await hintOnlyQuestion()
    await word({ who: 'editor', id: bank.question.id, prompt: 'Who approves what?' })
    expect((await round({ who: 'editor', id: bank.question.id, action: 'submit' })).status).toBe(200)
    // The reviewer rewords one hint: that hint needs someone else's approval.
    await payload.update({
      collection: 'hints',
      id: bank.hints[1].id,
      data: { text: await markdownToLexical({ config: payload.config, markdown: 'Mentions *edge cases* and limits.' }) },
      draft: true,
      overrideAccess: false,
      user: users.reviewer,
    })
    const mixed = await round({ who: 'reviewer', id: bank.question.id, action: 'approve' })
    expect(mixed.status).toBe(207)
    expect(mixed.json).toMatchObject({ done: 2, failed: 1 })
    expect(mixed.json.results.find((result: { ok: boolean }) => !result.ok)).toMatchObject({
      collection: 'hints',
      id: bank.hints[1].id,
      status: 403,
      message: expect.stringMatching(/four-eyes/i),
    })
    expect(await exportedCount({ slug: bank.role.slug as string })).toBe(0)
    // The hint alone, by another reviewer, completes the round.
    const alone = await restRequest({ payload, method: 'POST', path: `/hints/${bank.hints[1].id}/review`, token: tokens.reviewer2, body: { action: 'approve' } })
    expect(alone.status, alone.text).toBe(200)
    expect(await exportedCount({ slug: bank.role.slug as string })).toBe(1)
  })

  it('editors cannot approve a round; nothing to do is a 400; bulk reports per question', async () => {
    const first = await hintOnlyQuestion()
    const second = await hintOnlyQuestion()
    for (const bank of [first, second]) await word({ who: 'editor', id: bank.question.id, prompt: `Bulk ${bank.question.id}?` })
    const bulk = await restRequest({
      payload,
      method: 'POST',
      path: '/questions/review-round',
      token: tokens.editor,
      body: { ids: [first.question.id, second.question.id], action: 'submit' },
    })
    expect(bulk.status, bulk.text).toBe(200)
    expect(bulk.json).toMatchObject({ done: 6, failed: 0 })
    const editorApproves = await round({ who: 'editor', id: first.question.id, action: 'approve' })
    expect(editorApproves.status).toBe(403)
    expect((await latestOf({ payload, collection: 'questions', id: first.question.id })).reviewStatus).toBe('inReview')
    expect((await round({ who: 'editor', id: first.question.id, action: 'submit' })).status).toBe(400)
    expect((await restRequest({ payload, method: 'POST', path: `/questions/${first.question.id}/review-round`, body: { action: 'submit' } })).status).toBe(401)
  })
})

describe('the wording workbench', () => {
  it('lists hint-only questions with their hints, counts what is left, and knows what the user worded', async () => {
    const bank = await hintOnlyQuestion()
    const other = await hintOnlyQuestion()
    const before = await loadWordingWork({ payload, user: users.editor, role: String(bank.role.id) })
    expect(before).toMatchObject({ remaining: 1, total: 1, wordedByUser: [] })
    expect(before.items[0].hints.map((hint) => hint.markdown)).toEqual([expect.stringContaining('A strong answer'), 'Mentions *edge cases*.'])
    await word({ who: 'editor', id: bank.question.id, prompt: 'Worded in the workbench?' })
    const after = await loadWordingWork({ payload, user: users.editor, role: String(bank.role.id) })
    expect(after).toMatchObject({ remaining: 0, total: 1, items: [], wordedByUser: [bank.question.id] })
    // Another user's wording is not theirs to submit.
    expect((await loadWordingWork({ payload, user: users.reviewer, role: String(bank.role.id) })).wordedByUser).toEqual([])
    // The dashboard counts what still needs wording per role.
    const progress = await loadReviewProgress({ payload, user: users.editor })
    expect(progress.find((entry) => entry.role.id === other.role.id)?.needsWording).toBe(1)
    expect(progress.find((entry) => entry.role.id === bank.role.id)?.needsWording).toBe(0)
  })
})
