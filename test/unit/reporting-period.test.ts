// The reporting period every page counts over (app/domain/reporting-period.ts, decision 0020):
// a year up to its as-of date, compared with the same period of the year before.
import { describe, expect, it } from 'vitest'
import {
  asOfDate,
  defaultReportYear,
  defaultYear,
  pagePeriod,
  reportingPeriod,
  samePeriodYearBefore,
  todayInKazakhstan,
  yearOptions,
} from '../../app/domain/reporting-period'

describe('todayInKazakhstan', () => {
  it('is the date at UTC+5: 19:00 UTC on 14 March 2026 is already 15 March in Astana', () => {
    expect(todayInKazakhstan(new Date('2026-03-14T18:59:59Z'))).toBe('2026-03-14')
    expect(todayInKazakhstan(new Date('2026-03-14T19:00:00Z'))).toBe('2026-03-15')
  })
})

describe('the as-of date and the comparison period', () => {
  it('a running year counts up to today and is compared with 1 January – the same day a year earlier', () => {
    const period = reportingPeriod(2026, '2026-03-15')
    expect(period).toEqual({ year: 2026, from: '2026-01-01', asOf: '2026-03-15' })
    // Not the whole of 2025: ten weeks of 2026 against ten weeks of 2025.
    expect(samePeriodYearBefore(period)).toEqual({
      year: 2025,
      from: '2025-01-01',
      asOf: '2025-03-15',
    })
  })

  it('a year that is over counts to 31 December and is compared with the whole year before', () => {
    expect(asOfDate(2025, '2026-03-15')).toBe('2025-12-31')
    expect(samePeriodYearBefore(reportingPeriod(2025, '2026-03-15'))).toEqual({
      year: 2024,
      from: '2024-01-01',
      asOf: '2024-12-31',
    })
  })

  it('29 February is compared with 28 February of a common year; 28 February with 28 February', () => {
    expect(samePeriodYearBefore(reportingPeriod(2028, '2028-02-29')).asOf).toBe('2027-02-28')
    expect(samePeriodYearBefore(reportingPeriod(2029, '2029-02-28')).asOf).toBe('2028-02-28')
  })
})

describe('the year a page opens on and the years it offers', () => {
  it('opens on the latest year with data, never a future one; the current year without data', () => {
    expect(defaultYear({ first: 2023, last: 2025 }, '2026-03-15')).toBe(2025)
    // Cases dated 2027 (a data error or a planned import) do not move the page into the future.
    expect(defaultYear({ first: 2024, last: 2027 }, '2026-03-15')).toBe(2026)
    expect(defaultYear(null, '2026-03-15')).toBe(2026)
  })

  it('offers the years with data and the current one, latest first, and the year asked for', () => {
    expect(yearOptions({ first: 2023, last: 2025 }, 2025, '2026-03-15')).toEqual([
      2026, 2025, 2024, 2023,
    ])
    expect(yearOptions(null, 2026, '2026-03-15')).toEqual([2026])
    // A year asked for in the URL is offered even without data, with the years in between.
    expect(yearOptions({ first: 2025, last: 2025 }, 2022, '2026-03-15')).toEqual([
      2026, 2025, 2024, 2023, 2022,
    ])
  })

  it('a page without a year asked for: the latest year with data, over, against the whole year before', () => {
    // Data 2023–2025, today 15 March 2026: the page opens on 2025, which is over → 31 December,
    // compared with the whole of 2024; 2026 is offered although it has no data yet.
    expect(pagePeriod({ first: 2023, last: 2025 }, undefined, '2026-03-15')).toEqual({
      year: 2025,
      from: '2025-01-01',
      asOf: '2025-12-31',
      previous: { year: 2024, from: '2024-01-01', asOf: '2024-12-31' },
      years: [2026, 2025, 2024, 2023],
    })
    // The current year asked for: to today, against 2025 to 15 March.
    expect(pagePeriod({ first: 2023, last: 2025 }, 2026, '2026-03-15')).toMatchObject({
      asOf: '2026-03-15',
      previous: { year: 2025, asOf: '2025-03-15' },
    })
  })

  it('an annual report opens on the latest year that is over', () => {
    expect(defaultReportYear('2026-03-15')).toBe(2025)
    expect(defaultReportYear('2026-12-31')).toBe(2025)
  })
})
