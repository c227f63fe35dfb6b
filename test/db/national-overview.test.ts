// The national overview shows the engine's numbers: its matrix cells equal computeIndicators for
// the same filters (nation, every region), and its headline cards are the engine's counts summed
// over the standards shown — worked out here by hand from the golden fixture (test/fixtures/
// golden.ts; per-standard figures in test/db/indicators-golden.test.ts) plus a small 2024 set
// added below for the change from the previous year. Scope: a regional user gets their region
// only, an agency chair their agency's standards only.
import { beforeAll, expect, it } from 'vitest'
import { computeIndicators } from '../../app/indicators/engine.server'
import type { IndicatorQuery } from '../../app/indicators/types'
import {
  nationalOverviewPage,
  overviewExportTable,
  type NationalOverviewData,
} from '../../app/dashboards/national-overview.server'
import type { Scope } from '../../app/accounts/policy.server'
import {
  loadWriteContext,
  writeCases,
  writeComplaints,
  writeSurveys,
} from '../../app/facts/fact-writer.server'
import { FARM, LAND_LEASE, LAND_OWNERSHIP, OFFICE, writeGoldenFixture } from '../fixtures/golden'
import { describeEachEngine } from '../support/test-db'
import { translatorFor } from '../../app/i18n/messages.server'

/** Today is 23 November 2026: 2025 is a complete year, compared with the whole of 2024. */
const NOW = new Date('2026-11-23T06:00:00Z')
const ALL: Scope = { regions: 'all', standards: 'all' }
const LAND = [
  'land-private-ownership-act',
  'land-permanent-use-act',
  'land-lease-act',
  'land-free-temporary-use-act',
]

// ── 2024, added to the golden fixture: all at the Kokshetau akimat (A1, Akmola), farm
// certificate at the local executive body (10 minutes from submission) ──────────────────────────
//   Y24a  8 cases Mon 5 Feb 2024, done in 8 minutes  → on time
//   Y24b  2 cases Mon 5 Feb 2024, done in 20 minutes → late
//   Y24c  5 cases Mon 2 Sep 2024, done in 5 minutes  → on time (after 30 June)
//   10 survey answers on Mon 12 Feb 2024 to the process question: 6 yes, 4 no
//   1 justified complaint received Tue 6 Feb 2024
// 2024 as a whole: served 15, on time 13/15 = 86.67 %, satisfied 6/10 = 60 %, 1 complaint.
// 2024 up to 30 June: served 10, on time 8/10 = 80 %, satisfied 6/10, 1 complaint.
async function write2024(db: Parameters<typeof writeCases>[0]) {
  const ctx = await loadWriteContext(db)
  const block = (id: string, count: number, submitted: Date, minutes: number) =>
    Array.from({ length: count }, (_, i) => ({
      externalId: `${id}-${i + 1}`,
      standardId: FARM,
      channel: 'local_executive_body' as const,
      variant: 'standard' as const,
      officeCode: OFFICE.A1,
      submittedAt: submitted,
      completedAt: new Date(submitted.getTime() + minutes * 60_000),
      result: 'issued' as const,
      waitMinutesSubmit: 5,
      waitMinutesPickup: null,
      serviceMinutes: null,
      docsCorrect: true,
      firstTimeCorrect: true,
      suspendedFrom: null,
      suspendedTo: null,
    }))
  await writeCases(
    db,
    'golden',
    [
      ...block('Y24a', 8, new Date('2024-02-05T10:00:00+05:00'), 8),
      ...block('Y24b', 2, new Date('2024-02-05T10:00:00+05:00'), 20),
      ...block('Y24c', 5, new Date('2024-09-02T10:00:00+05:00'), 5),
    ],
    ctx,
  )
  await writeSurveys(
    db,
    'golden',
    Array.from({ length: 10 }, (_, i) => ({
      externalId: `Y24S-${i + 1}`,
      caseExternalId: null,
      standardId: FARM,
      officeCode: OFFICE.A1,
      respondedOn: '2024-02-12',
      process: i < 6,
      information: null,
      complaintProcedure: null,
      complaintTimeline: null,
      courtesy: null,
    })),
    ctx,
  )
  await writeComplaints(
    db,
    'golden',
    [
      {
        externalId: 'Y24C-1',
        standardId: FARM,
        officeCode: OFFICE.A1,
        receivedAt: new Date('2024-02-06T12:00:00+05:00'),
        justified: true,
        decidedAt: new Date('2024-02-20T10:00:00+05:00'),
        upheld: true,
        reviewTermDays: null,
      },
    ],
    ctx,
  )
}

const card = (page: NationalOverviewData, key: string) => page.cards.find((c) => c.key === key)!

describeEachEngine('national overview', (ctx) => {
  beforeAll(async () => {
    await writeGoldenFixture(ctx.db)
    await write2024(ctx.db)
  })

  /** Every cell shown equals the engine's row; a row without a value is a cell left empty. */
  async function expectCellsEqualEngine(
    page: NationalOverviewData,
    query: IndicatorQuery,
    rowCode: (scopeCode: string | null) => string | null,
  ) {
    const engine = await computeIndicators(ctx.db, query, {})
    const shown = new Set(page.columns.map((c) => c.key))
    const compared = engine.rows.filter((r) => shown.has(`${r.standard}:${r.code}`))
    expect(compared.filter((r) => r.value !== null).length).toBeGreaterThan(0)
    for (const r of compared) {
      const row = page.rows.find((x) => x.code === rowCode(r.scope.code))
      expect(row, `${r.scope.code}`).toBeDefined()
      const cell = row!.cells[`${r.standard}:${r.code}`]
      const what = `${r.scope.code} ${r.standard} ${r.code}`
      if (r.value === null) {
        expect(cell, what).toBeUndefined()
        continue
      }
      expect(cell, what).toEqual({
        value: r.value,
        status: r.status,
        numerator: r.numerator,
        denominator: r.denominator,
        ciLow: r.ciLow,
        ciHigh: r.ciHigh,
        target: r.target,
        contributing: r.coverage.contributing,
        serving: r.coverage.serving,
        lowCoverage: r.coverage.low,
      })
    }
  }

  /** A regional user of Akmola (KZ-11): every standard. */
  async function akmolaScope(): Promise<Scope> {
    const region = await ctx.db
      .selectFrom('regions')
      .select('id')
      .where('code', '=', 'KZ-11')
      .executeTakeFirstOrThrow()
    return { regions: { ids: [region.id], codes: ['KZ-11'] }, standards: 'all' }
  }

  it('opens on the latest year with cases; all standards: the chosen indicator of each standard, equal to the engine', async () => {
    const page = (await nationalOverviewPage(ctx.db, {}, 'en', NOW, ALL))!
    expect(page.year).toBe(2025)
    expect(page.asOf).toBe('2025-12-31')
    expect(page.previous).toEqual({ year: 2024, from: '2024-01-01', to: '2024-12-31' })
    // Every indicator can be chosen: 12 of the farm certificate, 6 of each land standard.
    expect(page.indicators).toHaveLength(36)
    // By default "on time" (1.1): one column per standard, each headed by the standard.
    expect(page.filters.map).toBe(`${FARM}:1.1`)
    expect(page.columns.map((c) => [c.code, c.measure])).toEqual(
      Array.from({ length: 5 }, () => ['1.1', 'on_time']),
    )
    expect(new Set(page.columns.map((c) => c.standardId)).size).toBe(5)
    // The country, then the 20 regions of 2025 (South Kazakhstan ended in 2018).
    expect(page.rows[0]!.code).toBeNull()
    expect(page.rows).toHaveLength(21)
    const base = { year: 2025, period: 'year' as const, asOf: '2025-12-31' }
    await expectCellsEqualEngine(page, base, () => null)
    await expectCellsEqualEngine(page, { ...base, by: 'region' }, (code) => code)
    // The hand-worked national 1.1: farm 217 of 236, land ownership 56 of 65
    // (indicators-golden.test.ts).
    expect(page.rows[0]!.cells[`${FARM}:1.1`]).toMatchObject({ numerator: 217, denominator: 236 })
    expect(page.rows[0]!.cells[`${LAND_OWNERSHIP}:1.1`]).toMatchObject({
      numerator: 56,
      denominator: 65,
    })
  })

  it('all standards, another indicator: its measure in each standard that has it', async () => {
    // Courtesy (5.1 everywhere): the five standards; the justified-complaint rate: the farm only.
    const courtesy = (await nationalOverviewPage(
      ctx.db,
      { year: 2025, map: `${LAND_LEASE}:5.1` },
      'en',
      NOW,
      ALL,
    ))!
    expect(courtesy.columns.map((c) => c.measure)).toEqual(
      Array.from({ length: 5 }, () => 'satisfied_courtesy'),
    )
    expect(courtesy.map!.key).toBe(`${LAND_LEASE}:5.1`)
    const base = { year: 2025, period: 'year' as const, asOf: '2025-12-31' }
    await expectCellsEqualEngine(courtesy, { ...base, by: 'region' }, (code) => code)
    const complaints = (await nationalOverviewPage(
      ctx.db,
      { year: 2025, map: `${FARM}:4.1` },
      'en',
      NOW,
      ALL,
    ))!
    expect(complaints.columns.map((c) => c.key)).toEqual([`${FARM}:4.1`])
    // Nation: 8 justified complaints of 233 cases served = 3.43 % > 1 → fails.
    expect(complaints.rows[0]!.cells[`${FARM}:4.1`]).toMatchObject({
      numerator: 8,
      denominator: 233,
      value: 3.43,
      status: 'fails',
    })
  })

  it('all standards: the cards add up the counts of the five standards, with the change from 2024', async () => {
    const page = (await nationalOverviewPage(ctx.db, { year: 2025 }, 'en', NOW, ALL))!
    // Cases served (completed, issued or refused, in 2025): farm 233 (the 4.1 denominator) +
    // land ownership 64 (L1 29, P1 15, L2 20) + permanent use 14 (LJ 8, LK 6) + lease 12 (LM).
    expect(card(page, 'served')).toMatchObject({ value: 323, previous: 15, change: 308 })
    // On time, measure 1.1: farm 217/236 + ownership 56/65 + permanent 12/14 + lease 12/12 =
    // 297/327 = 90.83 %; 2024: 13/15 = 86.67 % → +4.16 pp.
    expect(card(page, 'onTime')).toMatchObject({
      numerator: 297,
      denominator: 327,
      value: 90.83,
      previous: 86.67,
      change: 4.16,
    })
    // Satisfied with the process, measure 2.1: farm 78/85 + ownership 49/57 + lease 5/5 =
    // 132/147 = 89.80 %; 2024: 6/10 = 60 % → +29.8 pp.
    expect(card(page, 'satisfaction')).toMatchObject({
      numerator: 132,
      denominator: 147,
      value: 89.8,
      previous: 60,
      change: 29.8,
    })
    // Justified complaints received in 2025: farm C1 C2 C3 C4 C12 C5 C6 C9 (8) + the land C11
    // = 9, 9/323 = 2.79 % of cases served; 2024: 1 → +8.
    expect(card(page, 'complaints')).toMatchObject({
      value: 9,
      rate: 2.79,
      previous: 1,
      change: 8,
    })
  })

  it('one standard: the cards are that standard’s 1.1, 2.1 and 4.1 counts', async () => {
    const page = (await nationalOverviewPage(
      ctx.db,
      { year: 2025, standard: FARM },
      'en',
      NOW,
      ALL,
    ))!
    expect(page.columns).toHaveLength(12)
    await expectCellsEqualEngine(
      page,
      { year: 2025, period: 'year', standard: FARM, asOf: '2025-12-31', by: 'region' },
      (code) => code,
    )
    const engine = await computeIndicators(ctx.db, {
      year: 2025,
      period: 'year',
      standard: FARM,
      asOf: '2025-12-31',
    })
    const row = (code: string) => engine.rows.find((r) => r.code === code)!
    expect(card(page, 'onTime')).toMatchObject({
      numerator: row('1.1').numerator,
      denominator: row('1.1').denominator,
      value: row('1.1').value,
    })
    expect(card(page, 'satisfaction')).toMatchObject({
      numerator: row('2.1').numerator,
      denominator: row('2.1').denominator,
    })
    expect(card(page, 'served').value).toBe(row('4.1').denominator)
    expect(card(page, 'complaints')).toMatchObject({
      value: row('4.1').numerator,
      rate: row('4.1').value,
    })
    // By hand: 217/236 = 91.95 %, 78/85 = 91.76 %, 233 served, 8 complaints = 3.43 %.
    expect(card(page, 'onTime').value).toBe(91.95)
    expect(card(page, 'satisfaction').value).toBe(91.76)
    expect(card(page, 'served').value).toBe(233)
    expect(card(page, 'complaints')).toMatchObject({ value: 8, rate: 3.43 })
  })

  it('a year in progress is compared with the same period of the year before', async () => {
    // Today 30 June 2025: 2025 up to 30 June against 2024 up to 30 June (Y24c, 2 Sep, is out).
    const june = new Date('2025-06-30T06:00:00Z')
    const page = (await nationalOverviewPage(ctx.db, { standard: FARM }, 'en', june, ALL))!
    expect(page.year).toBe(2025)
    expect(page.asOf).toBe('2025-06-30')
    expect(page.previous.to).toBe('2024-06-30')
    // Farm 1.1 due by 30 June: Akmola 84/96 (indicators-golden.test.ts, as of June); Aktau akimat
    // F3a 60 + F3c 20 of 84 (F3b late); Aktau PSC F4a 20 of 22 (F4a' late; F4b, F4c due later)
    // → 184/202 = 91.09 %; 2024 to 30 June: 8/10 = 80 % → +11.09 pp.
    expect(card(page, 'onTime')).toMatchObject({
      numerator: 184,
      denominator: 202,
      value: 91.09,
      previous: 80,
      change: 11.09,
    })
    expect(card(page, 'served').previous).toBe(10)
  })

  it('a regional user sees their region only: no country row, no ranking, their own cards', async () => {
    const akmola = await akmolaScope()
    const page = (await nationalOverviewPage(ctx.db, { year: 2025 }, 'en', NOW, akmola))!
    expect(page.regional).toBe(true)
    expect(page.rows.map((r) => r.code)).toEqual(['KZ-11'])
    expect(page.map).toBeNull()
    expect(page.ranking).toEqual([])
    await expectCellsEqualEngine(
      page,
      { year: 2025, period: 'year', asOf: '2025-12-31', region: 'KZ-11' },
      () => 'KZ-11',
    )
    // Akmola: on time farm 87/99 + ownership 41/45 + lease 12/12 = 140/156 = 89.74 %;
    // satisfied farm 54/60 + ownership 39/45 + lease 5/5 = 98/110 = 89.09 %; served farm 97 +
    // ownership 44 (L1 29, P1 15) + lease 12 = 153; complaints farm 7 + C11 = 8 → 5.23 %.
    // The 2024 set is all in Akmola: 15 served, 13/15, 6/10, 1.
    expect(card(page, 'onTime')).toMatchObject({ numerator: 140, denominator: 156, value: 89.74 })
    expect(card(page, 'satisfaction')).toMatchObject({
      numerator: 98,
      denominator: 110,
      value: 89.09,
    })
    expect(card(page, 'served')).toMatchObject({ value: 153, previous: 15 })
    expect(card(page, 'complaints')).toMatchObject({ value: 8, rate: 5.23, previous: 1 })
    // Its downloads: the matrix of its own row; there is no ranking to download.
    const matrix = overviewExportTable(page, 'matrix', (s) => s)!
    expect(matrix.rows.map((r) => r.regionCode)).toEqual(['KZ-11'])
    expect(overviewExportTable(page, 'ranking', (s) => s)).toBeNull()
  })

  it('folded (as first opened), the matrix is one line: the regions with a failing cell, in its order', async () => {
    const open = (await nationalOverviewPage(ctx.db, { year: 2025 }, 'en', NOW, ALL))!
    const folded = (await nationalOverviewPage(ctx.db, { year: 2025 }, 'en', NOW, ALL, {
      foldMatrix: true,
    }))!
    expect(open.matrixFold).toBeNull()
    expect(folded.rows).toEqual([])
    const failing = open.rows
      .filter((r) => r.code !== null)
      .filter((r) => Object.values(r.cells).some((c) => c.status === 'fails'))
    expect(failing.length).toBeGreaterThan(0)
    expect(folded.matrixFold).toEqual({
      total: open.rows.length - 1,
      missing: failing.length,
      names: failing.slice(0, 5).map((r) => r.name),
    })
    // The rest of the page is the same: the map, the ranking and the cards.
    expect(folded.map).toEqual(open.map)
    expect(folded.ranking).toEqual(open.ranking)
    expect(folded.cards).toEqual(open.cards)
    // A regional user's matrix is their one row: never folded.
    const akmola = await akmolaScope()
    const own = (await nationalOverviewPage(ctx.db, { year: 2025 }, 'en', NOW, akmola, {
      foldMatrix: true,
    }))!
    expect(own.matrixFold).toBeNull()
    expect(own.rows.map((r) => r.code)).toEqual(['KZ-11'])
  })

  it('a regional user’s all-standards note names the chosen indicator (no empty brackets)', async () => {
    const akmola = await akmolaScope()
    const page = (await nationalOverviewPage(ctx.db, { year: 2025 }, 'kk', NOW, akmola))!
    // No map for a regional user, yet the matrix still shows one indicator in every standard: the
    // first "on time" one, 1.1 (kk short name «Мерзімінде»); the note used to print "()".
    expect(page.map).toBeNull()
    expect(page.chosenLabel).toBe(`1.1 ${translatorFor('kk').t('dashboard.measureShort.on_time')}`)
    expect(page.chosenLabel).toMatch(/^1\.1 \S/)
  })

  it('an agency chair sees their agency’s standards only, and another standard is not there', async () => {
    const chair: Scope = { regions: 'all', standards: LAND }
    expect(
      await nationalOverviewPage(ctx.db, { year: 2025, standard: FARM }, 'en', NOW, chair),
    ).toBeNull()
    const page = (await nationalOverviewPage(ctx.db, { year: 2025 }, 'en', NOW, chair))!
    expect(page.standards.map((s) => s.id).sort()).toEqual([...LAND].sort())
    expect(new Set(page.indicators.map((c) => c.standardId))).toEqual(new Set(LAND))
    expect(page.indicators).toHaveLength(24)
    // On time in each of the four land standards; the farm certificate is not there.
    expect(new Set(page.columns.map((c) => c.standardId))).toEqual(new Set(LAND))
    expect(page.columns.every((c) => c.code === '1.1')).toBe(true)
    expect(page.rows.every((r) => Object.keys(r.cells).every((k) => !k.startsWith(FARM)))).toBe(
      true,
    )
    // Land only: on time (56 + 12 + 12) / (65 + 14 + 12) = 80/91 = 87.91 %; satisfied
    // (49 + 5) / (57 + 5) = 54/62 = 87.10 %; served 64 + 14 + 12 = 90; complaints C11 = 1 → 1.11 %.
    // No land facts in 2024: nothing to compare with.
    expect(card(page, 'onTime')).toMatchObject({ numerator: 80, denominator: 91, value: 87.91 })
    expect(card(page, 'satisfaction')).toMatchObject({
      numerator: 54,
      denominator: 62,
      value: 87.1,
    })
    expect(card(page, 'served')).toMatchObject({ value: 90, previous: null, change: null })
    expect(card(page, 'complaints')).toMatchObject({ value: 1, rate: 1.11, previous: null })
  })

  it('ranks the regions by the chosen indicator and downloads the matrix and the ranking as shown', async () => {
    const page = (await nationalOverviewPage(
      ctx.db,
      { year: 2025, standard: LAND_OWNERSHIP, map: `${LAND_OWNERSHIP}:1.1` },
      'en',
      NOW,
      ALL,
    ))!
    // Land ownership 1.1: Akmola 41/45 = 91.11 %, Mangystau 15/20 = 75 %; no other region has data.
    expect(page.ranking.slice(0, 2).map((r) => [r.code, r.cell?.value])).toEqual([
      ['KZ-11', 91.11],
      ['KZ-47', 75],
    ])
    expect(page.ranking.slice(2).every((r) => (r.cell?.value ?? null) === null)).toBe(true)
    const tiles = new Map(page.map!.tiles.map((t) => [t.code, t]))
    expect(tiles.get('KZ-11')).toMatchObject({ value: 91.11, status: 'meets' })
    expect(tiles.get('KZ-47')).toMatchObject({ value: 75, status: 'fails' })
    // The tiles carry the regions' short names in the page's language.
    expect(tiles.get('KZ-11')?.short).toBe('Akmola')
    expect(tiles.get('KZ-47')?.short).toBe('Mangystau')

    const ranking = overviewExportTable(page, 'ranking', (s) => `status:${s}`)!
    expect(ranking.rows[0]).toEqual({
      rank: 1,
      regionCode: 'KZ-11',
      region: 'Akmola Region',
      value: 91.11,
      status: 'status:meets',
      numerator: 41,
      denominator: 45,
    })
    expect(ranking.rows[1]).toMatchObject({ rank: 2, regionCode: 'KZ-47', value: 75 })
    expect(ranking.rows[2]).toMatchObject({ rank: null, value: null, status: 'status:no_data' })

    const matrix = overviewExportTable(page, 'matrix', (s) => `status:${s}`)!
    expect(matrix.rows).toHaveLength(21)
    expect(matrix.rows[0]).toMatchObject({ regionCode: 'KZ', region: 'Whole country' })
    const onTime = page.columns.findIndex((c) => c.code === '1.1')
    expect(matrix.columns[2 + 2 * onTime]).toMatchObject({ label: '1.1 On time, %', percent: true })
    // Nation 56/65 = 86.15 % < national target 90 → fails.
    expect(matrix.rows[0]![`v${onTime}`]).toBe(86.15)
    expect(matrix.rows[0]![`s${onTime}`]).toBe('status:fails')

    // All standards: each column is named after its standard.
    const all = (await nationalOverviewPage(ctx.db, { year: 2025 }, 'en', NOW, ALL))!
    const allMatrix = overviewExportTable(all, 'matrix', (s) => s)!
    const farm = all.columns.findIndex((c) => c.standardId === FARM)
    expect(allMatrix.columns[2 + 2 * farm]!.label).toBe(
      'Issuance of a certificate on having a private subsidiary farm (personal subsidiary plot) — 1.1 On time, %',
    )
    expect(allMatrix.rows[0]![`v${farm}`]).toBe(91.95)
  })

  it('an unknown standard is not found', async () => {
    expect(
      await nationalOverviewPage(ctx.db, { year: 2025, standard: 'no-such' }, 'en', NOW, ALL),
    ).toBeNull()
  })
})
