// The alert rules' pure part (app/domain/alert-rules.ts, decision 0030): what an evaluation raises
// and resolves, who receives an alert (scope before subscription), a subscription's problems.
import { describe, expect, it } from 'vitest'
import {
  lastCompleteMonth,
  overdueAboveThreshold,
  planAlerts,
  recipientsOf,
  rulesForRole,
  subscriptionProblems,
  type AlertFinding,
  type AlertPreferences,
  type AlertReader,
  type StoredAlert,
} from '../../app/domain/alert-rules'

const AKMOLA = 11
const ALMATY = 19

function finding(over: Partial<AlertFinding> = {}): AlertFinding {
  return {
    rule: 'indicator_fails',
    scopeKind: 'office',
    scopeId: 7,
    regionId: AKMOLA,
    period: '2026-11',
    standardId: 'land-a',
    measure: '4.1',
    figures: {},
    ...over,
  }
}

const stored = (id: number, f: AlertFinding, resolvedAt: Date | null = null): StoredAlert => ({
  id,
  rule: f.rule,
  scopeKind: f.scopeKind,
  scopeId: f.scopeId,
  regionId: f.regionId,
  period: f.period,
  standardId: f.standardId,
  measure: f.measure,
  resolvedAt,
})

const everything = () => true

describe('planAlerts', () => {
  it('raises a new finding once, even when it is listed twice', () => {
    const f = finding()
    const plan = planAlerts([f, f], [], everything)
    expect(plan.raise).toHaveLength(1)
    expect(plan.resolve).toHaveLength(0)
  })

  it('raises nothing for a finding whose alert is open already', () => {
    const f = finding()
    expect(planAlerts([f], [stored(1, f)], everything)).toEqual({ raise: [], resolve: [] })
  })

  it('raises again a finding whose alert was resolved (the same key)', () => {
    const f = finding()
    expect(planAlerts([f], [stored(1, f, new Date())], everything).raise).toEqual([f])
  })

  it('resolves an open alert the evaluation covered and no longer finds', () => {
    const gone = stored(1, finding({ scopeId: 7 }))
    const other = stored(2, finding({ scopeId: 8 }))
    // The evaluation looked at office 7 only: office 8's alert stays open.
    const plan = planAlerts([], [gone, other], (k) => k.scopeId === 7)
    expect(plan.resolve.map((a) => a.id)).toEqual([1])
  })

  it('never resolves an alert resolved already', () => {
    const f = finding()
    expect(planAlerts([], [stored(1, f, new Date())], everything).resolve).toEqual([])
  })

  it('tells findings apart by period, standard and indicator', () => {
    const a = finding()
    const plan = planAlerts(
      [finding({ period: '2026-10' }), finding({ measure: '4.2' }), finding({ standardId: 'x' })],
      [stored(1, a)],
      everything,
    )
    // Three new keys raised; the stored one (2026-11, land-a, 4.1) is no longer found: resolved.
    expect(plan.raise).toHaveLength(3)
    expect(plan.resolve.map((r) => r.id)).toEqual([1])
  })
})

const ALL: AlertPreferences = {
  rules: ['indicator_fails', 'projected_miss', 'overdue_open', 'import_invalid_rows'],
  regionIds: null,
  standardIds: null,
  channels: ['inbox'],
}

function reader(userId: number, over: Partial<AlertReader>): AlertReader {
  return {
    userId,
    role: 'ministry_official',
    regionId: null,
    standards: 'all',
    preferences: ALL,
    ...over,
  }
}

describe('recipientsOf', () => {
  const admin = reader(1, { role: 'admin' })
  const ministry = reader(2, {})
  const akmola = reader(3, { role: 'regional_qc', regionId: AKMOLA })
  const almaty = reader(4, { role: 'regional_qc', regionId: ALMATY })
  const landChair = reader(5, { role: 'agency_chair', standards: ['land-a', 'land-b'] })
  const farmChair = reader(6, { role: 'agency_chair', standards: ['farm'] })
  const everyone = [admin, ministry, akmola, almaty, landChair, farmChair]
  const ids = (f: AlertFinding, readers = everyone) => recipientsOf(f, readers).map((r) => r.userId)

  it('an Akmola office failing a land indicator: admin, ministry, Akmola, the land chair', () => {
    expect(ids(finding())).toEqual([1, 2, 3, 5])
  })

  it('an Almaty office: never the Akmola department; the farm standard: never the land chair', () => {
    expect(ids(finding({ regionId: ALMATY, standardId: 'farm' }))).toEqual([1, 2, 4, 6])
  })

  it('every indicator rule follows the same scope', () => {
    for (const rule of ['projected_miss', 'overdue_open'] as const) {
      expect(ids(finding({ rule, regionId: ALMATY }))).toEqual([1, 2, 4, 5])
    }
  })

  it('an import batch of Akmola: the administrator and Akmola only (no standard, no chair)', () => {
    const batch = finding({
      rule: 'import_invalid_rows',
      scopeKind: 'region',
      scopeId: AKMOLA,
      period: 'batch-9',
      standardId: '',
      measure: '',
    })
    expect(ids(batch)).toEqual([1, 3])
  })

  it('a subscription narrows, never widens', () => {
    const narrowed = reader(7, {
      role: 'regional_qc',
      regionId: AKMOLA,
      // Asks for Almaty too: scope still refuses it.
      preferences: { ...ALL, rules: ['overdue_open'], regionIds: [AKMOLA, ALMATY] },
    })
    expect(ids(finding(), [narrowed])).toEqual([])
    expect(ids(finding({ rule: 'overdue_open' }), [narrowed])).toEqual([7])
    expect(ids(finding({ rule: 'overdue_open', regionId: ALMATY }), [narrowed])).toEqual([])
    const standards = reader(8, { preferences: { ...ALL, standardIds: ['farm'] } })
    expect(ids(finding(), [standards])).toEqual([])
    expect(ids(finding({ standardId: 'farm' }), [standards])).toEqual([8])
  })

  it('hands each recipient its channels', () => {
    const both = reader(9, { preferences: { ...ALL, channels: ['inbox', 'email'] } })
    expect(recipientsOf(finding(), [both])).toEqual([{ userId: 9, channels: ['inbox', 'email'] }])
  })
})

describe('subscriptionProblems', () => {
  it('a regional department naming another region', () => {
    expect(
      subscriptionProblems(
        { ...ALL, rules: ['overdue_open'], regionIds: [AKMOLA, ALMATY] },
        { role: 'regional_qc', regionId: AKMOLA, standards: 'all' },
      ),
    ).toEqual([{ field: 'regions', code: 'outsideScope', value: ALMATY }])
  })

  it('a chair naming another agency’s standard, and an import rule', () => {
    expect(
      subscriptionProblems(
        { ...ALL, rules: ['import_invalid_rows'], standardIds: ['land-a', 'farm'] },
        { role: 'agency_chair', regionId: null, standards: ['land-a'] },
      ),
    ).toEqual([
      { field: 'standards', code: 'outsideScope', value: 'farm' },
      { field: 'rules', code: 'notForRole', value: 'import_invalid_rows' },
    ])
  })

  it('no channel at all', () => {
    expect(
      subscriptionProblems(
        { ...ALL, channels: [] },
        { role: 'admin', regionId: null, standards: 'all' },
      ),
    ).toEqual([{ field: 'channels', code: 'none' }])
  })

  it('the rules a role may ask for', () => {
    expect(rulesForRole('agency_chair')).toEqual([
      'indicator_fails',
      'projected_miss',
      'overdue_open',
    ])
    // An office going stale is about no one standard: never an agency chair.
    expect(rulesForRole('ministry_official')).toEqual([
      'indicator_fails',
      'projected_miss',
      'overdue_open',
      'office_stale',
    ])
    expect(rulesForRole('regional_qc')).toHaveLength(5)
  })
})

describe('periods and thresholds', () => {
  it('the last complete month', () => {
    expect(lastCompleteMonth('2026-12-04')).toEqual({ month: '2026-11', lastDay: '2026-11-30' })
    expect(lastCompleteMonth('2026-01-15')).toEqual({ month: '2025-12', lastDay: '2025-12-31' })
    expect(lastCompleteMonth('2028-03-01')).toEqual({ month: '2028-02', lastDay: '2028-02-29' })
  })

  it('above the threshold means strictly more', () => {
    expect(overdueAboveThreshold(10, 10)).toBe(false)
    expect(overdueAboveThreshold(11, 10)).toBe(true)
  })
})
