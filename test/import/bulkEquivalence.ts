import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import { expect } from 'vitest'

import type { TestUser } from '../helpers/payload'

import { bulkInsert } from '../../src/import/bulkInsert'
import { importDocument } from '../../src/import/importDocument'
import { markdownToLexical } from '../../src/content/lexicalMarkdown'

/**
 * The bulk import path against payload.create: the same questions and hints
 * written both ways must read back the same through the Local API and
 * through payload.db, with the same versions and review events, so that the
 * admin, the review workflow and the exports cannot tell them apart.
 * Shared by the SQLite and the PostgreSQL test files.
 */

const document = [
  '# Equivalence Engineer Interview Questions',
  '',
  '## Basics',
  '',
  '### What is a bulk insert?',
  '',
  'Tags: sql, performance',
  '',
  '> Many rows in one **statement**, with `RETURNING` ids.',
  '',
  '### Why keep an import atomic?',
  '',
  '> So that a failure leaves nothing behind.',
  '>',
  '> - one transaction',
  '> - all or nothing',
  '',
  '## Documentation',
  '',
  '### Where are the docs?',
  '',
  '> See [the docs](https://example.com/docs) and the snake_case ~~old~~ notes.',
  '',
].join('\n')

/** What differs by construction between two writes of the same content: ids, clocks, the stable id. */
const volatile = new Set(['id', 'createdAt', 'updatedAt', 'stableId', 'reviewStatusChangedAt', 'lastEditedAt', 'parent', 'documentId', 'question', 'hint', 'importRun'])

const comparable = (value: unknown): unknown =>
  JSON.parse(
    JSON.stringify(value, (key, inner) => {
      if (volatile.has(key)) return typeof inner === 'undefined' ? inner : '<varies>'
      return inner
    }),
  )

export const checkBulkEquivalence = async ({ payload, editor }: { payload: Payload; editor: TestUser }) => {
  const report = await importDocument({ payload, input: document, fileName: 'equivalence.md', user: editor })
  expect(report.outcome, JSON.stringify(report.diagnostics)).toBe('imported')
  expect(report.counts.created).toBe(3)

  const imported = await payload.find({ collection: 'questions', where: { role: { equals: report.role!.id } }, draft: true, depth: 0, sort: 'position', limit: 0, overrideAccess: false, user: editor })
  expect(imported.docs).toHaveLength(3)

  for (const question of imported.docs) {
    const hints = await payload.find({ collection: 'hints', where: { question: { equals: question.id } }, draft: true, depth: 0, sort: 'position', limit: 0, overrideAccess: false, user: editor })
    // The same question written the way a script or the admin would.
    const created = await payload.create({
      collection: 'questions',
      data: {
        role: question.role,
        level: question.level,
        position: question.position,
        prompt: question.prompt,
        tags: question.tags,
        hintTitle: question.hintTitle,
        provenance: question.provenance,
      },
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: editor,
    })
    for (const hint of hints.docs) {
      await payload.create({
        collection: 'hints',
        data: { question: created.id, position: hint.position, text: await markdownToLexical({ config: payload.config, markdown: hint.markdown ?? '' }) },
        draft: true,
        depth: 0,
        overrideAccess: false,
        user: editor,
      })
    }

    const readBoth = async (read: (id: number | string) => Promise<unknown>) => [comparable(await read(question.id)), comparable(await read(created.id))]
    const [bulkDoc, createdDoc] = await readBoth((id) => payload.findByID({ collection: 'questions', id, draft: true, depth: 0, overrideAccess: false, user: editor }))
    expect(bulkDoc).toEqual(createdDoc)
    expect((bulkDoc as { _status: string })._status).toBe('draft')
    const [bulkRow, createdRow] = await readBoth((id) => payload.db.findOne({ collection: 'questions', where: { id: { equals: id } } }))
    expect(bulkRow).toEqual(createdRow)
    const [bulkVersions, createdVersions] = await readBoth(async (id) => (await payload.findVersions({ collection: 'questions', where: { parent: { equals: id } }, depth: 0, overrideAccess: false, user: editor })).docs)
    expect(bulkVersions).toEqual(createdVersions)
    expect(bulkVersions).toHaveLength(1)
    const [bulkDbVersions, createdDbVersions] = await readBoth(async (id) => (await payload.db.findVersions({ collection: 'questions', where: { parent: { equals: id } }, limit: 0 })).docs)
    expect(bulkDbVersions).toEqual(createdDbVersions)

    const hintsOf = async (id: number | string) =>
      (await payload.find({ collection: 'hints', where: { question: { equals: id } }, draft: true, depth: 0, sort: 'position', limit: 0, overrideAccess: false, user: editor })).docs
    const [bulkHints, createdHints] = await readBoth(hintsOf)
    expect(bulkHints).toEqual(createdHints)
    for (const [index, hint] of hints.docs.entries()) {
      const twin = (await hintsOf(created.id))[index]
      const versionsOf = async (id: number | string) => comparable((await payload.db.findVersions({ collection: 'hints', where: { parent: { equals: id } }, limit: 0 })).docs)
      expect(await versionsOf(hint.id)).toEqual(await versionsOf(twin.id))
      expect(comparable(await payload.db.findOne({ collection: 'hints', where: { id: { equals: hint.id } } }))).toEqual(
        comparable(await payload.db.findOne({ collection: 'hints', where: { id: { equals: twin.id } } })),
      )
    }

    const eventsOf = async (id: number | string) =>
      comparable((await payload.find({ collection: 'review-events', where: { question: { equals: id } }, sort: 'subject', depth: 0, limit: 0, overrideAccess: false, user: editor })).docs)
    const bulkEvents = await eventsOf(question.id)
    expect(bulkEvents).toEqual(await eventsOf(created.id))
    expect(bulkEvents).toHaveLength(1 + hints.docs.length)
  }
}

/**
 * The bulk writer's raw statements (text and parameters straight to the
 * driver) store what drizzle's insert builder stores for the same documents:
 * main rows, hasMany values and first versions. Run after
 * checkBulkEquivalence, on the questions and hints it imported.
 */
export const checkDriverMatchesBuilder = async ({ payload }: { payload: Payload }) => {
  const rowsOf = async (collection: 'questions' | 'hints') =>
    (await payload.db.find<Record<string, unknown>>({ collection, where: { id: { exists: true } }, sort: 'id', limit: 3, pagination: false })).docs
  const req = await createLocalReq({}, payload)
  for (const collection of ['questions', 'hints'] as const) {
    const docs = (await rowsOf(collection)).map(({ id: _id, createdAt: _created, updatedAt: _updated, ...doc }) => doc)
    expect(docs.length).toBeGreaterThan(0)
    // Stable ids are unique: each copy gets its own.
    const copies = (suffix: string) => docs.map((doc) => (collection === 'questions' ? { ...doc, stableId: `${String(doc.stableId)}-${suffix}` } : doc))
    const viaDriver = await bulkInsert({ payload, req, collection, docs: copies('driver') })
    const viaBuilder = await bulkInsert({ payload, req, collection, docs: copies('builder'), via: 'builder' })
    for (const [index, id] of viaDriver.entries()) {
      const read = async (doc: number | string) => [
        comparable(await payload.db.findOne({ collection, where: { id: { equals: doc } } })),
        comparable((await payload.db.findVersions({ collection, where: { parent: { equals: doc } }, limit: 0 })).docs),
      ]
      const [row, versions] = await read(id)
      expect(row).toEqual((await read(viaBuilder[index]))[0])
      expect(versions).toEqual((await read(viaBuilder[index]))[1])
      expect(versions).toHaveLength(1)
    }
  }
}
