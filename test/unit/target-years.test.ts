// The years a target may be proposed for (decision 0019): the current year (an order that came
// late) and the next (point 19 of every standard: next year's values are approved each year).
import { describe, expect, it } from 'vitest'
import { isProposalYear, proposalYears } from '../../app/domain/target-years'

describe('target proposal years', () => {
  it('on 20 November 2026 the open years are 2026 and 2027', () => {
    expect(proposalYears('2026-11-20')).toEqual({ first: 2026, last: 2027 })
    expect(isProposalYear(2026, '2026-11-20')).toBe(true)
    expect(isProposalYear(2027, '2026-11-20')).toBe(true)
  })

  it('a year that is over, one past the next, 2001 and 9999 are closed', () => {
    for (const year of [2001, 2025, 2028, 9999, 0, -1, 2026.5]) {
      expect(isProposalYear(year, '2026-11-20'), String(year)).toBe(false)
    }
  })

  it('on 1 January 2027 (Astana) 2026 closes and 2028 opens', () => {
    expect(proposalYears('2027-01-01')).toEqual({ first: 2027, last: 2028 })
    expect(isProposalYear(2026, '2027-01-01')).toBe(false)
  })
})
