// The deadline (due_at) of a case and the end of a complaint's review term, by the Civil Code
// rules on terms as docs/domain.md §5 states them, in the office's local time zone.
//
// Decisions (the "why" a successor should not reverse without reading this):
// - A day term ends at 23:59:59.999 local time of its last day: the last instant a JS Date can
//   hold before the term expires at 24:00 (Civil Code: a term expires at the end of its last
//   day). The rule is often written "23:59:59"; ending at .000 would make a case completed during
//   the term's last second late under `completed_at ≤ due_at`.
// - "A suspension moves the deadline by its length" (docs/domain.md §5) is measured in the term's
//   own unit, as a stopped clock: for `minutes` the suspension's exact duration is added; for day
//   terms the days of the suspension, counted like the term itself from the day after it started
//   up to and including the day it ended — working days in (from, to] for `working_days`,
//   calendar days for `calendar_days` — are added to N before the end-of-term rules run. Adding
//   the raw milliseconds instead would leave due_at at an arbitrary time of day, possibly on a day
//   off, which the Civil Code rules for day terms never produce.
// - A case still suspended (`to` null) has no deadline yet: null, and it is left out of on_time.

import { tzOffset } from '@date-fns/tz'
import type { WorkingCalendar } from './working-calendar'
import { dayNumber, fromDayNumber } from './working-calendar'

export type DeadlineRule = {
  termAmount: number
  termUnit: 'minutes' | 'calendar_days' | 'working_days'
}

export type Suspension = { from: Date; to: Date | null }

export type DueAtInput = {
  submittedAt: Date
  rule: DeadlineRule
  timeZone: string // IANA, the office's region's zone
  calendar: WorkingCalendar
  suspension?: Suspension | null
}

const MS_PER_MINUTE = 60_000
const MS_PER_DAY = 86_400_000

export function computeDueAt({
  submittedAt,
  rule,
  timeZone,
  calendar,
  suspension,
}: DueAtInput): Date | null {
  const { termAmount, termUnit } = rule
  if (!Number.isInteger(termAmount) || termAmount <= 0) {
    throw new RangeError(`A term must be a positive whole number, got ${termAmount}`)
  }
  const submitted = instantOf(submittedAt, 'submittedAt')
  if (suspension && suspension.to === null) return null
  const suspendedFrom = suspension ? instantOf(suspension.from, 'suspension.from') : 0
  const suspendedTo = suspension?.to ? instantOf(suspension.to, 'suspension.to') : 0
  if (suspendedTo < suspendedFrom) throw new RangeError('A suspension cannot end before it starts')

  if (termUnit === 'minutes') {
    // "From the moment of application" (the farm certificate at the akimat): no day rules apply.
    return new Date(submitted + termAmount * MS_PER_MINUTE + (suspendedTo - suspendedFrom))
  }

  const days = calendar.byDayNumber
  // A day term starts the day after the submission's local date (Civil Code; docs/domain.md §5).
  const submittedDay = localDayNumberOf(submitted, timeZone)
  const suspendedFromDay = suspension ? localDayNumberOf(suspendedFrom, timeZone) : 0
  const suspendedToDay = suspension ? localDayNumberOf(suspendedTo, timeZone) : 0

  let lastDay: number
  if (termUnit === 'working_days') {
    // The N-th working day strictly after the submission date. For a submission on a day off this
    // is the same as "counting starts from the next working day" (docs/domain.md §5): no working
    // day lies between the day off and the next working day, so that day is day 1 either way.
    const suspendedWorkingDays = days.workingDaysBetween(suspendedFromDay, suspendedToDay)
    lastDay = days.addWorkingDays(submittedDay, termAmount + suspendedWorkingDays)
  } else if (termUnit === 'calendar_days') {
    // The N-th calendar day; a term ending on a day off ends on the next working day (Civil Code).
    const end = submittedDay + termAmount + (suspendedToDay - suspendedFromDay)
    lastDay = days.isWorkingDay(end) ? end : days.nextWorkingDay(end)
  } else {
    throw new RangeError(`Unknown term unit: ${String(termUnit)}`)
  }
  return new Date(endOfLocalDayNumber(lastDay, timeZone))
}

// A case is on time when completed_at ≤ due_at (docs/domain.md §5).
export function isOnTime(completedAt: Date, dueAt: Date): boolean {
  return completedAt.getTime() <= dueAt.getTime()
}

// docs/domain.md §5: a complaint's review term (30 calendar days, or 15 where the standard says so)
// ends like a `calendar_days` deadline counted from the day the complaint was received.
export function complaintTermEndsAt({
  receivedAt,
  termDays,
  timeZone,
  calendar,
}: {
  receivedAt: Date
  termDays: number
  timeZone: string
  calendar: WorkingCalendar
}): Date {
  const end = computeDueAt({
    submittedAt: receivedAt,
    rule: { termAmount: termDays, termUnit: 'calendar_days' },
    timeZone,
    calendar,
  })
  // Only a suspension makes computeDueAt return null, and a complaint has none.
  if (end === null) throw new Error('unreachable: a complaint term without suspension has an end')
  return end
}

// Whole calendar days late, for display: the local date of completion (or of "now" for an open
// case) minus the local date of the deadline; 0 when on time. A `minutes` case late by a few hours
// on its due day shows 0 days — isOnTime, not this, says whether a case is late.
export function daysLate(completedOrNow: Date, dueAt: Date, timeZone: string): number {
  const completed = instantOf(completedOrNow, 'completedOrNow')
  const due = instantOf(dueAt, 'dueAt')
  if (completed <= due) return 0
  return localDayNumberOf(completed, timeZone) - localDayNumberOf(due, timeZone)
}

// The 'YYYY-MM-DD' civil date of an instant in an IANA time zone.
export function localDay(instant: Date, timeZone: string): string {
  return fromDayNumber(localDayNumberOf(instantOf(instant, 'instant'), timeZone))
}

// The instant of a local wall-clock time (minutes after local midnight) on a civil date. For a
// time a clock change repeats, the first occurrence; Kazakhstan's zones have no daylight saving.
export function localInstant(day: string, minuteOfDay: number, timeZone: string): Date {
  const wall = dayNumber(day) * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE
  const guess = wall - offsetAt(timeZone, wall)
  return new Date(wall - offsetAt(timeZone, guess))
}

// The last instant (…:59.999) of a civil date in an IANA time zone.
export function endOfLocalDay(day: string, timeZone: string): Date {
  return new Date(endOfLocalDayNumber(dayNumber(day), timeZone))
}

function instantOf(date: Date, name: string): number {
  const t = date.getTime()
  if (Number.isNaN(t)) throw new RangeError(`${name} is an invalid Date`)
  return t
}

function localDayNumberOf(t: number, timeZone: string): number {
  return Math.floor((t + offsetAt(timeZone, t)) / MS_PER_DAY)
}

// The last instant whose local date is `day`. Where a clock change makes the local time
// 23:59:59.999 happen twice — Asia/Almaty on 29 February 2024 went from 24:00 UTC+6 back to 23:00
// UTC+5 — the later one is the end of the day; where it is skipped, the day ends just before the
// jump. Assumes at most one offset change within a day of the moment, as in every tz zone today.
function endOfLocalDayNumber(day: number, timeZone: string): number {
  const wall = (day + 1) * MS_PER_DAY - 1
  const offsetBefore = offsetAt(timeZone, wall - MS_PER_DAY)
  const offsetAfter = offsetAt(timeZone, wall + MS_PER_DAY)
  const later = wall - Math.min(offsetBefore, offsetAfter)
  const earlier = wall - Math.max(offsetBefore, offsetAfter)
  if (offsetAt(timeZone, later) === wall - later) return later
  if (offsetAt(timeZone, earlier) === wall - earlier) return earlier
  // The local time is skipped: the day ends the millisecond before the transition.
  return transitionBetween(timeZone, earlier, later) - 1
}

// UTC offsets in ms, memoized per zone and UTC day: the tz data is fixed for the life of the
// process, so this is a cache of a pure function, and it keeps Intl (≈ microseconds a call) out of
// the million-case loops. Each UTC day stores its offset at the start, and where the offset changes
// within the day, the instant of the change and the offset after it.
type DayOffsets = { before: number; changeAt: number; after: number }

/** The UTC offset (ms) of an IANA zone at an instant, from the memo below (imports read times). */
export function utcOffsetMs(timeZone: string, t: number): number {
  return offsetAt(timeZone, t)
}

/**
 * Per zone, the UTC days of 1970–2099 in an array (an import asks about 15 times per case, a
 * million cases per file), other days in a map.
 */
interface ZoneOffsets {
  days: (DayOffsets | undefined)[]
  other: Map<number, DayOffsets>
}

const ARRAY_DAYS = 47_482 // 1970-01-01 … 2099-12-31
const offsetCache = new Map<string, ZoneOffsets>()

function offsetAt(timeZone: string, t: number): number {
  let zone = offsetCache.get(timeZone)
  if (zone === undefined) {
    zone = { days: new Array<DayOffsets | undefined>(ARRAY_DAYS).fill(undefined), other: new Map() }
    offsetCache.set(timeZone, zone)
  }
  const utcDay = Math.floor(t / MS_PER_DAY)
  const inArray = utcDay >= 0 && utcDay < ARRAY_DAYS
  let entry = inArray ? zone.days[utcDay] : zone.other.get(utcDay)
  if (entry === undefined) {
    entry = dayOffsets(timeZone, utcDay)
    if (inArray) zone.days[utcDay] = entry
    else zone.other.set(utcDay, entry)
  }
  return t < entry.changeAt ? entry.before : entry.after
}

function dayOffsets(timeZone: string, utcDay: number): DayOffsets {
  const start = utcDay * MS_PER_DAY
  const end = start + MS_PER_DAY - 1
  const before = rawOffset(timeZone, start)
  const after = rawOffset(timeZone, end)
  if (before === after) return { before, changeAt: Infinity, after }
  return { before, changeAt: firstChange(start, end, (t) => rawOffset(timeZone, t)), after }
}

function transitionBetween(timeZone: string, from: number, to: number): number {
  return firstChange(from, to, (t) => offsetAt(timeZone, t))
}

/** The first millisecond in (from, to] whose offset differs from the one at `from` (binary search;
 *  the offset is known to change exactly once in the span). */
function firstChange(from: number, to: number, offset: (t: number) => number): number {
  const initial = offset(from)
  let lo = from
  let hi = to
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (offset(mid) === initial) lo = mid
    else hi = mid
  }
  return hi
}

function rawOffset(timeZone: string, t: number): number {
  const minutes = tzOffset(timeZone, new Date(t))
  if (Number.isNaN(minutes)) throw new RangeError(`Unknown time zone: ${timeZone}`)
  return Math.round(minutes * MS_PER_MINUTE)
}
