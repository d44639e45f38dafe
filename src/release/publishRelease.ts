import type { Payload, PayloadRequest } from 'payload'

import type { Release, Role, User } from '../payload-types'

import { exportBankToString } from '../../exporters'
import { hintsByQuestion } from '../content/hintsByQuestion'
import { idKey } from '../content/ids'
import { bankSourceFromPayload } from '../export/bankSource'

type VersionRef = { parent: string; version: string }

/** The newest published version of each document: what a release pins. */
const publishedVersions = async ({
  payload,
  collection,
  parents,
}: {
  payload: Payload
  collection: 'questions' | 'hints'
  parents: (string | number)[]
}): Promise<Map<string, string>> => {
  const newest = new Map<string, string>()
  if (parents.length === 0) return newest
  const versions = await payload.findVersions({
    collection,
    where: { and: [{ parent: { in: parents } }, { 'version._status': { equals: 'published' } }] },
    sort: '-updatedAt',
    limit: 0,
    depth: 0,
    pagination: false,
  })
  for (const version of versions.docs as unknown as VersionRef[]) {
    const parent = idKey(version.parent)
    if (!newest.has(parent)) newest.set(parent, idKey((version as unknown as { id: unknown }).id))
  }
  return newest
}

const releaseContents = async ({ payload, role, stableIds }: { payload: Payload; role: Role; stableIds: string[] }) => {
  const questions = await payload.find({
    collection: 'questions',
    where: { and: [{ role: { equals: role.id } }, { stableId: { in: stableIds } }] },
    limit: 0,
    depth: 0,
    pagination: false,
  })
  const hints = await payload.find({
    collection: 'hints',
    where: { question: { in: questions.docs.map((question) => question.id) } },
    sort: 'position',
    limit: 0,
    depth: 0,
    pagination: false,
  })
  const questionVersions = await publishedVersions({ payload, collection: 'questions', parents: questions.docs.map((q) => q.id) })
  const hintVersions = await publishedVersions({ payload, collection: 'hints', parents: hints.docs.map((h) => h.id) })
  const hintsOf = hintsByQuestion(hints.docs)
  return questions.docs.map((question) => ({
    stableId: question.stableId,
    question: question.id,
    questionVersion: questionVersions.get(idKey(question.id)) ?? null,
    hints: (hintsOf.get(idKey(question.id)) ?? [])
      .map((hint) => ({ hint: hint.id, hintVersion: hintVersions.get(idKey(hint.id)) ?? null })),
  }))
}

export type PublishResult = { release: Release; created: boolean }

/**
 * Freezes a role's approved bank as the next numbered release. An unchanged
 * bank (same content hash as the latest release) makes no new release.
 */
export const publishRelease = async ({
  payload,
  role,
  user,
  req,
}: {
  payload: Payload
  role: Role
  user?: User | null
  req?: PayloadRequest
}): Promise<PublishResult> => {
  const snapshot = await exportBankToString({ source: await bankSourceFromPayload({ payload, role }), format: 'json' })
  const document = JSON.parse(snapshot) as { contentHash: string; levels: { questions: { id: string }[] }[] }
  const latest = await payload.find({
    collection: 'releases',
    where: { role: { equals: role.id } },
    sort: '-version',
    limit: 1,
    depth: 0,
    req,
  })
  const previous = latest.docs[0]
  if (previous && previous.contentHash === document.contentHash) return { release: previous, created: false }

  const stableIds = document.levels.flatMap((level) => level.questions.map((question) => question.id))
  const version = (previous?.version ?? 0) + 1
  const release = await payload.create({
    collection: 'releases',
    data: {
      label: `${role.name} v${version}`,
      role: role.id,
      version,
      contentHash: document.contentHash,
      questionCount: stableIds.length,
      publishedBy: user?.id,
      contents: await releaseContents({ payload, role, stableIds }),
      snapshot,
    },
    // depth 0: the caller gets ids, never populated user records (publishedBy).
    depth: 0,
    overrideAccess: true,
    req,
  })
  return { release, created: true }
}
