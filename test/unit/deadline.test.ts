import { describe, expect, it } from 'vitest'
import type { DeadlineRule } from '../../app/domain/deadline'
import {
  complaintTermEndsAt,
  computeDueAt,
  daysLate,
  endOfLocalDay,
  isOnTime,
  localDay,
} from '../../app/domain/deadline'
import type { CalendarException } from '../../app/domain/working-calendar'
import { createWorkingCalendar } from '../../app/domain/working-calendar'

// Hand-copied from seeds/reference/calendar-days.csv for the months these tests use.
// February 2024 and February 2026 have no exceptions.
const exceptions: CalendarException[] = [
  { day: '2024-03-08', kind: 'holiday' }, // Women's Day, a Friday
  // May 2024: MTSZN order 17.04.2024 made Sat 4 May working and Wed 8 May a day off, bridging
  // Tue 7 (Defender of the Fatherland Day) and Thu 9 (Victory Day).
  { day: '2024-05-01', kind: 'holiday' },
  { day: '2024-05-04', kind: 'transfer_working_day' },
  { day: '2024-05-07', kind: 'holiday' },
  { day: '2024-05-08', kind: 'transfer_day_off' },
  { day: '2024-05-09', kind: 'holiday' },
  // January 2025: New Year 1–2; MTSZN order 21.11.2024 moved the day off from Sun 5 to Fri 3;
  // Orthodox Christmas Tue 7.
  { day: '2025-01-01', kind: 'holiday' },
  { day: '2025-01-02', kind: 'holiday' },
  { day: '2025-01-03', kind: 'transfer_day_off' },
  { day: '2025-01-05', kind: 'transfer_working_day' },
  { day: '2025-01-07', kind: 'holiday' },
  // March 2025: Sat 8 Mar carried to Mon 10 (Law 267 art. 5); Nauryz Fri 21–Sun 23, weekend days
  // carried to Mon 24 and Tue 25.
  { day: '2025-03-08', kind: 'holiday' },
  { day: '2025-03-10', kind: 'transfer_day_off' },
  { day: '2025-03-21', kind: 'holiday' },
  { day: '2025-03-22', kind: 'holiday' },
  { day: '2025-03-23', kind: 'holiday' },
  { day: '2025-03-24', kind: 'transfer_day_off' },
  { day: '2025-03-25', kind: 'transfer_day_off' },
  // March 2026: Sun 8 Mar carried to Mon 9; Nauryz Sat 21–Mon 23, weekend days carried past the
  // block to Tue 24 and Wed 25.
  { day: '2026-03-08', kind: 'holiday' },
  { day: '2026-03-09', kind: 'transfer_day_off' },
  { day: '2026-03-21', kind: 'holiday' },
  { day: '2026-03-22', kind: 'holiday' },
  { day: '2026-03-23', kind: 'holiday' },
  { day: '2026-03-24', kind: 'transfer_day_off' },
  { day: '2026-03-25', kind: 'transfer_day_off' },
  // May 2026: Fri 1, Thu 7, Sat 9 (carried to Mon 11); Fri 8 May stayed a working day.
  { day: '2026-05-01', kind: 'holiday' },
  { day: '2026-05-07', kind: 'holiday' },
  { day: '2026-05-09', kind: 'holiday' },
  { day: '2026-05-11', kind: 'transfer_day_off' },
]
const calendar = createWorkingCalendar(exceptions)
const ALMATY = 'Asia/Almaty' // UTC+6 until 1 March 2024, UTC+5 since
const AQTOBE = 'Asia/Aqtobe' // UTC+5 throughout

const workingDays = (termAmount: number): DeadlineRule => ({
  termAmount,
  termUnit: 'working_days',
})
const calendarDays = (termAmount: number): DeadlineRule => ({
  termAmount,
  termUnit: 'calendar_days',
})
const minutes = (termAmount: number): DeadlineRule => ({ termAmount, termUnit: 'minutes' })

const dueAt = (submittedAt: string, rule: DeadlineRule, timeZone = ALMATY) =>
  computeDueAt({ submittedAt: new Date(submittedAt), rule, timeZone, calendar })

describe('working_days terms', () => {
  it('a 6-working-day term submitted on Friday 20 March 2026 ends on Thursday 2 April (Nauryz 21–25 March)', () => {
    // An earlier example said Wednesday 1 April; counting gives Thursday. The term starts the day
    // after submission; Sat 21, Sun 22, Mon 23 (Nauryz) and Tue 24, Wed 25 (carried over) are off.
    // Thu 26 (1), Fri 27 (2), Mon 30 (3), Tue 31 (4), Wed 1 Apr (5), Thu 2 Apr (6).
    expect(dueAt('2026-03-20T10:00:00+05:00', workingDays(6))).toEqual(
      new Date('2026-04-02T23:59:59.999+05:00'),
    )
  })

  it('a 4-working-day duplicate term submitted on Thursday 2 May 2024 ends on Friday 10 May, counting the transferred working Saturday 4 May', () => {
    // Fri 3 (1), Sat 4 made working (2), Sun 5 off, Mon 6 (3), Tue 7 Defender's Day, Wed 8
    // transferred day off, Thu 9 Victory Day, Fri 10 (4). Almaty is UTC+5 by then.
    expect(dueAt('2024-05-02T15:30:00+05:00', workingDays(4))).toEqual(
      new Date('2024-05-10T23:59:59.999+05:00'),
    )
  })

  it('a 4-working-day term from Tuesday 31 December 2024 counts the transferred working Sunday 5 January 2025 and ends on Thursday 9 January', () => {
    // Wed 1, Thu 2 New Year; Fri 3 day off moved from Sun 5; Sat 4 off; Sun 5 working (1);
    // Mon 6 (2); Tue 7 Christmas; Wed 8 (3); Thu 9 (4).
    expect(dueAt('2024-12-31T16:00:00+05:00', workingDays(4))).toEqual(
      new Date('2025-01-09T23:59:59.999+05:00'),
    )
  })

  it('a submission on Saturday 14 March 2026 starts counting from Monday 16 March: 6 working days end on Thursday 26 March', () => {
    // Mon 16 (1), Tue 17 (2), Wed 18 (3), Thu 19 (4), Fri 20 (5), Sat 21–Wed 25 off, Thu 26 (6).
    // "The 6th working day strictly after Saturday" and "counting from the next working day" agree,
    // and a Sunday submission is the same; a Monday one ends a working day later (Fri 27 March).
    const expected = new Date('2026-03-26T23:59:59.999+05:00')
    expect(dueAt('2026-03-14T11:00:00+05:00', workingDays(6))).toEqual(expected)
    expect(dueAt('2026-03-15T11:00:00+05:00', workingDays(6))).toEqual(expected)
    expect(dueAt('2026-03-16T11:00:00+05:00', workingDays(6))).toEqual(
      new Date('2026-03-27T23:59:59.999+05:00'),
    )
  })

  it('a submission on a holiday (Monday 23 March 2026, Nauryz) counts Thursday 26 March as day 1', () => {
    // Tue 24, Wed 25 carried over; Thu 26 (1), Fri 27 (2), Mon 30 (3), Tue 31 (4).
    expect(dueAt('2026-03-23T12:00:00+05:00', workingDays(4))).toEqual(
      new Date('2026-03-31T23:59:59.999+05:00'),
    )
  })
})

describe('calendar_days terms', () => {
  it('a 2-calendar-day term ending on a working day is not moved: Tuesday 3 → Thursday 5 February 2026', () => {
    expect(dueAt('2026-02-03T09:00:00+05:00', calendarDays(2))).toEqual(
      new Date('2026-02-05T23:59:59.999+05:00'),
    )
  })

  it('a 2-calendar-day term submitted on Friday 13 March 2026 ends on Sunday 15 March, moved to Monday 16 March', () => {
    // Sat 14 (1), Sun 15 (2) is not a working day → the next working day, Mon 16.
    expect(dueAt('2026-03-13T17:45:00+05:00', calendarDays(2))).toEqual(
      new Date('2026-03-16T23:59:59.999+05:00'),
    )
  })

  it('a 2-calendar-day term ending on Saturday 21 March 2026 (Nauryz) moves past the whole block to Thursday 26 March', () => {
    // Submitted Thu 19: Fri 20 (1), Sat 21 (2) → Sun 22, Mon 23 holidays, Tue 24, Wed 25 carried
    // over → Thu 26.
    expect(dueAt('2026-03-19T10:00:00+05:00', calendarDays(2))).toEqual(
      new Date('2026-03-26T23:59:59.999+05:00'),
    )
  })
})

describe('minutes terms', () => {
  it('a 10-minute rule ends 10 minutes after submission, to the millisecond', () => {
    expect(dueAt('2025-06-05T09:03:27.500+05:00', minutes(10))).toEqual(
      new Date('2025-06-05T09:13:27.500+05:00'),
    )
  })

  it('a minutes rule ignores days off and the end of the day', () => {
    // 23:55 on Nauryz (Sat 21 March 2026) + 10 minutes = 00:05 on Sunday 22 March.
    expect(dueAt('2026-03-21T23:55:00+05:00', minutes(10))).toEqual(
      new Date('2026-03-22T00:05:00+05:00'),
    )
  })
})

describe('on time means completed_at ≤ due_at, and a day term ends at 23:59:59.999 local', () => {
  const due = dueAt('2026-03-20T10:00:00+05:00', workingDays(6))!

  it('a case completed at 23:59:59 local on its due day is on time and at 00:00:01 the next day is late', () => {
    expect(isOnTime(new Date('2026-04-02T23:59:59+05:00'), due)).toBe(true)
    expect(isOnTime(new Date('2026-04-03T00:00:01+05:00'), due)).toBe(false)
  })

  it('the last millisecond of the due day is on time and midnight is late', () => {
    expect(isOnTime(new Date('2026-04-02T23:59:59.999+05:00'), due)).toBe(true)
    expect(isOnTime(new Date('2026-04-03T00:00:00.000+05:00'), due)).toBe(false)
  })
})

describe("the office's time zone", () => {
  it('before 1 March 2024 one instant near midnight is Tuesday 20 February in Aqtobe (UTC+5) and Wednesday 21 February in Almaty (UTC+6), so a 4-working-day term ends a day apart', () => {
    // 2024-02-20T18:30Z is 23:30 Tue 20 Feb in Aqtobe and 00:30 Wed 21 Feb in Almaty.
    // Aqtobe: Wed 21 (1), Thu 22 (2), Fri 23 (3), Mon 26 (4) → end of Mon 26 Feb at UTC+5.
    // Almaty: Thu 22 (1), Fri 23 (2), Mon 26 (3), Tue 27 (4) → end of Tue 27 Feb at UTC+6.
    const instant = '2024-02-20T18:30:00Z'
    expect(localDay(new Date(instant), AQTOBE)).toBe('2024-02-20')
    expect(localDay(new Date(instant), ALMATY)).toBe('2024-02-21')
    expect(dueAt(instant, workingDays(4), AQTOBE)).toEqual(
      new Date('2024-02-26T23:59:59.999+05:00'),
    )
    expect(dueAt(instant, workingDays(4), ALMATY)).toEqual(
      new Date('2024-02-27T23:59:59.999+06:00'),
    )
  })

  it('since 1 March 2024 Almaty and Aqtobe share UTC+5 and the same local date', () => {
    const instant = new Date('2024-03-20T18:30:00Z') // 23:30 Wed 20 March in both
    expect(localDay(instant, ALMATY)).toBe('2024-03-20')
    expect(localDay(instant, AQTOBE)).toBe('2024-03-20')
  })

  it('a term submitted under UTC+6 in Almaty and ending after the 1 March 2024 change ends at 23:59:59.999 UTC+5', () => {
    // Submitted Tue 27 Feb 2024 10:00 (+06): Wed 28 (1), Thu 29 (2), Fri 1 Mar (3), Mon 4 (4),
    // Tue 5 (5), Wed 6 (6). The end of Wed 6 March is 18:59:59.999Z, an hour later than at +06.
    expect(dueAt('2024-02-27T10:00:00+06:00', workingDays(6))).toEqual(
      new Date('2024-03-06T18:59:59.999Z'),
    )
  })

  it('in Almaty Thursday 29 February 2024 lasted 25 hours, and a term ending that day ends after the repeated hour', () => {
    // At 24:00 (+06) the clocks went back to 23:00 (+05), so 23:00–23:59 of 29 Feb happened twice;
    // the day ended at 23:59:59.999 +05:00 = 18:59:59.999Z. A 2-calendar-day term from Tue 27
    // ends on Thu 29 (a working day). A case completed at 23:30 in the repeated hour is on time.
    const due = dueAt('2024-02-27T10:00:00+06:00', calendarDays(2))!
    expect(due).toEqual(new Date('2024-02-29T23:59:59.999+05:00'))
    expect(endOfLocalDay('2024-02-29', ALMATY)).toEqual(due)
    expect(localDay(new Date('2024-02-29T23:30:00+05:00'), ALMATY)).toBe('2024-02-29')
    expect(isOnTime(new Date('2024-02-29T23:30:00+05:00'), due)).toBe(true)
  })

  it('an unknown time zone is rejected', () => {
    expect(() => dueAt('2026-03-20T10:00:00+05:00', workingDays(6), 'Asia/Nowhere')).toThrow(
      RangeError,
    )
  })
})

describe('suspension moves the deadline by its length, in the term’s unit', () => {
  const submittedAt = new Date('2025-03-03T10:00:00+05:00') // Monday 3 March 2025

  it('without a suspension, 6 working days from Monday 3 March 2025 end on Wednesday 12 March', () => {
    // Tue 4 (1), Wed 5 (2), Thu 6 (3), Fri 7 (4), Sat 8 / Sun 9 weekend (8 March on a Saturday),
    // Mon 10 carried over, Tue 11 (5), Wed 12 (6).
    expect(computeDueAt({ submittedAt, rule: workingDays(6), timeZone: ALMATY, calendar })).toEqual(
      new Date('2025-03-12T23:59:59.999+05:00'),
    )
  })

  it('a suspension from Wednesday 5 to Tuesday 11 March 2025 covers 3 working days and moves that term to Monday 17 March', () => {
    // Working days in (Wed 5, Tue 11]: Thu 6, Fri 7, Tue 11 = 3 (Sat 8, Sun 9, Mon 10 are off).
    // Wed 12 + 3 working days: Thu 13, Fri 14, Mon 17.
    const suspension = {
      from: new Date('2025-03-05T15:00:00+05:00'),
      to: new Date('2025-03-11T09:00:00+05:00'),
    }
    expect(
      computeDueAt({ submittedAt, rule: workingDays(6), timeZone: ALMATY, calendar, suspension }),
    ).toEqual(new Date('2025-03-17T23:59:59.999+05:00'))
  })

  it('a suspension that starts and ends on the same day does not move a day term', () => {
    const suspension = {
      from: new Date('2025-03-05T10:00:00+05:00'),
      to: new Date('2025-03-05T16:00:00+05:00'),
    }
    expect(
      computeDueAt({ submittedAt, rule: workingDays(6), timeZone: ALMATY, calendar, suspension }),
    ).toEqual(new Date('2025-03-12T23:59:59.999+05:00'))
  })

  it('a 2-calendar-day term suspended for 2 calendar days runs to Saturday 7 February 2026 and moves to Monday 9 February', () => {
    // Submitted Tue 3 Feb: unsuspended end Thu 5. Suspended Wed 4 12:00 → Fri 6 12:00: Thu 5 and
    // Fri 6 = 2 days. Tue 3 + 2 + 2 = Sat 7, not a working day → Mon 9.
    const suspension = {
      from: new Date('2026-02-04T12:00:00+05:00'),
      to: new Date('2026-02-06T12:00:00+05:00'),
    }
    expect(
      computeDueAt({
        submittedAt: new Date('2026-02-03T09:00:00+05:00'),
        rule: calendarDays(2),
        timeZone: ALMATY,
        calendar,
        suspension,
      }),
    ).toEqual(new Date('2026-02-09T23:59:59.999+05:00'))
  })

  it('a 10-minute rule suspended for 25 minutes ends 35 minutes after submission', () => {
    const suspension = {
      from: new Date('2025-06-05T09:05:00+05:00'),
      to: new Date('2025-06-05T09:30:00+05:00'),
    }
    expect(
      computeDueAt({
        submittedAt: new Date('2025-06-05T09:00:00+05:00'),
        rule: minutes(10),
        timeZone: ALMATY,
        calendar,
        suspension,
      }),
    ).toEqual(new Date('2025-06-05T09:35:00+05:00'))
  })

  it('a case still suspended has no deadline (null), so it is left out of on_time', () => {
    const suspension = { from: new Date('2025-03-05T15:00:00+05:00'), to: null }
    expect(
      computeDueAt({ submittedAt, rule: workingDays(6), timeZone: ALMATY, calendar, suspension }),
    ).toBeNull()
  })

  it('a suspension that ends before it starts is rejected', () => {
    const suspension = {
      from: new Date('2025-03-11T09:00:00+05:00'),
      to: new Date('2025-03-05T15:00:00+05:00'),
    }
    expect(() =>
      computeDueAt({ submittedAt, rule: workingDays(6), timeZone: ALMATY, calendar, suspension }),
    ).toThrow(RangeError)
  })
})

describe('invalid terms', () => {
  it('a term must be a positive whole number', () => {
    expect(() => dueAt('2026-03-20T10:00:00+05:00', workingDays(0))).toThrow(RangeError)
    expect(() => dueAt('2026-03-20T10:00:00+05:00', calendarDays(1.5))).toThrow(RangeError)
    expect(() => dueAt('2026-03-20T10:00:00+05:00', minutes(-10))).toThrow(RangeError)
  })
})

describe('complaintTermEndsAt: like a calendar_days deadline from the day received', () => {
  it('a 30-day term from Friday 6 February 2026 runs to Sunday 8 March (Women’s Day) and ends on Tuesday 10 March', () => {
    // Sat 7 Feb is day 1, Sat 28 Feb day 22, Sun 1 Mar day 23, Sun 8 Mar day 30 — a holiday on a
    // Sunday, carried over to Mon 9 — so the term ends on the next working day, Tue 10 March.
    expect(
      complaintTermEndsAt({
        receivedAt: new Date('2026-02-06T11:00:00+05:00'),
        termDays: 30,
        timeZone: ALMATY,
        calendar,
      }),
    ).toEqual(new Date('2026-03-10T23:59:59.999+05:00'))
  })

  it('a 15-day term from Wednesday 22 April 2026 runs to Thursday 7 May (Defender’s Day) and ends on Friday 8 May', () => {
    // Thu 23 Apr is day 1, Thu 30 Apr day 8, Thu 7 May day 15, a holiday; Fri 8 May is working.
    const termEnd = complaintTermEndsAt({
      receivedAt: new Date('2026-04-22T16:20:00+05:00'),
      termDays: 15,
      timeZone: ALMATY,
      calendar,
    })
    expect(termEnd).toEqual(new Date('2026-05-08T23:59:59.999+05:00'))
    // Decided and upheld at 18:00 on Fri 8 May: within the term.
    expect(isOnTime(new Date('2026-05-08T18:00:00+05:00'), termEnd)).toBe(true)
  })
})

describe('daysLate: whole local calendar days after the due day', () => {
  const due = new Date('2026-04-02T23:59:59.999+05:00') // Thursday 2 April 2026, Almaty

  it('is 0 for a case completed on time', () => {
    expect(daysLate(new Date('2026-04-02T17:00:00+05:00'), due, ALMATY)).toBe(0)
  })

  it('is 1 for a case completed at 00:00:01 the day after the due day', () => {
    expect(daysLate(new Date('2026-04-03T00:00:01+05:00'), due, ALMATY)).toBe(1)
  })

  it('is 4 for a case due Thursday 2 April and completed on Monday 6 April', () => {
    expect(daysLate(new Date('2026-04-06T10:00:00+05:00'), due, ALMATY)).toBe(4)
  })

  it('counts dates in the office’s zone: 20:00 UTC on 3 April is already 4 April in Almaty', () => {
    // 2026-04-03T20:00Z = 01:00 Sat 4 April at UTC+5 → 4 − 2 = 2 days late (1 by UTC dates).
    expect(daysLate(new Date('2026-04-03T20:00:00Z'), due, ALMATY)).toBe(2)
  })
})
