// 0031 — fewer indexes to keep while importing (decision 0041). Every index is written once per
// row an import stores; these fourteen were read by little or nothing that needs them.
//
// - `cases_standard_due` and `cases_standard_completed`: an import writes its rows in office
//   order, and these two take each row at a place of their own in a standard's whole range of
//   days — a million rows cost 7–11 s of a 39 s COPY into `cases` on the benchmark machine. Their
//   readers: the case lists of a region (now read through the offices' own date indexes, a few
//   ms more), the national case lists other than the late cases (which read a large part of the
//   standard's cases either way), the annual report's missing-field counts. The figures come
//   from the rollups. `cases_standard_submitted` stays: it costs little (rows arrive by
//   submission day within an office) and answers "data through" per standard.
// - The daily rollups' `(region_id, day)` and `(office_id, day)` indexes, on all six daily tables:
//   since the month grain (0025), the engine reads a daily table only for the days of a month held
//   in part, through the table's key (standard, day) or its `(day)` index — at most 31 days of
//   rows, whatever the number of cases held; the years a region or an office has cases in
//   (db/queries/data-years.ts), which read the submission rollup's two, are now read from
//   `cases` through each office's `(office_id, submitted_on)` index.
//   Three of them (the case tables') cost about 3 s of the same COPY.
import { sql, type Kysely } from 'kysely'

const DAILY_WITH_CHANNEL = ['rollup_cases_due', 'rollup_cases_submitted', 'rollup_cases_completed']
const DAILY = [
  ...DAILY_WITH_CHANNEL,
  'rollup_surveys',
  'rollup_complaints_received',
  'rollup_complaints_term',
]

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop index cases_standard_due`.execute(db)
  await sql`drop index cases_standard_completed`.execute(db)
  for (const table of DAILY) {
    await sql.raw(`drop index ${table}_region`).execute(db)
    await sql.raw(`drop index ${table}_office`).execute(db)
  }
}

/** The columns a daily table's region index carried (0002, 0028), after its key columns. */
async function countColumns(db: Kysely<unknown>, table: string): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select column_name as name from information_schema.columns
    where table_schema = current_schema() and table_name = ${table}
      and column_name not in ('office_id', 'region_id', 'standard_id', 'channel', 'day')
    order by ordinal_position`.execute(db)
  return rows.map((r) => r.name)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create index cases_standard_due on cases (standard_id, due_on)`.execute(db)
  await sql`create index cases_standard_completed on cases (standard_id, completed_on)`.execute(db)
  for (const table of DAILY) {
    const channel = DAILY_WITH_CHANNEL.includes(table) ? ', channel' : ''
    const counts = (await countColumns(db, table)).join(', ')
    await sql.raw(`create index ${table}_office on ${table} (office_id, day)`).execute(db)
    await sql
      .raw(
        `create index ${table}_region on ${table} (region_id, day)
          include (standard_id, office_id${channel}, ${counts})`,
      )
      .execute(db)
  }
}
