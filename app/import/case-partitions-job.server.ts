// The yearly partitions of `cases` made ahead (decision 0044): every day at 02:00 (Asia/Almaty)
// the job makes sure this year's and next year's exist, so that the year's first import in
// January finds its partition made — months before, on the first run after the previous January
// — and does not make it itself. Making a partition locks the whole table for a moment; at
// night nobody waits for it. An import still makes the partitions of the years it stages
// (older years, a clock that ran ahead): the job only spares it the usual one.
import { TZDate } from '@date-fns/tz'
import { z } from 'zod'
import { makeCaseYearPartitions } from '../../db/queries/case-partitions'
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
      ctx.log(`cases.partitions: ${first}–${last} present, ${made} made`)
    },
  })
}
