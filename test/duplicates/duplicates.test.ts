import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestInstance, TestUser } from '../helpers/payload'
import { markdownToLexical } from '../../src/content/lexicalMarkdown'
import { importDocument } from '../../src/import/importDocument'
import { createUser, login, startPayload } from '../helpers/payload'
import { restRequest } from '../helpers/rest'
import { wordAndApprove } from '../helpers/review'

let instance: TestInstance
let payload: Payload
let editor: TestUser
let reviewer: TestUser
let editorToken: string
let reviewerToken: string
let roles: { id: number }[]
let levelId: number

const asEditor = () => ({ overrideAccess: false, user: editor, draft: true }) as const

const createQuestion = async ({ role, position, prompt, hints = [] }: { role: number; position: number; prompt: string | null; hints?: string[] }) => {
  const question = await payload.create({ collection: 'questions', data: { role, level: levelId, position, prompt }, ...asEditor() })
  for (const [index, markdown] of hints.entries()) {
    await payload.create({
      collection: 'hints',
      data: { question: question.id, position: index + 1, text: await markdownToLexical({ config: payload.config, markdown }) },
      ...asEditor(),
    })
  }
  return question
}

const duplicatesOf = async ({ id, token = editorToken }: { id: number | string; token?: string }) => {
  const response = await restRequest({ payload, path: `/questions/${id}/duplicates`, token })
  expect(response.status).toBe(200)
  return response.json as { question: { id: number }; duplicates: { id: number; score: number; link: string; role: string; prompt: string | null; hints: string[] }[] }
}

beforeAll(async () => {
  instance = await startPayload({ name: 'duplicates' })
  payload = instance.payload
  await createUser({ payload, roles: ['admin'] })
  editor = await createUser({ payload, roles: ['editor'] })
  reviewer = await createUser({ payload, roles: ['reviewer'] })
  editorToken = await login({ payload, email: editor.email })
  reviewerToken = await login({ payload, email: reviewer.email })
  roles = []
  for (const name of ['Data Engineer', 'ML Engineer']) roles.push(await payload.create({ collection: 'roles', data: { name } }))
  levelId = (await payload.create({ collection: 'levels', data: { name: 'Beginner', rank: 1 } })).id
})
afterAll(async () => {
  await instance?.close()
})

describe('the similarity index follows every save', () => {
  it('finds a reworded question in another role, with its score, text and link; never C++ against C#', async () => {
    const drift = await createQuestion({ role: roles[0].id, position: 1, prompt: 'What is data drift?', hints: ['Statistical properties of inputs change.'] })
    const reworded = await createQuestion({ role: roles[1].id, position: 1, prompt: 'Explain data drift.' })
    const cpp = await createQuestion({ role: roles[0].id, position: 2, prompt: 'What is new in C++?' })
    const csharp = await createQuestion({ role: roles[1].id, position: 2, prompt: 'What is new in C#?' })

    const found = await duplicatesOf({ id: reworded.id })
    expect(found.duplicates.map((entry) => [entry.id, entry.score, entry.role])).toEqual([[drift.id, 1, 'Data Engineer']])
    expect(found.duplicates[0].link).toBe(`/admin/collections/questions/${drift.id}`)
    expect(found.duplicates[0].hints).toEqual(['Statistical properties of inputs change.'])
    expect((await duplicatesOf({ id: cpp.id })).duplicates).toEqual([])
    expect((await duplicatesOf({ id: csharp.id })).duplicates).toEqual([])
  })

  it('drops a question from the results when its wording changes or it is deleted', async () => {
    const first = await createQuestion({ role: roles[0].id, position: 3, prompt: 'How does a hash table handle collisions?' })
    const second = await createQuestion({ role: roles[1].id, position: 3, prompt: 'How do hash tables handle collisions?' })
    expect((await duplicatesOf({ id: second.id })).duplicates.map((entry) => entry.id)).toEqual([first.id])

    await payload.update({ collection: 'questions', id: first.id, data: { prompt: 'How does a B-tree stay balanced?' }, ...asEditor() })
    expect((await duplicatesOf({ id: second.id })).duplicates).toEqual([])

    const third = await createQuestion({ role: roles[0].id, position: 4, prompt: 'Explain how hash tables handle collisions.' })
    expect((await duplicatesOf({ id: second.id })).duplicates.map((entry) => entry.id)).toEqual([third.id])
    await payload.delete({ collection: 'questions', id: third.id, overrideAccess: false, user: editor })
    expect((await duplicatesOf({ id: second.id })).duplicates).toEqual([])
  })

  it('compares hint-only drafts by their hints, and sees a hint edited later', async () => {
    const first = await createQuestion({ role: roles[0].id, position: 5, prompt: null, hints: ['Expect: IoU measures overlap between predicted and ground-truth regions as a ratio of union area.'] })
    const second = await createQuestion({ role: roles[1].id, position: 5, prompt: null, hints: ['Something unrelated about vacuum cleaners.'] })
    expect((await duplicatesOf({ id: second.id })).duplicates).toEqual([])
    const hint = (await payload.find({ collection: 'hints', where: { question: { equals: second.id } }, draft: true })).docs[0]
    await payload.update({
      collection: 'hints',
      id: hint.id,
      data: { text: await markdownToLexical({ config: payload.config, markdown: 'IoU measures the overlap between predicted and ground-truth regions, as a ratio of their union area.' }) },
      ...asEditor(),
    })
    expect((await duplicatesOf({ id: second.id })).duplicates.map((entry) => entry.id)).toEqual([first.id])
  })
})

describe('import', () => {
  const document = [
    '# Platform Engineer Interview Questions',
    '',
    '## Beginner',
    '',
    '- What is data drift, exactly?',
    '  - Inputs change over time.',
    '- What is new in C#?',
    '- How do you size a Kafka cluster?',
    '',
  ].join('\n')

  it('lists, for each incoming question, the stored questions it likely duplicates in any role', async () => {
    const report = await importDocument({ payload, input: document, fileName: 'platform.md', user: editor, dryRun: true })
    expect(report.outcome).toBe('dry-run')
    const byLine = Object.fromEntries((report.duplicates ?? []).map((entry) => [entry.line, entry.matches.map((match) => match.title)]))
    expect(byLine).toEqual({ 5: ['What is data drift?', 'Explain data drift.'], 7: ['What is new in C#?'] })
    expect(report.duplicates?.[0]).toMatchObject({ key: '5:1', willCreate: true, level: 'Beginner' })
    expect(report.duplicates?.[0].matches[0]).toMatchObject({ score: 0.6, link: expect.stringMatching(/^\/admin\/collections\/questions\/\d+$/) })
  })

  it('skips the chosen likely duplicates, or all of them, and writes the rest', async () => {
    const some = await importDocument({ payload, input: document, fileName: 'platform.md', user: editor, dryRun: true, skipDuplicates: ['7:1'] })
    expect(some.counts.created).toBe(2)
    expect(some.skippedDuplicates).toBe(1)
    const report = await importDocument({ payload, input: document, fileName: 'platform.md', user: editor, skipDuplicates: true })
    expect(report.outcome).toBe('imported')
    expect(report.skippedDuplicates).toBe(2)
    const stored = await payload.find({ collection: 'questions', where: { role: { equals: report.role!.id } }, draft: true })
    expect(stored.docs.map((question) => question.prompt)).toEqual(['How do you size a Kafka cluster?'])
  })

  it('sees questions the bulk writer stored without hooks, and does not flag a re-import as its own duplicate', async () => {
    const text = '# Kafka Admin\n\n## Beginner\n\n- How would you size a Kafka cluster?\n'
    const first = await importDocument({ payload, input: text, fileName: 'kafka.md', user: editor })
    expect(first.duplicates?.map((entry) => entry.matches.map((match) => match.title))).toEqual([['How do you size a Kafka cluster?']])
    const again = await importDocument({ payload, input: text, fileName: 'kafka.md', user: editor, dryRun: true })
    expect(again.duplicates?.[0].matches.map((match) => match.title)).toEqual(['How do you size a Kafka cluster?'])
  })
})

describe('decisions: not a duplicate, merge', () => {
  it('remembers "not a duplicate", records who decided, and clears the queue badge', async () => {
    const a = await createQuestion({ role: roles[0].id, position: 10, prompt: 'What is a primary key in SQL?' })
    const b = await createQuestion({ role: roles[1].id, position: 10, prompt: 'Define a primary key in SQL.' })
    const badge = async () =>
      (await restRequest({ payload, method: 'POST', path: '/questions/duplicates/unresolved', token: reviewerToken, body: { ids: [a.id, b.id] } })).json.ids
    expect(await badge()).toEqual([a.id, b.id])

    const anonymous = await restRequest({ payload, method: 'POST', path: `/questions/${b.id}/not-duplicate`, body: { other: a.id } })
    expect(anonymous.status).toBe(401)
    const marked = await restRequest({ payload, method: 'POST', path: `/questions/${b.id}/not-duplicate`, token: reviewerToken, body: { other: a.id } })
    expect(marked.status).toBe(201)
    expect((await duplicatesOf({ id: b.id })).duplicates).toEqual([])
    expect((await duplicatesOf({ id: a.id })).duplicates).toEqual([])
    expect(await badge()).toEqual([])

    const audit = await payload.find({ collection: 'duplicate-decisions', where: { questionDocId: { equals: String(b.id) } }, overrideAccess: false, user: editor })
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0]).toMatchObject({ kind: 'notDuplicate', otherDocId: String(a.id), score: 1, actorName: reviewer.email })
    await expect(payload.create({ collection: 'duplicate-decisions', data: { kind: 'merged', questionDocId: '1', otherDocId: '2' }, overrideAccess: false, user: editor })).rejects.toThrow()
  })

  it('merges a draft duplicate: its hints are copied onto the kept question as drafts, it is deleted, and the merge is recorded', async () => {
    const kept = await createQuestion({ role: roles[0].id, position: 11, prompt: 'What is a foreign key constraint?', hints: ['References another table.'] })
    const copy = await createQuestion({ role: roles[1].id, position: 11, prompt: 'Explain foreign key constraints.', hints: ['Keeps references valid.', 'Cascades on delete.'] })

    const refused = await restRequest({ payload, method: 'POST', path: `/questions/${copy.id}/merge`, token: reviewerToken, body: { into: kept.id } })
    expect(refused.status).toBe(403)
    const merged = await restRequest({ payload, method: 'POST', path: `/questions/${copy.id}/merge`, token: editorToken, body: { into: kept.id } })
    expect(merged.status).toBe(200)
    expect(merged.json).toMatchObject({ outcome: 'deleted', hintsCopied: 2 })

    expect(await payload.findByID({ collection: 'questions', id: copy.id, draft: true, disableErrors: true })).toBeNull()
    const hints = await payload.find({ collection: 'hints', where: { question: { equals: kept.id } }, sort: 'position', draft: true })
    expect(hints.docs.map((hint) => [hint.position, hint.plainText, hint.reviewStatus])).toEqual([
      [1, 'References another table.', 'draft'],
      [2, 'Keeps references valid.', 'draft'],
      [3, 'Cascades on delete.', 'draft'],
    ])
    const audit = await payload.find({ collection: 'duplicate-decisions', where: { otherDocId: { equals: String(copy.id) } } })
    expect(audit.docs[0]).toMatchObject({ kind: 'merged', questionDocId: String(kept.id), outcome: 'deleted', hintsCopied: 2, actorName: editor.email })
    expect((await duplicatesOf({ id: kept.id })).duplicates).toEqual([])
  })

  it('archives a duplicate that was published instead of deleting it, and the index forgets it', async () => {
    const kept = await createQuestion({ role: roles[0].id, position: 12, prompt: 'What is a database index?' })
    const published = await createQuestion({ role: roles[1].id, position: 12, prompt: 'Placeholder', hints: ['Speeds up reads.'] })
    await wordAndApprove({ payload, questionId: published.id, prompt: 'Explain what a database index is.', editor, reviewer })
    expect((await duplicatesOf({ id: kept.id })).duplicates.map((entry) => entry.id)).toEqual([published.id])

    const merged = await restRequest({ payload, method: 'POST', path: `/questions/${published.id}/merge`, token: editorToken, body: { into: kept.id } })
    expect(merged.status).toBe(200)
    expect(merged.json.outcome).toBe('archived')
    const archived = await payload.findByID({ collection: 'questions', id: published.id, depth: 0 })
    expect(archived).toMatchObject({ mergedInto: kept.id, _status: 'draft' })
    const anonymous = await payload.find({ collection: 'questions', where: { id: { equals: published.id } }, overrideAccess: false })
    expect(anonymous.docs).toEqual([])
    expect((await duplicatesOf({ id: kept.id })).duplicates).toEqual([])
    const again = await restRequest({ payload, method: 'POST', path: `/questions/${published.id}/merge`, token: editorToken, body: { into: kept.id } })
    expect(again.status).toBe(400)
  })
})
