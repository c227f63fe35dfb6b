// The yearly partitions of `cases` made ahead (decision 0044): every day at 02:00 (Asia/Almaty)
// the job makes sure this year's and next year's exist, so that the year's first import in
// January finds its partition made — months before, on the first run after the previous January
// — and does not make it itself. Making a partition locks the whole table for a moment; at
// night nobody waits for it. An import still makes the partitions of the years it stages
// (older years, a clock that ran ahead): the job only spares it the usual one. Then it takes the
// statistics of `cases` as a whole, which PostgreSQL's autovacuum never takes for a partitioned
// table: a large commit takes them, the small imports between leave them to this job.
import { TZDate } from '@date-fns/tz'
import { z } from 'zod'
import { analyzeCasesTree, makeCaseYearPartitions } from '../../db/queries/case-partitions'
import { dailyAt, SCHEDULE_TIME_ZONE } from '../domain/job-schedule'
import { defineJobKind, type JobKind } from '../monitoring/job-kinds.server'

export const CASE_PARTITIONS_KIND = 'cases.partitions'

/** The years whose partitions should exist at `now`: this year and the next, in Kazakhstan. */
export function partitionYearsAt(now: Date): { first: number; last: number } {
  const year = new TZDate(now.getTime(), SCHEDULE_TIME_ZONE).getFullYear()
  return { first: year, last: year + 1 }
}

/** Registered by app/monitoring/job-registry.server.ts. */
export function casePartitionsJob(): JobKind<Record<string, unknown>> {
  return defineJobKind({
    kind: CASE_PARTITIONS_KIND,
    payload: z.object({}).loose(),
    schedule: dailyAt(2, 0),
    maxAttempts: 3,
    run: async (ctx) => {
      const { first, last } = partitionYearsAt(ctx.now)
      const made = await makeCaseYearPartitions(ctx.db, first, last)
      // The whole tree's statistics, which the small imports of a day leave as they were.
      await analyzeCasesTree(ctx.db)
      ctx.log(`cases.partitions: ${first}–${last} present, ${made} made, statistics taken`)
    },
  })
}
