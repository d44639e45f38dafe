import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestInstance, TestUser } from '../helpers/payload'
import { importDocument } from '../../src/import/importDocument'
import { createUser, startPayload } from '../helpers/payload'

/**
 * Multiple-choice questions keep their options when written: the questions
 * collection has one wording field, so the options are stored under the
 * wording as "A) …" lines, and the marked answer is the hint. New drafts go
 * through the bulk writer, changed ones through the Local API: both store
 * the same prompt, and re-importing the same file changes nothing.
 */

let instance: TestInstance
let editor: TestUser

beforeAll(async () => {
  instance = await startPayload({ name: 'multiple-choice' })
  await createUser({ payload: instance.payload, roles: ['admin'] })
  editor = await createUser({ payload: instance.payload, roles: ['editor'] })
})
afterAll(async () => {
  await instance?.close()
})

const aiken = [
  'What is ETL?',
  'A. Extract, transform, load',
  'B. Extract, tidy, log',
  'ANSWER: A',
  '',
  'Which of these is a stream platform?',
  'A. Parquet',
  'B. Kafka',
  'C. Avro',
  'ANSWER: B',
  '',
].join('\n')

const storedQuestions = async (roleName: string) => {
  const { payload } = instance
  const role = (await payload.find({ collection: 'roles', where: { name: { equals: roleName } }, overrideAccess: false, user: editor })).docs[0]
  const questions = await payload.find({
    collection: 'questions',
    where: { role: { equals: role.id } },
    draft: true,
    depth: 0,
    limit: 0,
    sort: 'position',
    overrideAccess: false,
    user: editor,
  })
  return Promise.all(
    questions.docs.map(async (question) => {
      const hints = await payload.find({
        collection: 'hints',
        where: { question: { equals: question.id } },
        draft: true,
        depth: 0,
        sort: 'position',
        overrideAccess: false,
        user: editor,
      })
      return { prompt: question.prompt, needsWording: question.needsWording, hints: hints.docs.map((hint) => hint.plainText) }
    }),
  )
}

describe('multiple-choice questions are written with their options', () => {
  it('an Aiken file: the options under the wording, the marked answer as the hint', async () => {
    const report = await importDocument({ payload: instance.payload, input: aiken, fileName: 'etl.txt', roleName: 'Data Engineer', user: editor })
    expect(report.outcome, JSON.stringify(report.diagnostics)).toBe('imported')
    expect(report.layout).toBe('aiken')
    expect(report.counts.created).toBe(2)

    expect(await storedQuestions('Data Engineer')).toEqual([
      { prompt: 'What is ETL?\n\nA) Extract, transform, load\nB) Extract, tidy, log', needsWording: false, hints: ['Answer: A. Extract, transform, load'] },
      { prompt: 'Which of these is a stream platform?\n\nA) Parquet\nB) Kafka\nC) Avro', needsWording: false, hints: ['Answer: B. Kafka'] },
    ])
  })

  it('re-importing the same file changes nothing', async () => {
    const report = await importDocument({ payload: instance.payload, input: aiken, fileName: 'etl.txt', roleName: 'Data Engineer', user: editor })
    expect(report.outcome, JSON.stringify(report.diagnostics)).toBe('unchanged')
    expect(report.counts).toEqual({ created: 0, updated: 0, unchanged: 2, proposed: 0 })
  })

  it('a changed option updates the draft through the Local API with the same prompt form', async () => {
    const changed = aiken.replace('C. Avro', 'C. Avro\nD. Flink')
    const report = await importDocument({ payload: instance.payload, input: changed, fileName: 'etl.txt', roleName: 'Data Engineer', user: editor })
    expect(report.outcome, JSON.stringify(report.diagnostics)).toBe('imported')
    expect(report.counts).toEqual({ created: 0, updated: 1, unchanged: 1, proposed: 0 })
    const [, stream] = await storedQuestions('Data Engineer')
    expect(stream.prompt).toBe('Which of these is a stream platform?\n\nA) Parquet\nB) Kafka\nC) Avro\nD) Flink')
    expect(stream.hints).toEqual(['Answer: B. Kafka'])

    const again = await importDocument({ payload: instance.payload, input: changed, fileName: 'etl.txt', roleName: 'Data Engineer', user: editor })
    expect(again.outcome).toBe('unchanged')
  })

  it('a Markdown question with task-list options and the code it shows', async () => {
    const markdown = [
      '# Frontend Interview Questions',
      '',
      '## JavaScript',
      '',
      '### What does this print?',
      '',
      '```js',
      'console.log(typeof null)',
      '```',
      '',
      '- [ ] "null"',
      '- [x] "object"',
      '- [ ] "undefined"',
      '',
    ].join('\n')
    const report = await importDocument({ payload: instance.payload, input: markdown, fileName: 'js.md', user: editor })
    expect(report.outcome, JSON.stringify(report.diagnostics)).toBe('imported')
    expect(await storedQuestions('Frontend')).toEqual([
      {
        prompt: 'What does this print?\n\n```js\nconsole.log(typeof null)\n```\n\nA) "null"\nB) "object"\nC) "undefined"',
        needsWording: false,
        hints: ['"object"'],
      },
    ])
  })
})
