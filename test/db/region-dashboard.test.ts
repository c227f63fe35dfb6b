// The region dashboard, the office view and the drill-down show the engine's numbers: on the golden
// fixture (test/fixtures/golden.ts) their cards, months, districts, offices and channels equal
// computeIndicators for the same filters, and the cases they list are exactly the ones counted —
// worked out by hand below. Runs on PGlite, and on PostgreSQL too when TEST_DATABASE_URL is set.
//
// ── Farm certificate (F), Akmola (KZ-11), 2025, as of 31 December ─────────────────────────────
// 1.1 on_time, by deadline day (golden.ts blocks):
//   A1 (Kokshetau akimat, local executive body): F1a 40 + F1c 5 + F1e 1 on time, F1b 5 late by
//      5 minutes (10:15 against 10:10) → 46 / 51, all due in February.
//   P1 (Kokshetau PSC): Feb — F2a 30 on time, F2b 4 late (due Wed 5 Feb, done Thu 6 Feb 10:00),
//      F2c 3 on time, F2c' 1 late (due Mon 17 Feb, done Tue 18 Feb 10:00); Mar — F2d 5 on time;
//      Jun — F2e 2 still open past their deadline (Wed 4 Jun); Jul — F2g 3 on time; F2f is due in
//      2026 → 41 / 48.
//   Akmola: 87 / 99 = 87.88 % ≥ its own approved target 85 → meets; 12 cases not on time.
//   By month: Feb (46 + 33) 79 / (51 + 38) 89 = 88.76 %, Mar 5/5, Jun 0/2 = 0.00 % (a real zero:
//      two cases were due), Jul 3/3; every other month no data (null, not 0).
//   Both offices are in the district KZ-11-kokshetau-city: that district is 87 / 99; the region
//   akimat (no district) serves the farm certificate but has no case → a row "region-level
//   offices" with no data.
//   Channels: public service center = P1 41/48 = 85.42 %, local executive body = A1 46/51 =
//      90.20 % → difference −4.78 pp.
//   The 12 late cases, latest first (days from the deadline day to the completion day, or to the
//   as-of date while open): F2e ×2 open since 4 Jun → 210 days (26 + 31 + 31 + 30 + 31 + 30 + 31);
//   F2c' (1 day, due 17 Feb) and F2b ×4 (1 day, due 5 Feb) — 600 minutes late each, the later
//   deadline first; F1b ×5 → 0 days, 5 minutes.
// Other case measures (golden test's per-office counts):
//   1.2 queue at P1: 45 / 49 — the 4 F2b cases waited 15 minutes at pickup (max 10).
//   2.2 documents at A1: 45 / 50 — the 5 F1b cases were processed wrongly.
//   3.2 first time right in Akmola: 90 / 95 — the 5 F1c refusals were not submitted correctly.
// 2024 has no cases, surveys or complaints: the previous value of every case, survey and
// complaint card is null; 3.3 (information online) is 0 of the 21 serving offices.
import { beforeAll, expect, it } from 'vitest'
import { countMeasureCases, listMeasureCases } from '../../db/queries/case-lists'
import { findOfficeId, findRegionId } from '../../db/queries/indicator-context'
import { drillDown } from '../../app/dashboards/drill-down.server'
import { computeIndicators } from '../../app/indicators/engine.server'
import type { IndicatorQuery } from '../../app/indicators/types'
import { officeView } from '../../app/dashboards/office-view.server'
import { AccessDenied, dataAccessOf, scopeOf, type Scope } from '../../app/accounts/policy.server'
import { regionDashboard, regionExport } from '../../app/dashboards/region-dashboard.server'
import { tableCsv } from '../../app/exports/table-export.server'
import { FARM, LAND_OWNERSHIP, OFFICE, writeGoldenFixture } from '../fixtures/golden'
import { describeEachEngine } from '../support/test-db'

const NOW = new Date('2026-11-23T06:00:00Z')
const ALL: Scope = { regions: 'all', standards: 'all' }
const AS_OF = '2025-12-31'

const engineRows = (db: Parameters<typeof computeIndicators>[0], q: Partial<IndicatorQuery>) =>
  computeIndicators(db, {
    year: 2025,
    period: 'year',
    asOf: AS_OF,
    standard: FARM,
    ...q,
  } as IndicatorQuery)

describeEachEngine('region dashboard', (ctx) => {
  let akmola: Scope
  beforeAll(async () => {
    await writeGoldenFixture(ctx.db)
    const regionId = (await findRegionId(ctx.db, 'KZ-11'))!
    akmola = scopeOf({
      id: 1,
      email: 'qc@test',
      name: 'QC',
      role: 'regional_qc',
      regionId,
      regionCode: 'KZ-11',
      agencyId: null,
    })
  })

  it('cards, months, districts, offices and channels equal computeIndicators for the same filters', async () => {
    const view = (await regionDashboard(
      ctx.db,
      'KZ-11',
      { standard: FARM, year: 2025 },
      'en',
      NOW,
      ALL,
    ))!
    const d = view.dashboard!
    const year = await engineRows(ctx.db, { region: 'KZ-11' })
    const before = await engineRows(ctx.db, { region: 'KZ-11', year: 2024, asOf: '2024-12-31' })
    expect(d.cards.map((c) => c.code)).toEqual(year.rows.map((r) => r.code))
    for (const row of year.rows) {
      const card = d.cards.find((c) => c.code === row.code)!
      expect(card.cell, row.code).toMatchObject({
        value: row.value,
        status: row.status,
        numerator: row.numerator,
        denominator: row.denominator,
        ciLow: row.ciLow,
        ciHigh: row.ciHigh,
      })
      expect(card.cell.target).toBe(row.target)
      expect(card.previous).toBe(before.rows.find((r) => r.code === row.code)!.value)
    }
    const months = await engineRows(ctx.db, { region: 'KZ-11', period: 'month' })
    for (const row of months.rows) {
      const point = d.cards
        .find((c) => c.code === row.code)!
        .series.find((m) => m.month === row.period)!
      expect(point, `${row.code} ${row.period}`).toMatchObject({
        value: row.value,
        numerator: row.numerator,
        denominator: row.denominator,
      })
    }
    for (const [by, table] of [
      ['district', d.districts.rows],
      ['office', d.offices.rows],
    ] as const) {
      const engine = await engineRows(ctx.db, { region: 'KZ-11', by })
      for (const row of engine.rows) {
        const unit = table.find((u) => u.code === row.scope.code)!
        expect(unit.cells[row.code], `${by} ${row.scope.code} ${row.code}`).toMatchObject({
          value: row.value,
          status: row.status,
          numerator: row.numerator,
          denominator: row.denominator,
        })
      }
      expect(table).toHaveLength(new Set(engine.rows.map((r) => r.scope.code)).size)
    }
    for (const channel of ['public_service_center', 'local_executive_body'] as const) {
      const engine = await engineRows(ctx.db, { region: 'KZ-11', channel })
      for (const row of engine.rows) {
        const cell = d.comparison.rows.find((r) => r.code === row.code)!.cells[channel]
        expect(cell, `${channel} ${row.code}`).toMatchObject({
          value: row.value,
          numerator: row.numerator,
          denominator: row.denominator,
        })
      }
    }
  })

  it('shows the hand-worked 1.1 of Akmola, its months, districts, offices and channels', async () => {
    const view = (await regionDashboard(
      ctx.db,
      'KZ-11',
      { standard: FARM, year: 2025 },
      'en',
      NOW,
      ALL,
    ))!
    const d = view.dashboard!
    const onTime = d.cards.find((c) => c.code === '1.1')!
    expect(onTime.cell).toMatchObject({
      numerator: 87,
      denominator: 99,
      value: 87.88,
      status: 'meets',
    })
    expect(onTime.cell.target).toBe(85)
    // 2024 has no cases: no previous value, no change. 3.3 is counted over the serving offices:
    // 0 of 21 published in 2024 (the fixture's 2024 record is Mangystau's) → 0.00 %, so the
    // change is a real +38.10 points (8/21 = 38.10 % in 2025).
    expect([onTime.previous, onTime.change]).toEqual([null, null])
    const online = d.cards.find((c) => c.code === '3.3')!
    expect([online.cell.value, online.previous, online.change]).toEqual([38.1, 0, 38.1])
    expect(onTime.series.map((m) => m.value)).toEqual([
      null,
      88.76,
      100,
      null,
      null,
      0,
      100,
      null,
      null,
      null,
      null,
      null,
    ])
    expect(onTime.series[1]).toMatchObject({ numerator: 79, denominator: 89 })
    // The Kokshetau district holds both offices; the region akimat has no district and no data.
    const kokshetau = d.districts.rows.find((r) => r.code === 'KZ-11-kokshetau-city')!
    expect(kokshetau.cells['1.1']).toMatchObject({ numerator: 87, denominator: 99 })
    const regionLevel = d.districts.rows.find((r) => r.code === null)!
    expect(regionLevel.name).toBe('Region-level offices')
    expect(regionLevel.cells['1.1']).toMatchObject({ value: null, status: 'no_data' })
    expect(d.offices.rows.find((r) => r.code === OFFICE.A1)!.cells['1.1']).toMatchObject({
      numerator: 46,
      denominator: 51,
      value: 90.2,
    })
    expect(d.offices.rows.find((r) => r.code === OFFICE.P1)!.cells['1.1']).toMatchObject({
      numerator: 41,
      denominator: 48,
      value: 85.42,
    })
    const channels = d.comparison.rows.find((r) => r.code === '1.1')!
    expect(d.comparison.channels.map((c) => c.code)).toEqual([
      'public_service_center',
      'local_executive_body',
    ])
    expect(channels.cells.public_service_center!.value).toBe(85.42)
    expect(channels.cells.local_executive_body!.value).toBe(90.2)
    expect(channels.difference).toBe(-4.78)
  })

  it('lists the 12 late and open-overdue cases of 1.1 (= denominator − numerator), worst first', async () => {
    const view = (await regionDashboard(
      ctx.db,
      'KZ-11',
      { standard: FARM, year: 2025 },
      'en',
      NOW,
      ALL,
    ))!
    const late = view.dashboard!.late!
    expect(late.total).toBe(99 - 87)
    expect(late.rows).toHaveLength(12)
    expect(late.rows.map((r) => r.externalId.replace(/-\d+$/, ''))).toEqual([
      'F2e',
      'F2e',
      "F2c'",
      'F2b',
      'F2b',
      'F2b',
      'F2b',
      'F1b',
      'F1b',
      'F1b',
      'F1b',
      'F1b',
    ])
    expect(late.rows[0]).toMatchObject({
      daysLate: 210,
      completedAt: null,
      dueAt: '2025-06-04 23:59',
      result: 'in_progress',
    })
    expect(late.rows[2]).toMatchObject({ daysLate: 1, minutesLate: 600, dueAt: '2025-02-17 23:59' })
    expect(late.rows[11]).toMatchObject({
      daysLate: 0,
      minutesLate: 5,
      submittedAt: '2025-02-03 10:00',
      dueAt: '2025-02-03 10:10',
      completedAt: '2025-02-03 10:15',
      officeCode: OFFICE.A1,
    })
    // The same list from the cases table equals the engine's rest of 1.1.
    const regionId = (await findRegionId(ctx.db, 'KZ-11'))!
    const scope = {
      measure: 'on_time' as const,
      standardId: FARM,
      from: '2025-01-01',
      to: AS_OF,
      regionId,
    }
    expect(await countMeasureCases(ctx.db, scope)).toEqual({ numerator: 87, denominator: 99 })
  })

  it('a survey drill-down fills {minAnswers} in every language and says it in plain words first', async () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const drill = (await drillDown(
        ctx.db,
        { standard: FARM, code: '3.1' },
        { year: 2025, region: 'KZ-11' },
        lang,
        NOW,
        {},
      ))!
      expect(drill.indicator.source).toBe('surveys')
      const texts = [drill.definition.plain, ...drill.definition.notes]
      for (const text of texts) expect(text, lang).not.toMatch(/[{}]/)
      // The minimum for a survey status is 30 answers (app/domain/measures.ts, docs/domain.md).
      expect(
        drill.definition.notes.some((note) => /\b30\b/.test(note)),
        lang,
      ).toBe(true)
      // The plain sentence names no data column (`…`); the columns stay in the analysts' part.
      expect(drill.definition.plain).not.toMatch(/`|_/)
    }
  })

  it('drill-down case lists agree with the numerator and denominator, page by page', async () => {
    const drill = (await drillDown(
      ctx.db,
      { standard: FARM, code: '1.1' },
      { year: 2025, region: 'KZ-11', cases: 'denominator' },
      'en',
      NOW,
      {},
    ))!
    expect(drill.row).toMatchObject({ numerator: 87, denominator: 99, value: 87.88 })
    expect(drill.cases!.counts).toEqual({ numerator: 87, denominator: 99 })
    // 99 cases in pages of 50: 50 + 49, each case once.
    expect(drill.cases!.list).toMatchObject({ total: 99, pages: 2, page: 1 })
    expect(drill.cases!.list.rows).toHaveLength(50)
    const second = (await drillDown(
      ctx.db,
      { standard: FARM, code: '1.1' },
      { year: 2025, region: 'KZ-11', cases: 'denominator', page: 2 },
      'en',
      NOW,
      {},
    ))!
    expect(second.cases!.list.rows).toHaveLength(49)
    const ids = new Set(
      [...drill.cases!.list.rows, ...second.cases!.list.rows].map((r) => r.externalId),
    )
    expect(ids.size).toBe(99)
    const numerator = (await drillDown(
      ctx.db,
      { standard: FARM, code: '1.1' },
      { year: 2025, region: 'KZ-11', cases: 'numerator' },
      'en',
      NOW,
      {},
      { pageSize: 200 },
    ))!
    expect(numerator.cases!.list.rows).toHaveLength(87)
    expect(numerator.cases!.list.rows.every((r) => r.daysLate === null)).toBe(true)
  })

  it('counts each case measure from the cases, as the engine does (month, office, channel)', async () => {
    const kz11 = (await findRegionId(ctx.db, 'KZ-11'))!
    const p1 = (await findOfficeId(ctx.db, OFFICE.P1))!
    const a1 = (await findOfficeId(ctx.db, OFFICE.A1))!
    const year = { standardId: FARM, from: '2025-01-01', to: AS_OF }
    // February's 1.1 in Akmola: 79 / 89; the 10 not on time are F1b 5, F2b 4 and F2c' 1.
    const feb = {
      ...year,
      measure: 'on_time' as const,
      from: '2025-02-01',
      to: '2025-02-28',
      regionId: kz11,
    }
    expect(await countMeasureCases(ctx.db, feb)).toEqual({ numerator: 79, denominator: 89 })
    const febLate = await listMeasureCases(ctx.db, {
      ...feb,
      subset: 'rest',
      asOf: AS_OF,
      sort: 'id',
      dir: 'asc',
      limit: 50,
      offset: 0,
    })
    expect(febLate.map((r) => r.externalId.replace(/-\d+$/, '')).sort()).toEqual(
      ['F1b', 'F1b', 'F1b', 'F1b', 'F1b', 'F2b', 'F2b', 'F2b', 'F2b', "F2c'"].sort(),
    )
    // 1.2 at P1: 45 / 49, the 4 F2b cases waited 15 minutes at pickup.
    const queue = { ...year, measure: 'queue_wait_ok' as const, officeId: p1 }
    expect(await countMeasureCases(ctx.db, queue)).toEqual({ numerator: 45, denominator: 49 })
    const waits = await listMeasureCases(ctx.db, {
      ...queue,
      subset: 'rest',
      asOf: AS_OF,
      sort: 'wait',
      dir: 'desc',
      limit: 50,
      offset: 0,
    })
    expect(
      waits.map((r) => [r.externalId.slice(0, 3), r.waitMinutesPickup, r.maxWaitMinutes]),
    ).toEqual(Array(4).fill(['F2b', 15, 10]))
    // 2.2 at A1: 45 / 50; 3.2 in Akmola: 90 / 95; 1.1 on the akimat channel: 46 / 51.
    expect(
      await countMeasureCases(ctx.db, { ...year, measure: 'docs_correct', officeId: a1 }),
    ).toEqual({ numerator: 45, denominator: 50 })
    expect(
      await countMeasureCases(ctx.db, { ...year, measure: 'first_time_correct', regionId: kz11 }),
    ).toEqual({ numerator: 90, denominator: 95 })
    expect(
      await countMeasureCases(ctx.db, {
        ...year,
        measure: 'on_time',
        regionId: kz11,
        channel: 'local_executive_body',
      }),
    ).toEqual({ numerator: 46, denominator: 51 })
    // …and each equals the engine's row for the same filters.
    for (const [measure, code, q] of [
      ['queue_wait_ok', '1.2', { office: OFFICE.P1 }],
      ['docs_correct', '2.2', { office: OFFICE.A1 }],
      ['first_time_correct', '3.2', { region: 'KZ-11' }],
    ] as const) {
      const row = (await engineRows(ctx.db, q)).rows.find((r) => r.code === code)!
      const counted = await countMeasureCases(ctx.db, {
        ...year,
        measure,
        regionId: 'region' in q ? kz11 : undefined,
        officeId: 'office' in q ? (await findOfficeId(ctx.db, q.office))! : undefined,
      })
      expect(counted, code).toEqual({ numerator: row.numerator, denominator: row.denominator })
    }
  })

  it('applies the access scope in SQL too: a regional user lists nothing of another region', async () => {
    const access = dataAccessOf(akmola)
    const kz47 = (await findRegionId(ctx.db, 'KZ-47'))!
    const scope = {
      measure: 'on_time' as const,
      standardId: LAND_OWNERSHIP,
      from: '2025-01-01',
      to: AS_OF,
      regionId: kz47,
    }
    // Mangystau's land ownership 1.1 is LI: 15 / 20 — for everyone but a user limited to Akmola.
    expect(await countMeasureCases(ctx.db, scope)).toEqual({ numerator: 15, denominator: 20 })
    expect(
      await countMeasureCases(ctx.db, { ...scope, allowedRegionIds: access.regionIds }),
    ).toEqual({ numerator: 0, denominator: 0 })
  })

  it('the office view shows the office’s engine numbers and its late cases; another region’s office is refused', async () => {
    const view = (await officeView(ctx.db, OFFICE.P1, { standard: FARM }, 'ru', NOW, akmola))!
    expect(view.year).toBe(2025)
    const d = view.dashboard!
    const engine = await engineRows(ctx.db, { office: OFFICE.P1 })
    for (const row of engine.rows) {
      expect(d.cards.find((c) => c.code === row.code)!.cell, row.code).toMatchObject({
        value: row.value,
        numerator: row.numerator,
        denominator: row.denominator,
        status: row.status,
      })
    }
    // P1: 41 / 48 → 7 not on time: F2e ×2 open, F2c' 1, F2b ×4.
    expect(d.late!.total).toBe(7)
    expect(d.late!.rows.map((r) => r.externalId.replace(/-\d+$/, ''))).toEqual([
      'F2e',
      'F2e',
      "F2c'",
      'F2b',
      'F2b',
      'F2b',
      'F2b',
    ])
    await expect(
      officeView(ctx.db, OFFICE.P2, { standard: FARM, year: 2025 }, 'en', NOW, akmola),
    ).rejects.toBeInstanceOf(AccessDenied)
  })

  it('a year in progress is compared with the same period of the year before, region and office alike', async () => {
    // Today is Sunday 1 March 2026 (11:00 in Kokshetau): 2026 is counted to 1 March and compared
    // with 2025 up to 1 March, not with the whole of 2025.
    const march = new Date('2026-03-01T06:00:00Z')
    // 2026 so far: the one farm-certificate case due in 2026 is F2f at P1 (due Mon 5 Jan 2026,
    // still open) → late: 0 / 1 = 0.00 %, in Akmola and at P1.
    // 2025 up to 1 March: only the February deadlines (F2d is due 11 March) —
    //   Akmola: A1 46 / 51 + P1 33 / 38 (F2a 30 + F2c 3 on time; F2b 4 + F2c' 1 late) = 79 / 89
    //           = 88.76 % (the whole of 2025 would be 87 / 99 = 87.88 %);
    //   P1:     33 / 38 = 86.84 % (the whole of 2025 would be 41 / 48 = 85.42 %).
    const region = (await regionDashboard(
      ctx.db,
      'KZ-11',
      { standard: FARM, year: 2026 },
      'en',
      march,
      ALL,
    ))!
    expect(region.asOf).toBe('2026-03-01')
    const regionOnTime = region.dashboard!.cards.find((c) => c.code === '1.1')!
    expect(regionOnTime.cell).toMatchObject({ numerator: 0, denominator: 1, value: 0 })
    // 0.00 − 88.76 = −88.76 points.
    expect([regionOnTime.previous, regionOnTime.change]).toEqual([88.76, -88.76])

    const office = (await officeView(
      ctx.db,
      OFFICE.P1,
      { standard: FARM, year: 2026 },
      'en',
      march,
      ALL,
    ))!
    const officeOnTime = office.dashboard!.cards.find((c) => c.code === '1.1')!
    expect(officeOnTime.cell).toMatchObject({ numerator: 0, denominator: 1, value: 0 })
    // 0.00 − 86.84 = −86.84 points.
    expect([officeOnTime.previous, officeOnTime.change]).toEqual([86.84, -86.84])
  })

  it('exports the tables the page shows, with the late cases unpaged', async () => {
    const offices = (await regionExport(
      ctx.db,
      'KZ-11',
      { standard: FARM, year: 2025 },
      'offices',
      'en',
      NOW,
      ALL,
    ))!
    const a1 = offices.rows.find((r) => r.unitCode === OFFICE.A1)!
    expect([a1['1.1:value'], a1['1.1:numerator'], a1['1.1:denominator']]).toEqual([90.2, 46, 51])
    const late = (await regionExport(
      ctx.db,
      'KZ-11',
      { standard: FARM, year: 2025 },
      'late',
      'kk',
      NOW,
      ALL,
    ))!
    expect(late.rows).toHaveLength(12)
    expect(late.rows[0]).toMatchObject({ daysLate: 210, result: 'орындалуда' })
    const monthly = (await regionExport(
      ctx.db,
      'KZ-11',
      { standard: FARM, year: 2025 },
      'monthly',
      'en',
      NOW,
      ALL,
    ))!
    expect(monthly.rows.find((r) => r.code === '1.1' && r.month === '2025-06')).toMatchObject({
      value: 0,
      numerator: 0,
      denominator: 2,
    })
  })

  it('the indicator table for Excel in Russian: headers name their years, numbers have a decimal comma', async () => {
    // 2026 as of 1 March (as in the test above): 1.1 Akmola 0 / 1 = 0 %, the same period of 2025
    // 79 / 89 = 88.76 %, change 0 − 88.76 = −88.76 points.
    const march = new Date('2026-03-01T06:00:00Z')
    const table = (await regionExport(
      ctx.db,
      'KZ-11',
      { standard: FARM, year: 2026 },
      'indicators',
      'ru',
      march,
      ALL,
    ))!
    const labels = table.columns.map((c) => c.label)
    expect(labels).toContain('Значение за 2026, %')
    expect(labels).toContain('Значение за тот же период 2025, %')
    expect(labels).toContain('Изменение к 2025, процентных пунктов')
    expect(labels.join()).not.toMatch(/−1/)
    const lines = tableCsv(table, 'csv-excel').split('\r\n')
    const header = lines[0]!.split(';')
    const onTime = lines.find((l) => l.startsWith('1.1;'))!.split(';')
    const at = (label: string) => onTime[header.indexOf(label)]
    expect(at('Значение за 2026, %')).toBe('0')
    expect(at('Значение за тот же период 2025, %')).toBe('88,76')
    expect(at('Изменение к 2025, процентных пунктов')).toBe('-88,76')
  })
})
