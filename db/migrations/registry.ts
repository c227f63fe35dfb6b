// The static list of migrations, in order. The Remix server bundle cannot scan a folder, so every
// runtime (server, CLI via tsx, vitest) imports this list. Append; never edit a landed migration.
import type { Migration } from 'kysely/migration'
import * as m0001 from './0001_init'
import * as m0002 from './0002_rollups'
import * as m0003 from './0003_accounts_audit'
import * as m0004 from './0004_import_staging'

export const migrations: Record<string, Migration> = {
  '0001_init': m0001,
  '0002_rollups': m0002,
  '0003_accounts_audit': m0003,
  '0004_import_staging': m0004,
}
