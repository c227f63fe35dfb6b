// The standard view shows the API's numbers: its national cards and every region's matrix cells
// equal GET /api/v1/indicators for the same standard, year and channel (golden fixture).
import { beforeAll, expect, it } from 'vitest'
import { computeIndicators } from '../../app/indicators/engine.server'
import { standardViewPage } from '../../app/dashboards/standard-view.server'
import { writeGoldenFixture } from '../fixtures/golden'
import { describeEachEngine } from '../support/test-db'

const NOW = new Date('2026-11-23T06:00:00Z')

describeEachEngine('standard view', (ctx) => {
  beforeAll(async () => {
    await writeGoldenFixture(ctx.db)
  })

  it('national cells and each region’s cells equal the engine’s rows for the same filters', async () => {
    const page = (await standardViewPage(
      ctx.db,
      { id: 'private-farm-certificate', year: 2025 },
      'en',
      NOW,
    ))!
    const nation = await computeIndicators(ctx.db, {
      year: 2025,
      period: 'year',
      standard: 'private-farm-certificate',
      asOf: '2025-12-31',
    })
    for (const row of nation.rows) {
      expect(page.nation.cells[row.code], row.code).toMatchObject({
        value: row.value,
        status: row.status,
        numerator: row.numerator,
        denominator: row.denominator,
      })
    }
    const byRegion = await computeIndicators(ctx.db, {
      year: 2025,
      period: 'year',
      standard: 'private-farm-certificate',
      asOf: '2025-12-31',
      by: 'region',
    })
    for (const row of byRegion.rows) {
      const region = page.regions.find((r) => r.code === row.scope.code)!
      expect(region.cells[row.code], `${row.scope.code} ${row.code}`).toMatchObject({
        value: row.value,
        status: row.status,
      })
    }
    // The hand-worked national 1.1 of the fixture: 217 of 236.
    expect(page.nation.cells['1.1']).toMatchObject({
      numerator: 217,
      denominator: 236,
      value: 91.95,
    })
    // 2025 has 20 regions (South Kazakhstan ended in 2018).
    expect(page.regions).toHaveLength(20)
  })

  it('ranks lower-is-better 4.1 ascending and puts regions without data last', async () => {
    const page = (await standardViewPage(
      ctx.db,
      { id: 'private-farm-certificate', year: 2025, indicator: '4.1' },
      'en',
      NOW,
    ))!
    const values = page.ranking.map((r) => r.cell?.value ?? null)
    const withData = values.filter((v): v is number => v !== null)
    expect(withData).toEqual([...withData].sort((a, b) => a - b))
    expect(values.slice(withData.length).every((v) => v === null)).toBe(true)
    // The fixture has farm cases in Akmola and Mangystau only.
    expect(withData).toHaveLength(2)
  })

  it('a year in progress: the national values are compared with the same period of the year before', async () => {
    // Today 1 March 2026. The country's farm-certificate 1.1 so far: F2f (due 5 Jan 2026, open)
    // → 0 / 1. 2025 up to 1 March: Akmola's February deadlines only, 79 / 89 = 88.76 % (Mangystau's
    // first are due 12 March); the whole of 2025 would be 217 / 236 = 91.95 %.
    const page = (await standardViewPage(
      ctx.db,
      { id: 'private-farm-certificate', year: 2026 },
      'en',
      new Date('2026-03-01T06:00:00Z'),
    ))!
    expect(page.asOf).toBe('2026-03-01')
    expect(page.nation.cells['1.1']).toMatchObject({ numerator: 0, denominator: 1, value: 0 })
    expect(page.indicators.find((i) => i.code === '1.1')!.nationPrevious).toBe(88.76)
  })

  it('says which edition the year follows: decree No. 283’s table, continued after its cancellation by No. 1542', async () => {
    const page = (await standardViewPage(
      ctx.db,
      { id: 'private-farm-certificate', year: 2025 },
      'en',
      NOW,
    ))!
    // The only edition ran 29.03.2011–31.12.2013; 1 January 2025 is after it, so its table is
    // continued (no successor loaded), and no other edition starts within 2025.
    expect(page.edition).toMatchObject({
      number: 1,
      validFrom: '2011-03-29',
      validTo: '2013-12-31',
      cancelledBy: { number: '1542', date: '2013-12-31' },
      standing: 'continued',
      spans: [1],
    })
    expect(page.edition!.act).toContain('No. 283')
  })

  it('is null for an unknown standard', async () => {
    expect(
      await standardViewPage(ctx.db, { id: 'no-such-standard', year: 2025 }, 'en', NOW),
    ).toBeNull()
  })
})
