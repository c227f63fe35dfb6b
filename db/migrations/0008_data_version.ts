// 0008 — a data version: one counter that every write to a table the indicators are computed
// from raises, in the writing transaction, by statement-level triggers. Pages cache their
// computed numbers per data version (app/indicators/data-cache.server.ts, decision 0007): a reader that sees
// version N reads, in a later snapshot, at least the data of N, so a result cached under N is
// never older than N. Whatever door writes (import, demo, reference editing, SQL by hand), the
// version follows — no application code can forget to invalidate.
import { sql, type Kysely } from 'kysely'

/**
 * The tables whose rows change an indicator, a target, a status or a name on the dashboards.
 * The rollups are listed too: rollups_rebuild() (after an edit of office_regions or of a
 * deadline rule's queue maximum) may run in a later transaction than the edit itself.
 */
export const VERSIONED_TABLES = [
  'cases',
  'survey_responses',
  'complaints',
  'info_publications',
  'targets',
  'indicators',
  'standards',
  'deadline_rules',
  'office_services',
  'offices',
  'office_regions',
  'regions',
  'districts',
  'district_regions',
  'calendar_days',
  'channels',
  'agencies',
  'rollup_cases_due',
  'rollup_cases_submitted',
  'rollup_cases_completed',
  'rollup_surveys',
] as const

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table data_version (
    id boolean primary key default true check (id),
    version bigint not null default 0
  )`.execute(db)
  await sql`insert into data_version (id, version) values (true, 0)`.execute(db)
  await sql`create function data_version_bump() returns trigger language plpgsql as $$
  begin
    update data_version set version = version + 1;
    return null;
  end $$`.execute(db)
  for (const table of VERSIONED_TABLES) {
    await sql
      .raw(
        `create trigger ${table}_data_version after insert or update or delete or truncate
        on ${table} for each statement execute function data_version_bump()`,
      )
      .execute(db)
  }
}
