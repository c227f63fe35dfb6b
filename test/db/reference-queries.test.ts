// The reference and overview queries on a hand-made fixture: two regions, a district (with its
// office) moved from one to the other on 2022-06-08 — as Aksu district moved from Almaty Region
// to the new Zhetysu Region — and one standard with two channels and two indicators. Runs on
// PGlite, and on PostgreSQL too when TEST_DATABASE_URL is set (a throwaway database).
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createDb, type Db } from '../../db/client.server'
import { migrateToLatest } from '../../db/migrate'
import { makeCaseYearPartitions } from '../../db/queries/case-partitions'
import { casesPerStandardYear, factTotals, referenceCounts } from '../../db/queries/overview'
import { dropTestDatabase } from '../support/database-url'
import {
  findRegion,
  findStandard,
  listDeadlineRules,
  listIndicatorGroups,
  listIndicators,
  listOffices,
  listRegionDistricts,
  listRegions,
  listStandards,
} from '../../db/queries/reference'

const engines = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']

interface Opened {
  db: Db
  close: () => Promise<void>
}

async function openDatabase(engine: string): Promise<Opened> {
  if (engine === 'pglite') {
    const db = await createDb({ kind: 'pglite', dataDir: null })
    return { db, close: () => db.destroy() }
  }
  const url = process.env.TEST_DATABASE_URL!
  const name = `sapa_q_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const target = new URL(url)
  target.pathname = `/${name}`
  const db = await createDb({ kind: 'postgres', url: target.toString(), maxConnections: 2 })
  return {
    db,
    close: async () => {
      await db.destroy()
      await dropTestDatabase(url, name)
    },
  }
}

const STANDARD = 'test-farm-certificate'

async function insertFixture(db: Db) {
  await db
    .insertInto('agencies')
    .values({
      id: 'agriculture',
      nameKk: 'Ауыл шаруашылығы министрлігі',
      nameRu: 'Министерство сельского хозяйства',
      nameEn: 'Ministry of Agriculture',
      approverKk: 'Ауыл шаруашылығы министрі',
      approverRu: 'Министр сельского хозяйства',
      approverEn: 'Minister of Agriculture',
    })
    .execute()
  await db
    .insertInto('standards')
    .values({
      id: STANDARD,
      nameKk: 'Жеке қосалқы шаруашылықтың болуы туралы анықтама беру',
      nameRu: 'Выдача справки о наличии личного подсобного хозяйства',
      nameEn: 'Issuance of a certificate on having a private subsidiary farm',
      agencyId: 'agriculture',
      decreeNumber: '283',
      decreeDate: '2011-03-29',
      amendments: JSON.stringify([{ number: '545', date: '2011-05-19', what_en: 'restated' }]),
      cancelledByNumber: '1542',
      cancelledByDate: '2013-12-31',
      tableTitleKk: 'Кесте. Тиімділік және сапалық көрсеткіштерінің мәні',
      source: 'fixture',
    })
    .execute()
  await db
    .insertInto('channels')
    .values([
      {
        code: 'public_service_center',
        nameKk: 'Халыққа қызмет көрсету орталығы',
        nameRu: 'Центр обслуживания населения',
        nameEn: 'Public Service Center',
      },
      {
        code: 'local_executive_body',
        nameKk: 'Жергілікті атқарушы орган',
        nameRu: 'Местный исполнительный орган',
        nameEn: 'Local executive body',
      },
    ])
    .execute()
  await db
    .insertInto('variants')
    .values({ code: 'standard', nameKk: 'Негізгі', nameRu: 'Основной', nameEn: 'Standard' })
    .execute()
  // Inserted PSC first: the query must still list the akimat channel first (printed order).
  await db
    .insertInto('deadlineRules')
    .values([
      {
        standardId: STANDARD,
        channel: 'public_service_center',
        variant: 'standard',
        termAmount: 2,
        termUnit: 'calendar_days',
        maxWaitMinutes: 10,
        maxServiceMinutes: 10,
        termAsPrintedKk: '2 (екі) күннен аспайды',
        interpretationEn: 'No unit in the source: read as calendar days.',
        interpretationRu: null,
        interpretationKk: null,
        source: 'fixture',
      },
      {
        standardId: STANDARD,
        channel: 'local_executive_body',
        variant: 'standard',
        termAmount: 10,
        termUnit: 'minutes',
        maxWaitMinutes: 10,
        maxServiceMinutes: 10,
        termAsPrintedKk: 'өтініш берілген сәттен бастап ұсынылады',
        interpretationEn: null,
        interpretationRu: null,
        interpretationKk: null,
        source: 'fixture',
      },
    ])
    .execute()
  await db
    .insertInto('indicatorGroups')
    .values([
      {
        standardId: STANDARD,
        slug: 'timeliness',
        position: 1,
        headingKk: '1. Уақытылылығы',
        headingRu: '1. Своевременность',
        headingEn: '1. Timeliness',
      },
      {
        standardId: STANDARD,
        slug: 'complaints',
        position: 4,
        headingKk: '4. Шағымдану үдерісі',
        headingRu: '4. Процесс обжалования',
        headingEn: '4. Complaints',
      },
    ])
    .execute()
  await db
    .insertInto('indicators')
    .values([
      {
        standardId: STANDARD,
        code: '4.1',
        position: 8,
        groupSlug: 'complaints',
        nameKk: 'негізделген шағымдардың %-ы (үлесі)',
        nameRu: 'Доля обоснованных жалоб',
        nameEn: 'Share of justified complaints',
        measure: 'justified_complaint_rate',
        normativeAsPrinted: '1',
        normativeKind: 'max',
        normativeLow: null,
        normativeHigh: 1,
        direction: 'lower_is_better',
        source: 'fixture',
      },
      {
        standardId: STANDARD,
        code: '1.1',
        position: 1,
        groupSlug: 'timeliness',
        nameKk: 'белгіленген мерзімде қызметті ұсыну жағдайларының %-ы (үлесі)',
        nameRu: 'Доля случаев оказания услуги в установленный срок',
        nameEn: 'Share of cases served within the term',
        measure: 'on_time',
        normativeAsPrinted: '100',
        normativeKind: 'min',
        normativeLow: 100,
        normativeHigh: null,
        direction: 'higher_is_better',
        source: 'fixture',
      },
    ])
    .execute()

  const almaty = await db
    .insertInto('regions')
    .values({
      code: 'KZ-19',
      key: 'almaty_region',
      kind: 'oblast',
      nameKk: 'Алматы облысы',
      nameRu: 'Алматинская область',
      nameEn: 'Almaty Region',
      capitalKk: 'Қонаев',
      capitalEn: 'Konaev',
      timeZone: 'Asia/Almaty',
      legacyCode: 'KZ-ALM',
      validFrom: null,
      validTo: null,
      formedFromId: null,
      changeNote: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const zhetysu = await db
    .insertInto('regions')
    .values({
      code: 'KZ-33',
      key: 'zhetysu',
      kind: 'oblast',
      nameKk: 'Жетісу облысы',
      nameRu: 'область Жетісу',
      nameEn: 'Zhetysu Region',
      capitalKk: 'Талдықорған',
      capitalEn: 'Taldykorgan',
      timeZone: 'Asia/Almaty',
      legacyCode: null,
      validFrom: '2022-06-08',
      validTo: null,
      formedFromId: almaty.id,
      changeNote: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const [aksu, talgar] = await db
    .insertInto('districts')
    .values([
      {
        code: 'KZ-19-AKSU',
        kind: 'district',
        nameKk: 'Ақсу ауданы',
        nameRu: 'Аксуский район',
        nameEn: 'Aksu District',
      },
      {
        code: 'KZ-19-TALGAR',
        kind: 'district',
        nameKk: 'Талғар ауданы',
        nameRu: 'Талгарский район',
        nameEn: 'Talgar District',
      },
    ])
    .returning('id')
    .execute()
  await db
    .insertInto('districtRegions')
    .values([
      { districtId: aksu!.id, regionId: almaty.id, validFrom: '1991-12-16', validTo: '2022-06-07' },
      { districtId: aksu!.id, regionId: zhetysu.id, validFrom: '2022-06-08', validTo: null },
      { districtId: talgar!.id, regionId: almaty.id, validFrom: '1991-12-16', validTo: null },
    ])
    .execute()
  const office = (
    code: string,
    kind: 'akimat_apparatus' | 'land_relations_department' | 'public_service_center',
    districtId: number | null,
    nameKk: string,
  ) => ({
    code,
    kind,
    nameKk,
    nameRu: `${nameKk} (ru)`,
    nameEn: `${nameKk} (en)`,
    districtId,
    addressKk: 'Алматы облысы',
    phone: null,
    email: null,
    source: 'fixture',
  })
  const [aksuAkimat, talgarLand, psc] = await db
    .insertInto('offices')
    .values([
      office('AKIM-AKSU', 'akimat_apparatus', aksu!.id, '«Ақсу ауданы әкімінің аппараты» ММ'),
      office(
        'LAND-TALGAR',
        'land_relations_department',
        talgar!.id,
        'Талғар ауданының жер қатынастары бөлімі',
      ),
      office('PSC-ALMATY-OBL', 'public_service_center', null, 'Алматы облысының ХҚКО'),
    ])
    .returning('id')
    .execute()
  await db
    .insertInto('officeRegions')
    .values([
      {
        officeId: aksuAkimat!.id,
        regionId: almaty.id,
        validFrom: '1991-12-16',
        validTo: '2022-06-07',
      },
      { officeId: aksuAkimat!.id, regionId: zhetysu.id, validFrom: '2022-06-08', validTo: null },
      { officeId: talgarLand!.id, regionId: almaty.id, validFrom: '1991-12-16', validTo: null },
      { officeId: psc!.id, regionId: almaty.id, validFrom: '1991-12-16', validTo: null },
    ])
    .execute()
  await db
    .insertInto('officeServices')
    .values([
      {
        officeId: aksuAkimat!.id,
        standardId: STANDARD,
        channel: 'local_executive_body',
        appendix: 1,
      },
      { officeId: psc!.id, standardId: STANDARD, channel: 'public_service_center', appendix: 2 },
    ])
    .execute()
  return { aksuAkimatId: aksuAkimat!.id, pscId: psc!.id }
}

describe.each(engines)('reference queries on %s', (engine) => {
  let opened: Opened
  let db: Db
  let ids: Awaited<ReturnType<typeof insertFixture>>

  beforeAll(async () => {
    opened = await openDatabase(engine)
    db = opened.db
    await migrateToLatest(db)
    ids = await insertFixture(db)
  }, 120_000)

  afterAll(async () => {
    await opened?.close()
  })

  test('a standard comes with its agency, decree, amendments, cancellation and indicator count', async () => {
    const standards = await listStandards(db)
    expect(standards).toHaveLength(1)
    expect(standards[0]).toMatchObject({
      id: STANDARD,
      agencyNameEn: 'Ministry of Agriculture',
      approverKk: 'Ауыл шаруашылығы министрі',
      decreeNumber: '283',
      decreeDate: '2011-03-29',
      amendments: [{ number: '545', date: '2011-05-19', whatEn: 'restated' }],
      cancelledByNumber: '1542',
      cancelledByDate: '2013-12-31',
      complaintReviewDays: 30, // the column default
      indicatorCount: 2,
    })
    expect(await findStandard(db, STANDARD)).toEqual(standards[0])
    expect(await findStandard(db, 'no-such-standard')).toBeUndefined()
  })

  test('deadline rules are listed in printed channel order, akimat before the PSC', async () => {
    const rules = await listDeadlineRules(db, { standardId: STANDARD })
    expect(rules.map((r) => [r.channel, r.termAmount, r.termUnit])).toEqual([
      ['local_executive_body', 10, 'minutes'],
      ['public_service_center', 2, 'calendar_days'],
    ])
    expect(rules[1]).toMatchObject({
      channelNameKk: 'Халыққа қызмет көрсету орталығы',
      variantNameRu: 'Основной',
      termAsPrintedKk: '2 (екі) күннен аспайды',
      interpretationEn: 'No unit in the source: read as calendar days.',
    })
    expect(await listDeadlineRules(db, { standardId: 'other' })).toEqual([])
  })

  test('indicators come in printed order with numeric normative bounds', async () => {
    const groups = await listIndicatorGroups(db, { standardId: STANDARD })
    expect(groups.map((g) => [g.slug, g.headingKk])).toEqual([
      ['timeliness', '1. Уақытылылығы'],
      ['complaints', '4. Шағымдану үдерісі'],
    ])
    const indicators = await listIndicators(db)
    expect(indicators.map((i) => i.code)).toEqual(['1.1', '4.1'])
    // numeric comes back as a number on both engines (type-parsers.ts), not as the string '100'
    expect(indicators[0]).toMatchObject({
      normativeKind: 'min',
      normativeLow: 100,
      normativeHigh: null,
    })
    expect(indicators[1]).toMatchObject({
      normativeAsPrinted: '1',
      normativeKind: 'max',
      normativeLow: null,
      normativeHigh: 1,
      direction: 'lower_is_better',
    })
  })

  test('in 2021 Zhetysu did not exist: Almaty Region has both districts and all three offices', async () => {
    const regions = await listRegions(db, { year: 2021 })
    expect(regions.map((r) => [r.code, r.districtCount, r.officeCount])).toEqual([['KZ-19', 2, 3]])
  })

  test('in 2023 Aksu district and its akimat count for Zhetysu, no longer for Almaty Region', async () => {
    const regions = await listRegions(db, { year: 2023 })
    expect(regions.map((r) => [r.code, r.districtCount, r.officeCount])).toEqual([
      ['KZ-19', 1, 2], // Talgar district; the Talgar land department and the oblast PSC
      ['KZ-33', 1, 1], // Aksu district; its akimat
    ])
    expect(regions[1]).toMatchObject({ validFrom: '2022-06-08', formedFromCode: 'KZ-19' })
  })

  test('in 2022, the year of the move, Aksu counts for both regions (each for part of the year)', async () => {
    const regions = await listRegions(db, { year: 2022 })
    expect(regions.map((r) => [r.code, r.districtCount, r.officeCount])).toEqual([
      ['KZ-19', 2, 3],
      ['KZ-33', 1, 1],
    ])
  })

  test('a region is found by its ISO code, with the region it was formed from', async () => {
    expect(await findRegion(db, 'KZ-33')).toMatchObject({
      key: 'zhetysu',
      nameKk: 'Жетісу облысы',
      formedFromCode: 'KZ-19',
      formedFromNameEn: 'Almaty Region',
    })
    expect(await findRegion(db, 'KZ-99')).toBeUndefined()
  })

  test("a region's districts in a year carry their membership period and office counts", async () => {
    const in2021 = await listRegionDistricts(db, { regionCode: 'KZ-19', year: 2021 })
    expect(in2021.map((d) => [d.code, d.memberFrom, d.memberTo, d.officeCount])).toEqual([
      ['KZ-19-AKSU', '1991-12-16', '2022-06-07', 1],
      ['KZ-19-TALGAR', '1991-12-16', null, 1],
    ])
    const in2023 = await listRegionDistricts(db, { regionCode: 'KZ-19', year: 2023 })
    expect(in2023.map((d) => d.code)).toEqual(['KZ-19-TALGAR'])
    const zhetysu2023 = await listRegionDistricts(db, { regionCode: 'KZ-33', year: 2023 })
    expect(zhetysu2023).toEqual([
      {
        code: 'KZ-19-AKSU',
        kind: 'district',
        nameKk: 'Ақсу ауданы',
        nameRu: 'Аксуский район',
        nameEn: 'Aksu District',
        memberFrom: '2022-06-08',
        memberTo: null,
        officeCount: 1,
      },
    ])
  })

  test('offices of a region in a year: region-level first, then by district, with services', async () => {
    const in2021 = await listOffices(db, { regionCode: 'KZ-19', year: 2021 })
    expect(in2021.map((o) => [o.code, o.districtCode])).toEqual([
      ['PSC-ALMATY-OBL', null],
      ['AKIM-AKSU', 'KZ-19-AKSU'],
      ['LAND-TALGAR', 'KZ-19-TALGAR'],
    ])
    expect(in2021[0]!.services).toEqual([
      { standardId: STANDARD, channel: 'public_service_center' },
    ])
    expect(in2021[2]!.services).toEqual([])

    const zhetysu2023 = await listOffices(db, { regionCode: 'KZ-33', year: 2023 })
    expect(zhetysu2023).toEqual([
      {
        code: 'AKIM-AKSU',
        kind: 'akimat_apparatus',
        nameKk: '«Ақсу ауданы әкімінің аппараты» ММ',
        nameRu: '«Ақсу ауданы әкімінің аппараты» ММ (ru)',
        nameEn: '«Ақсу ауданы әкімінің аппараты» ММ (en)',
        addressKk: 'Алматы облысы',
        phone: null,
        email: null,
        regionCode: 'KZ-33',
        regionNameKk: 'Жетісу облысы',
        regionNameRu: 'область Жетісу',
        regionNameEn: 'Zhetysu Region',
        districtCode: 'KZ-19-AKSU',
        districtKind: 'district',
        districtNameKk: 'Ақсу ауданы',
        districtNameRu: 'Аксуский район',
        districtNameEn: 'Aksu District',
        memberFrom: '2022-06-08',
        memberTo: null,
        services: [{ standardId: STANDARD, channel: 'local_executive_body' }],
      },
    ])
    expect(await listOffices(db, { regionCode: 'KZ-33', year: 2021 })).toEqual([])
  })

  test('without a year each office is listed once, in the region it belongs to now', async () => {
    const all = await listOffices(db)
    expect(all.map((o) => [o.regionCode, o.code])).toEqual([
      ['KZ-19', 'PSC-ALMATY-OBL'],
      ['KZ-19', 'LAND-TALGAR'],
      ['KZ-33', 'AKIM-AKSU'],
    ])
    const almaty = await listOffices(db, { regionCode: 'KZ-19' })
    expect(almaty.map((o) => o.code)).toEqual(['PSC-ALMATY-OBL', 'LAND-TALGAR'])
  })

  test('an empty fact table gives a zero count and no dates, not a fake range', async () => {
    expect(await factTotals(db)).toEqual({
      cases: { count: 0, firstDate: null, lastDate: null },
      surveyResponses: { count: 0, firstDate: null, lastDate: null },
      complaints: { count: 0, firstDate: null, lastDate: null },
    })
    expect(await casesPerStandardYear(db)).toEqual([])
    expect(await referenceCounts(db, { year: 2021 })).toEqual({
      regions: 2,
      regionsValidInYear: 1,
      districts: 2,
      offices: 3,
    })
  })

  test('cases are counted per year of submission in Astana time', async () => {
    const base = {
      source: 'fixture',
      standardId: STANDARD,
      variant: 'standard' as const,
      channel: 'local_executive_body' as const,
      officeId: ids.aksuAkimatId,
      result: 'in_progress' as const,
      maxWaitMinutes: 15,
    }
    // Cases are kept by year (migration 0032): the years' partitions first, as an import makes them.
    await makeCaseYearPartitions(db, 2023, 2024)
    await db
      .insertInto('cases')
      .values([
        // 31 Dec 2023 19:30 UTC is 1 Jan 2024 01:30 in Astana (UTC+6 until March 2024): 2024.
        // The local date is derived on write (app/domain/case-keys.ts); here given directly.
        {
          ...base,
          externalId: 'new-year',
          submittedAt: '2023-12-31T19:30:00Z',
          submittedOn: '2024-01-01',
        },
        {
          ...base,
          externalId: 'june',
          submittedAt: '2023-06-01T05:00:00Z',
          submittedOn: '2023-06-01',
        },
        {
          ...base,
          externalId: 'june-2',
          submittedAt: '2023-06-02T05:00:00Z',
          submittedOn: '2023-06-02',
        },
      ])
      .execute()
    await db
      .insertInto('complaints')
      .values({
        source: 'fixture',
        externalId: 'c1',
        standardId: STANDARD,
        officeId: ids.pscId,
        receivedAt: '2023-07-01T04:00:00Z',
        receivedOn: '2023-07-01',
        reviewTermStated: false,
        termEndsAt: '2023-07-31T17:59:59.999Z',
        termEndsOn: '2023-07-31',
        justified: true,
      })
      .execute()
    try {
      expect(await casesPerStandardYear(db)).toEqual([
        { standardId: STANDARD, year: 2023, cases: 2 },
        { standardId: STANDARD, year: 2024, cases: 1 },
      ])
      expect(await factTotals(db)).toEqual({
        cases: { count: 3, firstDate: '2023-06-01', lastDate: '2024-01-01' },
        surveyResponses: { count: 0, firstDate: null, lastDate: null },
        complaints: { count: 1, firstDate: '2023-07-01', lastDate: '2023-07-01' },
      })
    } finally {
      await db.deleteFrom('complaints').execute()
      await db.deleteFrom('cases').execute()
    }
  })
})
