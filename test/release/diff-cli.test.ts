import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Changelog } from '../../src/release/changelog'
import type { TestInstance, TestUser } from '../helpers/payload'
import { importDocument } from '../../src/import/importDocument'
import { createUser, login, startPayload } from '../helpers/payload'
import { restRequest } from '../helpers/rest'
import { wordAndApprove } from '../helpers/review'

/**
 * `prepbank release diff --role <slug> <from> <to> [--json]` as a user runs
 * it: two releases of a role are published in a real Payload (temporary
 * SQLite file), one question reworded, one added and one removed between
 * them; then the CLI reads the same file in its own process.
 */

const root = path.resolve(import.meta.dirname, '../..')
const slug = 'ai-data-ops-specialist'
const opsText = fs.readFileSync(path.join(root, 'examples/ai-data-ops-specialist.txt'), 'utf8')

let instance: TestInstance
let env: Record<string, string>
const prompts = {
  kept: 'Which checks keep a labeling queue honest?',
  reworded: 'How do you version a training dataset?',
  rewordedAfter: 'How do you version and document a training dataset?',
  removed: 'When would you drop a data source?',
  added: 'How do you hand a dataset over to another team?',
}
const ids: Record<'reworded' | 'removed' | 'added', string> = { reworded: '', removed: '', added: '' }

/** Runs the CLI in its own process against the test's database; resolves when it exits. */
const prepbank = (...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'bin/prepbank.js'), ...args], { cwd: root, env: { ...process.env, NODE_OPTIONS: '', ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text))
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })

beforeAll(async () => {
  instance = await startPayload({ name: 'release-diff' })
  const { payload } = instance
  env = { DATABASE_URI: process.env.DATABASE_URI!, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET!, PREPBANK_DATA_DIR: instance.dir }
  await createUser({ payload, roles: ['admin'] })
  const editor: TestUser = await createUser({ payload, roles: ['editor'] })
  const reviewer: TestUser = await createUser({ payload, roles: ['reviewer'] })
  const token = await login({ payload, email: reviewer.email })
  await importDocument({ payload, input: opsText, fileName: 'ai-data-ops-specialist.txt', user: editor })
  const drafts = (await payload.find({ collection: 'questions', where: { reviewStatus: { equals: 'draft' } }, draft: true, sort: 'position', limit: 4, depth: 0 })).docs
  const [kept, reworded, removed, added] = drafts
  const stableIdOf = (question: { stableId?: string | null }): string => question.stableId ?? expect.fail('an imported question has a stable id')
  ids.reworded = stableIdOf(reworded)
  ids.removed = stableIdOf(removed)
  ids.added = stableIdOf(added)
  const approve = (questionId: number | string, prompt: string) => wordAndApprove({ payload, questionId, prompt, editor, reviewer })
  const publish = async () => (await restRequest({ payload, method: 'POST', path: '/releases/publish', token, body: { role: slug } })).json.release as { version: number }

  for (const [question, prompt] of [[kept, prompts.kept], [reworded, prompts.reworded], [removed, prompts.removed]] as const) await approve(question.id, prompt)
  expect((await publish()).version).toBe(1)
  await approve(reworded.id, prompts.rewordedAfter)
  await approve(added.id, prompts.added)
  // Removing published content is a reviewer's decision (src/access/deleteReviewed.ts).
  await payload.delete({ collection: 'questions', id: removed.id, overrideAccess: false, user: reviewer })
  expect((await publish()).version).toBe(2)
  // The CLI opens the same SQLite file in another process: this one lets go of it first.
  await payload.destroy()
})

afterAll(() => {
  if (instance) fs.rmSync(instance.dir, { recursive: true, force: true })
})

// Each CLI process boots Payload: on a busy 2-core machine that can take minutes. The bound is for a hung process.
describe('prepbank release diff', { timeout: 1_200_000 }, () => {
  it('prints the changelog between two releases as Markdown and as JSON', async () => {
    const [markdown, json] = await Promise.all([prepbank('release', 'diff', '--role', slug, '1', '2'), prepbank('release', 'diff', '--role', slug, '1', '2', '--json')])

    expect(json.code, json.stderr).toBe(0)
    const changelog = JSON.parse(json.stdout) as Changelog
    expect(changelog.role.slug).toBe(slug)
    expect([changelog.from.version, changelog.to.version]).toEqual([1, 2])
    expect(changelog.from.contentHash).not.toBe(changelog.to.contentHash)
    expect(changelog.summary).toEqual({ added: 1, removed: 1, reworded: 1, hintsChanged: 0, moved: 0, unchanged: 1 })
    expect(changelog.added.map(({ id, prompt }) => ({ id, prompt }))).toEqual([{ id: ids.added, prompt: prompts.added }])
    expect(changelog.removed.map(({ id, prompt }) => ({ id, prompt }))).toEqual([{ id: ids.removed, prompt: prompts.removed }])
    expect(changelog.reworded).toHaveLength(1)
    expect(changelog.reworded[0]).toMatchObject({ id: ids.reworded, prompt: prompts.rewordedAfter, before: prompts.reworded })
    expect(changelog.reworded[0].diff.filter((part) => part.type === 'insert').map((part) => part.text.trim())).toEqual(['and document'])

    expect(markdown.code, markdown.stderr).toBe(0)
    const lines = markdown.stdout.split('\n')
    expect(lines[0]).toBe('# AI Data Ops Specialist: release 1 → 2')
    expect(markdown.stdout).toContain('1 added, 1 removed, 1 reworded, 0 with changed hints, 0 moved, 1 unchanged.')
    /** The list under a `## title` heading: the lines after it up to the next blank line. */
    const section = (title: string) => {
      const start = lines.indexOf(`## ${title}`) + 2
      const end = lines.indexOf('', start)
      return lines.slice(start, end === -1 ? undefined : end)
    }
    expect(section('Added')).toEqual([expect.stringMatching(new RegExp(`^- ${prompts.added.replace(/[?.]/g, '\\$&')} \\(.+, \`${ids.added}\`\\)$`))])
    expect(section('Removed')).toEqual([expect.stringMatching(new RegExp(`^- ${prompts.removed.replace(/[?.]/g, '\\$&')} \\(.+, \`${ids.removed}\`\\)$`))])
    expect(section('Reworded')).toEqual([`- \`${ids.reworded}\`: How do you version **and document** a training dataset?`])
    expect(markdown.stdout).not.toContain('## Moved')
    expect(markdown.stdout).not.toContain('## Hints changed')
  })
})
