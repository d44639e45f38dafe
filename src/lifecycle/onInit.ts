import type { Payload } from 'payload'

import { applyProductionMigrations } from './applyProductionMigrations'
import { seedExampleBanks } from './seedExampleBanks'

export const onInit = async (payload: Payload): Promise<void> => {
  await applyProductionMigrations({ payload })
  await seedExampleBanks({ payload })
}
