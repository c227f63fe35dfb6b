// Which years a target may be proposed for (decision 0019). Point 19 of every standard: next
// year's values are approved each year by order. The current year stays open too, for values whose
// order came late (approved in January for the year under way). A year that is over is closed —
// a target set afterwards would re-grade figures already reported and published — and so is any
// year past the next: no order approves values two years ahead.

export interface ProposalYears {
  first: number
  last: number
}

/** The years open to proposals on `today` (Kazakhstan's date, YYYY-MM-DD). */
export function proposalYears(today: string): ProposalYears {
  const year = Number(today.slice(0, 4))
  return { first: year, last: year + 1 }
}

export function isProposalYear(year: number, today: string): boolean {
  const { first, last } = proposalYears(today)
  return Number.isInteger(year) && year >= first && year <= last
}
