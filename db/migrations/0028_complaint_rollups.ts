// 0028 — daily and month-grain rollups of complaints (decision 0038), as 0002 and 0025 keep them
// for cases and survey answers: per office × region × standard × key date, by the day received
// (4.1's justified complaints) and by the day the review term ends (4.2's justified complaints
// and those resolved on time). The engine read complaints from their table, a few per office and
// month — but every year kept made a national year slower (at 5M cases 8 of its 33 ms), where
// the month grain stays one row per office and month whatever the years kept.
// The tables and their indexes only: the trigger functions on `complaints`, the triggers on the
// daily tables that keep the month grain, and their filling from the complaints already stored
// (rollups_rebuild()) are made from the measure registry and installed by the sync that follows
// every migration run (db/measure-sql-sync.ts).
import { sql, type Kysely } from 'kysely'

const DAILY: { table: string; counts: string[] }[] = [
  { table: 'rollup_complaints_received', counts: ['justified'] },
  { table: 'rollup_complaints_term', counts: ['justified', 'resolved_on_time'] },
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const { table, counts } of DAILY) {
    const monthly = `${table}_monthly`
    const columns = counts.map((c) => `${c} integer not null default 0`).join(',\n    ')
    const include = counts.join(', ')
    const statements = [
      `create table ${table} (
    office_id integer not null,
    region_id integer not null,
    standard_id text not null,
    day date not null,
    ${columns},
    primary key (standard_id, day, office_id)
  )`,
      `create index ${table}_office on ${table} (office_id, day)`,
      `create index ${table}_region on ${table} (region_id, day)
    include (standard_id, office_id, ${include})`,
      `create index ${table}_standard on ${table} (standard_id, day)
    include (region_id, office_id, ${include})`,
      `create index ${table}_day on ${table} (day) include (standard_id, region_id, office_id, ${include})`,
      `create table ${monthly} (
    office_id integer not null,
    region_id integer not null,
    standard_id text not null,
    month date not null,
    ${columns},
    primary key (standard_id, month, office_id, region_id)
  )`,
      `create index ${monthly}_standard on ${monthly} (standard_id, month)
    include (region_id, office_id, ${include})`,
      `create index ${monthly}_region on ${monthly} (region_id, month)
    include (standard_id, office_id, ${include})`,
      `create index ${monthly}_month on ${monthly} (month)
    include (standard_id, region_id, office_id, ${include})`,
      `create index ${monthly}_office on ${monthly} (office_id, month)`,
    ]
    for (const statement of statements) await sql.raw(statement).execute(db)
  }
}
