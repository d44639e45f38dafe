import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Payload } from 'payload'

import type { BankDocument } from '../../format/schema'
import type { ReviewedCollection } from '../../src/review/wording'
import type { TestInstance, TestUser } from '../helpers/payload'

import { loadReviewProgress } from '../../src/review/progress'
import { loadReviewQueue } from '../../src/review/queue'
import { markdownToLexical } from '../../src/content/lexicalMarkdown'
import { seedDraftBank } from '../helpers/content'
import { createUser, login, startPayload } from '../helpers/payload'
import { restRequest } from '../helpers/rest'
import { eventsOf, latestOf, publishedOf, versionCount } from './helpers'

type Who = 'admin' | 'editor' | 'editor2' | 'reviewer' | 'reviewer2'

let instance: TestInstance
let payload: Payload
const users = {} as Record<Who, TestUser>
const tokens = {} as Record<Who, string>

beforeAll(async () => {
  instance = await startPayload({ name: 'review-workflow' })
  payload = instance.payload
  const roles: Record<Who, ('admin' | 'editor' | 'reviewer')[]> = {
    admin: ['admin'],
    editor: ['editor'],
    editor2: ['editor'],
    reviewer: ['reviewer'],
    reviewer2: ['reviewer'],
  }
  for (const who of Object.keys(roles) as Who[]) {
    users[who] = await createUser({ payload, roles: roles[who] })
    tokens[who] = await login({ payload, email: users[who].email })
  }
})
afterAll(async () => {
  await instance?.close()
})

const hintText = (markdown: string) => markdownToLexical({ config: payload.config, markdown })

/** A draft save as a user, through the Local API with access enforced. */
const edit = ({ who, collection = 'questions', id, data }: { who: Who; collection?: ReviewedCollection; id: number; data: Record<string, unknown> }) =>
  payload.update({ collection, id, data: data as never, draft: true, overrideAccess: false, user: users[who] })

/** A review action through the review endpoint, as a user. */
const review = async ({ who, collection = 'questions', id, action, comment }: { who: Who; collection?: ReviewedCollection; id: number; action: string; comment?: string }) =>
  restRequest({ payload, method: 'POST', path: `/${collection}/${id}/review`, token: tokens[who], body: { action, ...(comment ? { comment } : {}) } })

/** A question written by `who` and submitted for review. */
const submittedQuestion = async ({ who = 'editor', prompt }: { who?: Who; prompt: string }) => {
  const bank = await seedDraftBank({ payload })
  await edit({ who, id: bank.question.id, data: { prompt } })
  expect((await review({ who, id: bank.question.id, action: 'submit' })).status).toBe(200)
  return bank
}

/** A role's questions as its live export serves them (GET /api/roles/:slug/export): the production path of the export rule. */
const exportedQuestions = async (role: { slug?: string | null }) => {
  const response = await restRequest({ payload, path: `/roles/${role.slug}/export?format=json` })
  expect(response.status, response.text).toBe(200)
  return (response.json as BankDocument).levels.flatMap((level) => level.questions.map((question) => ({ ...question, level: level.name })))
}

const approvedBy = async ({ who, collection = 'questions', id }: { who: Who; collection?: ReviewedCollection; id: number }) => {
  const response = await review({ who, collection, id, action: 'approve' })
  expect(response.status, response.text).toBe(200)
}

describe('four-eyes', () => {
  it('a reviewer who changed the wording cannot approve it; another reviewer can', async () => {
    const { question } = await submittedQuestion({ prompt: 'What does a data pipeline do?' })
    await edit({ who: 'reviewer', id: question.id, data: { prompt: 'What does a data pipeline do, end to end?' } })
    const own = await review({ who: 'reviewer', id: question.id, action: 'approve' })
    expect(own.status).toBe(403)
    expect(own.json.errors[0].message).toMatch(/four-eyes/i)
    expect((await latestOf({ payload, collection: 'questions', id: question.id })).reviewStatus).toBe('inReview')
    await approvedBy({ who: 'reviewer2', id: question.id })
    const published = await publishedOf({ payload, collection: 'questions', id: question.id })
    expect(published).toMatchObject({ _status: 'published', reviewStatus: 'approved', prompt: 'What does a data pipeline do, end to end?' })
  })

  it('counts everyone who changed the wording since it was approved, not only the last', async () => {
    const { question } = await submittedQuestion({ prompt: 'First wording?' })
    await edit({ who: 'reviewer', id: question.id, data: { prompt: 'Second wording?' } })
    await edit({ who: 'editor2', id: question.id, data: { prompt: 'Third wording?' } })
    const latest = await latestOf({ payload, collection: 'questions', id: question.id })
    expect(latest.wordingEditedBy).toEqual([users.editor.id, users.reviewer.id, users.editor2.id])
    expect((await review({ who: 'reviewer', id: question.id, action: 'approve' })).status).toBe(403)
    await approvedBy({ who: 'reviewer2', id: question.id })
    // The approval is not a wording change: the approver is not stamped, the list stands for the approved wording.
    const approved = await latestOf({ payload, collection: 'questions', id: question.id })
    expect(approved.wordingEditedBy).toEqual([users.editor.id, users.reviewer.id, users.editor2.id])
    expect(approved.lastEditedBy).toBe(users.reviewer2.id)
    // The next change to approved wording starts the list afresh.
    await edit({ who: 'editor2', id: question.id, data: { prompt: 'Fourth wording?' } })
    expect((await latestOf({ payload, collection: 'questions', id: question.id })).wordingEditedBy).toEqual([users.editor2.id])
  })

  it('covers every exported field: a reviewer who changed the tags cannot approve them; another reviewer can', async () => {
    const { question } = await submittedQuestion({ prompt: 'Which tags fit?' })
    await edit({ who: 'reviewer', id: question.id, data: { tags: ['pipelines'], prompt: 'Which tags fit?' } })
    const own = await review({ who: 'reviewer', id: question.id, action: 'approve' })
    expect(own.status).toBe(403)
    expect(own.json.errors[0].message).toMatch(/four-eyes/i)
    await approvedBy({ who: 'reviewer2', id: question.id })
    expect((await payload.findByID({ collection: 'questions', id: question.id, draft: false })).tags).toEqual(['pipelines'])
  })

  it('refuses tags changed in the approving save itself (issue #16, finding 7)', async () => {
    const { question } = await submittedQuestion({ prompt: 'Which tags fit here?' })
    const response = await restRequest({
      payload,
      method: 'PATCH',
      path: `/questions/${question.id}`,
      token: tokens.reviewer,
      body: { tags: ['sneaked-in'], reviewStatus: 'approved', _status: 'published' },
    })
    expect(response.status).toBe(403)
    expect((await publishedOf({ payload, collection: 'questions', id: question.id }))._status).toBe('draft')
    expect((await payload.findByID({ collection: 'questions', id: question.id, draft: true })).tags ?? []).not.toContain('sneaked-in')
  })

  it('refuses wording changed in the approving save itself', async () => {
    const { question } = await submittedQuestion({ prompt: 'Original prompt?' })
    const response = await restRequest({
      payload,
      method: 'PATCH',
      path: `/questions/${question.id}`,
      token: tokens.reviewer,
      body: { prompt: 'Sneaked-in prompt?', reviewStatus: 'approved', _status: 'published' },
    })
    expect(response.status).toBe(403)
    expect((await publishedOf({ payload, collection: 'questions', id: question.id }))._status).toBe('draft')
  })

  it('includes admins, unless PREPBANK_ALLOW_SELF_APPROVAL=true, which never frees reviewers', async () => {
    const adminOwn = await submittedQuestion({ who: 'admin', prompt: 'Written by the admin?' })
    const refused = await review({ who: 'admin', id: adminOwn.question.id, action: 'approve' })
    expect(refused.status).toBe(403)
    expect(refused.json.errors[0].message).toMatch(/four-eyes/i)

    const reviewerOwn = await submittedQuestion({ prompt: 'Written by the editor?' })
    await edit({ who: 'reviewer', id: reviewerOwn.question.id, data: { prompt: 'Rewritten by the reviewer?' } })
    process.env.PREPBANK_ALLOW_SELF_APPROVAL = 'true'
    try {
      expect((await review({ who: 'reviewer', id: reviewerOwn.question.id, action: 'approve' })).status).toBe(403)
      await approvedBy({ who: 'admin', id: adminOwn.question.id })
    } finally {
      delete process.env.PREPBANK_ALLOW_SELF_APPROVAL
    }
  })

  it('holds for hints: their text is the wording', async () => {
    const { hint } = await seedDraftBank({ payload })
    await edit({ who: 'editor', collection: 'hints', id: hint.id, data: { text: await hintText('A strong answer names **two** failure modes.') } })
    expect((await review({ who: 'editor', collection: 'hints', id: hint.id, action: 'submit' })).status).toBe(200)
    await edit({ who: 'reviewer', collection: 'hints', id: hint.id, data: { text: await hintText('A strong answer names **three** failure modes.') } })
    expect((await review({ who: 'reviewer', collection: 'hints', id: hint.id, action: 'approve' })).status).toBe(403)
    await approvedBy({ who: 'reviewer2', collection: 'hints', id: hint.id })
    expect((await payload.findByID({ collection: 'hints', id: hint.id, draft: false })).plainText).toBe('A strong answer names three failure modes.')
  })
})

describe('approval publishes; an edit to approved wording waits for approval', () => {
  it('keeps the approved question and hint published and exported until the new wording is approved', async () => {
    const { role, question, hint } = await submittedQuestion({ prompt: 'What is a feature store?' })
    await edit({ who: 'editor', collection: 'hints', id: hint.id, data: { text: await hintText('Mentions **offline** and online stores.') } })
    expect((await review({ who: 'editor', collection: 'hints', id: hint.id, action: 'submit' })).status).toBe(200)
    await approvedBy({ who: 'reviewer', id: question.id })
    await approvedBy({ who: 'reviewer', collection: 'hints', id: hint.id })

    const exported = async () => (await exportedQuestions(role)).map((entry) => ({
      prompt: entry.prompt,
      hints: entry.hints.map((each) => each.plainText),
    }))
    expect(await exported()).toEqual([{ prompt: 'What is a feature store?', hints: ['Mentions offline and online stores.'] }])

    // The editor proposes new wording for both.
    await edit({ who: 'editor', id: question.id, data: { prompt: 'What is a feature store, and why have one?' } })
    await edit({ who: 'editor', collection: 'hints', id: hint.id, data: { text: await hintText('Mentions offline and online stores, and point-in-time joins.') } })
    expect(await latestOf({ payload, collection: 'questions', id: question.id })).toMatchObject({
      reviewStatus: 'inReview',
      prompt: 'What is a feature store, and why have one?',
    })
    expect(await publishedOf({ payload, collection: 'questions', id: question.id })).toMatchObject({
      _status: 'published',
      reviewStatus: 'approved',
      prompt: 'What is a feature store?',
    })
    expect((await latestOf({ payload, collection: 'hints', id: hint.id })).reviewStatus).toBe('inReview')
    expect(await exported()).toEqual([{ prompt: 'What is a feature store?', hints: ['Mentions offline and online stores.'] }])

    // Anonymous readers see the approved version too.
    for (const path of [`/questions/${question.id}`, `/questions/${question.id}?draft=true`]) {
      const response = await restRequest({ payload, path })
      expect(response.json.prompt).toBe('What is a feature store?')
    }

    // A plain save would overwrite the published row: refused for reviewers as for editors.
    const plain = await restRequest({ payload, method: 'PATCH', path: `/questions/${question.id}`, token: tokens.reviewer, body: { tags: ['ml'] } })
    expect(plain.status).toBe(400)
    expect((await payload.findByID({ collection: 'questions', id: question.id, draft: false })).prompt).toBe('What is a feature store?')

    await approvedBy({ who: 'reviewer', id: question.id })
    expect(await exported()).toEqual([{ prompt: 'What is a feature store, and why have one?', hints: ['Mentions offline and online stores.'] }])
    await approvedBy({ who: 'reviewer', collection: 'hints', id: hint.id })
    expect(await exported()).toEqual([
      { prompt: 'What is a feature store, and why have one?', hints: ['Mentions offline and online stores, and point-in-time joins.'] },
    ])
  })

  it('exports a question only with a prompt, approved, and every hint approved', async () => {
    const { role, question, hint } = await submittedQuestion({ prompt: 'Is this exportable?' })
    await approvedBy({ who: 'reviewer', id: question.id })
    const ids = async () => (await exportedQuestions(role)).map((entry) => entry.id)
    // The hint has never been approved: it holds its question back.
    expect(await ids()).toEqual([])
    expect((await review({ who: 'editor', collection: 'hints', id: hint.id, action: 'submit' })).status).toBe(200)
    await approvedBy({ who: 'reviewer', collection: 'hints', id: hint.id })
    expect(await ids()).toEqual([question.stableId ?? String(question.id)])
    // A new, unapproved hint holds it back again.
    await payload.create({
      collection: 'hints',
      data: { question: question.id, position: 2, text: await hintText('A second hint.') },
      draft: true,
      overrideAccess: false,
      user: users.editor,
    })
    expect(await ids()).toEqual([])

    // Approved without a prompt (hint-only import, approved by trusted code): not exportable.
    const empty = await seedDraftBank({ payload })
    await payload.update({ collection: 'questions', id: empty.question.id, data: { prompt: '' }, draft: true })
    await payload.update({ collection: 'questions', id: empty.question.id, data: { reviewStatus: 'approved', _status: 'published' } })
    await payload.update({ collection: 'hints', id: empty.hint.id, data: { reviewStatus: 'approved', _status: 'published' } })
    expect(await exportedQuestions(empty.role)).toEqual([])
  })

  it('orders exportable questions by level rank, then position', async () => {
    const role = await payload.create({ collection: 'roles', data: { name: 'Ordering Role' } })
    const late = await payload.create({ collection: 'levels', data: { name: 'Ordering Late', rank: 900 } })
    const early = await payload.create({ collection: 'levels', data: { name: 'Ordering Early', rank: 800 } })
    const place = [
      { level: late.id, position: 1, prompt: 'Late one?' },
      { level: early.id, position: 2, prompt: 'Early two?' },
      { level: early.id, position: 1, prompt: 'Early one?' },
      { level: late.id, position: 2, prompt: 'Late two?' },
    ]
    for (const data of place) {
      await payload.create({ collection: 'questions', data: { ...data, role: role.id, reviewStatus: 'approved', _status: 'published' } })
    }
    const result = await exportedQuestions(role)
    expect(result.map((entry) => entry.prompt)).toEqual(['Early one?', 'Early two?', 'Late one?', 'Late two?'])
    expect(result.map((entry) => entry.level)).toEqual(['Ordering Early', 'Ordering Early', 'Ordering Late', 'Ordering Late'])
  })
})

describe('the audit trail', () => {
  it('records every transition and edit: who, when, from, to, the comment and the wording diff', async () => {
    const bank = await seedDraftBank({ payload })
    const id = bank.question.id
    const start = Date.now()
    await edit({ who: 'editor', id, data: { prompt: 'How do you label images?' } })
    expect((await review({ who: 'editor', id, action: 'submit' })).status).toBe(200)
    expect((await review({ who: 'reviewer', id, action: 'requestChanges', comment: 'Say which tool.' })).status).toBe(200)
    // Editing what was sent back reopens it as a draft.
    await edit({ who: 'editor', id, data: { prompt: 'How do you label images in CVAT?' } })
    expect((await latestOf({ payload, collection: 'questions', id })).reviewStatus).toBe('draft')
    expect((await review({ who: 'editor', id, action: 'submit', comment: 'Named the tool.' })).status).toBe(200)
    await approvedBy({ who: 'reviewer', id })
    await edit({ who: 'editor2', id, data: { prompt: 'How do you label images in CVAT quickly?' } })

    const events = await eventsOf({ payload, collection: 'questions', id })
    const rows = events.map((event) => [event.action, event.fromStatus ?? null, event.toStatus, event.actor ?? null, event.comment ?? null])
    expect(rows).toEqual([
      ['create', null, 'draft', null, null],
      ['edit', 'draft', 'draft', users.editor.id, null],
      ['submit', 'draft', 'inReview', users.editor.id, null],
      ['requestChanges', 'inReview', 'changesRequested', users.reviewer.id, 'Say which tool.'],
      ['reopen', 'changesRequested', 'draft', users.editor.id, null],
      ['submit', 'draft', 'inReview', users.editor.id, 'Named the tool.'],
      ['approve', 'inReview', 'approved', users.reviewer.id, null],
      ['revise', 'approved', 'inReview', users.editor2.id, null],
    ])
    for (const event of events) {
      expect(Date.parse(event.createdAt)).toBeGreaterThanOrEqual(start - 1000)
      expect(event.question).toBe(id)
    }
    expect(events[1]).toMatchObject({ actorName: users.editor.email, changedFields: ['prompt'], wording: 'How do you label images?' })
    expect(events[4].changedFields).toEqual(['prompt'])

    const approve = events[6]
    expect(approve).toMatchObject({ published: true, approvedWording: '', wording: 'How do you label images in CVAT?' })
    expect(approve.diff).toEqual([{ type: 'insert', text: 'How do you label images in CVAT?' }])
    // After approval the diff is against the approved wording.
    const revise = events[7]
    expect(revise).toMatchObject({ published: false, approvedWording: 'How do you label images in CVAT?', wording: 'How do you label images in CVAT quickly?' })
    expect(revise.diff).toEqual([
      { type: 'equal', text: 'How do you label images in ' },
      { type: 'delete', text: 'CVAT?' },
      { type: 'insert', text: 'CVAT quickly?' },
    ])
  })

  it('is queryable over REST by staff, with a question\'s hints, and written by nobody else', async () => {
    const { question, hint } = await seedDraftBank({ payload })
    await edit({ who: 'editor', collection: 'hints', id: hint.id, data: { text: await hintText('Look for *trade-offs*.') } })
    expect((await review({ who: 'editor', collection: 'hints', id: hint.id, action: 'submit' })).status).toBe(200)

    const trail = await restRequest({ payload, path: `/review-events?where[question][equals]=${question.id}&sort=id&limit=0`, token: tokens.reviewer })
    expect(trail.status).toBe(200)
    expect(trail.json.docs.map((event: { subject: string; action: string }) => `${event.subject}:${event.action}`)).toEqual([
      'question:create',
      'hint:create',
      'hint:edit',
      'hint:submit',
    ])
    expect(trail.json.docs[2]).toMatchObject({ wording: 'Look for *trade-offs*.', hint: expect.objectContaining({ id: hint.id }) })

    expect((await restRequest({ payload, path: '/review-events' })).status).toBe(403)
    const forged = await restRequest({
      payload,
      method: 'POST',
      path: '/review-events',
      token: tokens.admin,
      body: { subject: 'question', action: 'approve', toStatus: 'approved', question: question.id },
    })
    expect(forged.status).toBe(403)
    const eventId = trail.json.docs[0].id
    expect((await restRequest({ payload, method: 'PATCH', path: `/review-events/${eventId}`, token: tokens.admin, body: { comment: 'x' } })).status).toBe(403)
    expect((await restRequest({ payload, method: 'DELETE', path: `/review-events/${eventId}`, token: tokens.admin })).status).toBe(403)
  })
})

describe('the review endpoints', () => {
  it('GET shows the diff against the approved version and the actions open to the user', async () => {
    const { question } = await submittedQuestion({ prompt: 'Why version datasets?' })
    await approvedBy({ who: 'reviewer', id: question.id })
    await edit({ who: 'editor', id: question.id, data: { prompt: 'Why version datasets at all?' } })
    const asReviewer = await restRequest({ payload, path: `/questions/${question.id}/review`, token: tokens.reviewer })
    expect(asReviewer.status).toBe(200)
    expect(asReviewer.json).toMatchObject({
      reviewStatus: 'inReview',
      published: true,
      wording: 'Why version datasets at all?',
      approvedWording: 'Why version datasets?',
    })
    expect(asReviewer.json.diff).toEqual([
      { type: 'equal', text: 'Why version ' },
      { type: 'delete', text: 'datasets?' },
      { type: 'insert', text: 'datasets at all?' },
    ])
    const open = (body: { actions: { action: string; allowed: boolean }[] }) => body.actions.filter((entry) => entry.allowed).map((entry) => entry.action)
    expect(open(asReviewer.json)).toEqual(['approve', 'requestChanges'])
    const asEditor = await restRequest({ payload, path: `/questions/${question.id}/review`, token: tokens.editor })
    expect(open(asEditor.json)).toEqual(['reopen'])
    expect((await restRequest({ payload, path: `/questions/${question.id}/review` })).status).toBe(401)
  })

  it('validates the request and requires a comment to request changes', async () => {
    const { question } = await submittedQuestion({ prompt: 'Validated?' })
    const bad = await restRequest({ payload, method: 'POST', path: `/questions/${question.id}/review`, token: tokens.reviewer, body: { action: 'publish' } })
    expect(bad.status).toBe(400)
    expect(bad.json.errors[0].message).toMatch(/action/)
    const versions = await versionCount({ payload, collection: 'questions', id: question.id })
    const silent = await review({ who: 'reviewer', id: question.id, action: 'requestChanges' })
    expect(silent.status).toBe(400)
    expect(silent.json.errors[0].message).toMatch(/comment/i)
    expect(await versionCount({ payload, collection: 'questions', id: question.id })).toBe(versions)
    const local = await payload
      .update({ collection: 'questions', id: question.id, data: { reviewStatus: 'changesRequested' }, draft: true, overrideAccess: false, user: users.reviewer })
      .catch((error) => error)
    expect(local.status).toBe(400)
    const missing = await review({ who: 'reviewer', id: 999_999, action: 'approve' })
    expect(missing.status).toBe(404)
  })

  it('bulk: does what the rules allow item by item and reports the rest', async () => {
    const own = await submittedQuestion({ prompt: 'Bulk one?' })
    await edit({ who: 'reviewer', id: own.question.id, data: { prompt: 'Bulk one, reworded by the reviewer?' } })
    const others = [await submittedQuestion({ prompt: 'Bulk two?' }), await submittedQuestion({ prompt: 'Bulk three?' })]
    const ids = [own.question.id, ...others.map((bank) => bank.question.id)]
    const mixed = await restRequest({ payload, method: 'POST', path: '/questions/review', token: tokens.reviewer, body: { ids, action: 'approve' } })
    expect(mixed.status).toBe(207)
    expect(mixed.json).toMatchObject({ done: 2, failed: 1 })
    expect(mixed.json.results.find((result: { ok: boolean }) => !result.ok)).toMatchObject({ status: 403, message: expect.stringMatching(/four-eyes/i) })
    for (const bank of others) expect((await publishedOf({ payload, collection: 'questions', id: bank.question.id }))._status).toBe('published')
    expect((await latestOf({ payload, collection: 'questions', id: own.question.id })).reviewStatus).toBe('inReview')

    const sendBack = await restRequest({
      payload,
      method: 'POST',
      path: '/questions/review',
      token: tokens.reviewer2,
      body: { ids: [own.question.id], action: 'requestChanges', comment: 'Too long now.' },
    })
    expect(sendBack.status).toBe(200)
    const editorTries = await restRequest({ payload, method: 'POST', path: '/questions/review', token: tokens.editor, body: { ids: [others[0].question.id], action: 'approve' } })
    expect(editorTries.status).toBe(400)
  })
})

describe('progress and queue', () => {
  it('counts items by state per role and the questions an export would carry', async () => {
    const bank = await seedDraftBank({ payload })
    const second = await payload.create({
      collection: 'questions',
      data: { role: bank.role.id, level: bank.level.id, position: 2, prompt: 'Second?' },
      draft: true,
    })
    await edit({ who: 'editor', id: bank.question.id, data: { prompt: 'Progress?' } })
    expect((await review({ who: 'editor', id: bank.question.id, action: 'submit' })).status).toBe(200)
    expect((await review({ who: 'editor', collection: 'hints', id: bank.hint.id, action: 'submit' })).status).toBe(200)

    const progressOf = async () => (await loadReviewProgress({ payload, user: users.reviewer })).find((entry) => entry.role.id === bank.role.id)
    expect(await progressOf()).toMatchObject({
      questions: { draft: 1, inReview: 1, changesRequested: 0, approved: 0 },
      hints: { draft: 0, inReview: 1, changesRequested: 0, approved: 0 },
      exportable: 0,
      total: 2,
    })
    await approvedBy({ who: 'reviewer', id: bank.question.id })
    await approvedBy({ who: 'reviewer', collection: 'hints', id: bank.hint.id })
    await edit({ who: 'editor', id: second.id, data: { prompt: 'Second, reworded?' } })
    expect(await progressOf()).toMatchObject({
      questions: { draft: 1, inReview: 0, approved: 1 },
      hints: { inReview: 0, approved: 1 },
      exportable: 1,
      total: 2,
    })
  })

  it('lists everything in review oldest first, filterable by role and level', async () => {
    const first = await submittedQuestion({ prompt: 'Queue first?' })
    await new Promise((resolve) => setTimeout(resolve, 5))
    const second = await submittedQuestion({ prompt: 'Queue second?' })
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect((await review({ who: 'editor', collection: 'hints', id: first.hint.id, action: 'submit' })).status).toBe(200)

    const all = await loadReviewQueue({ payload, user: users.reviewer })
    const mine = all.filter((item) => [first.question.id, second.question.id, first.hint.id].includes(item.id as number))
    expect(mine.map((item) => `${item.collection}:${item.id}`)).toEqual([
      `questions:${first.question.id}`,
      `questions:${second.question.id}`,
      `hints:${first.hint.id}`,
    ])
    expect(all.every((item, index) => index === 0 || all[index - 1].since <= item.since)).toBe(true)

    const byRole = await loadReviewQueue({ payload, user: users.reviewer, role: String(first.role.id) })
    expect(byRole.map((item) => `${item.collection}:${item.id}`)).toEqual([`questions:${first.question.id}`, `hints:${first.hint.id}`])
    const byLevel = await loadReviewQueue({ payload, user: users.reviewer, level: String(second.level.id) })
    expect(byLevel.map((item) => `${item.collection}:${item.id}`)).toEqual([`questions:${second.question.id}`])
    await approvedBy({ who: 'reviewer', id: first.question.id })
    expect((await loadReviewQueue({ payload, user: users.reviewer, role: String(first.role.id) })).map((item) => item.id)).toEqual([first.hint.id])
  })
})

describe('no way around review', () => {
  const approvedQuestion = async (prompt: string) => {
    const bank = await submittedQuestion({ prompt })
    await approvedBy({ who: 'reviewer', id: bank.question.id })
    return bank
  }

  it('nobody unpublishes approved content with a plain save', async () => {
    const { question } = await approvedQuestion('Stays published?')
    for (const who of ['reviewer', 'admin'] as const) {
      const response = await restRequest({ payload, method: 'PATCH', path: `/questions/${question.id}`, token: tokens[who], body: { _status: 'draft' } })
      expect(response.status).toBe(400)
    }
    expect(await publishedOf({ payload, collection: 'questions', id: question.id })).toMatchObject({ _status: 'published', reviewStatus: 'approved' })
  })

  it('restoring a version follows the same rules', async () => {
    const { question } = await approvedQuestion('Version one?')
    await edit({ who: 'editor', id: question.id, data: { prompt: 'Version two?' } })
    const versions = await payload.findVersions({ collection: 'questions', where: { parent: { equals: question.id } }, sort: '-updatedAt', limit: 0 })
    const draftVersion = versions.docs.find((version) => version.version._status === 'draft' && version.version.prompt === 'Version two?')!
    const approvedVersion = versions.docs.find((version) => version.version._status === 'published')!
    // A draft restored as the main row would replace the published version.
    const overPublished = await payload
      .restoreVersion({ collection: 'questions', id: draftVersion.id, overrideAccess: false, user: users.reviewer })
      .catch((error) => error)
    expect(overPublished.status).toBe(400)
    // Restoring the published version is publishing: not for editors.
    const byEditor = await payload
      .restoreVersion({ collection: 'questions', id: approvedVersion.id, overrideAccess: false, user: users.editor })
      .catch((error) => error)
    expect(byEditor.status).toBe(403)
    expect(await publishedOf({ payload, collection: 'questions', id: question.id })).toMatchObject({ _status: 'published', prompt: 'Version one?' })
  })

  it('a bulk update is checked document by document', async () => {
    const banks = [await submittedQuestion({ prompt: 'Bulk PATCH one?' }), await submittedQuestion({ prompt: 'Bulk PATCH two?' })]
    const ids = banks.map((bank) => bank.question.id)
    const response = await restRequest({
      payload,
      method: 'PATCH',
      path: `/questions?where[id][in]=${ids.join(',')}`,
      token: tokens.editor,
      body: { reviewStatus: 'approved', _status: 'published' },
    })
    // Refused (at least the first document stops the bulk transaction), and neither is published.
    expect(response.json.errors.length).toBeGreaterThan(0)
    for (const id of ids) expect((await publishedOf({ payload, collection: 'questions', id }))._status).toBe('draft')
  })

  it('a duplicate of approved content starts as a new draft', async () => {
    const { question } = await approvedQuestion('Worth copying?')
    const copy = await payload.duplicate({ collection: 'questions', id: question.id, overrideAccess: false, user: users.editor })
    expect(copy).toMatchObject({ reviewStatus: 'draft', prompt: 'Worth copying?' })
    expect(copy.stableId).not.toBe(question.stableId)
  })
})
