// 0016 — data freshness (issue 14, decision 0028): the thresholds an administrator edits on
// /admin/reference, and the indexes behind the per office × kind "latest import batch" lookups.
// - freshness_settings: one row. An office is stale when it has had no case for more than
//   `stale_after_days` days although it had cases in each of the `regular_months` calendar months
//   before the month of its latest case (docs/domain.md "Data freshness").
// - (office_id, import_batch_id) on each fact table, partial on imported rows: the batch that last
//   wrote an office's rows is one backward index step per office, never a scan of the facts.
//   The latest record date per office uses the (office_id, date) indexes 0001 already has.
import { sql, type Kysely } from 'kysely'

const statements = [
  sql`create table freshness_settings (
    id boolean primary key default true check (id),
    stale_after_days integer not null default 35 check (stale_after_days between 1 and 366),
    regular_months integer not null default 3 check (regular_months between 1 and 12),
    updated_at timestamptz not null default now(),
    updated_by integer references users(id)
  )`,
  sql`insert into freshness_settings (id) values (true)`,
  sql`create index cases_office_batch on cases (office_id, import_batch_id)
    where import_batch_id is not null`,
  sql`create index survey_office_batch on survey_responses (office_id, import_batch_id)
    where import_batch_id is not null`,
  sql`create index complaints_office_batch on complaints (office_id, import_batch_id)
    where import_batch_id is not null`,
  sql`create index publications_office_batch on info_publications (office_id, import_batch_id)
    where import_batch_id is not null`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
