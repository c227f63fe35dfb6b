// 0025 — the month grain of the daily rollups (decision 0036): per office × region × standard
// (× channel) × month, the same counts as the daily tables of 0002, so that a figure over whole
// months (a year, a quarter, a month) sums one row per office and month instead of one per day —
// a national year of one standard reads ≈ 12 × offices rows rather than ≈ 365 × offices. The
// region is part of the key: an office that moves to another region inside a month counts each of
// its days where it was (the daily row's stored region).
// The tables, and an index by day on each daily table. Their triggers on the daily tables and
// rollups_monthly_rebuild() are made from the measure registry (db/measure-sql.ts) and installed
// by the sync that follows every migration run (db/measure-sql-sync.ts), which then fills the new
// tables from the daily rollups: one aggregate over them (≈ 20 s with the indexes on a 1M-case
// database on a loaded 2-core machine).
import { sql, type Kysely } from 'kysely'

/** The daily tables of 0002, their count columns, and whether they are kept per channel. */
const DAILY: { table: string; channel: boolean; counts: string[] }[] = [
  { table: 'rollup_cases_due', channel: true, counts: ['cases', 'on_time'] },
  {
    table: 'rollup_cases_submitted',
    channel: true,
    counts: ['wait_recorded', 'wait_ok', 'first_recorded', 'first_ok'],
  },
  {
    table: 'rollup_cases_completed',
    channel: true,
    counts: ['docs_recorded', 'docs_ok', 'served'],
  },
  {
    table: 'rollup_surveys',
    channel: false,
    counts: [
      'process',
      'information',
      'complaint_procedure',
      'complaint_timeline',
      'courtesy',
    ].flatMap((q) => [`${q}_n`, `${q}_ok`]),
  },
]

export async function up(db: Kysely<any>): Promise<void> {
  for (const { table, channel, counts } of DAILY) {
    const monthly = `${table}_monthly`
    const channelColumn = channel ? 'channel text not null,' : ''
    const channelKey = channel ? ', channel' : ''
    await sql
      .raw(
        `create table ${monthly} (
    office_id integer not null,
    region_id integer not null,
    standard_id text not null,
    ${channelColumn}
    month date not null,
    ${counts.map((c) => `${c} integer not null default 0`).join(',\n    ')},
    primary key (standard_id, month, office_id${channelKey}, region_id)
  )`,
      )
      .execute(db)
    // Covering indexes, as on the daily tables: a national figure reads (standard_id, month)
    // ranges, a region's (region_id, month) ranges, every standard's (month) ranges, an
    // office's (office_id, month).
    const include = counts.join(', ')
    const indexes = [
      `create index ${monthly}_standard on ${monthly} (standard_id, month)
    include (region_id, office_id${channelKey}, ${include})`,
      `create index ${monthly}_region on ${monthly} (region_id, month)
    include (standard_id, office_id${channelKey}, ${include})`,
      `create index ${monthly}_month on ${monthly} (month)
    include (standard_id, region_id, office_id${channelKey}, ${include})`,
      `create index ${monthly}_office on ${monthly} (office_id, month)`,
      // The days of a month held in part (the as-of date's month of a running year) are read
      // from the daily table; without a standard or a region (the overview of every standard),
      // by day.
      `create index ${table}_day on ${table} (day)
    include (standard_id, region_id, office_id${channelKey}, ${include})`,
    ]
    for (const index of indexes) await sql.raw(index).execute(db)
  }
}
