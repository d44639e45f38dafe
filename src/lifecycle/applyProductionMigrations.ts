import type { Payload } from 'payload'

/** True when dev mode's schema push has written into this database (Payload marks it with batch -1). */
const wasPushed = async ({ payload }: { payload: Payload }): Promise<boolean> => {
  try {
    const pushed = await payload.find({
      collection: 'payload-migrations',
      where: { batch: { equals: -1 } },
      limit: 1,
      depth: 0,
    })
    return pushed.totalDocs > 0
  } catch {
    // A fresh database has no migrations table yet: nothing was pushed into it.
    return false
  }
}

/**
 * Production SQL databases are migrated at start with the committed
 * migrations. A database that dev mode pushed into is refused with a clear
 * message: Payload's own guard is a y/N prompt that hangs a server.
 */
export const applyProductionMigrations = async ({ payload }: { payload: Payload }): Promise<void> => {
  if (process.env.NODE_ENV !== 'production' || payload.db.name === 'mongoose') return
  if (await wasPushed({ payload })) {
    throw new Error(
      'This database was made by development schema push and cannot be migrated safely. ' +
        'Give production its own database (DATABASE_URI), or keep using this one with `npm run dev`.',
    )
  }
  const { migrationsFor } = await import('../migrations')
  const migrations = migrationsFor({ adapter: payload.db.name })
  await payload.db.migrate({ migrations: migrations as unknown as NonNullable<Parameters<typeof payload.db.migrate>[0]>['migrations'] })
}
