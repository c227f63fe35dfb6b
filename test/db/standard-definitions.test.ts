// A standard's definition file in and out (decision 0033, docs/standards.md): the five seeded
// standards are their real editions; export → import changes nothing and exports the same bytes;
// invalid files are refused with their path and write nothing; a second edition with another
// normative from date D changes the statuses of the periods from D only.
import { expect, it } from 'vitest'
import { CLI_SOURCE } from '../../app/accounts/audit.server'
import { writeCases } from '../../app/facts/fact-writer.server'
import { computeIndicators } from '../../app/indicators/engine.server'
import { standardViewPage } from '../../app/dashboards/standard-view.server'
import { definitionText, type StandardDefinition } from '../../app/standards/definition.server'
import { exportDefinition } from '../../app/standards/export.server'
import { importDefinitionText } from '../../app/standards/store.server'
import { translatorFor } from '../../app/i18n/messages.server'
import { describeEachEngine } from '../support/test-db'
import { secondTestEdition } from '../support/test-edition'

const SEEDED = [
  'private-farm-certificate',
  'land-private-ownership-act',
  'land-permanent-use-act',
  'land-lease-act',
  'land-free-temporary-use-act',
]
const options = { dryRun: false, userId: null, source: CLI_SOURCE }

describeEachEngine('standard definitions', (ctx) => {
  const exported = async (id: string) => definitionText((await exportDefinition(ctx.db, id))!)
  const version = async () =>
    (await ctx.db.selectFrom('dataVersion').select('version').executeTakeFirstOrThrow()).version
  /** Every row a definition writes, to prove that nothing was written. */
  const snapshot = async () => ({
    standards: await ctx.db.selectFrom('standards').selectAll().orderBy('id').execute(),
    editions: await ctx.db.selectFrom('standardEditions').selectAll().execute(),
    indicators: await ctx.db.selectFrom('editionIndicators').selectAll().execute(),
    rules: await ctx.db.selectFrom('editionDeadlineRules').selectAll().execute(),
    identity: await ctx.db.selectFrom('indicators').selectAll().orderBy('id').execute(),
    audit: (
      await ctx.db
        .selectFrom('auditLog')
        .select(({ fn }) => fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  })

  it('the five seeded standards are their decrees as the reference data records them', async () => {
    const editions = await ctx.db
      .selectFrom('standardEditions')
      .select([
        'standardId',
        'edition',
        'actNumber',
        'actDate',
        'validFrom',
        'validTo',
        'cancelledByNumber',
        'cancelledByDate',
      ])
      .orderBy('standardId')
      .execute()
    // Decree 283 of 29.03.2011 (restating 2318), cancelled by 1542 of 31.12.2013; decree 102 of
    // 17.02.2010 as restated by 545 of 19.05.2011, cancelled by 1392 of 01.11.2012.
    const land = {
      edition: 1,
      actNumber: '102',
      actDate: '2010-02-17',
      validFrom: '2011-05-19',
      validTo: '2012-11-01',
      cancelledByNumber: '1392',
      cancelledByDate: '2012-11-01',
    }
    expect(editions).toEqual([
      { standardId: 'land-free-temporary-use-act', ...land },
      { standardId: 'land-lease-act', ...land },
      { standardId: 'land-permanent-use-act', ...land },
      { standardId: 'land-private-ownership-act', ...land },
      {
        standardId: 'private-farm-certificate',
        edition: 1,
        actNumber: '283',
        actDate: '2011-03-29',
        validFrom: '2011-03-29',
        validTo: '2013-12-31',
        cancelledByNumber: '1542',
        cancelledByDate: '2013-12-31',
      },
    ])
  })

  it('export → import of each seeded standard changes nothing and exports the same bytes', async () => {
    for (const id of SEEDED) {
      const text = await exported(id)
      const before = await snapshot()
      const v = await version()
      const result = await importDefinitionText(ctx.db, text, options)
      expect(result).toMatchObject({ ok: true, standardId: id, unchanged: true, changes: [] })
      expect(await snapshot()).toEqual(before)
      expect(await version()).toBe(v)
      expect(await exported(id)).toBe(text)
    }
  })

  it('invalid definitions are refused with their path, in the reader’s language; nothing is written', async () => {
    const farm = JSON.parse(await exported('private-farm-certificate')) as StandardDefinition
    const edition = farm.editions[0]!
    const variant = (change: (d: StandardDefinition) => void) => {
      const copy = structuredClone(farm)
      change(copy)
      return JSON.stringify(copy)
    }
    const cases: [string, string, string][] = [
      [
        variant((d) => {
          d.editions[0]!.indicators[1]!.measure = 'queue_wait_under_5'
        }),
        'editions[0].indicators[1].measure',
        'unknown measure "queue_wait_under_5"',
      ],
      [
        variant((d) => {
          d.editions[0]!.indicators[2]!.code = d.editions[0]!.indicators[0]!.code
        }),
        'editions[0].indicators[2].code',
        'code 1.1 appears twice in edition 1',
      ],
      [
        variant((d) => {
          // 3.3 info_online is the band 40-50: turned round.
          const band = d.editions[0]!.indicators.find((i) => i.code === '3.3')!
          band.normative = { as_printed: '50-40', kind: 'band', low: 50, high: 40 }
        }),
        `editions[0].indicators[${edition.indicators.findIndex((i) => i.code === '3.3')}].normative.low`,
        "a band's low must be below its high (here 50 and 40)",
      ],
      [
        variant((d) => {
          // Edition 1 runs to 31.12.2013; a second one from 1 June 2013 overlaps it.
          d.editions.push({
            ...structuredClone(d.editions[0]!),
            edition: 2,
            valid_from: '2013-06-01',
            valid_to: null,
            cancelled_by: null,
          })
        }),
        'editions[1].valid_from',
        'edition 2 starts before edition 1 ends',
      ],
      [
        variant((d) => {
          delete (d.editions[0]!.deadline_rules[1] as Partial<(typeof edition.deadline_rules)[0]>)
            .term_amount
        }),
        'editions[0].deadline_rules[1].term_amount',
        'a deadline rule needs its term: term_amount and term_unit',
      ],
    ]
    cases.push([
      variant((d) => {
        d.standard.id = 'Farm Certificate'
      }),
      'standard.id',
      'must be lower-case letters, digits and hyphens',
    ])
    const before = await snapshot()
    const { t } = translatorFor('en')
    for (const [text, path, message] of cases) {
      const result = await importDefinitionText(ctx.db, text, options)
      expect(result.ok).toBe(false)
      if (result.ok) continue
      expect(result.problems.map((p) => [p.path, t(p.key, p.params)])).toContainEqual([
        path,
        expect.stringContaining(message),
      ])
    }
    expect(await snapshot()).toEqual(before)
    // In Russian, the same path and the message in Russian.
    const refused = await importDefinitionText(ctx.db, cases[0]![0], options)
    expect(refused.ok).toBe(false)
    if (!refused.ok) {
      const ru = translatorFor('ru').t(refused.problems[0]!.key, refused.problems[0]!.params)
      expect(ru).toContain('неизвестная мера «queue_wait_under_5»')
      const kk = translatorFor('kk').t(refused.problems[0]!.key, refused.problems[0]!.params)
      expect(kk).toContain('«queue_wait_under_5» өлшемі белгісіз')
    }
  })

  it('a second edition with another normative from 1 July 2025 changes the statuses from July only', async () => {
    const office = (
      await ctx.db
        .selectFrom('officeServices as s')
        .innerJoin('offices as o', 'o.id', 's.officeId')
        .select('o.code')
        .where('s.standardId', '=', 'private-farm-certificate')
        .where('s.channel', '=', 'public_service_center')
        .orderBy('o.code')
        .executeTakeFirstOrThrow()
    ).code
    // Ten cases completed in June 2025 and ten in July, nine of each with the documents
    // processed correctly: 2.2 docs_correct = 9/10 = 90 % in each month, 18/20 = 90 % in the year.
    const month = (m: string) =>
      Array.from({ length: 10 }, (_, i) => ({
        externalId: `ed-${m}-${i}`,
        standardId: 'private-farm-certificate',
        channel: 'public_service_center' as const,
        variant: 'standard' as const,
        officeCode: office,
        // Submitted on the 10th at 10:00 Astana, issued the next day.
        submittedAt: new Date(`2025-${m}-10T05:00:00Z`),
        completedAt: new Date(`2025-${m}-11T05:00:00Z`),
        result: 'issued' as const,
        waitMinutesSubmit: null,
        waitMinutesPickup: null,
        serviceMinutes: null,
        docsCorrect: i < 9,
        firstTimeCorrect: null,
        suspendedFrom: null,
        suspendedTo: null,
      }))
    await writeCases(ctx.db, 'edition-test', [...month('06'), ...month('07')])
    const query = {
      year: 2025,
      period: 'month' as const,
      standard: 'private-farm-certificate',
      asOf: '2025-12-31',
    }
    const docs = async (period: 'month' | 'year') =>
      (await computeIndicators(ctx.db, { ...query, period })).rows
        .filter((r) => r.code === '2.2' && ['2025-06', '2025-07', '2025'].includes(r.period))
        .map((r) => ({
          period: r.period,
          numerator: r.numerator,
          denominator: r.denominator,
          normative: r.normative?.asPrinted,
          status: r.status,
          edition: r.edition,
        }))
    // Edition 1 (normative 100): 90 % fails in both months; its table is continued after the
    // decree's cancellation in 2013.
    const continued = { number: 1, standing: 'continued', spans: [1] }
    const june = {
      period: '2025-06',
      numerator: 9,
      denominator: 10,
      normative: '100',
      status: 'fails',
      edition: continued,
    }
    expect(await docs('month')).toEqual([june, { ...june, period: '2025-07', status: 'fails' }])

    // Edition 2, from 1 July 2025: 2.2 at least 80 %, and the PSC term 1 calendar day.
    const farm = JSON.parse(await exported('private-farm-certificate')) as StandardDefinition
    const second = secondTestEdition(farm.editions[0]!, {
      act: '2025-06-15',
      validFrom: '2025-07-01',
    })
    second.indicators.find((i) => i.code === '2.2')!.normative = {
      as_printed: '80',
      kind: 'min',
      low: 80,
      high: null,
    }
    second.deadline_rules.find((r) => r.channel === 'public_service_center')!.term_amount = 1
    const text = definitionText({ ...farm, editions: [second] })
    const dry = await importDefinitionText(ctx.db, text, { ...options, dryRun: true })
    expect(dry).toMatchObject({ ok: true, dryRun: true, unchanged: false })
    expect(await docs('month')).toEqual([june, { ...june, period: '2025-07' }])

    const stored = await importDefinitionText(ctx.db, text, options)
    expect(stored).toMatchObject({ ok: true, dryRun: false, editions: [2] })
    // June keeps its figures and status; July follows edition 2: 90 % ≥ 80 → meets.
    expect(await docs('month')).toEqual([
      june,
      {
        ...june,
        period: '2025-07',
        normative: '80',
        status: 'meets',
        edition: { number: 2, standing: 'in_force', spans: [2] },
      },
    ])
    // The year starts under edition 1 and says that it spans both.
    expect(await docs('year')).toEqual([
      {
        period: '2025',
        numerator: 18,
        denominator: 20,
        normative: '100',
        status: 'fails',
        edition: { number: 1, standing: 'continued', spans: [1, 2] },
      },
    ])
    // The standard view of 2025 says the same in its edition line.
    const view = await standardViewPage(
      ctx.db,
      { id: 'private-farm-certificate', year: 2025 },
      'en',
      new Date('2026-03-01T06:00:00Z'),
    )
    expect(view!.edition).toMatchObject({ number: 1, standing: 'continued', spans: [1, 2] })
    // Deadlines: June cases keep 2 calendar days (due 12 June), July ones get 1 (due 11 July).
    const due = await ctx.db
      .selectFrom('cases')
      .select(['externalId', 'dueOn'])
      .where('externalId', 'in', ['ed-06-0', 'ed-07-0'])
      .orderBy('externalId')
      .execute()
    expect(due).toEqual([
      { externalId: 'ed-06-0', dueOn: '2025-06-12' },
      { externalId: 'ed-07-0', dueOn: '2025-07-11' },
    ])
    const audit = await ctx.db
      .selectFrom('auditLog')
      .select(['action', 'entityId'])
      .where('action', '=', 'reference.standard')
      .execute()
    expect(audit).toEqual([{ action: 'reference.standard', entityId: 'private-farm-certificate' }])
    // Export with --edition 2 writes the edition as imported.
    expect(
      definitionText((await exportDefinition(ctx.db, 'private-farm-certificate', { edition: 2 }))!),
    ).toBe(text)
  })
})
