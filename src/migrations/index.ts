import { migrations as postgres } from './postgres'
import { migrations as sqlite } from './sqlite'

/**
 * The committed migrations of the SQL adapter in use. Bundlers need static
 * imports, so both sets are listed here; MongoDB needs none.
 */
export const migrationsFor = ({ adapter }: { adapter: string }) => {
  if (adapter === 'sqlite') return sqlite
  if (adapter === 'postgres') return postgres
  throw new Error(`No migrations for the "${adapter}" database adapter`)
}
