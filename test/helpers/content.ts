import type { Payload } from 'payload'

import type { Hint, Level, Question, Role } from '../../src/payload-types'
import { markdownToLexical } from '../../src/content/lexicalMarkdown'

let counter = 0

/** A role, a level, one draft question and one draft hint, written as trusted server code. */
export const seedDraftBank = async ({ payload }: { payload: Payload }) => {
  counter += 1
  const role: Role = await payload.create({
    collection: 'roles',
    data: { name: `Test Role ${counter}` },
  })
  const level: Level = await payload.create({
    collection: 'levels',
    data: { name: `Test Level ${counter}`, rank: counter },
  })
  const question: Question = await payload.create({
    collection: 'questions',
    data: { role: role.id, level: level.id, position: 1, prompt: `What is test ${counter}?` },
    draft: true,
  })
  const hint: Hint = await payload.create({
    collection: 'hints',
    data: {
      question: question.id,
      position: 1,
      text: await markdownToLexical({ config: payload.config, markdown: `A strong answer explains **test ${counter}**.` }),
    },
    draft: true,
  })
  return { role, level, question, hint }
}
