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

  const measureByKey = new Map(
    measureRows.map((r) => [key(r.standardId, r.measure, r.periodStart, r.unitId), r]),
  )
  const servingByKey = new Map(
    servingRows.map((r) => [key(r.standardId, r.periodStart, r.unitId), r]),
  )
  const targetByKey = new Map(targets.map((t) => [key(t.indicatorId, t.regionId), t.value]))

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
  // normative, the keys' common part — is worked out once, not once per unit (a national query by
  // office has 435 units: 170,000 rows).
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
          normative: printed.normativeKind
            ? {
                asPrinted: printed.normativeAsPrinted!,
                kind: printed.normativeKind,
                low: printed.normativeLow,
                high: printed.normativeHigh,
              }
            : null,
          servingKey: key(indicator.standardId, period.start, ''),
          measureKey: key(indicator.standardId, measure, period.start, ''),
        },
      ]
    }),
  )

  const rows: IndicatorRow[] = []
  for (const unit of units) {
    const unitKey = unit.id === null ? '' : String(unit.id)
    const targetOf = (indicatorId: number) =>
      (unit.regionId !== null ? targetByKey.get(key(indicatorId, unit.regionId)) : undefined) ??
      targetByKey.get(key(indicatorId, null)) ??
      null
    for (const { indicator, period, followed, printed, measure, normative, ...keys } of cells) {
      const serving = servingByKey.get(keys.servingKey + unitKey)
      let numerator = 0
      let denominator = 0
      let contributing = 0
      if (measure === 'info_online') {
        numerator = serving?.published ?? 0
        denominator = serving?.serving ?? 0
        contributing = serving?.recorded ?? 0
      } else {
        const counted = measureByKey.get(keys.measureKey + unitKey)
        numerator = counted?.numerator ?? 0
        denominator = counted?.denominator ?? 0
        contributing = counted?.contributing ?? 0
      }
      const servingCount = serving?.serving ?? 0
      const target = targetOf(indicator.id)
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
        name: { kk: printed.nameKk, ru: printed.nameRu, en: printed.nameEn },
        group: printed.groupSlug,
        measure,
        direction: printed.direction,
        scope: { level: unit.level, code: unit.code, name: unit.name },
        period: period.label,
        numerator,
        denominator,
        value: judged.value,
        normative: normative && { ...normative },
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
