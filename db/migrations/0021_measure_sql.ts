// 0021 — the SQL made from the measure registry (app/domain/measures.ts, db/measure-sql.ts,
// decision 0032). The rollup trigger functions and rollups_rebuild() of 0010, the late-cases
// index of 0009 and the check of indicators.measure of 0001 each wrote a measure's rule by hand;
// from here on they are made from the registry and recorded in measure_sql with the fingerprint
// of the statements that made them. After every migration run db/measure-sql-sync.ts installs
// again whatever the registry now makes differently (and rebuilds the rollups if a rollup
// function changed).
// Cheap on a 10M-case database: the registry's objects as of this migration compute exactly what
// 0009/0010/0001 built (their fingerprints are frozen below); the functions are replaced, the
// index and the constraint are recorded as they stand, and nothing is rebuilt. An object whose
// statements no longer match the frozen fingerprint (the registry changed after this migration
// was written) is not recorded, so the sync that follows installs it and rebuilds the rollups.
import { sql, type Kysely } from 'kysely'
import { derivedObjects } from '../measure-sql'
import { fingerprint, recordInstalled } from '../measure-sql-sync'

/** The fingerprints of the registry's objects when this migration was written. */
const AS_BUILT_BY_0001_0009_0010: Record<string, string> = {
  rollups_rebuild: '2b4db1d25170fd8ab2c1213f19798afda881c2826cc669c271947058e2bb931e',
  cases_rollup_insert: 'c2e7ac73fb45259e2c2e6541f30755413b70c17bc9cf6f68214999caee34491c',
  surveys_rollup_insert: 'd01f47f46b5bce0b8586e2009dc4cc813841237b33400f18ae7c3a217fe89bf5',
  cases_rollup_delete: 'aa54cc3d18de9eb46f36b7252dbe3538c52b2385e7c964d64e3282a850e84cbb',
  surveys_rollup_delete: '9d8b0ec0331270c31fb80b13c4664a3020fecd1df91cc36a2066d7c94886f9d3',
  cases_rollup_update: 'ddb1666baa5c184293ce7f99065d16ffddf359a6abb276cd0be9797173cfa5c9',
  surveys_rollup_update: '6bc562bfd1baa792edde577e2e3c30be243cd3d24b22beed26f1434aca4f74ee',
  cases_late_by_office: '0ec0b50c16cc28c188710830f8ec9f4cbd7bfa5e6474045a2627972b63f3cef6',
  indicators_measure_check: '83a771de63506208e5e1ca2a7eb5e66b433d9c8b41e0d455bd2ed0b2250efe5b',
}

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table measure_sql (
    name text primary key,
    fingerprint text not null,
    installed_at timestamptz not null default now()
  )`.execute(db)
  for (const object of derivedObjects()) {
    const current = fingerprint(object)
    if (AS_BUILT_BY_0001_0009_0010[object.name] !== current) continue
    // Functions: `create or replace`, no data touched. The index and the constraint stand as
    // 0009 and 0001 made them.
    if (object.kind === 'function') {
      for (const statement of object.install) await sql.raw(statement).execute(db)
    }
    await recordInstalled(db, object.name, current)
  }
}
