// The annual report's pure parts, on a small hand-made model: the canonical JSON and its hash, the
// diff between editions, the commentary's "furthest from the target", the reference a value is
// judged against, the download names, who may publish, and byte-stable XLSX files.
import { describe, expect, it } from 'vitest'
import { canPublishReport, type AccountUser } from '../../app/accounts/policy.server'
import { parseReportFile } from '../../app/annual-reports/editions.server'
import { commentaryOf, furthestUnits } from '../../reports/commentary'
import { canonicalJson, contentHash } from '../../reports/content-hash'
import { diffReports } from '../../reports/diff'
import {
  REPORT_SCHEMA,
  referenceOf,
  shortfall,
  type Figure,
  type IndicatorLine,
  type ReportModel,
} from '../../reports/model'
import { renderReport } from '../../reports/render'
import { reportTexts } from '../../reports/texts.server'

const figure = (
  numerator: number,
  denominator: number,
  status: Figure['status'],
  target: number | null = null,
): Figure => ({
  value: denominator ? Math.round((10000 * numerator) / denominator) / 100 : null,
  numerator,
  denominator,
  status,
  target,
  ciLow: null,
  ciHigh: null,
  contributing: 1,
  serving: 4,
  lowCoverage: true,
})

const names = (en: string) => ({ kk: `${en} (kk)`, ru: `${en} (ru)`, en })

function line(code: string, partial: Partial<IndicatorLine>): IndicatorLine {
  return {
    kind: 'indicator',
    code,
    measure: 'on_time',
    direction: 'higher_is_better',
    name: names(`Indicator ${code}`),
    normative: '100',
    normativeBound: 100,
    targetNextYear: null,
    figure: figure(0, 0, 'no_data'),
    ...partial,
  }
}

/** One standard, two indicators (1.1 on time, target 90; 4.1 complaints, max 1), three regions. */
function model(): ReportModel {
  return {
    schema: REPORT_SCHEMA,
    year: 2025,
    asOf: '2025-12-31',
    scope: { level: 'nation', code: null, name: null },
    dataVersion: 'abc',
    standards: [
      {
        id: 'std',
        name: names('Standard'),
        agency: names('Agency'),
        decree: { number: '1', date: '2011-01-01' },
        appendix: { number: 3, titleKk: 'Кесте', columnsKk: ['a', 'b', 'c', 'd'], source: 'test' },
        rows: [
          { kind: 'group', slug: 'timeliness', heading: names('1. Timeliness') },
          line('1.1', { targetNextYear: 92, figure: figure(85, 100, 'fails', 90) }),
          { kind: 'group', slug: 'complaints', heading: names('4. Complaints') },
          line('4.1', {
            measure: 'justified_complaint_rate',
            direction: 'lower_is_better',
            normative: '1',
            normativeBound: 1,
            figure: figure(3, 100, 'fails'),
          }),
        ],
        breakdown: {
          level: 'region',
          units: [
            // A: 1.1 at 80 against its own 85 (5 points short); 4.1 at 4 % (3 points above 1).
            {
              code: 'KZ-A',
              name: names('Alpha'),
              figures: { '1.1': figure(80, 100, 'fails', 85), '4.1': figure(4, 100, 'fails') },
            },
            // B: 1.1 at 70 against the national 90 (20 short); 4.1 at 0.5 % meets.
            {
              code: 'KZ-B',
              name: names('Beta'),
              figures: { '1.1': figure(70, 100, 'fails', 90), '4.1': figure(1, 200, 'meets') },
            },
            // C: 1.1 at 95 meets; 4.1 at 4 % — the same 3 points as A: the code breaks the tie.
            {
              code: 'KZ-C',
              name: names('Gamma'),
              figures: { '1.1': figure(95, 100, 'meets', 90), '4.1': figure(2, 50, 'fails') },
            },
          ],
        },
        missing: {
          casesSubmitted: 0,
          waitMissing: 0,
          firstTimeMissing: 0,
          casesCompleted: 0,
          docsMissing: 0,
        },
      },
    ],
  }
}

describe('canonical JSON and the content hash', () => {
  it('sorts keys at every level, so a jsonb round trip (which reorders keys) keeps the hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[2,{"y":null,"z":1}]},"b":1}',
    )
    const m = model()
    const reverse = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverse)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reverse(x)]),
            )
          : v
    const reordered = reverse(m)
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(m))
    expect(contentHash(reordered)).toBe(contentHash(m))
    expect(contentHash(m)).toMatch(/^[0-9a-f]{64}$/)
    const changed = model()
    changed.standards[0]!.breakdown.units[0]!.figures['1.1']!.numerator = 81
    expect(contentHash(changed)).not.toBe(contentHash(m))
  })

  it('refuses numbers JSON cannot carry', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(/finite/)
  })
})

describe('what the commentary names', () => {
  it('the reference is the target, else the normative bound (a band’s low end, a maximum’s high end)', () => {
    expect(referenceOf({ normativeBound: 40 }, 95)).toEqual({ kind: 'target', value: 95 })
    expect(referenceOf({ normativeBound: 40 }, null)).toEqual({ kind: 'normative', value: 40 })
    expect(referenceOf({ normativeBound: null }, null)).toBeNull()
    // 80 against 85: 5 points short; 4 % against a maximum of 1 %: 3 points over; a meet is 0.
    expect(shortfall('higher_is_better', 80, 85)).toBe(5)
    expect(shortfall('lower_is_better', 4, 1)).toBe(3)
    expect(shortfall('higher_is_better', 96, 95)).toBe(0)
  })

  it('the units furthest from their own reference, failing ones only, ties by code', () => {
    const standard = model().standards[0]!
    const [l11, l41] = standard.rows.filter((r): r is IndicatorLine => r.kind === 'indicator')
    // 1.1: Beta 20 points short of the national 90, Alpha 5 short of its own 85; Gamma meets.
    expect(furthestUnits(standard, l11!).map((u) => [u.code, u.gap])).toEqual([
      ['KZ-B', 20],
      ['KZ-A', 5],
    ])
    // 4.1: Alpha and Gamma both 3 points over the maximum 1; Beta meets.
    expect(furthestUnits(standard, l41!).map((u) => [u.code, u.gap])).toEqual([
      ['KZ-A', 3],
      ['KZ-C', 3],
    ])
  })

  it('in English: two of two indicators missed, with their furthest regions', () => {
    const [block] = commentaryOf(model(), reportTexts('en'))
    expect(block!.lines).toEqual([
      'Standard: 2 of the 2 indicators with data missed their target.',
      // One decimal (decision 0029): no value is within 0.05 of its reference.
      '1.1 “Indicator 1.1”: 85.0\u00a0% against a target\u00a0of\u00a090.0\u00a0%. Furthest from it: Beta 70.0\u00a0% (20.0\u00a0percentage points); Alpha 80.0\u00a0% (5.0\u00a0percentage points).',
      '4.1 “Indicator 4.1”: 3.0\u00a0% against a normative value\u00a0of\u00a01.0\u00a0%. Furthest from it: Alpha 4.0\u00a0% (3.0\u00a0percentage points); Gamma 4.0\u00a0% (3.0\u00a0percentage points).',
    ])
  })
})

describe('the diff between two editions', () => {
  it('lists the value, counts and status of the scope and of each unit that changed, and next year’s target', () => {
    const before = model()
    const after = model()
    const s = after.standards[0]!
    const l11 = s.rows[1] as IndicatorLine
    l11.figure = figure(95, 100, 'meets', 90)
    l11.targetNextYear = 93
    s.breakdown.units[1]!.figures['1.1'] = figure(71, 100, 'fails', 90)
    expect(
      diffReports(before, after).map((c) => [c.code, c.unit.code, c.field, c.before, c.after]),
    ).toEqual([
      ['1.1', null, 'value', 85, 95],
      ['1.1', null, 'status', 'fails', 'meets'],
      ['1.1', null, 'counts', '85/100', '95/100'],
      ['1.1', null, 'targetNextYear', 92, 93],
      ['1.1', 'KZ-B', 'value', 70, 71],
      ['1.1', 'KZ-B', 'counts', '70/100', '71/100'],
    ])
    expect(diffReports(before, model())).toEqual([])
  })
})

describe('downloads and publication rights', () => {
  it('a download is draft or vN, in one of the four formats', () => {
    expect(parseReportFile('draft.pdf')).toEqual({ version: null, format: 'pdf' })
    expect(parseReportFile('v12.xlsx')).toEqual({ version: 12, format: 'xlsx' })
    for (const bad of ['v0.pdf', 'v1.html', 'latest.pdf', 'v1.pdf.exe', 'V1.pdf', '../v1.pdf']) {
      expect(parseReportFile(bad), bad).toBeNull()
    }
  })

  it('a ministry official or an administrator publishes any report; a regional department its own region’s; a chair none', () => {
    const user = (role: AccountUser['role'], regionCode: string | null = null): AccountUser => ({
      id: 1,
      email: 'x@test',
      name: 'x',
      role,
      regionId: regionCode ? 1 : null,
      regionCode,
      agencyId: role === 'agency_chair' ? 'ministry-of-agriculture' : null,
    })
    const national = { regionCode: null }
    const akmola = { regionCode: 'KZ-11' }
    expect(canPublishReport(user('ministry_official'), national)).toBe(true)
    expect(canPublishReport(user('ministry_official'), akmola)).toBe(true)
    expect(canPublishReport(user('admin'), national)).toBe(true)
    expect(canPublishReport(user('regional_qc', 'KZ-11'), akmola)).toBe(true)
    expect(canPublishReport(user('regional_qc', 'KZ-11'), { regionCode: 'KZ-47' })).toBe(false)
    expect(canPublishReport(user('regional_qc', 'KZ-11'), national)).toBe(false)
    expect(canPublishReport(user('agency_chair'), national)).toBe(false)
    expect(canPublishReport(user('agency_chair'), akmola)).toBe(false)
  })
})

describe('byte-stable files of a published edition', () => {
  it('the XLSX and the PDF of an edition are the same bytes whenever they are rendered', async () => {
    const edition = {
      status: 'published' as const,
      version: 1,
      publishedAt: '2026-01-20T06:00:00.000Z',
      contentHash: contentHash(model()),
    }
    for (const format of ['xlsx', 'pdf'] as const) {
      const first = await renderReport(model(), edition, format, 'ru')
      await new Promise((r) => setTimeout(r, 2100)) // past the ZIP format's 2-second clock
      const second = await renderReport(model(), edition, format, 'ru')
      expect(Buffer.from(first).equals(Buffer.from(second)), format).toBe(true)
    }
  }, 60_000)
})
