// The dashboards' small rules, pure: the change from last year in percentage points, a year's
// twelve months with gaps for "no data", the order of the units tables, the chart's round ticks.
import { describe, expect, it } from 'vitest'
import { changeInPoints, monthlySeries } from '../../app/domain/indicator-trend'
import { chartTicks } from '../../app/components/trend-charts'
import { sortUnits, type UnitRow } from '../../app/dashboards/region-dashboard.server'

describe('changeInPoints', () => {
  it('is the difference of the shown values in percentage points, 2 decimals', () => {
    // 87.88 % this year, 85.42 % last year → +2.46 points (not a relative 2.88 %).
    expect(changeInPoints(87.88, 85.42)).toBe(2.46)
    expect(changeInPoints(0, 38.1)).toBe(-38.1)
  })
  it('is null when either year has no data', () => {
    expect(changeInPoints(null, 90)).toBeNull()
    expect(changeInPoints(90, null)).toBeNull()
  })
})

describe('monthlySeries', () => {
  it('has twelve months, a gap (no row, never 0 %) where the engine has no row', () => {
    const series = monthlySeries(2025, [
      { period: '2025-02', value: 88.76, numerator: 79, denominator: 89, status: 'meets' },
      { period: '2025-06', value: 0, numerator: 0, denominator: 2, status: 'fails' },
    ])
    expect(series.map((m) => m.month)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
    ])
    expect(series.map((m) => m.row?.value ?? null)).toEqual([
      null,
      88.76,
      null,
      null,
      null,
      0,
      null,
      null,
      null,
      null,
      null,
      null,
    ])
    // June's 0 % is a real zero (two cases due, none on time); January has no row at all.
    expect(series[5]!.row).toMatchObject({ value: 0, denominator: 2 })
    expect(series[0]!.row).toBeNull()
  })
})

describe('sortUnits', () => {
  const cell = (value: number | null) => ({
    value,
    status: value === null ? ('no_data' as const) : ('meets' as const),
    numerator: 0,
    denominator: value === null ? 0 : 1,
    target: null,
    ciLow: null,
    ciHigh: null,
    contributing: 0,
    serving: 0,
    lowCoverage: false,
  })
  const row = (code: string | null, name: string, value: number | null): UnitRow => ({
    code,
    name,
    href: null,
    target: { year: 2025 },
    cells: { '1.1': cell(value) },
  })
  const rows = [
    row('b', 'Burabay', 92),
    row(null, 'Region-level offices', 99),
    row('a', 'Akkol', null),
    row('c', 'Zerendi', 97),
    row('d', 'Esil', 92),
  ]
  it('by value, no data last in either direction, ties by name; region level first', () => {
    expect(sortUnits(rows, { key: '1.1', dir: 'desc' }, 'en').map((r) => r.name)).toEqual([
      'Region-level offices',
      'Zerendi',
      'Burabay',
      'Esil',
      'Akkol',
    ])
    expect(sortUnits(rows, { key: '1.1', dir: 'asc' }, 'en').map((r) => r.name)).toEqual([
      'Region-level offices',
      'Burabay',
      'Esil',
      'Zerendi',
      'Akkol',
    ])
  })
  it('by name in the language’s order', () => {
    expect(sortUnits(rows, { key: 'name', dir: 'desc' }, 'en').map((r) => r.name)).toEqual([
      'Region-level offices',
      'Zerendi',
      'Esil',
      'Burabay',
      'Akkol',
    ])
  })
})

describe('chartTicks', () => {
  it('steps of 1, 2, 5, 10, 20 or 25 points, at most six ticks', () => {
    expect(chartTicks([90, 100])).toEqual([90, 92, 94, 96, 98, 100])
    expect(chartTicks([45, 100])).toEqual([60, 80, 100])
    expect(chartTicks([0, 5])).toEqual([0, 1, 2, 3, 4, 5])
    expect(chartTicks([80, 100])).toEqual([80, 85, 90, 95, 100])
  })
})
