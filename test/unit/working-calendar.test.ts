import { describe, expect, it } from 'vitest'
import type { CalendarException } from '../../app/domain/working-calendar'
import {
  createWorkingCalendar,
  dayNumber,
  fromDayNumber,
  isoWeekday,
} from '../../app/domain/working-calendar'

// Hand-copied from seeds/reference/calendar-days.csv (Law 267 holidays, art. 5 carry-overs,
// MTSZN transfer orders) for the months these tests use.
const exceptions: CalendarException[] = [
  // January 2025: 1–2 New Year; MTSZN order 21.11.2024 moved the day off from Sun 5 Jan to Fri 3 Jan;
  // 7 Jan Orthodox Christmas.
  { day: '2025-01-01', kind: 'holiday' },
  { day: '2025-01-02', kind: 'holiday' },
  { day: '2025-01-03', kind: 'transfer_day_off' },
  { day: '2025-01-05', kind: 'transfer_working_day' },
  { day: '2025-01-07', kind: 'holiday' },
  // March 2026: 8 Mar falls on a Sunday, carried to Mon 9 Mar; Nauryz 21 (Sat), 22 (Sun), 23 (Mon),
  // the weekend ones carried past the whole block to Tue 24 and Wed 25.
  { day: '2026-03-08', kind: 'holiday' },
  { day: '2026-03-09', kind: 'transfer_day_off' },
  { day: '2026-03-21', kind: 'holiday' },
  { day: '2026-03-22', kind: 'holiday' },
  { day: '2026-03-23', kind: 'holiday' },
  { day: '2026-03-24', kind: 'transfer_day_off' },
  { day: '2026-03-25', kind: 'transfer_day_off' },
]
const calendar = createWorkingCalendar(exceptions)

describe('day numbers', () => {
  it('count days since 1970-01-01: 2025-03-20 is day 20 167', () => {
    // 1970→2025: 55 years of 365 days plus 14 leap days (1972, 1976, …, 2024) = 20 089;
    // then January 31 + February 28 + 19 days of March = 78 → 20 167.
    expect(dayNumber('1970-01-01')).toBe(0)
    expect(dayNumber('2025-03-20')).toBe(20_167)
    expect(fromDayNumber(20_167)).toBe('2025-03-20')
    expect(dayNumber('1969-12-31')).toBe(-1)
    expect(fromDayNumber(-1)).toBe('1969-12-31')
  })

  it('agree with Date.UTC and round-trip for every day from 1900 to 2200', () => {
    const first = Date.UTC(1900, 0, 1) / 86_400_000
    const last = Date.UTC(2200, 11, 31) / 86_400_000
    for (let n = first; n <= last; n++) {
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10)
      if (dayNumber(iso) !== n || fromDayNumber(n) !== iso) {
        expect.fail(`day ${n} / ${iso} does not round-trip`)
      }
    }
  })

  it('reject strings that are not real YYYY-MM-DD dates', () => {
    expect(() => dayNumber('2025-02-29')).toThrow(RangeError) // 2025 is not a leap year
    expect(() => dayNumber('2025-13-01')).toThrow(RangeError)
    expect(() => dayNumber('2025-3-20')).toThrow(RangeError)
    expect(() => dayNumber('2025-03-20T00:00:00Z')).toThrow(RangeError)
    expect(dayNumber('2024-02-29')).toBe(dayNumber('2024-03-01') - 1) // 2024 is
  })

  it('give ISO weekdays: 1970-01-01 was a Thursday, 2026-03-20 a Friday', () => {
    expect(isoWeekday(0)).toBe(4)
    expect(isoWeekday(dayNumber('2026-03-20'))).toBe(5)
    expect(isoWeekday(dayNumber('2025-01-05'))).toBe(7)
    expect(isoWeekday(dayNumber('1969-12-28'))).toBe(7) // negative day numbers too
  })
})

describe('isWorkingDay', () => {
  it('a plain Monday–Friday is a working day and a plain Saturday or Sunday is not', () => {
    expect(calendar.isWorkingDay('2026-03-20')).toBe(true) // Friday
    expect(calendar.isWorkingDay('2026-03-16')).toBe(true) // Monday
    expect(calendar.isWorkingDay('2026-03-14')).toBe(false) // Saturday
    expect(calendar.isWorkingDay('2026-03-15')).toBe(false) // Sunday
  })

  it('a holiday or a carried-over day off on a weekday is not a working day (Nauryz 2026)', () => {
    expect(calendar.isWorkingDay('2026-03-23')).toBe(false) // Monday, Nauryz
    expect(calendar.isWorkingDay('2026-03-24')).toBe(false) // Tuesday, carried from Sat 21
    expect(calendar.isWorkingDay('2026-03-25')).toBe(false) // Wednesday, carried from Sun 22
    expect(calendar.isWorkingDay('2026-03-26')).toBe(true) // Thursday after the block
  })

  it('a Sunday a transfer made working is a working day, and the Friday it freed is not (2025)', () => {
    expect(calendar.isWorkingDay('2025-01-05')).toBe(true) // Sunday, transfer_working_day
    expect(calendar.isWorkingDay('2025-01-03')).toBe(false) // Friday, transfer_day_off
    expect(calendar.isWorkingDay('2025-01-04')).toBe(false) // Saturday, untouched
  })

  it('a day listed both as a holiday and as a transferred working day stays a day off', () => {
    // Contradictory data: Law 267 art. 5 makes a holiday non-working, so the day off wins.
    const contradictory = createWorkingCalendar([
      { day: '2026-03-21', kind: 'transfer_working_day' },
      { day: '2026-03-21', kind: 'holiday' },
    ])
    expect(contradictory.isWorkingDay('2026-03-21')).toBe(false)
  })

  it('a calendar without exceptions knows only weekends, in any year', () => {
    // 1 Jan 1900 was a Monday and the Gregorian calendar repeats every 400 years (146 097 days =
    // 20 871 weeks), so 1 Jan 2300 is a Monday and 6 Jan 2300 a Saturday. 1800 → 1900 is 36 524
    // days (24 leap days), 5 mod 7, so 1 Jan 1800 was 5 weekdays before Monday: a Wednesday.
    const bare = createWorkingCalendar([])
    expect(bare.isWorkingDay('2026-03-23')).toBe(true) // Monday; no Nauryz in this calendar
    expect(bare.isWorkingDay('1800-01-01')).toBe(true) // Wednesday, before the fast table
    expect(bare.isWorkingDay('2300-01-01')).toBe(true) // Monday, after the fast table
    expect(bare.isWorkingDay('2300-01-06')).toBe(false) // Saturday, after the fast table
  })
})

describe('nextWorkingDay', () => {
  it('is strictly after the day: after Friday 20 March 2026 comes Thursday 26 March (Nauryz 21–25)', () => {
    expect(calendar.nextWorkingDay('2026-03-20')).toBe('2026-03-26')
  })

  it('after a working Monday comes Tuesday, not the Monday itself', () => {
    expect(calendar.nextWorkingDay('2026-03-16')).toBe('2026-03-17')
  })

  it('after the New Year days 2025 comes the working Sunday 5 January', () => {
    // Thu 2 Jan holiday → Fri 3 transferred day off, Sat 4 weekend → Sun 5 made working.
    expect(calendar.nextWorkingDay('2024-12-31')).toBe('2025-01-05')
  })
})

describe('addWorkingDays', () => {
  it('a 6-working-day term from Friday 20 March 2026 ends on Thursday 2 April (Nauryz 21–25 March)', () => {
    // Sat 21–Wed 25 are off; Thu 26 (1), Fri 27 (2), Mon 30 (3), Tue 31 (4), Wed 1 Apr (5), Thu 2 Apr (6).
    expect(calendar.addWorkingDays('2026-03-20', 6)).toBe('2026-04-02')
  })

  it('counts the transferred working Sunday 5 January 2025 and skips Christmas on the 7th', () => {
    // After Tue 31 Dec 2024: Sun 5 Jan (1), Mon 6 (2), Tue 7 Christmas, Wed 8 (3), Thu 9 (4).
    expect(calendar.addWorkingDays('2024-12-31', 4)).toBe('2025-01-09')
  })

  it('zero working days is the day itself, even a day off', () => {
    expect(calendar.addWorkingDays('2026-03-21', 0)).toBe('2026-03-21')
  })

  it('a negative count goes back: one working day before Thursday 26 March 2026 is Friday 20 March', () => {
    expect(calendar.addWorkingDays('2026-03-26', -1)).toBe('2026-03-20')
    expect(calendar.addWorkingDays('2026-04-02', -6)).toBe('2026-03-20')
  })

  it('works beyond the precomputed table with the weekend rule alone', () => {
    // Mon 1 Jan 2300 (see above): Tue 2 (1), Wed 3 (2), Thu 4 (3), Fri 5 (4), Mon 8 (5);
    // from Sat 6 the next working day is Mon 8; and back from Mon 8, five working days is Mon 1.
    expect(calendar.addWorkingDays('2300-01-01', 5)).toBe('2300-01-08')
    expect(calendar.addWorkingDays('2300-01-06', 1)).toBe('2300-01-08')
    expect(calendar.addWorkingDays('2300-01-08', -5)).toBe('2300-01-01')
  })

  it('the day-number variant gives the same answer as the string one', () => {
    const n = calendar.byDayNumber.addWorkingDays(dayNumber('2026-03-20'), 6)
    expect(fromDayNumber(n)).toBe('2026-04-02')
  })
})

describe('workingDaysBetween', () => {
  it('counts the working days in (from, to]: 6 from Friday 20 March to Thursday 2 April 2026', () => {
    expect(calendar.workingDaysBetween('2026-03-20', '2026-04-02')).toBe(6)
  })

  it('does not count the first day and does count the last', () => {
    // (Thu 19, Fri 20] = {Fri 20}; (Fri 20, Fri 20] is empty.
    expect(calendar.workingDaysBetween('2026-03-19', '2026-03-20')).toBe(1)
    expect(calendar.workingDaysBetween('2026-03-20', '2026-03-20')).toBe(0)
  })

  it('is zero across the Nauryz block and negative when the interval is reversed', () => {
    expect(calendar.workingDaysBetween('2026-03-20', '2026-03-25')).toBe(0)
    expect(calendar.workingDaysBetween('2026-04-02', '2026-03-20')).toBe(-6)
  })

  it('counts across the edge of the precomputed table (31 December 2100) by the weekend rule', () => {
    // 1 Jan 2000 was a Saturday; 2000 → 2100 is 36 525 days (25 leap days), 6 mod 7, so 1 Jan 2100
    // is a Friday, and 2100 (not a leap year) ends on Friday 31 Dec. (Mon 27 Dec 2100, Fri 7 Jan
    // 2101] holds Tue 28 – Fri 31 (4) and Mon 3 – Fri 7 January (5): 9 working days.
    const bare = createWorkingCalendar([])
    expect(isoWeekday(dayNumber('2100-12-31'))).toBe(5)
    expect(bare.workingDaysBetween('2100-12-27', '2101-01-07')).toBe(9)
    expect(bare.workingDaysBetween('2101-01-07', '2100-12-27')).toBe(-9)
    // and before the table: (Wed 1 Jan 1800, Wed 8 Jan 1800] = Thu 2, Fri 3, Mon 6, Tue 7, Wed 8.
    expect(bare.workingDaysBetween('1800-01-01', '1800-01-08')).toBe(5)
  })
})
