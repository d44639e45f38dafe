import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestInstance, TestUser } from '../helpers/payload'

import { slugify } from '../../format/slug'
import { importDocument } from '../../src/import/importDocument'
import { createUser, startPayload } from '../helpers/payload'

/** Role and level identity on import: slugs in any script, no merge by look-alike names, one role per import, the admin's validation. */

let instance: TestInstance
let editor: TestUser

beforeAll(async () => {
  instance = await startPayload({ name: 'import-roles' })
  await createUser({ payload: instance.payload, roles: ['admin'] })
  editor = await createUser({ payload: instance.payload, roles: ['editor'] })
})
afterAll(async () => {
  await instance?.close()
})

const bank = ({ role, level, prompts, ids = [] }: { role: string; level: string; prompts: string[]; ids?: string[] }) =>
  [
    '---',
    'prepbank: 1',
    '---',
    '',
    `# ${role} Interview Questions`,
    '',
    `## ${level}`,
    '',
    ...prompts.flatMap((prompt, index) => [`### ${prompt}`, '', ...(ids[index] ? [`<!-- id: ${ids[index]} -->`, ''] : []), `> A strong answer to "${prompt}".`, '']),
  ].join('\n')

const roleNamed = async (name: string) =>
  (await instance.payload.find({ collection: 'roles', where: { name: { equals: name } }, depth: 0, overrideAccess: false, user: editor })).docs[0]

const questionsOf = async (roleId: number | string) =>
  (await instance.payload.find({ collection: 'questions', where: { role: { equals: roleId } }, draft: true, depth: 0, limit: 0, sort: 'position', overrideAccess: false, user: editor })).docs

describe('slugs', () => {
  it('keep letters of every script and are never empty', () => {
    expect(slugify('AI Workflow & Tools')).toBe('ai-workflow-tools')
    expect(slugify('Ingénieur données')).toBe('ingenieur-donnees')
    expect(slugify('前端工程师')).toBe('前端工程师')
    expect(slugify('데이터 엔지니어')).toBe('데이터-엔지니어')
    expect(slugify('Инженер данных')).toBe('инженер-данных')
    expect(slugify('???')).toMatch(/^x-[0-9a-f]{6}$/)
    expect(slugify('???')).not.toBe(slugify('!!!'))
  })

  it('two Chinese-named roles import as two roles with their own non-empty slugs and questions', async () => {
    const frontEnd = await importDocument({ payload: instance.payload, input: bank({ role: '前端工程师', level: '基础', prompts: ['什么是闭包？'] }), fileName: 'fe.md', user: editor })
    const backEnd = await importDocument({ payload: instance.payload, input: bank({ role: '后端工程师', level: '进阶', prompts: ['什么是事务？'] }), fileName: 'be.md', user: editor })
    expect(frontEnd.outcome, JSON.stringify(frontEnd.diagnostics)).toBe('imported')
    expect(backEnd.outcome, JSON.stringify(backEnd.diagnostics)).toBe('imported')
    const [fe, be] = [await roleNamed('前端工程师'), await roleNamed('后端工程师')]
    expect(fe.slug).toBe('前端工程师')
    expect(be.slug).toBe('后端工程师')
    expect((await questionsOf(fe.id)).map((question) => question.prompt)).toEqual(['什么是闭包？'])
    expect((await questionsOf(be.id)).map((question) => question.prompt)).toEqual(['什么是事务？'])
    const levels = await instance.payload.find({ collection: 'levels', where: { name: { in: ['基础', '进阶'] } }, depth: 0 })
    expect(levels.docs.map((level) => level.slug).sort()).toEqual(['基础', '进阶'])
  })

  it('names that slugify alike never share a role or a level: the second slug takes a hash', async () => {
    const plusPlus = await importDocument({ payload: instance.payload, input: bank({ role: 'C++', level: 'C++ basics', prompts: ['What is RAII?'] }), fileName: 'cpp.md', user: editor })
    const sharp = await importDocument({ payload: instance.payload, input: bank({ role: 'C#', level: 'C# basics', prompts: ['What is LINQ?'] }), fileName: 'cs.md', user: editor })
    expect([plusPlus.outcome, sharp.outcome]).toEqual(['imported', 'imported'])
    const [cpp, cs] = [await roleNamed('C++'), await roleNamed('C#')]
    expect(cpp.id).not.toBe(cs.id)
    expect(cpp.slug).toBe('c')
    expect(cs.slug).toMatch(/^c-[0-9a-f]{6}$/)
    expect((await questionsOf(cs.id)).map((question) => question.prompt)).toEqual(['What is LINQ?'])
    const levels = await instance.payload.find({ collection: 'levels', where: { name: { in: ['C++ basics', 'C# basics'] } }, depth: 0 })
    expect(new Set(levels.docs.map((level) => level.slug)).size).toBe(2)
  })
})

describe('an import touches only its own role', () => {
  it('stable ids of another role give a warning with the place, and become new questions', async () => {
    const { payload } = instance
    const first = await importDocument({ payload, input: bank({ role: 'Alpha', level: 'Basics', prompts: ['What is alpha?', 'What is beta?'], ids: ['alpha-1', 'alpha-2'] }), fileName: 'alpha.md', user: editor })
    expect(first.outcome).toBe('imported')
    const alpha = await roleNamed('Alpha')
    const before = await questionsOf(alpha.id)

    const changed = bank({ role: 'Alpha', level: 'Basics', prompts: ['What is alpha, really?', 'What is beta?'], ids: ['alpha-1', 'alpha-2'] })
    const report = await importDocument({ payload, input: changed, fileName: 'gamma.md', user: editor, roleName: 'Gamma' })
    expect(report.outcome, JSON.stringify(report.diagnostics)).toBe('imported')
    expect(report.counts).toEqual({ created: 2, updated: 0, unchanged: 0, proposed: 0 })
    const foreign = report.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'foreign-stable-id')
    expect(foreign).toHaveLength(2)
    expect(foreign[0]).toMatchObject({ severity: 'warning', line: 9, column: 1 })
    expect(foreign[0].message).toMatch(/alpha-1/)

    // Alpha's questions are exactly as they were; Gamma's are new, with ids of their own.
    expect(await questionsOf(alpha.id)).toEqual(before)
    const gamma = await questionsOf((await roleNamed('Gamma')).id)
    expect(gamma.map((question) => question.prompt)).toEqual(['What is alpha, really?', 'What is beta?'])
    expect(gamma.map((question) => question.stableId)).not.toContain('alpha-1')
  })
})

describe('imported fields pass the admin\'s validation', () => {
  it('a 5 MB prompt is refused with its place, and nothing is written', async () => {
    const { payload } = instance
    const count = async () => (await payload.count({ collection: 'questions' })).totalDocs
    const before = await count()
    const huge = `What is ${'x'.repeat(5_000_000)}?`
    const report = await importDocument({ payload, input: bank({ role: 'Huge', level: 'Basics', prompts: ['What is fine?', huge] }), fileName: 'huge.md', user: editor, maxBytes: 64 * 1024 * 1024 })
    expect(report.outcome).toBe('failed')
    const invalid = report.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'invalid-field')
    // The prompt, and the hint that quotes it: each with its own place.
    expect(invalid.map((diagnostic) => [diagnostic.severity, diagnostic.line, diagnostic.column])).toEqual([['error', 13, 1], ['error', 15, 1]])
    expect(invalid[0].message).toMatch(/prompt .* cannot be saved: .*40000/)
    expect(invalid[1].message).toMatch(/hint .* cannot be saved: .*40000/)
    expect(await count()).toBe(before)
    expect(await roleNamed('Huge')).toBeUndefined()
  })
})
