// Which edition of a standard a figure follows (decision 0033). A record is measured under the
// edition in force on its key date; a period is judged against the edition in force on its first
// day, and says so when another edition starts inside it. After the last edition's end (its
// cancellation) its table goes on being applied until a successor is loaded: "continued".

export interface EditionWindow {
  edition: number
  /** 'YYYY-MM-DD', first day in force. */
  validFrom: string
  /** 'YYYY-MM-DD', last day in force as recorded; null while in force. */
  validTo: string | null
}

/**
 * - `in_force`: the day lies inside the edition's validity;
 * - `continued`: after the edition's end, and no later edition is loaded — its table continues;
 * - `before_first`: earlier than the first edition's start: the first edition is the only table.
 */
export type EditionStanding = 'in_force' | 'continued' | 'before_first'

export interface EditionOnDay<E extends EditionWindow = EditionWindow> {
  edition: E
  standing: EditionStanding
}

/** The edition a record with this key date is measured under; null for a standard without one. */
export function editionOn<E extends EditionWindow>(
  editions: readonly E[],
  day: string,
): EditionOnDay<E> | null {
  let chosen: E | null = null
  let first: E | null = null
  for (const e of editions) {
    if (first === null || e.validFrom < first.validFrom) first = e
    if (e.validFrom <= day && (chosen === null || e.validFrom > chosen.validFrom)) chosen = e
  }
  if (chosen === null) return first === null ? null : { edition: first, standing: 'before_first' }
  const standing = chosen.validTo !== null && day > chosen.validTo ? 'continued' : 'in_force'
  return { edition: chosen, standing }
}

export interface EditionOfPeriod<E extends EditionWindow = EditionWindow> extends EditionOnDay<E> {
  /** Every edition whose table applies to some day of the period, in order (one when it does not span). */
  spans: number[]
}

/** The edition a period [start, end] is judged against (its first day's), and all it spans. */
export function editionOfPeriod<E extends EditionWindow>(
  editions: readonly E[],
  start: string,
  end: string,
): EditionOfPeriod<E> | null {
  const first = editionOn(editions, start)
  if (first === null) return null
  const spans = [first.edition.edition]
  const later = editions
    .filter((e) => e.validFrom > start && e.validFrom <= end)
    .sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1))
  for (const e of later) spans.push(e.edition)
  return { ...first, spans }
}

export interface EditionProblem {
  /** Index in the list given. */
  index: number
  kind: 'overlap' | 'number_order' | 'valid_to_before_from'
  other?: number
}

/**
 * Editions of one standard must follow one another: numbered in the order they start, each
 * ending (valid_to) before the next starts. An open-ended edition (no valid_to) followed by a
 * later one is in force until the later one starts — that is not an overlap.
 */
export function editionProblems(editions: readonly EditionWindow[]): EditionProblem[] {
  const problems: EditionProblem[] = []
  editions.forEach((e, index) => {
    if (e.validTo !== null && e.validTo < e.validFrom) {
      problems.push({ index, kind: 'valid_to_before_from' })
    }
  })
  const order = editions.map((e, index) => ({ e, index })).sort((a, b) => a.e.edition - b.e.edition)
  for (let i = 1; i < order.length; i++) {
    const before = order[i - 1]!
    const after = order[i]!
    if (after.e.validFrom <= before.e.validFrom) {
      problems.push({ index: after.index, kind: 'number_order', other: before.e.edition })
    } else if (before.e.validTo !== null && before.e.validTo >= after.e.validFrom) {
      problems.push({ index: after.index, kind: 'overlap', other: before.e.edition })
    }
  }
  return problems
}
