import type { Payload } from 'payload'

import { expect } from 'vitest'

import { markdownToLexical } from '../../src/content/lexicalMarkdown'
import { idKey } from '../../src/content/ids'
import { countByRows, loadReviewProgress } from '../../src/review/progress'
import { createUser } from '../helpers/payload'
import { wordAndApprove } from '../helpers/review'

/**
 * The dashboard's counts on a few roles in mixed states, written by real
 * users through the Local API: the grouped SQL path must give the numbers
 * counted by hand and, for every role, exactly what counting the rows gives
 * (the path it replaced, still used without SQL). Shared by the SQLite and
 * the PostgreSQL test files.
 */
export const checkProgressCounts = async ({ payload }: { payload: Payload }): Promise<void> => {
  const editor = await createUser({ payload, roles: ['editor'] })
  const reviewer = await createUser({ payload, roles: ['reviewer'] })
  const asEditor = { overrideAccess: false, user: editor, draft: true } as const
  const level = await payload.create({ collection: 'levels', data: { name: 'Progress Basics', rank: 1 } })
  const role = (name: string) => payload.create({ collection: 'roles', data: { name }, overrideAccess: false, user: editor })
  const [alpha, beta, gamma] = [await role('Progress Alpha'), await role('Progress Beta'), await role('Progress Gamma')]
  let position = 0
  const hint = async ({ question, text }: { question: number; text: string }) =>
    payload.create({ collection: 'hints', data: { question, position: 1, text: await markdownToLexical({ config: payload.config, markdown: text }) }, ...asEditor })
  const question = async ({ role: roleId, prompt }: { role: number; prompt: string | null }) => {
    position += 1
    const created = await payload.create({ collection: 'questions', data: { role: roleId, level: level.id, position, prompt }, ...asEditor })
    await hint({ question: created.id, text: `A strong answer explains item ${position}.` })
    return created
  }
  const approve = (id: number | string, prompt: string) => wordAndApprove({ payload, questionId: id, prompt, editor, reviewer })

  const a1 = await question({ role: alpha.id, prompt: 'Alpha one?' })
  await approve(a1.id, 'Alpha one?')
  // Approved, then given a hint nobody approved: held back from the export.
  const a2 = await question({ role: alpha.id, prompt: 'Alpha two?' })
  await approve(a2.id, 'Alpha two?')
  await hint({ question: a2.id, text: 'A second, unreviewed hint.' })
  const a3 = await question({ role: alpha.id, prompt: 'Alpha three?' })
  await payload.update({ collection: 'questions', id: a3.id, data: { reviewStatus: 'inReview' }, ...asEditor })
  await question({ role: alpha.id, prompt: null })
  // Approved, then reworded: the newest version is back in review, the approved one still exports.
  const a5 = await question({ role: alpha.id, prompt: 'Alpha five?' })
  await approve(a5.id, 'Alpha five?')
  await payload.update({ collection: 'questions', id: a5.id, data: { prompt: 'Alpha five, reworded?' }, ...asEditor })
  const b1 = await question({ role: beta.id, prompt: 'Beta one?' })
  await approve(b1.id, 'Beta one?')
  await question({ role: beta.id, prompt: 'Beta two?' })

  const progress = await loadReviewProgress({ payload, user: reviewer })
  const of = (id: number | string) => progress.find((entry) => entry.role.id === id)
  expect(of(alpha.id)).toMatchObject({ total: 5, needsWording: 1, exportable: 2, questions: { approved: 2, draft: 1, inReview: 2, changesRequested: 0 } })
  expect(of(alpha.id)?.hints).toMatchObject({ approved: 3, changesRequested: 0 })
  expect(of(beta.id)).toMatchObject({ total: 2, needsWording: 0, exportable: 1, questions: { approved: 1, draft: 1, inReview: 0 }, hints: { approved: 1, draft: 1 } })
  expect(of(gamma.id)).toMatchObject({ total: 0, needsWording: 0, exportable: 0, questions: { approved: 0, draft: 0 }, hints: { approved: 0, draft: 0 } })

  const byRows = await countByRows({ payload })
  for (const entry of progress) {
    const { role: _role, ...counts } = entry
    expect(counts, entry.role.name).toEqual(byRows.get(idKey(entry.role.id)) ?? { questions: expect.any(Object), hints: expect.any(Object), needsWording: 0, exportable: 0, total: 0 })
  }
  // Editors see the same; people without a staff role see nothing.
  expect(await loadReviewProgress({ payload, user: editor })).toEqual(progress)
  expect(await loadReviewProgress({ payload, user: null })).toEqual([])
}
