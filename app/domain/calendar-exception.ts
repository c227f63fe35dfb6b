// Which exception to the Monday–Friday week a day can carry (docs/domain.md §5):
// a transfer makes a weekday a day off or a weekend day working, so a transferred day off must
// fall on Monday–Friday and a transferred working day on Saturday or Sunday; a holiday is a day
// off whatever the weekday (one on a weekend simply changes nothing by itself).
import { dayNumber, isoWeekday, type CalendarException } from './working-calendar'

export type CalendarExceptionKind = CalendarException['kind']

export type CalendarDayProblem =
  'notADate' | 'transferDayOffOnWeekend' | 'transferWorkingDayOnWeekday'

export function calendarDayProblem(
  day: string,
  kind: CalendarExceptionKind,
): CalendarDayProblem | null {
  let weekday: number
  try {
    weekday = isoWeekday(dayNumber(day))
  } catch {
    return 'notADate'
  }
  const weekend = weekday >= 6
  if (kind === 'transfer_day_off' && weekend) return 'transferDayOffOnWeekend'
  if (kind === 'transfer_working_day' && !weekend) return 'transferWorkingDayOnWeekday'
  return null
}

/** ISO weekday of a 'YYYY-MM-DD' date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: string): number {
  return isoWeekday(dayNumber(day))
}
