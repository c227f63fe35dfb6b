// The one schema of a calendar day in a query string or a form (YYYY-MM-DD), shared by the API,
// the CLI and the pages: the text must be a day that exists, not only look like one.
import { z } from 'zod'

/** A calendar day written YYYY-MM-DD that exists (2025-02-30 does not), years 1000–9999. */
export function calendarDay(message = 'must be a date YYYY-MM-DD') {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((d) => {
      const parsed = new Date(`${d}T00:00:00Z`)
      return (
        !Number.isNaN(parsed.getTime()) &&
        parsed.toISOString().slice(0, 10) === d &&
        parsed.getUTCFullYear() >= 1000
      )
    }, message)
}
