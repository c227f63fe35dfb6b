// Pure rules behind the administration pages: the compact before → after of an audit row, and
// which calendar exception a day can carry (docs/domain.md §5: a transfer swaps a weekday and a
// weekend day).
import { describe, expect, it } from 'vitest'
import { auditDiff, auditDiffLine } from '../../app/domain/audit-diff'
import { calendarDayProblem } from '../../app/domain/calendar-exception'

describe('audit before → after', () => {
  it('keeps an unchanged key as context and shows each changed one with both sides', () => {
    const changes = auditDiff(
      { email: 'a@b.kz', active: true },
      { email: 'a@b.kz', active: false, sessionsEnded: 2 },
    )
    expect(changes).toEqual([
      { key: 'email', before: 'a@b.kz', after: 'a@b.kz', same: true },
      { key: 'active', before: 'true', after: 'false', same: false },
      { key: 'sessionsEnded', before: null, after: '2', same: false },
    ])
    expect(auditDiffLine(changes)).toBe('email: a@b.kz; active: true → false; sessionsEnded: — → 2')
  })
  it('a row with one side only is a record: its values, no arrows', () => {
    expect(auditDiffLine(auditDiff(null, { email: 'x@y.kz', reason: 'invalid' }))).toBe(
      'email: x@y.kz; reason: invalid',
    )
    expect(auditDiff(null, null)).toEqual([])
  })
})

describe('calendar exceptions by weekday', () => {
  // 2025: 3 November is a Monday, 8 November a Saturday, 9 November a Sunday.
  it('a transferred day off falls on Monday–Friday, a transferred working day on a weekend', () => {
    expect(calendarDayProblem('2025-11-03', 'transfer_day_off')).toBeNull()
    expect(calendarDayProblem('2025-11-08', 'transfer_day_off')).toBe('transferDayOffOnWeekend')
    expect(calendarDayProblem('2025-11-09', 'transfer_working_day')).toBeNull()
    expect(calendarDayProblem('2025-11-07', 'transfer_working_day')).toBe(
      'transferWorkingDayOnWeekday',
    )
  })
  it('a holiday may fall on any day; an impossible date is refused', () => {
    expect(calendarDayProblem('2025-11-08', 'holiday')).toBeNull()
    expect(calendarDayProblem('2025-11-05', 'holiday')).toBeNull()
    expect(calendarDayProblem('2025-02-29', 'holiday')).toBe('notADate')
  })
})
