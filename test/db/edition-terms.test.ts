// A new edition never changes the figures of the periods before it starts (decision 0033): what an
// edition sets on each record — a case's maximum queue wait, a complaint's review term — is stored
// on the record and recomputed, when an edition is stored, only for the records whose key date
// falls under it. Proved for the queue-wait measure (1.2) in the engine's plain computation, its
// rollups and the drill-down, and for the complaint review term behind 4.2.
import { expect, it } from 'vitest'
import { CLI_SOURCE } from '../../app/accounts/audit.server'
import { writeCases, writeComplaints, type CaseInput } from '../../app/facts/fact-writer.server'
import { periodsOfYear } from '../../app/domain/periods'
import { officeExport } from '../../app/dashboards/office-view.server'
import { computeIndicators } from '../../app/indicators/engine.server'
import { definitionText, type StandardDefinition } from '../../app/standards/definition.server'
import { exportDefinition } from '../../app/standards/export.server'
import { importDefinitionText } from '../../app/standards/store.server'
import { countMeasureCases, listMeasureCases } from '../../db/queries/case-lists'
import { measureCounts } from '../../db/queries/indicators'
import { NOTHING_MEASURED } from '../support/case-inputs'
import { describeEachEngine } from '../support/test-db'
import { secondTestEdition } from '../support/test-edition'

const FARM = 'private-farm-certificate'
const options = { dryRun: false, userId: null, source: CLI_SOURCE }

describeEachEngine('edition terms stored per record', (ctx) => {
  let office: string
  let officeId: number

  /** Edition 2 of the farm certificate from 1 July 2025, changed by `change`. */
  async function storeSecondEdition(change: (e: StandardDefinition['editions'][number]) => void) {
    const farm = (await exportDefinition(ctx.db, FARM))!
    const second = secondTestEdition(farm.editions[0]!, {
      act: '2025-06-15',
      validFrom: '2025-07-01',
    })
    change(second)
    return importDefinitionText(ctx.db, definitionText({ ...farm, editions: [second] }), options)
  }

  it('a second edition with a longer queue maximum from 1 July moves 1.2 from July only', async () => {
    const row = await ctx.db
      .selectFrom('officeServices as s')
      .innerJoin('offices as o', 'o.id', 's.officeId')
      .select(['o.code', 'o.id'])
      .where('s.standardId', '=', FARM)
      .where('s.channel', '=', 'public_service_center')
      .orderBy('o.code')
      .executeTakeFirstOrThrow()
    office = row.code
    officeId = row.id
    // Edition 1: the PSC's maximum wait is 10 minutes, 1.2 "100" (every wait within it).
    // Each month ten cases with one recorded wait: six of 8 minutes (within 10 and 15), three of
    // 12 (over 10, within 15), one of 20 (over both). June's are submitted on 10 June at 10:00
    // Astana (UTC+5); July's on 10 July, but for one 12-minute wait submitted on 30 June at
    // 19:30 UTC — 1 July 00:30 in Astana: its submission day, so July and edition 2.
    const waits = [8, 8, 8, 8, 8, 8, 12, 12, 12, 20]
    const cases = (month: '06' | '07'): CaseInput[] =>
      waits.map((wait, i) => ({
        externalId: `qw-${month}-${i}`,
        standardId: FARM,
        channel: 'public_service_center',
        variant: 'standard',
        officeCode: office,
        submittedAt:
          month === '07' && i === 6
            ? new Date('2025-06-30T19:30:00Z')
            : new Date(`2025-${month}-10T05:00:00Z`),
        completedAt: new Date(`2025-${month}-11T05:00:00Z`),
        result: 'issued',
        ...NOTHING_MEASURED,
        waitMinutesSubmit: wait,
      }))
    await writeCases(ctx.db, 'edition-terms', [...cases('06'), ...cases('07')])

    const query = { year: 2025, standard: FARM, asOf: '2025-12-31' }
    const figures = async (period: 'month' | 'quarter' | 'year', periods: string[]) =>
      (await computeIndicators(ctx.db, { ...query, period })).rows
        .filter((r) => r.code === '1.2' && periods.includes(r.period))
        .map((r) => ({
          period: r.period,
          numerator: r.numerator,
          denominator: r.denominator,
          normative: r.normative?.asPrinted,
          status: r.status,
          edition: r.edition.number,
          spans: r.edition.spans,
        }))
    /** The same counts from the records (plain) and from the daily rollups, by month. */
    const counts = async (source: 'plain' | 'rollup') =>
      (
        await measureCounts(ctx.db, {
          year: 2025,
          granularity: 'month',
          periods: periodsOfYear(2025, 'month', '2025-12-31'),
          standardId: FARM,
          source,
        })
      )
        .filter((r) => r.measure === 'queue_wait_ok' && r.denominator > 0)
        .map((r) => ({ month: r.periodStart, numerator: r.numerator, denominator: r.denominator }))
        .sort((a, b) => (a.month < b.month ? -1 : 1))
    const drill = async (month: '06' | '07') => {
      const scope = {
        measure: 'queue_wait_ok' as const,
        standardId: FARM,
        from: `2025-${month}-01`,
        to: `2025-${month}-${month === '06' ? '30' : '31'}`,
        officeId,
      }
      const rest = await listMeasureCases(ctx.db, {
        ...scope,
        subset: 'rest',
        asOf: '2025-12-31',
        sort: 'id',
        dir: 'asc',
        limit: 50,
        offset: 0,
      })
      return {
        counts: await countMeasureCases(ctx.db, scope),
        rest: rest.map((c) => [c.externalId, c.waitMinutesSubmit, c.maxWaitMinutes]),
      }
    }

    // Before edition 2, both months: 6 of 10 within 10 minutes — 60 %, fails "100".
    const june = {
      period: '2025-06',
      numerator: 6,
      denominator: 10,
      normative: '100',
      status: 'fails',
      edition: 1,
      spans: [1],
    }
    expect(await figures('month', ['2025-06', '2025-07'])).toEqual([
      june,
      { ...june, period: '2025-07' },
    ])
    const juneDrill = {
      counts: { numerator: 6, denominator: 10 },
      rest: [
        ['qw-06-6', 12, 10],
        ['qw-06-7', 12, 10],
        ['qw-06-8', 12, 10],
        ['qw-06-9', 20, 10],
      ],
    }
    expect(await drill('06')).toEqual(juneDrill)

    // Edition 2 from 1 July: the PSC's maximum 15 minutes, and 1.2 at least 90 %.
    const stored = await storeSecondEdition((e) => {
      e.deadline_rules.find((r) => r.channel === 'public_service_center')!.max_wait_minutes = 15
      e.indicators.find((i) => i.code === '1.2')!.normative = {
        as_printed: '90',
        kind: 'min',
        low: 90,
        high: null,
      }
    })
    // July's ten cases take the new maximum; their deadlines (2 calendar days) stay.
    expect(stored).toMatchObject({ ok: true, recomputed: { casesChecked: 10, casesChanged: 10 } })

    // June keeps 6/10, its normative and its status; July: 9 of 10 within 15 minutes — 90 %,
    // meets "90" of edition 2.
    expect(await figures('month', ['2025-06', '2025-07'])).toEqual([
      june,
      {
        ...june,
        period: '2025-07',
        numerator: 9,
        normative: '90',
        status: 'meets',
        edition: 2,
        spans: [2],
      },
    ])
    // The second quarter is June's alone; the third follows edition 2. The year starts under
    // edition 1 and spans both: its cases count under their own editions, 6 + 9 = 15 of 20 —
    // 75 %, judged against edition 1's "100": fails.
    expect(await figures('quarter', ['2025-Q2', '2025-Q3'])).toEqual([
      { ...june, period: '2025-Q2' },
      {
        ...june,
        period: '2025-Q3',
        numerator: 9,
        normative: '90',
        status: 'meets',
        edition: 2,
        spans: [2],
      },
    ])
    expect(await figures('year', ['2025'])).toEqual([
      { ...june, period: '2025', numerator: 15, denominator: 20, spans: [1, 2] },
    ])
    // The rollups, kept by their triggers through the recompute, equal the plain computation.
    const plain = await counts('plain')
    expect(plain).toEqual([
      { month: '2025-06-01', numerator: 6, denominator: 10 },
      { month: '2025-07-01', numerator: 9, denominator: 10 },
    ])
    expect(await counts('rollup')).toEqual(plain)
    // The office's downloads say which edition the figures follow: each month its own, the
    // year's tables edition 1 and that the year spans editions 1 and 2.
    const download = async (table: 'monthly' | 'indicators') =>
      (await officeExport(
        ctx.db,
        office,
        { standard: FARM, year: 2025 },
        table,
        'en',
        new Date('2026-03-01T06:00:00Z'),
        { regions: 'all', standards: 'all' },
      ))!
    const monthly = await download('monthly')
    const editionOf = (month: string) =>
      monthly.rows.find((r) => r.code === '1.2' && r.month === month)!.edition as string
    expect(editionOf('2025-06')).toMatch(/^Edition 1: /)
    expect(editionOf('2025-07')).toMatch(/^Edition 2: A test edition \(not a legal act\)$/)
    const yearRow = (await download('indicators')).rows.find((r) => r.code === '1.2')!
    expect(yearRow.edition).toContain(
      'The year spans editions 1, 2; it is judged against edition 1, in force on 1 January.',
    )

    // The drill-down lists June's four waits over 10 minutes as before, and July's one over 15.
    expect(await drill('06')).toEqual(juneDrill)
    expect(await drill('07')).toEqual({
      counts: { numerator: 9, denominator: 10 },
      rest: [['qw-07-9', 20, 15]],
    })
  })

  it('a second edition with a shorter complaint review term recomputes the terms of the complaints received under it only', async () => {
    // The farm certificate's review term is 30 calendar days (the standard's; edition 2 of the
    // test above states none). Justified complaints, upheld, received at 10:00 Astana:
    // - K-may, 20 May, decided 10 June: term ends 19 June (30 days) — on time, in June;
    // - K-june, 2 June, decided 25 June: ends 2 July — on time, in July;
    // - K-july, 1 July, decided 20 July: ends 31 July — on time, in July;
    // - K-stated, 1 July, its file states 30 days, decided 20 July: ends 31 July — on time.
    const complaint = (id: string, received: string, decided: string, days: number | null) => ({
      externalId: id,
      standardId: FARM,
      officeCode: office,
      receivedAt: new Date(`${received}T05:00:00Z`),
      justified: true,
      decidedAt: new Date(`${decided}T05:00:00Z`),
      upheld: true,
      reviewTermDays: days,
    })
    await writeComplaints(ctx.db, 'edition-terms', [
      complaint('K-may', '2025-05-20', '2025-06-10', null),
      complaint('K-june', '2025-06-02', '2025-06-25', null),
      complaint('K-july', '2025-07-01', '2025-07-20', null),
      complaint('K-stated', '2025-07-01', '2025-07-20', 30),
    ])
    const terms = () =>
      ctx.db
        .selectFrom('complaints')
        .select(['externalId', 'reviewTermDays', 'reviewTermStated', 'termEndsOn'])
        .where('source', '=', 'edition-terms')
        .orderBy('receivedAt')
        .orderBy('externalId')
        .execute()
    const before = [
      {
        externalId: 'K-may',
        reviewTermDays: 30,
        reviewTermStated: false,
        termEndsOn: '2025-06-19',
      },
      {
        externalId: 'K-june',
        reviewTermDays: 30,
        reviewTermStated: false,
        termEndsOn: '2025-07-02',
      },
      {
        externalId: 'K-july',
        reviewTermDays: 30,
        reviewTermStated: false,
        termEndsOn: '2025-07-31',
      },
      {
        externalId: 'K-stated',
        reviewTermDays: 30,
        reviewTermStated: true,
        termEndsOn: '2025-07-31',
      },
    ]
    expect(await terms()).toEqual(before)
    const resolved = async () =>
      (
        await computeIndicators(ctx.db, {
          year: 2025,
          period: 'month',
          standard: FARM,
          asOf: '2025-12-31',
        })
      ).rows
        .filter((r) => r.code === '4.2' && ['2025-06', '2025-07'].includes(r.period))
        .map((r) => [r.period, r.numerator, r.denominator, r.status])
    expect(await resolved()).toEqual([
      ['2025-06', 1, 1, 'meets'],
      ['2025-07', 3, 3, 'meets'],
    ])

    // Edition 2 now sets 15 days. Only K-july, received under it and without a term of its
    // own, changes: 1 July + 15 days = 16 July, decided on the 20th — late.
    const stored = await storeSecondEdition((e) => {
      e.deadline_rules.find((r) => r.channel === 'public_service_center')!.max_wait_minutes = 15
      e.indicators.find((i) => i.code === '1.2')!.normative = {
        as_printed: '90',
        kind: 'min',
        low: 90,
        high: null,
      }
      e.complaint_review_days = 15
    })
    expect(stored).toMatchObject({
      ok: true,
      changes: [{ path: 'editions[edition=2].complaint_review_days', before: null, after: 15 }],
      recomputed: { complaintsChecked: 2, complaintsChanged: 1 },
    })
    expect(await terms()).toEqual([
      before[0],
      before[1],
      {
        externalId: 'K-july',
        reviewTermDays: 15,
        reviewTermStated: false,
        termEndsOn: '2025-07-16',
      },
      before[3],
    ])
    // June keeps 1/1; July: K-june and K-stated on time, K-july late — 2 of 3, fails "100".
    expect(await resolved()).toEqual([
      ['2025-06', 1, 1, 'meets'],
      ['2025-07', 2, 3, 'fails'],
    ])
    // The edition exports its term as imported.
    const exported = await exportDefinition(ctx.db, FARM, { edition: 2 })
    expect(exported!.editions[0]!.complaint_review_days).toBe(15)
  })
})
