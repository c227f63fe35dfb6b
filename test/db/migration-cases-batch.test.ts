// Migration 0033 (decision 0046) drops `cases_batch (import_batch_id)` from `cases` and from each
// year's partition, and nothing else; its down migration makes it again on the table and on every
// year, with its earlier definition.
import { sql } from 'kysely'
import { expect } from 'vitest'
import { indexDefinitions, itOnEachEngineMigrating } from '../support/migration-indexes'

itOnEachEngineMigrating(
  '0033',
  'drops the index of the batch id alone on every year of cases, and only it',
  async (db, migrator) => {
    /** Every index of `cases` and its partitions. */
    const indexes = () => indexDefinitions(db, sql`tablename ~ '^cases(_\\d{4})?$'`)
    const onBatchAlone = (definition: string) => /\(import_batch_id\) WHERE/.test(definition)
    expect((await migrator.migrateTo('0032_cases_by_year')).error).toBeUndefined()
    const before = await indexes()
    const years = [...before.keys()].filter((name) => /^cases_\d{4}_pkey$/.test(name))
    const dropped = [...before].filter(([, d]) => onBatchAlone(d)).map(([name]) => name)
    // The table's own and one a year.
    expect(years.length).toBeGreaterThan(0)
    expect(dropped).toHaveLength(years.length + 1)
    expect(dropped).toContain('cases_batch')

    expect((await migrator.migrateTo('0033_cases_batch_through_offices')).error).toBeUndefined()
    const after = await indexes()
    expect([...before.keys()].filter((name) => !after.has(name)).sort()).toEqual(dropped.sort())
    expect(after.size).toBe(before.size - dropped.length)
    for (const [name, definition] of after) expect(definition).toBe(before.get(name))

    expect((await migrator.migrateDown()).error).toBeUndefined()
    expect(await indexes()).toEqual(before)
  },
)
