// What Sapa derives when a case or a complaint is written: its deadline and the civil dates
// (in the office's time zone) that the measures use as period keys — docs/domain.md §3 "period
// keys". One function for every door (demo, imports, recomputation after a calendar change).
import { complaintTermEndsAt, computeDueAt, localDay, type DeadlineRule } from './deadline'
import type { WorkingCalendar } from './working-calendar'

export interface CaseTimes {
  submittedAt: Date
  completedAt: Date | null
  suspendedFrom: Date | null
  suspendedTo: Date | null
}

export interface CaseKeys {
  dueAt: Date | null
  dueOn: string | null
  submittedOn: string
  completedOn: string | null
}

export interface KeyContext {
  timeZone: string
  calendar: WorkingCalendar
}

/** A case still suspended has no deadline yet (null): it is left out of on_time. */
export function deriveCaseKeys(
  times: CaseTimes,
  rule: DeadlineRule,
  { timeZone, calendar }: KeyContext,
): CaseKeys {
  const dueAt = computeDueAt({
    submittedAt: times.submittedAt,
    rule,
    timeZone,
    calendar,
    suspension: times.suspendedFrom ? { from: times.suspendedFrom, to: times.suspendedTo } : null,
  })
  return {
    dueAt,
    dueOn: dueAt ? localDay(dueAt, timeZone) : null,
    submittedOn: localDay(times.submittedAt, timeZone),
    completedOn: times.completedAt ? localDay(times.completedAt, timeZone) : null,
  }
}

export interface ComplaintKeys {
  termEndsAt: Date
  termEndsOn: string
  receivedOn: string
}

export function deriveComplaintKeys(
  complaint: { receivedAt: Date; reviewTermDays: number },
  { timeZone, calendar }: KeyContext,
): ComplaintKeys {
  const termEndsAt = complaintTermEndsAt({
    receivedAt: complaint.receivedAt,
    termDays: complaint.reviewTermDays,
    timeZone,
    calendar,
  })
  return {
    termEndsAt,
    termEndsOn: localDay(termEndsAt, timeZone),
    receivedOn: localDay(complaint.receivedAt, timeZone),
  }
}
