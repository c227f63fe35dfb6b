// The reference data of seeds/ loaded into a fresh database, on PGlite and — with
// TEST_DATABASE_URL — on a throwaway PostgreSQL database. Every expected number below is worked
// out from the decrees' appendices, the regions' history and the calendar rules (docs/domain.md
// §4, §5, §7; seeds/README.md), not from the loader's output.
import { randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createDb, type Db } from '../../db/client.server'
import { migrateToLatest } from '../../db/migrate'
import { loadReferenceData, type ReferenceCounts } from '../../seeds/load-reference'
import { dropTestDatabase } from '../support/database-url'

interface Engine {
  name: string
  open: () => Promise<{ db: Db; close: () => Promise<void> }>
}

const engines: Engine[] = [
  {
    name: 'PGlite',
    open: async () => {
      const db = await createDb({ kind: 'pglite', dataDir: null })
      return { db, close: () => db.destroy() }
    },
  },
]
const testDatabaseUrl = process.env.TEST_DATABASE_URL
if (testDatabaseUrl) {
  engines.push({
    name: 'PostgreSQL',
    open: async () => {
      const name = `sapa_ref_${randomBytes(6).toString('hex')}`
      const admin = async (statement: string) => {
        const client = new pg.Client({ connectionString: testDatabaseUrl })
        await client.connect()
        try {
          await client.query(statement)
        } finally {
          await client.end()
        }
      }
      await admin(`create database ${name}`)
      const url = new URL(testDatabaseUrl)
      url.pathname = `/${name}`
      const db = await createDb({ kind: 'postgres', url: url.toString(), maxConnections: 4 })
      return {
        db,
        close: async () => {
          await db.destroy()
          await dropTestDatabase(testDatabaseUrl, name)
        },
      }
    },
  })
}

const TABLES = [
  'agencies',
  'channels',
  'variants',
  'standards',
  'deadline_rules',
  'indicator_groups',
  'indicators',
  'regions',
  'districts',
  'district_regions',
  'offices',
  'office_regions',
  'office_services',
  'office_listings',
  'calendar_days',
] as const

// Row counts, each derived by hand:
const EXPECTED_ROWS: Record<(typeof TABLES)[number], number> = {
  agencies: 2, // Ministry of Agriculture; Land Resources Management Agency
  channels: 3, // ЖАО, land-relations authority, PSC
  variants: 4, // standard (farm); grant, change_of_characteristics, duplicate (land)
  standards: 5,
  deadline_rules: 26, // farm 2 channels × 1 variant + 4 land standards × 2 channels × 3 variants
  indicator_groups: 25, // 5 standards × 5 groups
  indicators: 36, // farm 12 + 4 land standards × 6 (docs/domain.md §4)
  regions: 21, // 2011: 14 oblasts + Almaty, Astana; 2018: Turkistan, Shymkent; 2022: 3 oblasts
  // 196 districts and cities of oblast significance of the akimat lists + 7 Almaty and 3 Astana
  // city districts (named in the address appendices)
  districts: 206,
  // one period each (206), plus a second for every moved unit: the 15 South Kazakhstan units in
  // 2018, and in 2022 8 of Abai's 10 (Aksuat district and Kurchatov city are not in the
  // appendices) + 10 of Zhetysu + 5 of Ulytau
  district_regions: 206 + 15 + 8 + 10 + 5,
  // land app. 1: 212 land-relations bodies; land app. 6: 212 akim apparatuses (farm app. 1's 196
  // are among them); land app. 3: 27 PSCs (farm app. 2's 24 among them); 16 enterprises
  offices: 212 + 212 + 27 + 16,
  // one period per office (467), plus one per office that changed region: South Kazakhstan's 15
  // units × (department + akimat) + its PSC (Shymkent) + its 3 region-level bodies; the 23 units
  // moved in 2022 × 2 + the Semey and Taldykorgan PSCs
  office_regions: 467 + 15 * 2 + 1 + 3 + 23 * 2 + 2,
  // farm: 196 akimats (ЖАО) + 24 PSCs; each land standard: 212 authorities + 27 PSCs
  office_services: 196 + 24 + 4 * (212 + 27),
  office_listings: 2087, // every row of the address appendices
  // 149 researched rows (2010–2012, 2023–2026) + generated 2013–2022, 2027–2028: 189 holidays
  // (16 a year 2013–2021, 15 in 2022, 2027, 2028) + 47 weekend carry-overs (see the test below)
  calendar_days: 149 + 189 + 47,
}

async function tableCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of TABLES) {
    const { rows } = await sql<{
      n: number
    }>`select count(*)::int as n from ${sql.table(table)}`.execute(db)
    counts[table] = rows[0]!.n
  }
  return counts
}

async function idSnapshot(db: Db) {
  const [regions, districts, offices, indicators] = await Promise.all([
    db.selectFrom('regions').select(['id', 'code']).orderBy('id').execute(),
    db.selectFrom('districts').select(['id', 'code']).orderBy('id').execute(),
    db.selectFrom('offices').select(['id', 'code']).orderBy('id').execute(),
    db.selectFrom('indicators').select(['id', 'standardId', 'code']).orderBy('id').execute(),
  ])
  return { regions, districts, offices, indicators }
}

/** The region (ISO code) an office counted for on a day. */
async function officeRegionOn(db: Db, officeCode: string, day: string): Promise<string[]> {
  const rows = await db
    .selectFrom('officeRegions as orr')
    .innerJoin('offices as o', 'o.id', 'orr.officeId')
    .innerJoin('regions as r', 'r.id', 'orr.regionId')
    .select('r.code')
    .where('o.code', '=', officeCode)
    .where('orr.validFrom', '<=', day)
    .where((eb) => eb.or([eb('orr.validTo', 'is', null), eb('orr.validTo', '>=', day)]))
    .execute()
  return rows.map((r) => r.code)
}

/** Offices per region (ISO code) and kind on a day. */
async function officesByRegionOn(db: Db, day: string) {
  const rows = await db
    .selectFrom('officeRegions as orr')
    .innerJoin('offices as o', 'o.id', 'orr.officeId')
    .innerJoin('regions as r', 'r.id', 'orr.regionId')
    .select(['r.code', 'o.kind', sql<number>`count(*)::int`.as('n')])
    .where('orr.validFrom', '<=', day)
    .where((eb) => eb.or([eb('orr.validTo', 'is', null), eb('orr.validTo', '>=', day)]))
    .groupBy(['r.code', 'o.kind'])
    .execute()
  const out: Record<string, Record<string, number>> = {}
  for (const r of rows) (out[r.code] ??= {})[r.kind] = r.n
  return out
}

describe.each(engines)('reference data on $name', (engine) => {
  let db: Db
  let close: () => Promise<void>
  let firstCounts: ReferenceCounts
  let secondCounts: ReferenceCounts
  let rowsAfterFirst: Record<string, number>
  let rowsAfterSecond: Record<string, number>
  let idsAfterFirst: Awaited<ReturnType<typeof idSnapshot>>
  let idsAfterSecond: Awaited<ReturnType<typeof idSnapshot>>

  beforeAll(async () => {
    ;({ db, close } = await engine.open())
    await migrateToLatest(db)
    firstCounts = await loadReferenceData(db)
    rowsAfterFirst = await tableCounts(db)
    idsAfterFirst = await idSnapshot(db)
    secondCounts = await loadReferenceData(db)
    rowsAfterSecond = await tableCounts(db)
    idsAfterSecond = await idSnapshot(db)
  })
  afterAll(async () => {
    await close?.()
  })

  test('every table holds the rows worked out from the reference documents', () => {
    expect(rowsAfterFirst).toEqual(EXPECTED_ROWS)
  })

  test('seeding twice leaves identical row counts and the same ids', () => {
    expect(rowsAfterSecond).toEqual(rowsAfterFirst)
    expect(idsAfterSecond).toEqual(idsAfterFirst)
    expect(secondCounts).toEqual(firstCounts)
  })

  test('the loader reports what it loaded per table', () => {
    expect(firstCounts).toEqual({
      agencies: EXPECTED_ROWS.agencies,
      channels: EXPECTED_ROWS.channels,
      variants: EXPECTED_ROWS.variants,
      standards: EXPECTED_ROWS.standards,
      deadlineRules: EXPECTED_ROWS.deadline_rules,
      indicatorGroups: EXPECTED_ROWS.indicator_groups,
      indicators: EXPECTED_ROWS.indicators,
      regions: EXPECTED_ROWS.regions,
      districts: EXPECTED_ROWS.districts,
      districtRegions: EXPECTED_ROWS.district_regions,
      offices: EXPECTED_ROWS.offices,
      officeRegions: EXPECTED_ROWS.office_regions,
      officeServices: EXPECTED_ROWS.office_services,
      officeListings: EXPECTED_ROWS.office_listings,
      calendarDays: EXPECTED_ROWS.calendar_days,
    })
  })

  test('the farm certificate has the 12 rows of appendix 3 with their printed normative values', async () => {
    const rows = await db
      .selectFrom('indicators')
      .select(['code', 'groupSlug', 'measure', 'normativeAsPrinted', 'normativeKind'])
      .select(['normativeLow', 'normativeHigh', 'direction'])
      .where('standardId', '=', 'private-farm-certificate')
      .orderBy('position')
      .execute()
    const up = 'higher_is_better'
    // docs/domain.md §4, farm table (000:413-430): 100/90/85 are minima, 40-50 a band, 1 a maximum.
    expect(rows.map((r) => Object.values(r))).toEqual([
      ['1.1', 'timeliness', 'on_time', '100', 'min', 100, null, up],
      ['1.2', 'timeliness', 'queue_wait_ok', '100', 'min', 100, null, up],
      ['2.1', 'quality', 'satisfied_process', '100', 'min', 100, null, up],
      ['2.2', 'quality', 'docs_correct', '100', 'min', 100, null, up],
      ['3.1', 'accessibility', 'satisfied_information', '100', 'min', 100, null, up],
      ['3.2', 'accessibility', 'first_time_correct', '100', 'min', 100, null, up],
      ['3.3', 'accessibility', 'info_online', '40-50', 'band', 40, 50, up],
      ['4.1', 'complaints', 'justified_complaint_rate', '1', 'max', null, 1, 'lower_is_better'],
      ['4.2', 'complaints', 'complaints_resolved_on_time', '100', 'min', 100, null, up],
      ['4.3', 'complaints', 'satisfied_complaint_procedure', '100', 'min', 100, null, up],
      ['4.4', 'complaints', 'satisfied_complaint_timeline', '90', 'min', 90, null, up],
      ['5.1', 'courtesy', 'satisfied_courtesy', '85', 'min', 85, null, up],
    ])
  })

  test.each([
    'land-private-ownership-act',
    'land-permanent-use-act',
    'land-lease-act',
    'land-free-temporary-use-act',
  ])('%s has the 6 rows of appendix 5, all without a normative value', async (standardId) => {
    const rows = await db
      .selectFrom('indicators')
      .select(['code', 'measure', 'normativeAsPrinted', 'normativeKind', 'normativeLow'])
      .select(['normativeHigh', 'direction'])
      .where('standardId', '=', standardId)
      .orderBy('position')
      .execute()
    const blank = [null, null, null, null, 'higher_is_better']
    expect(rows.map((r) => Object.values(r))).toEqual([
      ['1.1', 'on_time', ...blank],
      ['2.1', 'satisfied_process', ...blank],
      ['3.1', 'satisfied_information', ...blank],
      ['3.2', 'info_online', ...blank],
      ['4.3', 'satisfied_complaint_procedure', ...blank],
      ['5.1', 'satisfied_courtesy', ...blank],
    ])
  })

  test('group headings are as printed per standard (ambiguity 22)', async () => {
    const rows = await db
      .selectFrom('indicatorGroups')
      .select(['standardId', 'headingKk'])
      .where('slug', 'in', ['timeliness', 'accessibility'])
      .orderBy('standardId')
      .orderBy('position')
      .execute()
    expect(rows.map((r) => `${r.standardId}: ${r.headingKk}`)).toEqual([
      'land-free-temporary-use-act: 1. Уақытылылығы',
      'land-free-temporary-use-act: 3. Қол жетімділік',
      'land-lease-act: 1. Уақтылылығы',
      'land-lease-act: 3. Қол жетімділік',
      'land-permanent-use-act: 1. Уақтылылығы',
      'land-permanent-use-act: 3. Қол жетімділік',
      'land-private-ownership-act: 1. Уақтылылығы',
      'land-private-ownership-act: 3. Қол жетімділік',
      'private-farm-certificate: 1. Уақытылылығы',
      'private-farm-certificate: 3. Қол жеткізуі',
    ])
  })

  test('OCR-damaged land indicator names are stored normalized («улемсі» → «үлесі»)', async () => {
    const row = await db
      .selectFrom('indicators')
      .select('nameKk')
      .where('standardId', '=', 'land-private-ownership-act')
      .where('code', '=', '2.1')
      .executeTakeFirstOrThrow()
    expect(row.nameKk).toBe(
      'Қызметті ұсыну үдерісінің сапасына қанағаттанған тұтынушылардың %-ы (үлесі)',
    )
  })

  test('deadline rules: farm 10 minutes at the akimat and 2 calendar days at the PSC; land 6 / 6 / 4 working days', async () => {
    const rows = await db
      .selectFrom('deadlineRules')
      .select(['standardId', 'channel', 'variant', 'termAmount', 'termUnit'])
      .select(['maxWaitMinutes', 'maxServiceMinutes'])
      .where('standardId', 'in', ['private-farm-certificate', 'land-lease-act'])
      .orderBy('standardId')
      .orderBy('channel')
      .orderBy('variant')
      .execute()
    expect(rows.map((r) => Object.values(r).join(' '))).toEqual([
      'land-lease-act land_relations_authority change_of_characteristics 6 working_days 30 30',
      'land-lease-act land_relations_authority duplicate 4 working_days 30 30',
      'land-lease-act land_relations_authority grant 6 working_days 30 30',
      'land-lease-act public_service_center change_of_characteristics 6 working_days 30 30',
      'land-lease-act public_service_center duplicate 4 working_days 30 30',
      'land-lease-act public_service_center grant 6 working_days 30 30',
      'private-farm-certificate local_executive_body standard 10 minutes 10 10',
      'private-farm-certificate public_service_center standard 2 calendar_days 10 10',
    ])
    const farmPsc = await db
      .selectFrom('deadlineRules')
      .select(['termAsPrintedKk', 'interpretationEn', 'interpretationRu', 'interpretationKk'])
      .where('standardId', '=', 'private-farm-certificate')
      .where('channel', '=', 'public_service_center')
      .executeTakeFirstOrThrow()
    expect(farmPsc.termAsPrintedKk).toBe('2 (екі) күннен аспайды')
    expect(farmPsc.interpretationEn).toMatch(/calendar days/)
    expect(farmPsc.interpretationRu).toMatch(/календарных дня/)
    expect(farmPsc.interpretationKk).toMatch(/күнтізбелік күн/)
  })

  test('standards carry their decrees, amendments, cancellation and complaint term', async () => {
    const rows = await db
      .selectFrom('standards')
      .select([
        'id',
        'agencyId',
        'decreeNumber',
        'decreeDate',
        'cancelledByNumber',
        'cancelledByDate',
      ])
      .select(['complaintReviewDays', 'amendments', 'tableTitleKk', 'notesEn'])
      .orderBy('id')
      .execute()
    const farm = rows.find((r) => r.id === 'private-farm-certificate')!
    expect(farm).toMatchObject({
      agencyId: 'ministry-of-agriculture',
      decreeNumber: '283',
      decreeDate: '2011-03-29',
      cancelledByNumber: '1542',
      cancelledByDate: '2013-12-31',
      complaintReviewDays: 30,
      tableTitleKk: 'Кесте. Тиімділік және сапалық көрсеткіштерінің мәні',
    })
    expect(farm.amendments.map((a) => [a.number, a.date])).toEqual([['2318', '2009-12-31']])
    expect(farm.notesEn).toMatch(/2 calendar days/)
    for (const land of rows.filter((r) => r.id.startsWith('land-'))) {
      expect(land).toMatchObject({
        agencyId: 'land-resources-management-agency',
        decreeNumber: '102',
        decreeDate: '2010-02-17',
        cancelledByNumber: '1392',
        cancelledByDate: '2012-11-01',
        complaintReviewDays: 30,
        tableTitleKk: 'Сапа және тиімділік көрсеткіштерінің мәні',
      })
      expect(land.amendments.map((a) => [a.number, a.date])).toEqual([
        ['545', '2011-05-19'],
        ['1429', '2011-12-01'],
      ])
    }
  })

  test('16 regions are valid in 2011 and 20 in 2025 (17 oblasts + Almaty, Astana, Shymkent)', async () => {
    const validIn = async (year: number) =>
      (
        await db
          .selectFrom('regions')
          .select('code')
          .where((eb) =>
            eb.or([eb('validFrom', 'is', null), eb('validFrom', '<=', `${year}-12-31`)]),
          )
          .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', `${year}-01-01`)]))
          .orderBy('code')
          .execute()
      ).map((r) => r.code)
    const in2011 = await validIn(2011)
    expect(in2011).toHaveLength(16)
    expect(in2011).toContain('KZ-YUZ')
    expect(in2011).not.toContain('KZ-61')
    const in2025 = await validIn(2025)
    expect(in2025).toEqual(
      [
        ...['KZ-10', 'KZ-11', 'KZ-15', 'KZ-19', 'KZ-23', 'KZ-27', 'KZ-31', 'KZ-33', 'KZ-35'],
        ...['KZ-39', 'KZ-43', 'KZ-47', 'KZ-55', 'KZ-59', 'KZ-61', 'KZ-62', 'KZ-63'],
        ...['KZ-71', 'KZ-75', 'KZ-79'],
      ].sort(),
    )
    const formed = await db
      .selectFrom('regions as r')
      .innerJoin('regions as f', 'f.id', 'r.formedFromId')
      .select(['r.code', 'f.code as from'])
      .orderBy('r.code')
      .execute()
    expect(formed.map((r) => `${r.code}←${r.from}`)).toEqual([
      'KZ-10←KZ-63',
      'KZ-33←KZ-19',
      'KZ-61←KZ-YUZ',
      'KZ-62←KZ-35',
      'KZ-79←KZ-YUZ',
    ])
    const zones = await db
      .selectFrom('regions')
      .select(['key', 'timeZone'])
      .where('timeZone', '<>', 'Asia/Almaty')
      .orderBy('key')
      .execute()
    expect(zones.map((z) => `${z.key} ${z.timeZone}`)).toEqual([
      'aktobe Asia/Aqtobe',
      'atyrau Asia/Atyrau',
      'kostanay Asia/Qostanay',
      'kyzylorda Asia/Qyzylorda',
      'mangystau Asia/Aqtau',
      'west_kazakhstan Asia/Oral',
    ])
  })

  test('a Semey office counts for East Kazakhstan on 2022-06-07 and for Abai on 2022-06-08', async () => {
    for (const code of ['KZ-10-LRD-semey-city', 'KZ-10-PSC-semey-city-2']) {
      expect(await officeRegionOn(db, code, '2011-06-01')).toEqual(['KZ-63'])
      expect(await officeRegionOn(db, code, '2022-06-07')).toEqual(['KZ-63'])
      expect(await officeRegionOn(db, code, '2022-06-08')).toEqual(['KZ-10'])
    }
    // The East Kazakhstan PSC № 2 is the Semey one: its district is Semey city.
    const psc = await db
      .selectFrom('offices as o')
      .innerJoin('districts as d', 'd.id', 'o.districtId')
      .select(['o.nameKk', 'd.nameKk as district'])
      .where('o.code', '=', 'KZ-10-PSC-semey-city-2')
      .executeTakeFirstOrThrow()
    expect(psc).toEqual({
      nameKk: 'Шығыс Қазақстан облысының № 2 Халыққа қызмет көрсету орталығы',
      district: 'Семей қаласы',
    })
  })

  test('the 2018 reform: Shymkent city to Shymkent, the rest of South Kazakhstan to Turkistan', async () => {
    expect(await officeRegionOn(db, 'KZ-79-LRD-shymkent-city', '2018-06-18')).toEqual(['KZ-YUZ'])
    expect(await officeRegionOn(db, 'KZ-79-LRD-shymkent-city', '2018-06-19')).toEqual(['KZ-79'])
    // The South Kazakhstan PSC sits in Shymkent (address), so it follows the city.
    expect(await officeRegionOn(db, 'KZ-79-PSC-shymkent-city', '2018-06-19')).toEqual(['KZ-79'])
    expect(await officeRegionOn(db, 'KZ-61-LRD-saryagash', '2018-06-18')).toEqual(['KZ-YUZ'])
    expect(await officeRegionOn(db, 'KZ-61-LRD-saryagash', '2018-06-19')).toEqual(['KZ-61'])
    // Region-level bodies follow their region's successor.
    expect(await officeRegionOn(db, 'KZ-61-AKIMAT-region', '2018-06-18')).toEqual(['KZ-YUZ'])
    expect(await officeRegionOn(db, 'KZ-61-AKIMAT-region', '2018-06-19')).toEqual(['KZ-61'])
    // … but Almaty Region's stay with Almaty Region when Zhetysu splits off in 2022.
    expect(await officeRegionOn(db, 'KZ-19-AKIMAT-region', '2023-01-01')).toEqual(['KZ-19'])
    expect(await officeRegionOn(db, 'KZ-33-PSC-taldykorgan-city', '2022-06-07')).toEqual(['KZ-19'])
    expect(await officeRegionOn(db, 'KZ-33-PSC-taldykorgan-city', '2022-06-08')).toEqual(['KZ-33'])
  })

  test('every office and district has one region on every day from 1991-12-16 on', async () => {
    for (const [table, owner] of [
      ['office_regions', 'office_id'],
      ['district_regions', 'district_id'],
    ] as const) {
      // Periods sorted by start: the first starts 1991-12-16, each next one starts the day after
      // the previous ends, only the last is open.
      const { rows } = await sql<{ bad: number }>`
        with p as (
          select ${sql.ref(owner)} as owner, valid_from, valid_to,
            lag(valid_to) over w as prev_to, row_number() over w as n,
            count(*) over (partition by ${sql.ref(owner)}) as total
          from ${sql.table(table)}
          window w as (partition by ${sql.ref(owner)} order by valid_from)
        )
        select count(*)::int as bad from p
        where (n = 1 and valid_from <> date '1991-12-16')
          or (n > 1 and valid_from <> prev_to + 1)
          or ((n = total) <> (valid_to is null))`.execute(db)
      expect(rows[0]!.bad).toBe(0)
    }
  })

  test('offices per kind and region agree with the appendix counts of the decrees', async () => {
    const in2011 = await officesByRegionOn(db, '2011-06-01')
    // land app. 1 (land-relations bodies) = land app. 6 (akim apparatuses) per region
    const lrd: Record<string, number> = {
      'KZ-11': 20, // Akmola
      'KZ-15': 14, // Aktobe
      'KZ-19': 20, // Almaty Region
      'KZ-23': 9, // Atyrau
      'KZ-63': 19, // East Kazakhstan
      'KZ-31': 12, // Zhambyl
      'KZ-27': 14, // West Kazakhstan
      'KZ-35': 19, // Karaganda
      'KZ-39': 21, // Kostanay
      'KZ-43': 9, // Kyzylorda
      'KZ-47': 8, // Mangystau
      'KZ-55': 14, // Pavlodar
      'KZ-59': 15, // North Kazakhstan
      'KZ-YUZ': 16, // South Kazakhstan
      'KZ-75': 1, // Almaty city
      'KZ-71': 1, // Astana city
    }
    // land app. 3: one PSC per oblast, two in East Kazakhstan, 7 in Almaty, 5 in Astana
    const psc = (code: string) => ({ 'KZ-63': 2, 'KZ-75': 7, 'KZ-71': 5 })[code] ?? 1
    expect(Object.keys(in2011).sort()).toEqual(Object.keys(lrd).sort())
    for (const [code, n] of Object.entries(lrd)) {
      expect(in2011[code], code).toEqual({
        land_relations_department: n,
        akimat_apparatus: n,
        public_service_center: psc(code),
        specialized_enterprise: 1,
      })
    }
    const totals = await db
      .selectFrom('offices')
      .select(['kind', sql<number>`count(*)::int`.as('n')])
      .groupBy('kind')
      .orderBy('kind')
      .execute()
    expect(totals.map((t) => `${t.kind} ${t.n}`)).toEqual([
      'akimat_apparatus 212',
      'land_relations_department 212',
      'public_service_center 27',
      'specialized_enterprise 16',
    ])
  })

  test('offices per region today follow the 2018 and 2022 reforms', async () => {
    const today = await officesByRegionOn(db, '2025-01-01')
    const total = (code: string) => Object.values(today[code] ?? {}).reduce((a, b) => a + b, 0)
    // Abai: 7 districts + Semey city × (department + akimat) + the Semey PSC
    expect(today['KZ-10']).toEqual({
      land_relations_department: 8,
      akimat_apparatus: 8,
      public_service_center: 1,
    })
    // Zhetysu: 8 districts + Taldykorgan, Tekeli × 2 + the Almaty Region PSC in Taldykorgan
    expect(today['KZ-33']).toEqual({
      land_relations_department: 10,
      akimat_apparatus: 10,
      public_service_center: 1,
    })
    // Ulytau: Zhanaarka, Ulytau, Zhezkazgan, Karazhal, Satbayev × 2
    expect(today['KZ-62']).toEqual({ land_relations_department: 5, akimat_apparatus: 5 })
    // Shymkent: its department, akimat and the South Kazakhstan PSC
    expect(today['KZ-79']).toEqual({
      land_relations_department: 1,
      akimat_apparatus: 1,
      public_service_center: 1,
    })
    // Turkistan: South Kazakhstan's 16 + 16 + PSC + enterprise, less Shymkent's 3
    expect(total('KZ-61')).toBe(34 - 3)
    // East Kazakhstan keeps 19 − 8 units × 2 + the Oskemen PSC + its enterprise
    expect(total('KZ-63')).toBe((19 - 8) * 2 + 1 + 1)
    expect(today['KZ-YUZ']).toBeUndefined()
    expect(
      Object.values(today)
        .flatMap((k) => Object.values(k))
        .reduce((a, b) => a + b, 0),
    ).toBe(467)
  })

  test('every address-appendix row is kept as a listing; the services follow the appendices', async () => {
    const listings = await db
      .selectFrom('officeListings as l')
      .innerJoin('offices as o', 'o.id', 'l.officeId')
      .select(['l.standardId', 'l.appendix', 'o.kind', sql<number>`count(*)::int`.as('n')])
      .groupBy(['l.standardId', 'l.appendix', 'o.kind'])
      .orderBy('l.standardId')
      .orderBy('l.appendix')
      .execute()
    const farm = listings.filter((l) => l.standardId === 'private-farm-certificate')
    expect(farm.map((l) => `${l.appendix} ${l.kind} ${l.n}`)).toEqual([
      '1 akimat_apparatus 196',
      '2 public_service_center 24',
    ])
    const privateOwnership = listings.filter((l) => l.standardId === 'land-private-ownership-act')
    expect(privateOwnership.map((l) => `${l.appendix} ${l.kind} ${l.n}`)).toEqual([
      '1 land_relations_department 212',
      '2 specialized_enterprise 15',
      '3 public_service_center 27',
      '6 akimat_apparatus 212',
    ])
    const services = await db
      .selectFrom('officeServices')
      .select(['standardId', 'channel', sql<number>`count(*)::int`.as('n')])
      .groupBy(['standardId', 'channel'])
      .orderBy('standardId')
      .orderBy('channel')
      .execute()
    expect(services.map((s) => `${s.standardId} ${s.channel} ${s.n}`)).toEqual([
      'land-free-temporary-use-act land_relations_authority 212',
      'land-free-temporary-use-act public_service_center 27',
      'land-lease-act land_relations_authority 212',
      'land-lease-act public_service_center 27',
      'land-permanent-use-act land_relations_authority 212',
      'land-permanent-use-act public_service_center 27',
      'land-private-ownership-act land_relations_authority 212',
      'land-private-ownership-act public_service_center 27',
      'private-farm-certificate local_executive_body 196',
      'private-farm-certificate public_service_center 24',
    ])
  })

  test('calendar: researched days as listed, 31 Aug 2026 is not a day off', async () => {
    const kinds = await db
      .selectFrom('calendarDays')
      .select(['day', 'kind'])
      .where('day', 'in', ['2025-03-24', '2025-01-05', '2025-01-03', '2026-08-31', '2026-08-30'])
      .orderBy('day')
      .execute()
    expect(kinds).toEqual([
      { day: '2025-01-03', kind: 'transfer_day_off' }, // MTSZN order 21.11.2024
      { day: '2025-01-05', kind: 'transfer_working_day' }, // the Sunday made working
      { day: '2025-03-24', kind: 'transfer_day_off' }, // Nauryz, Sat 22 Mar carried over
    ])
  })

  test('calendar: generated years follow Law 267 art. 5 and say they are derived', async () => {
    // Nauryz 2019: Thu 21, Fri 22, Sat 23 March → the Saturday is carried to Monday 25 March.
    const nauryz2019 = await db
      .selectFrom('calendarDays')
      .select(['day', 'kind', 'nameEn', 'nameRu', 'source'])
      .where('day', '>=', '2019-03-21')
      .where('day', '<=', '2019-03-31')
      .orderBy('day')
      .execute()
    expect(nauryz2019.map((d) => `${d.day} ${d.kind}`)).toEqual([
      '2019-03-21 holiday',
      '2019-03-22 holiday',
      '2019-03-23 holiday',
      '2019-03-25 transfer_day_off',
    ])
    expect(nauryz2019[3]!.nameEn).toBe('Nauryz (carried over from 2019-03-23)')
    expect(nauryz2019[3]!.source).toBe(
      'derived: Law 267 art. 5 rule (no transfer orders known for this year)',
    )
    // Per generated year: the holidays in force that year plus one day per weekend holiday
    // (weekdays from a calendar; 7 Jan and Kurban Ait carry nothing over).
    const perYear = await db
      .selectFrom('calendarDays')
      .select([
        sql<number>`extract(year from day)::int`.as('year'),
        sql<number>`count(*)::int`.as('n'),
      ])
      .where('day', '>=', '2013-01-01')
      .where('day', '<=', '2022-12-31')
      .groupBy(sql`extract(year from day)`)
      .orderBy('year')
      .execute()
    expect(perYear.map((r) => [r.year, r.n])).toEqual([
      [2013, 16 + 3], // Sat 23 Mar, Sat 6 Jul, Sun 1 Dec
      [2014, 16 + 5], // Sat 8 Mar, Sat 22 + Sun 23 Mar, Sun 6 Jul, Sat 30 Aug
      [2015, 16 + 5], // Sun 8 Mar, Sat 21 + Sun 22 Mar, Sat 9 May, Sun 30 Aug
      [2016, 16 + 4], // Sat 2 Jan, Sun 1 May, Sat 7 May, Sat 17 Dec
      [2017, 16 + 4], // Sun 1 Jan, Sun 7 May, Sat 16 + Sun 17 Dec
      [2018, 16 + 2], // Sat 1 Dec, Sun 16 Dec
      [2019, 16 + 3], // Sat 23 Mar, Sat 6 Jul, Sun 1 Dec
      [2020, 16 + 5], // Sun 8 Mar, Sat 21 + Sun 22 Mar, Sat 9 May, Sun 30 Aug
      [2021, 16 + 4], // Sat 2 Jan, Sun 21 Mar, Sat 1 May, Sun 9 May
      [2022, 15 + 4], // Sat 1 + Sun 2 Jan, Sun 1 May, Sat 7 May (no 1 Dec, 17 Dec; 25 Oct added)
    ])
    const researched = await db
      .selectFrom('calendarDays')
      .select(sql<number>`count(*)::int`.as('n'))
      .where(sql<boolean>`source not like 'derived:%'`)
      .executeTakeFirstOrThrow()
    expect(researched.n).toBe(149)
  })
})
