// The indicator engine: one function behind the dashboards, the reports, the API and the CLI.
// PostgreSQL counts (db/queries/indicators.ts); the domain turns counts into values, intervals
// and status (app/domain/indicator-status.ts).
import type { Db } from '../../db/client.server'
import {
  approvedTargets,
  findDistrictId,
  findOfficeId,
  findRegionId,
  indicatorsForEngine,
  unitsInfo,
  type UnitInfo,
} from '../../db/queries/indicator-context'
import {
  measureCounts,
  servingAndPublications,
  type CountsQuery,
  type MeasureCountRow,
} from '../../db/queries/indicators'
import { judgeIndicator } from '../domain/indicator-status'
import type { MeasureSlug } from '../domain/measures'
import { periodsOfYear } from '../domain/periods'
import { loadEditionLookup } from './editions.server'
import type { IndicatorQuery, IndicatorResult, IndicatorRow, ScopeLevel } from './types'
import { indicatorAccess, type DataAccess, type Scope } from '../accounts/policy.server'

export class UnknownScopeError extends Error {
  constructor(
    readonly parameter: 'region' | 'district' | 'office',
    readonly code: string,
  ) {
    super(`unknown ${parameter} "${code}"`)
  }
}

const key = (...parts: (string | number | null)[]) => parts.join('|')

/** Rows built between two turns of the event loop (a few milliseconds of work). */
const ROWS_BETWEEN_YIELDS = 5_000

/** Rows by a cell's key, then by their unit's id (null: the scope itself). */
function byCellAndUnit<R extends { unitId: number | null }>(
  rows: readonly R[],
  cellOf: (row: R) => string,
): Map<string, Map<number | null, R>> {
  const byCell = new Map<string, Map<number | null, R>>()
  for (const row of rows) {
    const cell = cellOf(row)
    let byUnit = byCell.get(cell)
    if (!byUnit) byCell.set(cell, (byUnit = new Map()))
    byUnit.set(row.unitId, row)
  }
  return byCell
}

/**
 * What PostgreSQL counts for a query (db/queries/indicators.ts): the periods of the year cut at
 * the as-of date, the scope's codes resolved to ids (UnknownScopeError for an unknown one) and
 * the caller's access.
 */
async function countsQueryOf(
  db: Db,
  query: IndicatorQuery,
  access: DataAccess,
): Promise<CountsQuery> {
  const resolve = async (
    parameter: 'region' | 'district' | 'office',
    code: string | undefined,
    find: (db: Db, code: string) => Promise<number | undefined>,
  ) => {
    if (code === undefined) return undefined
    const id = await find(db, code)
    if (id === undefined) throw new UnknownScopeError(parameter, code)
    return id
  }
  return {
    year: query.year,
    granularity: query.period,
    periods: periodsOfYear(query.year, query.period, query.asOf),
    standardId: query.standard,
    regionId: await resolve('region', query.region, findRegionId),
    districtId: await resolve('district', query.district, findDistrictId),
    officeId: await resolve('office', query.office, findOfficeId),
    channel: query.channel,
    breakdown: query.by,
    allowedRegionIds: access.regionIds,
    allowedStandardIds: access.standardIds,
  }
}

/**
 * The engine's counts of a query, per standard × measure × period × unit, before they become
 * indicators: for figures that add counts up across standards — the overview's headline cards
 * (app/domain/headline.ts) — including the measures a standard's appendix does not list (the
 * cases served by the land standards, which have no 4.1). Same scope and access as
 * computeIndicators.
 */
export async function computeMeasureCounts(
  db: Db,
  query: IndicatorQuery,
  access: DataAccess = {},
): Promise<MeasureCountRow[]> {
  return measureCounts(db, await countsQueryOf(db, query, access))
}

/**
 * The indicators of a query. `access` is the caller's scope from the policy module (which has
 * already refused queries outside it); the SQL counts only facts inside it as well.
 */
export async function computeIndicators(
  db: Db,
  query: IndicatorQuery,
  access: DataAccess = {},
): Promise<IndicatorResult> {
  const counts = await countsQueryOf(db, query, access)
  const periods = counts.periods
  const [measureRows, servingRows, indicators, targets, editions] = await Promise.all([
    measureCounts(db, counts),
    servingAndPublications(db, counts),
    indicatorsForEngine(db, query.standard, access.standardIds),
    approvedTargets(db, query.year),
    loadEditionLookup(db, query.standard !== undefined ? [query.standard] : access.standardIds),
  ])

  // The units rows are reported for: the scope itself, or each unit of the breakdown that has
  // offices serving or data.
  const level: ScopeLevel = query.office
    ? 'office'
    : query.district
      ? 'district'
      : query.region
        ? 'region'
        : 'nation'
  const lastDay = periods.length ? periods[periods.length - 1]!.end : `${query.year}-12-31`
  const unitIds = new Set<number | null>()
  if (query.by) {
    for (const r of [...measureRows, ...servingRows]) unitIds.add(r.unitId)
  } else {
    unitIds.add(null)
  }
  const scopeKind = query.by ?? (level === 'nation' ? null : level)
  const scopeId = counts.officeId ?? counts.districtId ?? counts.regionId ?? null
  const infoIds = query.by
    ? [...unitIds].filter((id): id is number => id !== null)
    : scopeId !== null
      ? [scopeId]
      : []
  const infos = scopeKind ? await unitsInfo(db, scopeKind, infoIds, lastDay) : []
  const infoById = new Map<number, UnitInfo>(infos.map((u) => [u.id, u]))

  // Looked up by a cell's key (standard, measure, period) once, then by the unit's id in the loop:
  // a string key per row cost as much as the rest of the loop at 170,000 rows.
  const measureByCell = byCellAndUnit(measureRows, (r) =>
    key(r.standardId, r.measure, r.periodStart),
  )
  const servingByCell = byCellAndUnit(servingRows, (r) => key(r.standardId, r.periodStart))
  const targetsByIndicator = new Map<number, Map<number | null, number>>()
  for (const t of targets) {
    const byRegion = targetsByIndicator.get(t.indicatorId) ?? new Map<number | null, number>()
    byRegion.set(t.regionId, t.value)
    targetsByIndicator.set(t.indicatorId, byRegion)
  }

  const units = [...unitIds].map((id) => {
    const info =
      id !== null ? infoById.get(id) : scopeId !== null ? infoById.get(scopeId) : undefined
    return {
      id,
      level: (query.by ?? level) as ScopeLevel,
      code: info?.code ?? null,
      name: info ? { kk: info.nameKk, ru: info.nameRu, en: info.nameEn } : null,
      regionId: info?.regionId ?? null,
    }
  })
  units.sort((a, b) => (a.code ?? '').localeCompare(b.code ?? ''))

  // What depends on the indicator and the period only — the edition's printed indicator, its
  // name and normative, the rows it is counted from — is worked out once, not once per unit (a
  // national query by office has 435 units: 170,000 rows). The rows of a cell share its name and
  // normative objects, and those of a unit its scope: rows are read, never changed in place.
  const cells = indicators.flatMap((indicator) =>
    periods.flatMap((period) => {
      // The period follows the table of the edition in force on its first day (decision 0033);
      // an indicator that edition does not print has no row for the period.
      const followed = editions.indicatorOf(indicator.standardId, indicator.code, period)
      if (followed === null) return []
      const printed = followed.indicator
      const measure = indicator.measure as MeasureSlug
      return [
        {
          indicator,
          period,
          followed,
          printed,
          measure,
          name: { kk: printed.nameKk, ru: printed.nameRu, en: printed.nameEn },
          normative: printed.normativeKind
            ? {
                asPrinted: printed.normativeAsPrinted!,
                kind: printed.normativeKind,
                low: printed.normativeLow,
                high: printed.normativeHigh,
              }
            : null,
          servingByUnit: servingByCell.get(key(indicator.standardId, period.start)),
          measureByUnit: measureByCell.get(key(indicator.standardId, measure, period.start)),
          targetByRegion: targetsByIndicator.get(indicator.id),
        },
      ]
    }),
  )

  const rows: IndicatorRow[] = []
  let rowsSinceYield = 0
  for (const unit of units) {
    // A national query by office builds 170,000 rows: a turn of the event loop every few
    // thousand, so that a server computing it (the alerts after a national import) still answers.
    if (rowsSinceYield >= ROWS_BETWEEN_YIELDS) {
      rowsSinceYield = 0
      await new Promise((resolve) => setImmediate(resolve))
    }
    rowsSinceYield += cells.length
    const scope = { level: unit.level, code: unit.code, name: unit.name }
    for (const {
      indicator,
      period,
      followed,
      printed,
      measure,
      name,
      normative,
      ...cell
    } of cells) {
      const serving = cell.servingByUnit?.get(unit.id)
      let numerator = 0
      let denominator = 0
      let contributing = 0
      if (measure === 'info_online') {
        numerator = serving?.published ?? 0
        denominator = serving?.serving ?? 0
        contributing = serving?.recorded ?? 0
      } else {
        const counted = cell.measureByUnit?.get(unit.id)
        numerator = counted?.numerator ?? 0
        denominator = counted?.denominator ?? 0
        contributing = counted?.contributing ?? 0
      }
      const servingCount = serving?.serving ?? 0
      const target =
        (unit.regionId !== null ? cell.targetByRegion?.get(unit.regionId) : undefined) ??
        cell.targetByRegion?.get(null) ??
        null
      const judged = judgeIndicator({
        measure,
        direction: printed.direction,
        numerator,
        denominator,
        target,
        normative,
      })
      rows.push({
        standard: indicator.standardId,
        code: indicator.code,
        position: printed.position,
        name,
        group: printed.groupSlug,
        measure,
        direction: printed.direction,
        scope,
        period: period.label,
        numerator,
        denominator,
        value: judged.value,
        normative,
        target,
        status: judged.status,
        edition: followed.edition,
        ciLow: judged.ciLow,
        ciHigh: judged.ciHigh,
        coverage: {
          contributing,
          serving: servingCount,
          low: contributing * 2 < servingCount,
        },
      })
    }
  }
  return { query, rows }
}

/**
 * The indicators a caller may see: the policy decides (AccessDenied outside the scope), and the
 * same scope filters the SQL. Every door (API, CLI, pages) goes through here.
 */
export async function indicatorsInScope(
  db: Db,
  scope: Scope,
  query: IndicatorQuery,
): Promise<IndicatorResult> {
  const access = await indicatorAccess(db, scope, query)
  return computeIndicators(db, query, access)
}
