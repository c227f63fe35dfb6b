// The yearly partitions of `cases` (migration 0032, decision 0044): a partition holds the cases
// submitted in one calendar year, and one must exist before a row of that year is written. The
// import makes them for the years it stages, the bulk inserts of generated data for theirs, and
// a daily job for this year and the next; there is no catch-all partition.
import { sql } from 'kysely'
import type { Db } from '../client.server'

/** Makes the partitions of the years first..last that do not exist yet; returns how many. */
export async function makeCaseYearPartitions(
  db: Db,
  firstYear: number,
  lastYear: number,
): Promise<number> {
  const { rows } = await sql<{ made: number }>`
    select cases_make_year_partitions(${firstYear}::integer, ${lastYear}::integer) as made`.execute(
    db,
  )
  return rows[0]!.made
}

/** Makes the partitions for the years of these submission days (YYYY-MM-DD). */
export async function makeCaseYearPartitionsFor(db: Db, days: Iterable<string>): Promise<number> {
  let first = Infinity
  let last = -Infinity
  for (const day of days) {
    const year = Number(day.slice(0, 4))
    if (year < first) first = year
    if (year > last) last = year
  }
  return first <= last ? makeCaseYearPartitions(db, first, last) : 0
}

/** The yearly partitions of `cases` that exist, with their rows' year, oldest first. */
export async function caseYearPartitions(db: Db): Promise<{ name: string; year: number }[]> {
  const { rows } = await sql<{ name: string; bound: string }>`
    select c.relname as name, pg_get_expr(c.relpartbound, c.oid) as bound
    from pg_inherits i join pg_class c on c.oid = i.inhrelid
    where i.inhparent = 'cases'::regclass
    order by c.relname`.execute(db)
  return rows
    .map((r) => ({ name: r.name, year: Number(/'(\d{4})-01-01'/.exec(r.bound)?.[1]) }))
    .sort((a, b) => a.year - b.year)
}

/**
 * The statistics of `cases` as one table (the planner's estimates for a scan of every year: the
 * preview's compare with the stored keys, the undo's rows of a batch), and of each partition with
 * them. PostgreSQL's autovacuum analyzes partitions but never a partitioned table itself; a large
 * commit does (db/queries/imports.ts, tidyAfterCommit), and the nightly partitions job, for the
 * small imports between.
 */
export async function analyzeCasesTree(db: Db): Promise<void> {
  await sql`analyze cases`.execute(db)
}
