// The years Sapa accepts at its doors, each range written once: the forms' `min`/`max`, the
// schemas of every door (app/http/input-schemas.server.ts) and the import's year cells read them.

export interface YearRange {
  first: number
  last: number
}

/**
 * The years of the figures: cases, targets, information publications and reports. The database
 * checks every year column against the same range (`year between 2000 and 2100`, migration 0001),
 * so a year outside it is refused at the door rather than by a constraint (a 500).
 */
export const REPORTING_YEARS: YearRange = { first: 2000, last: 2100 }

/**
 * The years of the reference data (regions, districts, offices valid in a year): from 1991, when
 * independent Kazakhstan's regions begin (their validity starts on 16 December 1991).
 */
export const REFERENCE_YEARS: YearRange = { first: 1991, last: REPORTING_YEARS.last }
