import type { Payload } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

import type { User } from '../../src/payload-types'
import type { UserRole } from '../../src/access/userRoles'

export type TestInstance = {
  payload: Payload
  dir: string
  close: () => Promise<void>
}

/**
 * A real Payload on a fresh SQLite file. Payload allows one instance per
 * database per process, so call this once per test file (vitest isolates files).
 */
export const startPayload = async ({
  name = 'test',
  seedExamples = false,
}: { name?: string; seedExamples?: boolean } = {}): Promise<TestInstance> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `prepbank-${name}-`))
  process.env.DATABASE_URI = `file:${path.join(dir, 'prepbank.db')}`
  process.env.PAYLOAD_SECRET = 'prepbank-test-secret-0123456789'
  process.env.PREPBANK_DATA_DIR = dir
  process.env.PREPBANK_SEED_EXAMPLES = String(seedExamples)
  process.env.PREPBANK_LOG_LEVEL ??= 'warn'
  return bootPayload({ dir })
}

/** Payload from the app's config as the environment now sets it; close() also removes `dir`. */
export const bootPayload = async ({ dir }: { dir: string }): Promise<TestInstance> => {
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  return {
    payload,
    dir,
    close: async () => {
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

export type TestUser = User & { collection: 'users' }

let userCounter = 0

export const createUser = async ({
  payload,
  roles,
  password = 'correct horse battery staple',
}: {
  payload: Payload
  roles: UserRole[]
  password?: string
}): Promise<TestUser> => {
  userCounter += 1
  const user = await payload.create({
    collection: 'users',
    data: { email: `${roles.join('-') || 'nobody'}-${userCounter}@example.test`, password, roles },
    overrideAccess: true,
  })
  // The first user is always made admin by design; put the requested roles back.
  const fixed = user.roles?.join() === roles.join()
    ? user
    : await payload.update({ collection: 'users', id: user.id, data: { roles }, overrideAccess: true })
  return { ...fixed, collection: 'users' }
}

export const login = async ({ payload, email, password = 'correct horse battery staple' }: { payload: Payload; email: string; password?: string }): Promise<string> => {
  const result = await payload.login({ collection: 'users', data: { email, password } })
  if (!result.token) throw new Error(`login failed for ${email}`)
  return result.token
}

export type StaffRole = 'admin' | 'editor' | 'reviewer'

/** One user of each staff role, each logged in; the admin first (the first account becomes admin by design). */
export const createStaff = async ({ payload }: { payload: Payload }): Promise<{ users: Record<StaffRole, TestUser>; tokens: Record<StaffRole, string> }> => {
  const users = {} as Record<StaffRole, TestUser>
  const tokens = {} as Record<StaffRole, string>
  for (const role of ['admin', 'editor', 'reviewer'] as const) {
    users[role] = await createUser({ payload, roles: [role] })
    tokens[role] = await login({ payload, email: users[role].email })
  }
  return { users, tokens }
}
