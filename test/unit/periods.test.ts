import { describe, expect, it } from 'vitest'
import { periodsOfYear } from '../../app/domain/periods'

describe('periods of a reporting year', () => {
  it('a closed year by quarter: four quarters ending 31 Mar, 30 Jun, 30 Sep, 31 Dec', () => {
    expect(periodsOfYear(2025, 'quarter', '2025-12-31')).toEqual([
      { label: '2025-Q1', start: '2025-01-01', end: '2025-03-31' },
      { label: '2025-Q2', start: '2025-04-01', end: '2025-06-30' },
      { label: '2025-Q3', start: '2025-07-01', end: '2025-09-30' },
      { label: '2025-Q4', start: '2025-10-01', end: '2025-12-31' },
    ])
  })

  it('an open year by month, as of 15 March: January, February, and March cut at the 15th', () => {
    expect(periodsOfYear(2025, 'month', '2025-03-15')).toEqual([
      { label: '2025-01', start: '2025-01-01', end: '2025-01-31' },
      { label: '2025-02', start: '2025-02-01', end: '2025-02-28' },
      { label: '2025-03', start: '2025-03-01', end: '2025-03-15' },
    ])
  })

  it('February of a leap year ends on the 29th', () => {
    expect(periodsOfYear(2024, 'month', '2024-12-31')[1]).toEqual({
      label: '2024-02',
      start: '2024-02-01',
      end: '2024-02-29',
    })
  })

  it('the whole year as one period, cut at the as-of date', () => {
    expect(periodsOfYear(2026, 'year', '2026-11-23')).toEqual([
      { label: '2026', start: '2026-01-01', end: '2026-11-23' },
    ])
  })
})
