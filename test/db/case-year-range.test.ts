// The years a region or an office has submitted cases in (the dashboards open on the latest),
// read from the cases through each office's submission index since migration 0031 took the daily
// rollups' region and office indexes away. The golden fixture holds 2025 in Akmola (KZ-11) and
// Mangystau (KZ-47); one more case, submitted in 2023 at Kokshetau's akimat (A1, Akmola), widens
// Akmola's and A1's range only. It records no queue wait and no first-time flag: every count of
// the submission rollup is 0 for it, and the month grain keeps no such row — a reading of the
// month grain would miss that year. A withdrawn case counts in no measure: one in 2021 at A1
// leaves the ranges as they are.
import { beforeAll, expect, it } from 'vitest'
import { caseYearRange } from '../../db/queries/data-years'
import { findOfficeId, findRegionId } from '../../db/queries/indicator-context'
import { loadWriteContext, writeCases } from '../../app/facts/fact-writer.server'
import { FARM, OFFICE, writeGoldenFixture } from '../fixtures/golden'
import { NOTHING_MEASURED } from '../support/case-inputs'
import { describeEachEngine } from '../support/test-db'

const earlyCase = (externalId: string, submitted: string, result: 'issued' | 'withdrawn') => ({
  externalId,
  standardId: FARM,
  channel: 'local_executive_body' as const,
  variant: 'standard' as const,
  officeCode: OFFICE.A1,
  submittedAt: new Date(`${submitted}T10:00:00+05:00`),
  completedAt: result === 'issued' ? new Date(`${submitted}T10:05:00+05:00`) : null,
  result,
  ...NOTHING_MEASURED,
})

describeEachEngine('the years with cases', (ctx) => {
  const region = async (code: string) => ({ regionId: (await findRegionId(ctx.db, code))! })
  const office = async (code: string) => ({ officeId: (await findOfficeId(ctx.db, code))! })

  beforeAll(async () => {
    await writeGoldenFixture(ctx.db)
    await writeCases(
      ctx.db,
      'golden',
      [earlyCase('Y23-1', '2023-06-14', 'issued'), earlyCase('Y21-W', '2021-03-10', 'withdrawn')],
      await loadWriteContext(ctx.db),
    )
  })

  it('a region: from its first to its last year with a submitted case', async () => {
    expect(await caseYearRange(ctx.db, await region('KZ-11'))).toEqual({ first: 2023, last: 2025 })
    expect(await caseYearRange(ctx.db, await region('KZ-47'))).toEqual({ first: 2025, last: 2025 })
  })

  it('an office: its own cases only', async () => {
    expect(await caseYearRange(ctx.db, await office(OFFICE.A1))).toEqual({
      first: 2023,
      last: 2025,
    })
    expect(await caseYearRange(ctx.db, await office(OFFICE.P1))).toEqual({
      first: 2025,
      last: 2025,
    })
  })

  it('none for a region or an office without cases', async () => {
    // Almaty region (KZ-19) has offices but no case in the fixture.
    expect(await caseYearRange(ctx.db, await region('KZ-19'))).toBeNull()
    expect(await caseYearRange(ctx.db, await office('KZ-11-AKIMAT-stepnogor-city'))).toBeNull()
  })
})
