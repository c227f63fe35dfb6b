// Approved targets for the demo years. The land standards print no normative values, so
// without approved targets their indicators could not be judged at all. Order numbers start
// with DEMO- so that nobody mistakes them for real orders.
import type { Db } from '../../db/client.server'
import type { Measure } from '../../db/schema'

interface DemoTarget {
  standards: 'land' | 'farm'
  measure: Measure
  /** 0: the first demo year, 1 the second, 2 the third. */
  yearIndex: number
  value: number
  regionCode?: string
}

const LAND_FIRST_YEAR: Partial<Record<Measure, number>> = {
  on_time: 95,
  satisfied_process: 88,
  satisfied_information: 85,
  info_online: 50,
  satisfied_complaint_procedure: 80,
  satisfied_courtesy: 90,
}

const TARGETS: DemoTarget[] = [
  ...Object.entries(LAND_FIRST_YEAR).flatMap(([measure, value]) => [
    { standards: 'land' as const, measure: measure as Measure, yearIndex: 0, value: value! },
    { standards: 'land' as const, measure: measure as Measure, yearIndex: 1, value: value! + 2 },
    { standards: 'land' as const, measure: measure as Measure, yearIndex: 2, value: value! + 3 },
  ]),
  // The farm certificate has normative values; its second year's targets are a step towards them.
  { standards: 'farm', measure: 'on_time', yearIndex: 1, value: 97 },
  { standards: 'farm', measure: 'queue_wait_ok', yearIndex: 1, value: 95 },
  { standards: 'farm', measure: 'satisfied_process', yearIndex: 1, value: 92 },
  // A regional target overrides the national one for that region.
  { standards: 'farm', measure: 'on_time', yearIndex: 1, value: 95, regionCode: 'KZ-47' },
]

/** The demo targets of `years` (the demo years, first to last; a third year gets the land ones). */
export async function demoTargets(db: Db, years: number[]): Promise<number> {
  const indicators = await db
    .selectFrom('indicators')
    .select(['id', 'standardId', 'measure'])
    .execute()
  const regions = await db.selectFrom('regions').select(['id', 'code']).execute()
  let written = 0
  for (const { yearIndex, ...rest } of TARGETS) {
    // Three land years from the first demo year (with two demo years, as before: the third
    // follows the second).
    const target = { ...rest, year: years[0]! + yearIndex }
    const regionId = target.regionCode
      ? (regions.find((r) => r.code === target.regionCode)?.id ?? null)
      : null
    const matching = indicators.filter(
      (i) =>
        i.measure === target.measure &&
        (target.standards === 'farm'
          ? i.standardId === 'private-farm-certificate'
          : i.standardId !== 'private-farm-certificate'),
    )
    for (const indicator of matching) {
      const existing = await db
        .selectFrom('targets')
        .select('id')
        .where('indicatorId', '=', indicator.id)
        .where('year', '=', target.year)
        .where('status', '=', 'approved')
        .where((eb) =>
          regionId === null ? eb('regionId', 'is', null) : eb('regionId', '=', regionId),
        )
        .executeTakeFirst()
      if (existing) continue
      await db
        .insertInto('targets')
        .values({
          indicatorId: indicator.id,
          year: target.year,
          regionId,
          value: target.value,
          status: 'approved',
          comment: 'Demo data',
          proposedAt: `${target.year - 1}-12-01T09:00:00Z`,
          decidedAt: `${target.year - 1}-12-20T09:00:00Z`,
          orderNumber: `DEMO-${target.year - 1}-${target.standards === 'farm' ? 'AGRI' : 'LAND'}`,
          orderDate: `${target.year - 1}-12-20`,
        })
        .execute()
      written++
    }
  }
  return written
}
