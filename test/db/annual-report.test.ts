// The annual report on the golden fixture (test/fixtures/golden.ts), on PGlite and PostgreSQL:
// the appendix tables laid out as the seed documents print them; the numbers of every format
// (the model, JSON, CSV and XLSX parsed back, the PDF's text) equal the indicator engine's for the
// same year and scope; the commentary and data-quality notes name what the hand-worked golden
// numbers say; next year's targets; publication (frozen snapshot, content hash, audit, version 2
// and its diff, unchanged bytes after a later import); who may publish.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import { writeCases, type CaseInput } from '../../app/facts/fact-writer.server'
import type { IndicatorRow } from '../../app/indicators/types'
import { computeIndicators } from '../../app/indicators/engine.server'
import { CLI_SOURCE } from '../../app/accounts/audit.server'
import { OPERATOR_SCOPE, type AccountUser } from '../../app/accounts/policy.server'
import {
  assembleReport,
  draftReport,
  loadEdition,
  publishReport,
  PublishDenied,
} from '../../app/annual-reports/editions.server'
import { reportCommand } from '../../app/cli/report-command'
import { commentaryOf, qualityNotesOf } from '../../reports/commentary'
import { contentHash } from '../../reports/content-hash'
import { diffReports } from '../../reports/diff'
import { indicatorLines, type Edition, type ReportModel } from '../../reports/model'
import { renderReport } from '../../reports/render'
import { reportTexts } from '../../reports/texts.server'
import { FARM, LAND_OWNERSHIP, at, writeGoldenFixture } from '../fixtures/golden'
import { describeEachEngine } from '../support/test-db'

const YEAR = 2025
const AS_OF = '2025-12-31'
const DRAFT: Edition = { status: 'draft', renderedAt: '2026-01-15T05:00:00.000Z' }
/** For reading numbers out of the PDF: a published edition carries no DRAFT watermark. */
const PUBLISHED: Edition = {
  status: 'published',
  version: 1,
  publishedAt: '2026-01-15T05:00:00.000Z',
  contentHash: '0'.repeat(64),
}
const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots')

/** pdftotext keeps the no-break spaces of the locale formats; compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')

function pdfText(pdf: Uint8Array, layout = true): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sapa-report-'))
  const file = path.join(dir, 'report.pdf')
  writeFileSync(file, pdf)
  const text = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], {
    encoding: 'utf8',
  })
  return plain(text).split('\f').slice(0, -1)
}

/** The engine's rows for the scope and for its breakdown (regions of the nation, districts of a region). */
async function engineRows(db: Parameters<typeof computeIndicators>[0], region: string | null) {
  const base = { year: YEAR, period: 'year' as const, asOf: AS_OF, region: region ?? undefined }
  const scope = await computeIndicators(db, base)
  const breakdown = await computeIndicators(db, { ...base, by: region ? 'district' : 'region' })
  // A district breakdown has a unit without a code: the offices above the districts.
  return { scope: scope.rows, breakdown: breakdown.rows }
}

const key = (standard: string, code: string, unit: string | null) =>
  `${standard} ${code} @ ${unit ?? 'scope'}`

interface Numbers {
  value: number | null
  numerator: number
  denominator: number
  status?: string
  target?: number | null
}

function expectedNumbers(rows: { scope: IndicatorRow[]; breakdown: IndicatorRow[] }) {
  const map = new Map<string, Numbers>()
  for (const r of rows.scope) {
    map.set(key(r.standard, r.code, null), {
      value: r.value,
      numerator: r.numerator,
      denominator: r.denominator,
      status: r.status,
      target: r.target,
    })
  }
  for (const r of rows.breakdown) {
    map.set(key(r.standard, r.code, r.scope.code ?? 'null'), {
      value: r.value,
      numerator: r.numerator,
      denominator: r.denominator,
      status: r.status,
      target: r.target,
    })
  }
  return map
}

const round2 = (x: number) => Math.round(x * 100) / 100

async function users(db: Parameters<typeof computeIndicators>[0]) {
  const region = async (code: string) =>
    (await db.selectFrom('regions').select('id').where('code', '=', code).executeTakeFirstOrThrow())
      .id
  const make = async (
    email: string,
    role: AccountUser['role'],
    regionCode: string | null,
    agencyId: string | null,
  ): Promise<AccountUser> => {
    const regionId = regionCode ? await region(regionCode) : null
    const { id } = await db
      .insertInto('users')
      .values({ email, name: email.split('@')[0]!, role, regionId, agencyId, passwordHash: null })
      .returning('id')
      .executeTakeFirstOrThrow()
    return { id, email, name: email.split('@')[0]!, role, regionId, regionCode, agencyId }
  }
  return {
    ministry: await make('ministry@report.test', 'ministry_official', null, null),
    akmola: await make('akmola@report.test', 'regional_qc', 'KZ-11', null),
    mangystau: await make('mangystau@report.test', 'regional_qc', 'KZ-47', null),
    landChair: await make(
      'land-chair@report.test',
      'agency_chair',
      null,
      'land-resources-management-agency',
    ),
  }
}

/** Approved 2026 targets: the "target value next year" column of a 2025 report. */
async function insertNextYearTargets(db: Parameters<typeof computeIndicators>[0]) {
  const indicator = await db
    .selectFrom('indicators')
    .select('id')
    .where('standardId', '=', FARM)
    .where('code', '=', '1.1')
    .executeTakeFirstOrThrow()
  const akmola = await db
    .selectFrom('regions')
    .select('id')
    .where('code', '=', 'KZ-11')
    .executeTakeFirstOrThrow()
  for (const [regionId, value] of [
    [null, 96],
    [akmola.id, 90],
  ] as const) {
    await db
      .insertInto('targets')
      .values({
        indicatorId: indicator.id,
        year: 2026,
        regionId,
        value,
        status: 'approved',
        proposedAt: new Date('2025-11-01T10:00:00+05:00'),
        decidedAt: new Date('2025-12-01T10:00:00+05:00'),
        orderNumber: 'G-2026-1.1',
        orderDate: '2025-12-01',
      })
      .execute()
  }
}

describeEachEngine('annual report on the golden fixture', (ctx) => {
  let nation: ReportModel
  let akmola: ReportModel
  let people: Awaited<ReturnType<typeof users>>

  beforeAll(async () => {
    await writeGoldenFixture(ctx.db)
    await insertNextYearTargets(ctx.db)
    people = await users(ctx.db)
    nation = await assembleReport(ctx.db, { year: YEAR, regionCode: null }, { asOf: AS_OF })
    akmola = await assembleReport(ctx.db, { year: YEAR, regionCode: 'KZ-11' }, { asOf: AS_OF })
  })

  describe('the appendix tables as the seed documents print them', () => {
    it('the farm certificate: appendix 3, its title and column headings, groups, codes, order and normatives', () => {
      const farm = nation.standards.find((s) => s.id === FARM)!
      // 000_bc250ee6765382ff.txt:403-430
      expect(farm.appendix.number).toBe(3)
      expect(farm.appendix.titleKk).toBe('Кесте. Тиімділік және сапалық көрсеткіштерінің мәні')
      expect(farm.appendix.columnsKk).toEqual([
        'Сапа және қол жетімділік көрсеткіштері',
        'Көрсеткіштің нормативтік мәні',
        'Көрсеткіштің келесі жылдағы нысаналы мәні',
        'Көрсеткіштің есепті жылдағы ағымдағы мәні',
      ])
      expect(
        farm.rows.map((r) =>
          r.kind === 'group' ? r.heading.kk : `${r.code} | ${r.normative ?? ''}`,
        ),
      ).toEqual([
        '1. Уақытылылығы',
        '1.1 | 100',
        '1.2 | 100',
        '2. Сапасы',
        '2.1 | 100',
        '2.2 | 100',
        '3. Қол жеткізуі',
        '3.1 | 100',
        '3.2 | 100',
        '3.3 | 40-50',
        '4. Шағымдану үдерісі',
        '4.1 | 1',
        '4.2 | 100',
        '4.3 | 100',
        '4.4 | 90',
        '5. Сыпайылық',
        '5.1 | 85',
      ])
      const first = indicatorLines(farm)[0]!
      expect(first.name.kk).toBe(
        'Құжаттар тапсырылған сәттен бастап белгіленген мерзімде қызметті ұсыну жағдайларының %-ы (үлесі)',
      )
    })

    it('the four land acts: appendix 5, the same six rows, every normative blank', () => {
      const land = nation.standards.filter((s) => s.id.startsWith('land-'))
      expect(land.map((s) => s.id).sort()).toEqual([
        'land-free-temporary-use-act',
        'land-lease-act',
        'land-permanent-use-act',
        'land-private-ownership-act',
      ])
      for (const standard of land) {
        // 004_54007f01c2996dc6.txt:639-660 (and the three repeats)
        expect(standard.appendix.number).toBe(5)
        expect(standard.appendix.titleKk).toBe('Сапа және тиімділік көрсеткіштерінің мәні')
        expect(standard.appendix.columnsKk[0]).toBe('Сапа және тиімділік көрсеткіштері')
        expect(
          standard.rows.map((r) =>
            r.kind === 'group' ? r.heading.kk : `${r.code} | ${r.normative ?? ''}`,
          ),
        ).toEqual([
          // The free temporary use act spells its first heading as the farm certificate does
          // (004:3536); the other three print «Уақтылылығы» (004:649, 1583, 2579).
          standard.id === 'land-free-temporary-use-act' ? '1. Уақытылылығы' : '1. Уақтылылығы',
          '1.1 | ',
          '2. Сапасы',
          '2.1 | ',
          '3. Қол жетімділік',
          '3.1 | ',
          '3.2 | ',
          '4. Шағымдану үдерісі',
          '4.3 | ',
          '5. Сыпайылық',
          '5.1 | ',
        ])
      }
    })

    it('the XLSX sheet of each standard repeats the printed headings and the 1–4 numbering row', async () => {
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(
        Buffer.from(await renderReport(nation, DRAFT, 'xlsx', 'kk')) as unknown as ArrayBuffer,
      )
      const sheet = workbook.getWorksheet('1. Қосымша')!
      const texts = (row: number) =>
        (sheet.getRow(row).values as unknown[]).slice(1, 5).map((v) => String(v ?? ''))
      const headingRow = [6, 7, 8].find(
        (r) => texts(r)[0] === 'Сапа және қол жетімділік көрсеткіштері',
      )!
      expect(texts(headingRow)).toEqual(nation.standards[0]!.appendix.columnsKk)
      expect(texts(headingRow + 1)).toEqual(['1', '2', '3', '4'])
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headingRow + 1 })
      expect(String(sheet.getRow(headingRow + 2).getCell(1).value)).toBe('1. Уақытылылығы')
      expect(String(sheet.getRow(headingRow + 3).getCell(1).value)).toMatch(/^1\.1\. Құжаттар/)
    })
  })

  describe('the numbers of every format equal the indicator engine’s', () => {
    for (const region of [null, 'KZ-11'] as const) {
      const label = region ?? 'nation'
      const model = () => (region ? akmola : nation)

      it(`${label}: the model (scope and breakdown)`, async () => {
        const expected = expectedNumbers(await engineRows(ctx.db, region))
        const got = new Map<string, Numbers>()
        for (const s of model().standards) {
          for (const line of indicatorLines(s)) {
            const f = line.figure
            got.set(key(s.id, line.code, null), {
              value: f.value,
              numerator: f.numerator,
              denominator: f.denominator,
              status: f.status,
              target: f.target,
            })
          }
          for (const unit of s.breakdown.units) {
            for (const [code, f] of Object.entries(unit.figures)) {
              got.set(key(s.id, code, unit.code), {
                value: f.value,
                numerator: f.numerator,
                denominator: f.denominator,
                status: f.status,
                target: f.target,
              })
            }
          }
        }
        // District breakdowns: the region-level offices (no district) are a unit of their own.
        const renamed = new Map(
          [...got].map(([k, v]) => [k.replace(`@ ${region}-region`, '@ null'), v]),
        )
        expect(Object.fromEntries(renamed)).toEqual(Object.fromEntries(expected))
      })

      it(`${label}: CSV parsed back`, async () => {
        const expected = expectedNumbers(await engineRows(ctx.db, region))
        const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
          await renderReport(model(), DRAFT, 'csv', 'ru'),
        )
        expect(csv.startsWith('\uFEFF')).toBe(true)
        const rows = parseCsv(csv.slice(1), { columns: true }) as Record<string, string>[]
        const num = (s: string) => (s === '' ? null : Number(s))
        const got = new Map<string, Numbers>()
        for (const r of rows) {
          const unit = r.unit_level === model().scope.level ? null : r.unit_code!
          got.set(key(r.standard!, r.code!, unit?.replace(`${region}-region`, 'null') ?? null), {
            value: num(r.value!),
            numerator: Number(r.numerator),
            denominator: Number(r.denominator),
            status: r.status,
            target: num(r.target!),
          })
          expect(r.year).toBe('2025')
          expect(r.data_version).toBe(model().dataVersion)
        }
        expect(Object.fromEntries(got)).toEqual(Object.fromEntries(expected))
      })

      it(`${label}: XLSX parsed back (percentages as fractions, counts as integers)`, async () => {
        const expected = expectedNumbers(await engineRows(ctx.db, region))
        const workbook = new ExcelJS.Workbook()
        await workbook.xlsx.load(
          Buffer.from(await renderReport(model(), DRAFT, 'xlsx', 'en')) as unknown as ArrayBuffer,
        )
        const got = new Map<string, Numbers>()
        const pct = (v: unknown) => (typeof v === 'number' ? round2(v * 100) : null)
        model().standards.forEach((s, i) => {
          const appendix = workbook.getWorksheet(`${i + 1}. Appendix`)!
          appendix.eachRow((row) => {
            const name = String(row.getCell(1).value ?? '')
            const code = /^(\d\.\d)\. /.exec(name)?.[1]
            if (!code) return
            const value = row.getCell(4).value
            expect(row.getCell(4).numFmt).toBe('0.00%')
            got.set(key(s.id, code, null), {
              value: pct(value),
              numerator: row.getCell(7).value as number,
              denominator: row.getCell(8).value as number,
              target: pct(row.getCell(5).value),
            })
          })
          const units = workbook.getWorksheet(
            `${i + 1}. ${s.breakdown.level === 'region' ? 'Regions' : 'Districts'}`,
          )!
          // One row per indicator and unit below the header row (frozen), the scope's rows first.
          const header = units.views[0]!.state === 'frozen' ? units.views[0]!.ySplit! : 0
          expect(String(units.getRow(header).getCell(1).value)).toBe('Indicator')
          expect(units.autoFilter).toBeTruthy()
          const codes = new Set(indicatorLines(s).map((l) => l.code))
          units.eachRow((row, n) => {
            const code = String(row.getCell(1).value ?? '')
            const unit = String(row.getCell(2).value ?? '')
            if (n <= header || !codes.has(code) || unit === (region ?? 'KZ')) return
            if (row.getCell(2).isMerged) return
            expect(row.getCell(4).numFmt).toBe('0.00%')
            got.set(key(s.id, code, unit.replace(`${region}-region`, 'null')), {
              value: pct(row.getCell(4).value),
              numerator: row.getCell(7).value as number,
              denominator: row.getCell(8).value as number,
              target: pct(row.getCell(5).value),
            })
          })
        })
        const comparable = new Map(
          [...expected].map(([k, v]) => [
            k,
            {
              value: v.value,
              numerator: v.numerator,
              denominator: v.denominator,
              target: v.target,
            },
          ]),
        )
        expect(Object.fromEntries(got)).toEqual(Object.fromEntries(comparable))
      })

      it(`${label}: JSON parsed back is the model, with commentary`, async () => {
        const json = JSON.parse(
          new TextDecoder().decode(await renderReport(model(), DRAFT, 'json', 'kk')),
        )
        expect(json.report).toEqual(model())
        expect(json.language).toBe('kk')
        expect(json.commentary).toHaveLength(model().standards.length)
      })
    }

    it('nation: the PDF text has every scope value with its counts on its standard’s appendix page, and every region’s row', async () => {
      const pages = pdfText(await renderReport(nation, PUBLISHED, 'pdf', 'kk'))
      const x = reportTexts('kk')
      const { scope, breakdown } = await engineRows(ctx.db, null)
      for (const s of nation.standards) {
        const caption = plain(`«${s.name.kk}» мемлекеттік қызмет стандартына`)
        const page = pages.find((p) => p.replace(/\s+/g, ' ').includes(caption))
        expect(page, `appendix page of ${s.id}`).toBeDefined()
        // pdftotext may drop the narrow spaces of "217 / 236": compare without any space.
        const squash = (t: string) => t.replace(/\s+/g, '')
        const row = (code: string) =>
          squash(page!.split('\n').find((l) => l.trimStart().startsWith(`${code}. `)) ?? '')
        for (const r of scope.filter((line) => line.standard === s.id)) {
          expect(row(r.code), `${s.id} ${r.code}`).toContain(squash(`${x.percent(r.value)}`))
          expect(row(r.code), `${s.id} ${r.code}`).toContain(
            squash(`${r.numerator} / ${r.denominator}`),
          )
        }
        // The breakdown page: one text line per region, its values in the printed order.
        const breakdownPage = pages.find((p) =>
          p
            .replace(/\s+/g, ' ')
            .includes(`${s.name.kk}: ${x.msg('reports.breakdown.region').toLowerCase()}`),
        )
        expect(breakdownPage, `breakdown page of ${s.id}`).toBeDefined()
        for (const unit of s.breakdown.units) {
          // "Алматы" (the city) is not "Алматы облысы": the name is followed by the cells' gap.
          const line = breakdownPage!
            .split('\n')
            .find((l) => l.trimStart().startsWith(`${unit.name.kk}  `))
          expect(line, `${s.id} ${unit.code}`).toBeDefined()
          const values = breakdown
            .filter((r) => r.standard === s.id && r.scope.code === unit.code)
            .map((r) => plain(x.percent(r.value)))
          // Cells are apart by two spaces or more; inside a cell pdftotext may drop a narrow space.
          expect(
            line!
              .slice(unit.name.kk.length)
              .trim()
              .split(/\s{2,}/)
              .map((v) => v.replace(/\s+/g, '')),
            `${s.id} ${unit.code}`,
          ).toEqual(values.map((v) => v.replace(/\s+/g, '')))
        }
      }
    })
  })

  describe('what the golden numbers say (worked out by hand in indicators-golden.test.ts)', () => {
    it('the appendix columns of the national farm table: 1.1 is 217/236 = 91.95 % against the 2025 target 95 → fails; next year’s target 96 is approved; 3.3 is judged against its band 40-50', () => {
      const farm = indicatorLines(nation.standards.find((s) => s.id === FARM)!)
      const row = (code: string) => farm.find((l) => l.code === code)!
      expect(row('1.1')).toMatchObject({
        normative: '100',
        targetNextYear: 96,
        figure: { value: 91.95, numerator: 217, denominator: 236, target: 95, status: 'fails' },
      })
      expect(row('3.3')).toMatchObject({
        normative: '40-50',
        normativeBound: 40,
        targetNextYear: null,
        figure: { value: 5.45, numerator: 12, denominator: 220, status: 'fails' },
      })
      expect(row('4.1')).toMatchObject({ normative: '1', normativeBound: 1, targetNextYear: null })
    })

    it('Akmola’s report: its own targets (85 for 2025, 90 for 2026) and a breakdown by district', () => {
      const farm = akmola.standards.find((s) => s.id === FARM)!
      expect(indicatorLines(farm)[0]).toMatchObject({
        code: '1.1',
        targetNextYear: 90,
        figure: { value: 87.88, numerator: 87, denominator: 99, target: 85, status: 'meets' },
      })
      expect(farm.breakdown.level).toBe('district')
      // The Kokshetau akimat and PSC (A1, P1) are in the city of Kokshetau: 41 + 46 on time of 48 + 51.
      const kokshetau = farm.breakdown.units.find((u) => u.name.en.startsWith('Kokshetau'))!
      expect(kokshetau.figures['1.1']).toMatchObject({ numerator: 87, denominator: 99 })
    })

    it('the English commentary names the missed farm indicators and the regions furthest from their target', () => {
      const farm = commentaryOf(nation, reportTexts('en')).find((c) => c.standardId === FARM)!
      // Nine of the twelve farm indicators fail nationally: all but 4.3 (insufficient), 4.4
      // (meets) and 5.1 (inconclusive); all twelve have a value.
      expect(farm.lines[0]).toBe(
        `${nation.standards[0]!.name.en}: 9 of the 12 indicators with data missed their target.`,
      )
      // 1.1: only Mangystau fails (94.89 % against the national 95: 0.11 points); Akmola meets its own 85.
      const line11 = farm.lines.find((l) => l.startsWith('1.1 '))!
      // One decimal (decision 0029): 91.95 rounds half up to 92.0; none is within 0.05 of its reference.
      expect(line11).toContain('92.0\u00a0% against a target\u00a0of\u00a095.0\u00a0%')
      expect(line11).toContain(
        'Furthest from it: Mangystau Region 94.9\u00a0% (0.1\u00a0percentage points).',
      )
      // 4.1, lower is better against the normative maximum 1: Akmola 7.22 % is 6.22 points above.
      const line41 = farm.lines.find((l) => l.startsWith('4.1 '))!
      expect(line41).toContain('3.4\u00a0% against a normative value\u00a0of\u00a01.0\u00a0%')
      expect(line41).toContain(
        'Furthest from it: Akmola Region 7.2\u00a0% (6.2\u00a0percentage points).',
      )
      expect(farm.lines.at(-1)).toBe(
        'Missed, but within the survey’s sampling error (inconclusive): 5.1.',
      )
    })

    it('the data-quality notes count the unrecorded fields of the farm cases: 31 and 35 of 237 submitted, 5 of 233 completed', () => {
      // Submitted in 2025, withdrawn left out: A1 51 + P1 49 + A2 84 + P2 53 = 237. No wait
      // recorded: F1e 1 + F4b 30 = 31 (1.2's denominator 206 = 237 − 31). First-time flag missing:
      // F1e 1 + F2b 4 + F4b 30 = 35 (3.2: 202). Completed 233 (4.1's denominator); docs flag
      // missing: F1e 1 + F2c 3 + F2c' 1 = 5 (2.2: 228).
      const farm = nation.standards.find((s) => s.id === FARM)!
      expect(farm.missing).toEqual({
        casesSubmitted: 237,
        waitMissing: 31,
        firstTimeMissing: 35,
        casesCompleted: 233,
        docsMissing: 5,
      })
      const notes = qualityNotesOf(nation, reportTexts('en')).find((n) => n.standardId === FARM)!
      expect(notes.lines).toContain(
        // Shares with one decimal (decision 0029): 31/237 = 13.08 → 13.1; 5/233 = 2.15 → 2.1.
        'Queue waiting time not recorded: 31\u00a0of\u00a0237 cases submitted (13.1\u00a0%).',
      )
      expect(notes.lines).toContain(
        'Whether the documents were processed correctly is not recorded: 5\u00a0of\u00a0233 completed cases (2.1\u00a0%).',
      )
      expect(notes.lines).toContain(
        'Fewer than 30 survey answers, so no status is judged: 4.3 (21 answers).',
      )
      // Four of the 220 offices serving the farm certificate have data: coverage is low everywhere.
      expect(notes.lines[0]).toMatch(
        /^Fewer than half of the offices .*: 1\.1 \(4\u00a0of\u00a0220 offices\)/,
      )
    })
  })

  describe('the PDF', () => {
    it('is A4, embeds Noto Sans, carries the Kazakh table heading in its text layer, the Kazakh draft mark alone on every page and page numbers', async () => {
      const pdf = await renderReport(nation, DRAFT, 'pdf', 'kk')
      const pages = pdfText(pdf, false)
      const all = pages.join('\n')
      expect(all.replace(/\s+/g, ' ')).toContain('Сапа және қол жетімділік көрсеткіштері')
      expect(all).toContain('ә')
      pages.forEach((page, i) => {
        // The draft mark in Kazakh alone (issue 12, point 7): «ЖОБА», no "DRAFT".
        expect(page, `page ${i + 1}`).toContain('ЖОБА')
        expect(page, `page ${i + 1}`).not.toContain('DRAFT')
        expect(page, `page ${i + 1}`).toContain(`Бет ${i + 1} / ${pages.length}`)
      })
      const info = execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' })
      expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/)
      const fonts = execFileSync('pdffonts', ['-'], { input: pdf, encoding: 'utf8' })
      expect(fonts).toMatch(/NotoSans-Regular/)
      expect(fonts).toMatch(/NotoSans-Bold/)
      expect(
        fonts
          .split('\n')
          .filter((l) => /NotoSans/.test(l))
          .every((l) => /\byes\s+yes\b/.test(l)),
      ).toBe(true)
      // The breakdown tables are landscape pages.
      expect(
        execFileSync('pdfinfo', ['-f', '1', '-l', String(pages.length), '-'], {
          input: pdf,
          encoding: 'utf8',
        }),
      ).toMatch(/841\.89 x 595\.28/)
    })

    it('renders the farm appendix page to PNG with its Kazakh letters (docs/screenshots/report-page-kk.png)', async () => {
      const pdf = await renderReport(akmola, DRAFT, 'pdf', 'kk')
      const pages = pdfText(pdf, false)
      const page = pages.findIndex((p) => p.includes('3-қосымша')) + 1
      expect(page).toBeGreaterThan(0)
      const dir = mkdtempSync(path.join(os.tmpdir(), 'sapa-report-png-'))
      writeFileSync(path.join(dir, 'r.pdf'), pdf)
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '110',
        '-f',
        String(page),
        '-l',
        String(page),
        '-singlefile',
        path.join(dir, 'r.pdf'),
        path.join(dir, 'page'),
      ])
      const png = readFileSync(path.join(dir, 'page.png'))
      expect(png.subarray(1, 4).toString()).toBe('PNG')
      expect(png.length).toBeGreaterThan(50_000)
      if (ctx.engine === 'pglite') {
        mkdirSync(SCREENSHOTS, { recursive: true })
        writeFileSync(path.join(SCREENSHOTS, 'report-page-kk.png'), png)
        expect(statSync(path.join(SCREENSHOTS, 'report-page-kk.png')).size).toBe(png.length)
      }
    })
  })

  describe('publication', () => {
    it('freezes the report: later facts change the draft, never the published edition; version 2 shows the diff', async () => {
      const v1 = await publishReport(
        ctx.db,
        people.ministry,
        { year: YEAR, regionCode: null },
        CLI_SOURCE,
        new Date('2026-01-20T06:00:00Z'),
      )
      expect(v1.version).toBe(1)
      const loaded1 = (await loadEdition(ctx.db, { year: YEAR, regionCode: null, version: 1 }))!
      // The snapshot read back hashes to the stored content hash, and holds the report as assembled.
      expect(contentHash(loaded1.model)).toBe(v1.contentHash)
      expect(loaded1.model).toEqual(nation)
      const before = Object.fromEntries(
        await Promise.all(
          (['pdf', 'xlsx', 'csv', 'json'] as const).map(
            async (f) => [f, await renderReport(loaded1.model, loaded1.edition, f, 'kk')] as const,
          ),
        ),
      )

      // A later import: 10 more farm cases at the Kokshetau akimat, all on time (5 minutes).
      const later: CaseInput[] = Array.from({ length: 10 }, (_, i) => ({
        externalId: `LATER-${i + 1}`,
        standardId: FARM,
        channel: 'local_executive_body',
        variant: 'standard',
        officeCode: 'KZ-11-AKIMAT-kokshetau-city',
        submittedAt: at('2025-04-07', '10:00'),
        completedAt: at('2025-04-07', '10:05'),
        result: 'issued',
        waitMinutesSubmit: 5,
        waitMinutesPickup: null,
        serviceMinutes: null,
        docsCorrect: true,
        firstTimeCorrect: true,
        suspendedFrom: null,
        suspendedTo: null,
      }))
      await writeCases(ctx.db, 'later-import', later)

      const draft = await draftReport(
        ctx.db,
        OPERATOR_SCOPE,
        { year: YEAR, regionCode: null },
        new Date('2026-02-01T06:00:00Z'),
      )
      expect(draft.model.dataVersion).not.toBe(nation.dataVersion)
      // 1.1 nationally: (217 + 10) / (236 + 10) = 227 / 246 = 92.28 %.
      expect(indicatorLines(draft.model.standards[0]!)[0]!.figure).toMatchObject({
        value: 92.28,
        numerator: 227,
        denominator: 246,
      })

      const again = (await loadEdition(ctx.db, { year: YEAR, regionCode: null, version: 1 }))!
      expect(again.model).toEqual(loaded1.model)
      for (const format of ['pdf', 'xlsx', 'csv', 'json'] as const) {
        const bytes = await renderReport(again.model, again.edition, format, 'kk')
        expect(Buffer.from(bytes).equals(Buffer.from(before[format]!)), format).toBe(true)
      }

      const v2 = await publishReport(
        ctx.db,
        people.ministry,
        { year: YEAR, regionCode: null },
        CLI_SOURCE,
      )
      expect(v2.version).toBe(2)
      expect(v2.contentHash).not.toBe(v1.contentHash)
      const loaded2 = (await loadEdition(ctx.db, { year: YEAR, regionCode: null, version: 2 }))!
      const changes = diffReports(loaded1.model, loaded2.model)
      const change = (code: string, unit: string | null, field: string) =>
        changes.find(
          (c) =>
            c.standardId === FARM && c.code === code && c.unit.code === unit && c.field === field,
        )
      expect(change('1.1', null, 'value')).toMatchObject({ before: 91.95, after: 92.28 })
      expect(change('1.1', null, 'counts')).toMatchObject({ before: '217/236', after: '227/246' })
      // Akmola: (87 + 10) / (99 + 10) = 97 / 109 = 88.99 %; Mangystau unchanged.
      expect(change('1.1', 'KZ-11', 'value')).toMatchObject({ before: 87.88, after: 88.99 })
      expect(change('1.1', 'KZ-47', 'value')).toBeUndefined()
      // The new cases enter 1.2 (waits), 2.2 (documents), 3.2 (first time) and 4.1's denominator —
      // no survey, publication or complaint measure, and no land standard.
      expect([
        ...new Set(
          changes
            .filter((c) => c.unit.code === null && c.field === 'value')
            .map((c) => `${c.standardId} ${c.code}`),
        ),
      ]).toEqual([`${FARM} 1.1`, `${FARM} 1.2`, `${FARM} 2.2`, `${FARM} 3.2`, `${FARM} 4.1`])

      const audits = await ctx.db
        .selectFrom('auditLog')
        .select(['action', 'entity', 'entityId', 'userId'])
        .where('action', '=', 'report.publish')
        .orderBy('id')
        .execute()
      expect(audits).toEqual([
        {
          action: 'report.publish',
          entity: 'published_report',
          entityId: String(v1.id),
          userId: people.ministry.id,
        },
        {
          action: 'report.publish',
          entity: 'published_report',
          entityId: String(v2.id),
          userId: people.ministry.id,
        },
      ])
      await expect(
        sql`update published_reports set content_hash = 'x' where id = ${v1.id}`.execute(ctx.db),
      ).rejects.toThrow(/cannot be changed/)
    })

    it('a regional department publishes its own region’s report only; an agency chair publishes none', async () => {
      const own = await publishReport(
        ctx.db,
        people.akmola,
        { year: YEAR, regionCode: 'KZ-11' },
        CLI_SOURCE,
      )
      expect(own.version).toBe(1)
      await expect(
        publishReport(ctx.db, people.akmola, { year: YEAR, regionCode: 'KZ-47' }, CLI_SOURCE),
      ).rejects.toBeInstanceOf(PublishDenied)
      await expect(
        publishReport(ctx.db, people.akmola, { year: YEAR, regionCode: null }, CLI_SOURCE),
      ).rejects.toBeInstanceOf(PublishDenied)
      for (const regionCode of [null, 'KZ-11']) {
        await expect(
          publishReport(ctx.db, people.landChair, { year: YEAR, regionCode }, CLI_SOURCE),
        ).rejects.toBeInstanceOf(PublishDenied)
      }
      const published = await ctx.db
        .selectFrom('publishedReports as p')
        .leftJoin('regions as r', 'r.id', 'p.regionId')
        .select(['r.code', 'p.version', 'p.publishedBy'])
        .where('p.regionId', 'is not', null)
        .execute()
      expect(published).toEqual([{ code: 'KZ-11', version: 1, publishedBy: people.akmola.id }])
    })

    it('the CLI renders the draft or a published edition: `sapa report --year 2025 --region KZ-11 --format csv --version 1`', async () => {
      const edition = new TextDecoder().decode(
        (
          await reportCommand(ctx.db, [
            '--year',
            '2025',
            '--region',
            'KZ-11',
            '--format',
            'csv',
            '--version',
            '1',
            '--lang',
            'en',
          ])
        ).output as Uint8Array,
      )
      const rows = parseCsv(edition.slice(1), { columns: true }) as Record<string, string>[]
      const farm11 = rows.find(
        (r) => r.standard === FARM && r.code === '1.1' && r.unit_level === 'region',
      )!
      // Published after the later import: 97 / 109.
      expect(farm11).toMatchObject({
        numerator: '97',
        denominator: '109',
        value: '88.99',
        edition: 'v1',
      })
      const dir = mkdtempSync(path.join(os.tmpdir(), 'sapa-cli-report-'))
      const out = path.join(dir, 'r.xlsx')
      const result = await reportCommand(ctx.db, [
        '--year',
        '2025',
        '--format',
        'xlsx',
        '--out',
        out,
      ])
      expect(String(result.output)).toContain('sapa-2025-national-draft-kk.xlsx')
      expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK')
      await expect(reportCommand(ctx.db, ['--year', '2025', '--format', 'pdf'])).rejects.toThrow(
        /--out/,
      )
      await expect(
        reportCommand(ctx.db, [
          '--year',
          '2025',
          '--region',
          'KZ-47',
          '--format',
          'json',
          '--version',
          '1',
        ]),
      ).rejects.toThrow(/no published edition 1/)
      // A land-standard row comes through the CLI as well.
      expect(rows.some((r) => r.standard === LAND_OWNERSHIP)).toBe(true)
    })
  })
})
