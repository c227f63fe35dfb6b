// Migration 0031 (decision 0041) drops exactly fourteen indexes — `cases_standard_due`,
// `cases_standard_completed`, and the `(region_id, day)` and `(office_id, day)` indexes of the six
// daily rollups — and leaves every other index of those tables as it was; its down migration
// makes the fourteen again, each with its earlier definition.
import { sql } from 'kysely'
import { expect } from 'vitest'
import { indexDefinitions, itOnEachEngineMigrating } from '../support/migration-indexes'

const DAILY = [
  'rollup_cases_due',
  'rollup_cases_submitted',
  'rollup_cases_completed',
  'rollup_surveys',
  'rollup_complaints_received',
  'rollup_complaints_term',
]
const DROPPED = [
  'cases_standard_due',
  'cases_standard_completed',
  ...DAILY.flatMap((t) => [`${t}_region`, `${t}_office`]),
].sort()

itOnEachEngineMigrating(
  '0031',
  'drops the fourteen indexes, keeps the others, and its down migration makes them again',
  async (db, migrator) => {
    /** Every index of `cases` and the daily rollups. */
    const indexes = () => indexDefinitions(db, sql`tablename in ('cases', ${sql.join(DAILY)})`)
    expect((await migrator.migrateTo('0030_vacuum_after_inserts')).error).toBeUndefined()
    const before = await indexes()
    expect(DROPPED.every((name) => before.has(name))).toBe(true)

    expect((await migrator.migrateTo('0031_lighter_import_indexes')).error).toBeUndefined()
    const after = await indexes()
    expect([...before.keys()].filter((name) => !after.has(name)).sort()).toEqual(DROPPED)
    for (const [name, definition] of after) expect(definition).toBe(before.get(name))

    expect((await migrator.migrateDown()).error).toBeUndefined()
    expect(await indexes()).toEqual(before)
  },
)
