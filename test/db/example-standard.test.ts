// A sixth standard without a code change (issue 15, docs/standards.md): the example definition
// file docs/examples/example-standard.json is imported, cases for it are imported through the
// import door, and they appear in the API, the region dashboard, the targets page and the annual
// report with the figures worked out below by hand.
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { CLI_SOURCE } from '../../app/accounts/audit.server'
import { insertUser } from '../../db/queries/accounts'
import { assembleReport } from '../../app/annual-reports/editions.server'
import { regionDashboard } from '../../app/dashboards/region-dashboard.server'
import { parseEnv } from '../../app/http/env.server'
import { commitImport, previewImport } from '../../app/import/import.server'
import { loader as indicatorsApi } from '../../app/routes/api.v1.indicators'
import { definitionText } from '../../app/standards/definition.server'
import { exportDefinition } from '../../app/standards/export.server'
import { importDefinitionText } from '../../app/standards/store.server'
import { targetsPage } from '../../app/targets/page.server'
import { apiTokenFor } from '../support/api-token'
import { describeEachEngine } from '../support/test-db'

const FILE = 'docs/examples/example-standard.json'
const EX = 'example-archive-certificate'
const NOW = new Date('2026-11-23T06:00:00Z')
const HEADER =
  'external_id,standard,variant,channel,office,submitted_at,completed_at,result,wait_minutes_submit,wait_minutes_pickup,service_minutes,docs_correct,first_time_correct,suspended_from,suspended_to'

function caseLine(id: string, office: string, completed: string, wait: string, docs: string) {
  // Submitted Monday 3 February 2025 10:00 Astana; the example's term is 5 working days:
  // 4, 5, 6, 7, 10 February → due at the end of Monday 10 February.
  return [
    id,
    EX,
    'standard',
    'public_service_center',
    office,
    '2025-02-03T10:00:00+05:00',
    completed,
    'issued',
    wait,
    '',
    '',
    docs,
    '',
    '',
    '',
  ].join(',')
}

describeEachEngine('the example standard, a sixth standard from a file', (ctx) => {
  it('is created by its file, round-trips, and its cases reach every door with hand-worked figures', async () => {
    const text = readFileSync(FILE, 'utf8')
    // The file says in its own text that it is an example, not a legal act.
    expect(JSON.parse(text).about).toMatch(/^EXAMPLE ONLY — not a legal act/)
    const stored = await importDefinitionText(ctx.db, text, {
      dryRun: false,
      userId: null,
      source: CLI_SOURCE,
    })
    expect(stored).toMatchObject({ ok: true, created: true, standardId: EX })
    expect(
      (await ctx.db.selectFrom('standards').select('id').execute()).map((s) => s.id).sort(),
    ).toHaveLength(6)
    expect(definitionText((await exportDefinition(ctx.db, EX))!)).toBe(text)

    // Kokshetau PSC (KZ-11): 10 cases, 8 issued Friday 7 February (on time), 2 on Wednesday
    // 12 February (late); each waited 10 minutes (≤ 15) and had its documents processed
    // correctly. Aktobe PSC (KZ-15): 4 cases issued on Wednesday 5 February, no wait recorded,
    // 3 of 4 documents correct.
    const lines = [HEADER]
    for (let i = 0; i < 10; i++) {
      const completed = i < 8 ? '2025-02-07T15:00:00+05:00' : '2025-02-12T15:00:00+05:00'
      lines.push(caseLine(`ex-kz11-${i}`, 'KZ-11-PSC-kokshetau-city', completed, '10', 'yes'))
    }
    for (let i = 0; i < 4; i++) {
      const docs = i < 3 ? 'yes' : 'no'
      lines.push(
        caseLine(`ex-kz15-${i}`, 'KZ-15-PSC-aktobe-city', '2025-02-05T15:00:00+05:00', '', docs),
      )
    }
    const preview = await previewImport(ctx.db, {
      kind: 'cases',
      fileName: 'example-cases.csv',
      input: new TextEncoder().encode(lines.join('\r\n') + '\r\n'),
      source: 'example-standard-test',
      allowedRegionIds: null,
    })
    expect(preview).toMatchObject({ rowsRead: 14, rowsValid: 14, rowsInvalid: 0 })
    await commitImport(ctx.db, preview.batchId)

    // The nation, 2025: 1.1 12 of 14 on time = 85.71 % < 90 → fails; 1.2 10 of 10 waits
    // recorded within 15 minutes = 100 % → meets; 2.1 13 of 14 = 92.86 % < 95 → fails.
    const token = await apiTokenFor(ctx.db, 'ministry_official')
    const response = (await indicatorsApi({
      request: new Request(`http://localhost/api/v1/indicators?year=2025&standard=${EX}`, {
        headers: { Authorization: `Bearer ${token}` },
      }),
      params: {},
      context: { db: ctx.db, env: parseEnv({} as NodeJS.ProcessEnv), engine: ctx.engine },
    })) as Response
    expect(response.status).toBe(200)
    const body = (await response.json()) as { rows: Record<string, unknown>[] }
    expect(
      body.rows.map((r) => [
        r.code,
        r.numerator,
        r.denominator,
        r.value,
        r.normative,
        r.status,
        r.edition,
      ]),
    ).toEqual([
      ['1.1', 12, 14, 85.71, '90', 'fails', 1],
      ['1.2', 10, 10, 100, '100', 'meets', 1],
      ['2.1', 13, 14, 92.86, '95', 'fails', 1],
    ])

    // Akmola's dashboard: 1.1 8 of 10 = 80 % fails; 2.1 10 of 10 = 100 % meets.
    const view = (await regionDashboard(ctx.db, 'KZ-11', { standard: EX, year: 2025 }, 'en', NOW, {
      regions: 'all',
      standards: 'all',
    }))!
    const cards = view.dashboard!.cards
    expect(
      cards.map((c) => [c.code, c.cell.numerator, c.cell.denominator, c.cell.value, c.cell.status]),
    ).toEqual([
      ['1.1', 8, 10, 80, 'fails'],
      ['1.2', 10, 10, 100, 'meets'],
      ['2.1', 10, 10, 100, 'meets'],
    ])

    // The targets page of a ministry official, Aktobe: 1.1 4 of 4 = 100 % meets; 2.1 3 of 4
    // = 75 % fails; 1.2 no wait recorded → no data.
    const official = await insertUser(
      ctx.db,
      {
        email: 'example-official@test.kz',
        name: 'official',
        role: 'ministry_official',
        regionId: null,
        agencyId: null,
        passwordHash: 'not-a-real-hash',
      },
      NOW,
    )
    const targets = await targetsPage(
      ctx.db,
      {
        id: official,
        email: 'example-official@test.kz',
        name: 'official',
        role: 'ministry_official',
        regionId: null,
        agencyId: null,
      } as Parameters<typeof targetsPage>[1],
      { year: 2025, standard: EX, region: 'KZ-15' },
      'en',
      NOW,
    )
    const aktobe = targets.units.find((u) => u.key === 'KZ-15')!
    expect(aktobe.cells.map((c) => [c.code, c.current])).toEqual([
      ['1.1', { value: 100, status: 'meets' }],
      ['1.2', { value: null, status: 'no_data' }],
      ['2.1', { value: 75, status: 'fails' }],
    ])

    // The annual report for 2025: the example's appendix with the nation's figures.
    const report = await assembleReport(
      ctx.db,
      { year: 2025, regionCode: null },
      { asOf: '2025-12-31' },
    )
    const appendix = report.standards.find((s) => s.id === EX)!
    // The report names the edition each standard's year follows: the example's order is in
    // force; the farm certificate's decree 283 was cancelled in 2013 and its table continues.
    expect(appendix.edition).toEqual({
      number: 1,
      act: {
        kk: '№ EX-1 мысал бұйрығы (заң актісі емес)',
        ru: 'Пример приказа № EX-1 (не правовой акт)',
        en: 'Example order No. EX-1 (not a legal act)',
      },
      standing: 'in_force',
      cancelledBy: null,
      spans: [1],
    })
    expect(
      report.standards.find((s) => s.id === 'private-farm-certificate')!.edition,
    ).toMatchObject({
      number: 1,
      standing: 'continued',
      cancelledBy: { number: '1542', date: '2013-12-31' },
      spans: [1],
    })
    expect(
      appendix.rows.map((r) =>
        r.kind === 'group'
          ? r.heading.en
          : [
              r.code,
              r.normative,
              r.figure.numerator,
              r.figure.denominator,
              r.figure.value,
              r.figure.status,
            ],
      ),
    ).toEqual([
      '1. Timeliness',
      ['1.1', '90', 12, 14, 85.71, 'fails'],
      ['1.2', '100', 10, 10, 100, 'meets'],
      '2. Quality',
      ['2.1', '95', 13, 14, 92.86, 'fails'],
    ])
  })
})
