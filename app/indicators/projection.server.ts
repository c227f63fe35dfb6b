// Year-end projections of a scope's indicators (app/domain/projection.ts, decision 0026): the
// engine's monthly counts of the year to date and of the earlier years, per indicator × unit.
// The engine's own month rows: no formula is counted here a second time, and the caller's
// access limits every year's counts alike.
import type { Db } from '../../db/client.server'
import {
  projectState,
  projectYearEnd,
  type MonthCounts,
  type Projection,
} from '../domain/projection'
import { yearOf } from '../domain/reporting-period'
import { indicatorAccess, type DataAccess, type Scope } from '../accounts/policy.server'
import { cached, cachedIndicators } from './data-cache.server'
import { computeIndicators } from './engine.server'
import { indicatorRowToWire } from './query.server'
import type { IndicatorQuery, IndicatorResult, IndicatorRow } from './types'

/** Earlier years whose same months give the remaining months' seasons. */
export const PROJECTION_HISTORY_YEARS = 2

/** Projections worked out between two turns of the event loop (a few milliseconds of work). */
const PROJECTIONS_BETWEEN_YIELDS = 500

const nextTurn = () => new Promise((resolve) => setImmediate(resolve))

export type ProjectionQuery = Omit<IndicatorQuery, 'year' | 'period'>

/** Projections by `projectionKey` of an indicator row (standard, indicator code, unit). */
export type Projections = Map<string, Projection>

export function projectionKey(row: Pick<IndicatorRow, 'standard' | 'code' | 'scope'>): string {
  return `${row.standard}|${row.code}|${row.scope.code ?? ''}`
}

/** Is the as-of date inside its year, so that there is a year end still to project? */
export function isYearOpen(asOf: string): boolean {
  return asOf < `${yearOf(asOf)}-12-31`
}

/** The elapsed share of the as-of date's month: the 30th of a 30-day month is 1. */
function elapsedShareOfMonth(asOf: string): number {
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number]
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return d / days
}

const monthIndex = (period: string) => Number(period.slice(5, 7)) - 1

function monthsOf(rows: IndicatorRow[], length: number): MonthCounts[] {
  const months = Array.from({ length }, () => ({ numerator: 0, denominator: 0 }))
  for (const row of rows) {
    const j = monthIndex(row.period)
    if (j < length) months[j] = { numerator: row.numerator, denominator: row.denominator }
  }
  return months
}

function groupByKey(rows: IndicatorRow[]): Map<string, IndicatorRow[]> {
  const groups = new Map<string, IndicatorRow[]>()
  for (const row of rows) {
    const key = projectionKey(row)
    const group = groups.get(key)
    if (group) group.push(row)
    else groups.set(key, [row])
  }
  return groups
}

/**
 * The projections of every indicator × unit of a query at its as-of date (empty once the year
 * is over). `compute` is the engine (the pages pass the cached one); `access` the caller's.
 */
export async function computeProjections(
  db: Db,
  query: ProjectionQuery,
  access: DataAccess = {},
  compute: (q: IndicatorQuery) => Promise<IndicatorResult> = (q) =>
    computeIndicators(db, q, access),
): Promise<Projections> {
  const projections: Projections = new Map()
  if (!isYearOpen(query.asOf)) return projections
  const year = yearOf(query.asOf)
  const earlier = Array.from({ length: PROJECTION_HISTORY_YEARS }, (_, i) => year - 1 - i)
  const [current, ...history] = await Promise.all([
    compute({ ...query, year, period: 'month' }),
    ...earlier.map((y) => compute({ ...query, year: y, period: 'month', asOf: `${y}-12-31` })),
  ])
  const historyGroups: Map<string, IndicatorRow[]>[] = []
  for (const result of history) {
    historyGroups.push(groupByKey(result!.rows))
    await nextTurn()
  }
  const currentGroups = groupByKey(current!.rows)
  await nextTurn()

  let sinceYield = 0
  for (const [key, rows] of currentGroups) {
    // A national query by office projects 15,000 indicators: a turn of the event loop every few
    // hundred, so that a server computing them (the alerts after a national import) still answers.
    if (++sinceYield >= PROJECTIONS_BETWEEN_YIELDS) {
      sinceYield = 0
      await nextTurn()
    }
    const first = rows[0]!
    const months = monthsOf(rows, monthIndex(query.asOf) + 1)
    if (first.measure === 'info_online') {
      // A state counted for the year (the last month's row holds it).
      projections.set(
        key,
        projectState({
          direction: first.direction,
          target: first.target,
          normative: first.normative,
          ...months[months.length - 1]!,
        }),
      )
      continue
    }
    const earlierYears = historyGroups
      .map((groups) => monthsOf(groups.get(key) ?? [], 12))
      .filter((ms) => ms.some((m) => m.denominator > 0))
    projections.set(
      key,
      projectYearEnd({
        direction: first.direction,
        target: first.target,
        normative: first.normative,
        months,
        lastMonthElapsed: elapsedShareOfMonth(query.asOf),
        history: earlierYears,
      }),
    )
  }
  return projections
}

/** The wire form (API, CLI): `{ value, low, high, verdict }`. */
export function projectionToWire(projection: Projection | undefined) {
  if (!projection) return null
  return {
    value: projection.value,
    low: projection.low,
    high: projection.high,
    verdict: projection.verdict,
  }
}

/** The projection part of an indicator query: its scope and as-of date. */
export function projectionQueryOf(query: IndicatorQuery): ProjectionQuery {
  const { year: _year, period: _period, ...rest } = query
  return rest
}

/**
 * The indicators a caller may see (engine.server.ts's indicatorsInScope) with the year-end
 * projections of the same scope, when the query's year is still open at its as-of date: the
 * API's and the CLI's one call.
 */
export async function indicatorsWithProjectionsInScope(
  db: Db,
  scope: Scope,
  query: IndicatorQuery,
): Promise<IndicatorResult & { projections: Projections }> {
  const access = await indicatorAccess(db, scope, query)
  const [result, projections] = await Promise.all([
    computeIndicators(db, query, access),
    yearOf(query.asOf) === query.year
      ? computeProjections(db, projectionQueryOf(query), access)
      : Promise.resolve<Projections>(new Map()),
  ])
  return { ...result, projections }
}

/** Wire rows (query.server.ts) with `projection: { value, low, high, verdict } | null`. */
export function wireRowsWithProjections(rows: IndicatorRow[], projections: Projections) {
  return rows.map((row) => ({
    ...indicatorRowToWire(row),
    projection: projectionToWire(projections.get(projectionKey(row))),
  }))
}

/** computeProjections through the data cache (decision 0007), for the pages. */
export function cachedProjections(
  db: Db,
  version: number,
  query: ProjectionQuery,
  access: DataAccess = {},
): Promise<Projections> {
  const key = `projections:${JSON.stringify([
    query.asOf,
    query.standard ?? null,
    query.region ?? null,
    query.district ?? null,
    query.office ?? null,
    query.channel ?? null,
    query.by ?? null,
    access.regionIds ?? null,
    access.standardIds ?? null,
  ])}`
  return cached(db, version, key, () =>
    computeProjections(db, query, access, (q) => cachedIndicators(db, version, q, access)),
  )
}

/** What a page shows of a projection (the wire form). */
export type ProjectionView = NonNullable<ReturnType<typeof projectionToWire>>
