// When a scheduled job runs next: "daily at 03:00", "weekly on Monday at 09:00" and "monthly on
// the 1st at 09:00" on the
// clock of Kazakhstan (Asia/Almaty, the zone the app shows every time in — app/i18n/format.ts;
// one zone, UTC+5, since 1 March 2024; UTC+6 before, which the tz database carries). Pure: the
// caller passes the instant after which the next run is wanted. Each occurrence also has a key,
// the same in every process, that makes it one stored job (decision 0027).
import { TZDate } from '@date-fns/tz'

export const SCHEDULE_TIME_ZONE = 'Asia/Almaty'

/** Weekday numbers as Date.getDay() counts them: 0 Sunday, 1 Monday … 6 Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6

export type JobSchedule =
  | { every: 'day'; hour: number; minute: number }
  | { every: 'week'; weekday: Weekday; hour: number; minute: number }
  /** `day` 1–28: a day every month has. */
  | { every: 'month'; day: number; hour: number; minute: number }

export const dailyAt = (hour: number, minute = 0): JobSchedule => ({ every: 'day', hour, minute })
export const weeklyAt = (weekday: Weekday, hour: number, minute = 0): JobSchedule => ({
  every: 'week',
  weekday,
  hour,
  minute,
})

export const monthlyAt = (day: number, hour: number, minute = 0): JobSchedule => {
  if (!Number.isInteger(day) || day < 1 || day > 28) throw new Error(`monthly day ${day}: 1–28`)
  return { every: 'month', day, hour, minute }
}

/**
 * The first instant strictly after `after` at which `schedule` falls on the clock of `timeZone`.
 * Kazakhstan keeps no daylight-saving time, so every local time exists exactly once a day.
 */
export function nextRun(
  schedule: JobSchedule,
  after: Date,
  timeZone: string = SCHEDULE_TIME_ZONE,
): Date {
  const local = new TZDate(after.getTime(), timeZone)
  const [y, m, d] = [local.getFullYear(), local.getMonth(), local.getDate()]
  if (schedule.every === 'month') {
    // This month's day, else next month's (TZDate rolls month 12 into January).
    for (let add = 0; add <= 1; add++) {
      const candidate = new TZDate(
        y,
        m + add,
        schedule.day,
        schedule.hour,
        schedule.minute,
        timeZone,
      )
      if (candidate.getTime() > after.getTime()) return new Date(candidate.getTime())
    }
    throw new Error('no next run found within two months')
  }
  // Today's local date first, then the following days: at most eight candidates for a week.
  for (let add = 0; add <= 8; add++) {
    const candidate = new TZDate(y, m, d + add, schedule.hour, schedule.minute, timeZone)
    if (schedule.every === 'week' && candidate.getDay() !== schedule.weekday) continue
    if (candidate.getTime() > after.getTime()) return new Date(candidate.getTime())
  }
  throw new Error('no next run found within eight days')
}

/**
 * The key of one occurrence, e.g. `jobs.cleanup@2026-12-05T03:00+05:00`: the local time with its
 * offset, so that it reads as the schedule is written and is the same in every process.
 */
export function occurrenceKey(kind: string, at: Date, timeZone: string = SCHEDULE_TIME_ZONE) {
  const local = new TZDate(at.getTime(), timeZone)
  const pad = (n: number) => String(n).padStart(2, '0')
  const offset = -local.getTimezoneOffset()
  const sign = offset >= 0 ? '+' : '-'
  const abs = Math.abs(offset)
  return (
    `${kind}@${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}` +
    `T${pad(local.getHours())}:${pad(local.getMinutes())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  )
}
