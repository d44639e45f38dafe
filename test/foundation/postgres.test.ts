import type { Payload } from 'payload'

import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportBankToString } from '../../exporters'
import { readBankState, readLocalApiState } from '../../src/export/bankFingerprint'
import { bankSourceFromPayload } from '../../src/export/bankSource'
import { importDocument } from '../../src/import/importDocument'
import type { TestInstance } from '../helpers/payload'
import { postgresServerUri, startPostgresPayload } from '../helpers/postgres'

/**
 * Production on PostgreSQL: committed migrations applied at start, then the
 * importer and the exporter through the same adapter-agnostic code. Needs a
 * server: PREPBANK_TEST_POSTGRES_URI=postgres://user:pass@127.0.0.1:5432/postgres
 * (.ci/run installs Debian's postgresql and sets it).
 */
let instance: TestInstance | undefined
let payload: Payload

describe.skipIf(!postgresServerUri)('PostgreSQL in production mode', () => {
  beforeAll(async () => {
    instance = await startPostgresPayload({ name: 'foundation' })
    payload = instance.payload
  })

  afterAll(async () => {
    await instance?.close()
  })

  it('applies the committed migrations at start', async () => {
    expect(payload.db.name).toBe('postgres')
    const { docs } = await payload.find({ collection: 'payload-migrations', limit: 0 })
    expect(docs.map((migration) => migration.name)).toEqual(expect.arrayContaining([expect.stringMatching(/_initial$/)]))
    expect(docs.some((migration) => migration.batch === -1)).toBe(false)
  })

  it('imports a bank atomically and idempotently', async () => {
    const text = fs.readFileSync(path.resolve(import.meta.dirname, '../../examples/ai-data-ops-specialist.txt'))
    const first = await importDocument({ payload, input: text, fileName: 'ai-data-ops-specialist.txt' })
    expect(first.outcome).toBe('imported')
    expect((await payload.count({ collection: 'questions' })).totalDocs).toBe(50)
    const again = await importDocument({ payload, input: text, fileName: 'ai-data-ops-specialist.txt' })
    expect(again.outcome).toBe('unchanged')
    expect((await payload.count({ collection: 'hints' })).totalDocs).toBe(50)
  })

  it('exports with plain SQL exactly what the adapter reads, and fingerprints the bank in one statement', async () => {
    // Approve a few questions and their hints as trusted code (the review path is tested on SQLite).
    const { docs } = await payload.find({ collection: 'questions', draft: true, sort: 'position', limit: 6, depth: 0 })
    for (const [index, question] of docs.entries()) {
      await payload.update({ collection: 'questions', id: question.id, data: { prompt: `Approved ${index}?`, tags: index % 2 ? ['sql'] : [], reviewStatus: 'approved', _status: 'published' } })
      const hints = await payload.find({ collection: 'hints', where: { question: { equals: question.id } }, draft: true, depth: 0 })
      for (const hint of hints.docs) await payload.update({ collection: 'hints', id: hint.id, data: { reviewStatus: 'approved', _status: 'published' } })
    }
    const role = (await payload.find({ collection: 'roles', limit: 1, depth: 0 })).docs[0]
    // Two approved questions share a position (pages break the tie by id); pages of one and four cross page boundaries.
    await payload.db.updateOne({ collection: 'questions', id: docs[2].id, data: { position: docs[1].position } })
    for (const pageSize of [1000, 1, 4]) {
      for (const selection of [{}, { tags: ['sql'] }]) {
        for (const format of ['json', 'md', 'csv'] as const) {
          const [sql, adapter] = await Promise.all(
            (['fastest', 'adapter'] as const).map(async (via) =>
              exportBankToString({ source: await bankSourceFromPayload({ payload, role, selection, via, pageSize }), format }),
            ),
          )
          expect(sql, `${format} ${JSON.stringify(selection)} in pages of ${pageSize}`).toBe(adapter)
        }
      }
    }
    await payload.db.updateOne({ collection: 'questions', id: docs[2].id, data: { position: docs[2].position } })
    const exported = JSON.parse(await exportBankToString({ source: await bankSourceFromPayload({ payload, role }), format: 'json' }))
    expect(exported.levels.flatMap((level: { questions: unknown[] }) => level.questions)).toHaveLength(6)
    const state = await readBankState({ payload, slug: role.slug! })
    expect(state).toEqual(await readLocalApiState({ payload, slug: role.slug! }))
    expect(state?.questions.approved).toBe(6)
  })
})
