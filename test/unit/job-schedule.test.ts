// The next run of a schedule on Kazakhstan's clock, worked out by hand. Since 1 March 2024
// Asia/Almaty is UTC+5 all year (no daylight-saving time): 03:00 local is 22:00 UTC the day
// before, 09:00 local is 04:00 UTC. Before that date Almaty was UTC+6.
import { describe, expect, it } from 'vitest'
import { dailyAt, monthlyAt, nextRun, occurrenceKey, weeklyAt } from '../../app/domain/job-schedule'

const at = (iso: string) => new Date(iso)
const iso = (d: Date) => d.toISOString()

describe('daily at 03:00, Asia/Almaty', () => {
  const daily = dailyAt(3, 0)

  it('on Friday 4 December 2026 at 15:20 local (10:20Z): Saturday 03:00 local = Friday 22:00Z', () => {
    expect(iso(nextRun(daily, at('2026-12-04T10:20:00Z')))).toBe('2026-12-04T22:00:00.000Z')
  })

  it('at 02:59 local (21:59Z) it is the same night, one minute later', () => {
    expect(iso(nextRun(daily, at('2026-12-04T21:59:00Z')))).toBe('2026-12-04T22:00:00.000Z')
  })

  it('exactly at 03:00 local the next run is the next day (strictly after)', () => {
    expect(iso(nextRun(daily, at('2026-12-04T22:00:00Z')))).toBe('2026-12-05T22:00:00.000Z')
  })

  it('across the year end: 31 December 2026 23:30 local → 1 January 2027 03:00 local', () => {
    // 31 Dec 23:30 +05 = 31 Dec 18:30Z; 1 Jan 03:00 +05 = 31 Dec 22:00Z.
    expect(iso(nextRun(daily, at('2026-12-31T18:30:00Z')))).toBe('2026-12-31T22:00:00.000Z')
  })

  it('in January 2024 Almaty was UTC+6: 03:00 local was 21:00Z', () => {
    // 10 Jan 2024 00:00Z = 06:00 +06 local, past 03:00 → 11 Jan 03:00 +06 = 10 Jan 21:00Z.
    expect(iso(nextRun(daily, at('2024-01-10T00:00:00Z')))).toBe('2024-01-10T21:00:00.000Z')
  })

  it('over the switch to UTC+5 (1 March 2024): 1 March 03:00 local is 29 February 22:00Z', () => {
    // 29 Feb 12:00Z = 18:00 +06 local; the next 03:00 is on 1 March, already at +05.
    expect(iso(nextRun(daily, at('2024-02-29T12:00:00Z')))).toBe('2024-02-29T22:00:00.000Z')
  })
})

describe('weekly on Monday at 09:00, Asia/Almaty', () => {
  const weekly = weeklyAt(1, 9, 0)

  it('on Friday 4 December 2026 → Monday 7 December 09:00 local = 04:00Z', () => {
    expect(iso(nextRun(weekly, at('2026-12-04T10:20:00Z')))).toBe('2026-12-07T04:00:00.000Z')
  })

  it('on Monday before 09:00 local → the same Monday', () => {
    // Monday 7 Dec 08:59 +05 = 03:59Z.
    expect(iso(nextRun(weekly, at('2026-12-07T03:59:00Z')))).toBe('2026-12-07T04:00:00.000Z')
  })

  it('on Monday at 09:00 local exactly → the Monday a week later', () => {
    expect(iso(nextRun(weekly, at('2026-12-07T04:00:00Z')))).toBe('2026-12-14T04:00:00.000Z')
  })

  it('on Sunday evening UTC that is already Monday in Almaty: Sun 6 Dec 20:00Z = Mon 01:00 local', () => {
    expect(iso(nextRun(weekly, at('2026-12-06T20:00:00Z')))).toBe('2026-12-07T04:00:00.000Z')
  })
})

describe('occurrence keys', () => {
  it('name the local time with its offset', () => {
    expect(occurrenceKey('jobs.cleanup', at('2026-12-04T22:00:00Z'))).toBe(
      'jobs.cleanup@2026-12-05T03:00+05:00',
    )
    expect(occurrenceKey('jobs.cleanup', at('2024-01-10T21:00:00Z'))).toBe(
      'jobs.cleanup@2024-01-11T03:00+06:00',
    )
  })
})

describe('monthly on the 1st at 09:00, Asia/Almaty (the monthly region report)', () => {
  const monthly = monthlyAt(1, 9, 0)

  it('on Friday 4 December 2026: 1 January 2027 09:00 local = 04:00Z, across the year end', () => {
    expect(iso(nextRun(monthly, at('2026-12-04T10:20:00Z')))).toBe('2027-01-01T04:00:00.000Z')
  })

  it('on 1 December 2026 at 08:59 local (03:59Z): the same morning, one minute later', () => {
    expect(iso(nextRun(monthly, at('2026-12-01T03:59:00Z')))).toBe('2026-12-01T04:00:00.000Z')
  })

  it('exactly at 09:00 local on the 1st: the 1st of the next month (strictly after)', () => {
    expect(iso(nextRun(monthly, at('2026-12-01T04:00:00Z')))).toBe('2027-01-01T04:00:00.000Z')
  })

  it('on 31 January 2026 local: 1 February, a month of 28 days, then 1 March', () => {
    const feb = nextRun(monthly, at('2026-01-31T12:00:00Z'))
    expect(iso(feb)).toBe('2026-02-01T04:00:00.000Z')
    expect(iso(nextRun(monthly, feb))).toBe('2026-03-01T04:00:00.000Z')
    expect(occurrenceKey('reports.monthly', feb)).toBe('reports.monthly@2026-02-01T09:00+05:00')
  })

  it('refuses a day not every month has', () => {
    expect(() => monthlyAt(29, 9)).toThrow(/1–28/)
  })
})
