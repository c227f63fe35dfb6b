// The data-freshness rules (docs/domain.md "Data freshness"), worked out by hand on a calendar:
// today is Friday 4 December 2026. Counting back: 30 November is 4 days before, 31 October 34,
// 30 October 35 and 29 October 36.
import { describe, expect, it } from 'vitest'
import {
  addMonths,
  daysBetween,
  DEFAULT_FRESHNESS_THRESHOLDS,
  isStale,
  lastCompleteMonth,
  latestDate,
  monthsWithoutRecords,
  wasRegular,
} from '../../app/domain/freshness'

const today = '2026-12-04'
const thresholds = DEFAULT_FRESHNESS_THRESHOLDS
const regular = ['2026-07', '2026-08', '2026-09', '2026-10']

describe('days and months', () => {
  it('counts whole days across month ends', () => {
    expect(daysBetween('2026-10-30', today)).toBe(35)
    expect(daysBetween('2026-10-29', today)).toBe(36)
    expect(daysBetween('2026-02-10', '2026-03-18')).toBe(36) // 18 in February + 18 in March
  })

  it('steps months across a year end', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12')
    expect(addMonths('2025-11', 3)).toBe('2026-02')
    expect(lastCompleteMonth(today)).toBe('2026-11')
    expect(lastCompleteMonth('2027-01-01')).toBe('2026-12')
  })
})

describe('isStale: more than 35 days without a case after three regular months', () => {
  it('36 days after the last case, with cases in July, August and September: stale', () => {
    expect(isStale({ latestOn: '2026-10-29', today, monthsWithRecords: regular, thresholds })).toBe(
      true,
    )
  })

  it('exactly 35 days after the last case: not stale yet', () => {
    expect(isStale({ latestOn: '2026-10-30', today, monthsWithRecords: regular, thresholds })).toBe(
      false,
    )
  })

  it('an office with a gap (no case in August) before it went quiet: not stale', () => {
    const months = ['2026-06', '2026-07', '2026-09', '2026-10']
    expect(wasRegular('2026-10-29', months, 3)).toBe(false)
    expect(isStale({ latestOn: '2026-10-29', today, monthsWithRecords: months, thresholds })).toBe(
      false,
    )
  })

  it('a new office (cases only since September): not stale', () => {
    const months = ['2026-09', '2026-10']
    expect(isStale({ latestOn: '2026-10-01', today, monthsWithRecords: months, thresholds })).toBe(
      false,
    )
  })

  it('an office with no case at all: not stale', () => {
    expect(isStale({ latestOn: null, today, monthsWithRecords: [], thresholds })).toBe(false)
  })

  it('the regular months are counted back across a year end', () => {
    const months = ['2025-11', '2025-12', '2026-01', '2026-02']
    expect(
      isStale({
        latestOn: '2026-02-10',
        today: '2026-03-18',
        monthsWithRecords: months,
        thresholds,
      }),
    ).toBe(true)
  })

  it('follows the thresholds an administrator set: 60 days, 2 months', () => {
    const loose = { staleAfterDays: 60, regularMonths: 2 }
    expect(
      isStale({ latestOn: '2026-10-29', today, monthsWithRecords: regular, thresholds: loose }),
    ).toBe(false)
    // 4 December − 60 days = 5 October; 61 days = 4 October. August and September had cases.
    expect(
      isStale({ latestOn: '2026-10-04', today, monthsWithRecords: regular, thresholds: loose }),
    ).toBe(true)
  })
})

describe('months without records', () => {
  it('a gap (May) and the months since the office stopped (November), not before its first', () => {
    const months = ['2026-03', '2026-04', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']
    expect(
      monthsWithoutRecords({ monthsWithRecords: months, from: '2026-01', through: '2026-11' }),
    ).toEqual(['2026-05', '2026-11'])
  })

  it('a new office with records every month since it opened: none', () => {
    expect(
      monthsWithoutRecords({
        monthsWithRecords: ['2026-10', '2026-11'],
        from: '2025-12',
        through: '2026-11',
      }),
    ).toEqual([])
  })

  it('an office with no history: none', () => {
    expect(
      monthsWithoutRecords({ monthsWithRecords: [], from: '2025-12', through: '2026-11' }),
    ).toEqual([])
  })

  it('records before the window count as "had them before"', () => {
    expect(
      monthsWithoutRecords({ monthsWithRecords: ['2025-06'], from: '2026-10', through: '2026-11' }),
    ).toEqual(['2026-10', '2026-11'])
  })
})

describe('latestDate', () => {
  it('is the latest date, ignoring kinds without records', () => {
    expect(latestDate(['2026-11-30', null, '2026-12-01', '2025-01-01'])).toBe('2026-12-01')
    expect(latestDate([null, null])).toBeNull()
  })
})
