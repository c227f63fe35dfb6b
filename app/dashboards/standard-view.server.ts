// The standard view (/standards/:id/:year): one standard's indicators for the country and every
// region valid in the year — the matrix, the tile map and the ranking — with the national values
// of the same period of the year before for the change. One engine call per year (a breakdown by
// region).
import { rankingReference } from '../domain/ranking-axis'
import { regionShortName } from '../reference/region-short-names.server'
import { periodEdition } from '../reference/views.server'
import { z } from 'zod'
import type { Db } from '../../db/client.server'
import {
  findStandard,
  listChannels,
  listDeadlineRules,
  listRegions,
} from '../../db/queries/reference'
import type { Language } from '../i18n/languages'
import { messagesUnder, translatorFor } from '../i18n/messages.server'
import {
  reportingPeriod,
  samePeriodYearBefore,
  todayInKazakhstan,
} from '../domain/reporting-period'
import { cellOf, type IndicatorCell } from '../indicators/indicator-cell'
import type { IndicatorQuery, IndicatorRow } from '../indicators/types'
import { cached, cachedIndicators, currentDataVersion } from '../indicators/data-cache.server'
import {
  canRead,
  dataAccessOf,
  userScope,
  type AccountUser,
  type DataAccess,
} from '../accounts/policy.server'
import { parseInput, parsePageInput, queryObject } from '../http/request-input.server'
import { resolveLanguage } from '../i18n/language.server'
import { channel, optionalField, reportingYear, standardId } from '../http/input-schemas.server'
import { dataThroughOf } from '../monitoring/freshness.server'

export const StandardViewParams = z.object({ id: standardId, year: reportingYear })

export const StandardViewQuery = z.object({
  channel: optionalField(channel),
  /** The indicator code shown on the map and in the ranking. */
  indicator: optionalField(z.string().regex(/^\d\.\d$/)),
})

export interface MatrixRow {
  /** null for the nation. */
  code: string | null
  name: string
  cells: Record<string, IndicatorCell>
}

const nameIn = (lang: Language, n: { kk: string; ru: string; en: string }) => n[lang]

export async function standardViewPage(
  db: Db,
  input: {
    id: string
    year: number
    channel?: z.output<typeof StandardViewQuery>['channel']
    indicator?: string
  },
  lang: Language,
  now: Date,
  /** The caller's limits, applied in SQL as well (the route has already refused what it may not read). */
  access: DataAccess = {},
) {
  const standard = await findStandard(db, input.id)
  if (!standard) return null
  const period = reportingPeriod(input.year, todayInKazakhstan(now))
  const before = samePeriodYearBefore(period)
  const query = { standard: input.id, channel: input.channel, period: 'year' as const }
  // The engine's results are kept per data version (decision 0007).
  const version = await currentDataVersion(db)
  const engine = (q: Omit<IndicatorQuery, 'period' | 'standard' | 'channel'>) =>
    cachedIndicators(db, version, { ...query, ...q }, access)
  const [nation, previous, byRegion, regions, channels, rules, edition] = await Promise.all([
    engine({ year: period.year, asOf: period.asOf }),
    engine({ year: before.year, asOf: before.asOf }),
    engine({ year: period.year, asOf: period.asOf, by: 'region' }),
    listRegions(db, { year: input.year }),
    listChannels(db),
    listDeadlineRules(db, { standardId: input.id }),
    periodEdition(db, input.id, { start: `${period.year}-01-01`, end: period.asOf }, lang),
  ])
  // "Data through": the standard's latest record in the caller's scope (decision 0028).
  const throughView = { standardIds: [input.id] }
  const dataThrough = await cached(
    db,
    version,
    `through:${JSON.stringify([throughView, access, period.asOf])}`,
    () => dataThroughOf(db, throughView, access, period.asOf),
  )
  const offered = new Set(rules.map((r) => r.channel))
  const indicators = nation.rows.map((r) => ({
    code: r.code,
    measure: r.measure,
    name: nameIn(lang, r.name),
    nameKk: r.name.kk,
    direction: r.direction,
    normative: r.normative?.asPrinted ?? null,
    normativeRef: r.normative ?? null,
  }))
  const mapCode = indicators.some((i) => i.code === input.indicator)
    ? input.indicator!
    : indicators[0]!.code
  const previousByCode = new Map(previous.rows.map((r) => [r.code, r.value]))
  const rowsByRegion = new Map<string, IndicatorRow[]>()
  for (const r of byRegion.rows) {
    if (!r.scope.code) continue
    rowsByRegion.set(r.scope.code, [...(rowsByRegion.get(r.scope.code) ?? []), r])
  }
  const regionRows: MatrixRow[] = regions.map((region) => ({
    code: region.code,
    name: nameIn(lang, { kk: region.nameKk, ru: region.nameRu, en: region.nameEn }),
    cells: Object.fromEntries(
      (rowsByRegion.get(region.code) ?? []).map((r) => [r.code, cellOf(r)]),
    ),
  }))
  const mapIndicator = indicators.find((i) => i.code === mapCode)!
  const lowerIsBetter = mapIndicator.direction === 'lower_is_better'
  const ranking = regionRows
    .map((r) => ({ code: r.code!, name: r.name, cell: r.cells[mapCode] ?? null }))
    .sort((a, b) => {
      const av = a.cell?.value ?? null
      const bv = b.cell?.value ?? null
      if (av === null || bv === null) return av === null ? (bv === null ? 0 : 1) : -1
      return lowerIsBetter ? av - bv : bv - av
    })
  return {
    lang,
    messages: messagesUnder(
      lang,
      'dashboard.standardView.',
      'dashboard.measureShort.',
      'dashboard.overview.',
    ),
    standard: {
      id: standard.id,
      name: nameIn(lang, { kk: standard.nameKk, ru: standard.nameRu, en: standard.nameEn }),
    },
    year: input.year,
    /** The edition of the standard the year's figures follow, and the editions the year spans. */
    edition,
    /** The data version the numbers were computed at (decision 0007), for downloads' headers. */
    dataVersion: version,
    asOf: period.asOf,
    dataThrough,
    channel: input.channel ?? null,
    channels: channels
      .filter((c) => offered.has(c.code))
      .map((c) => ({
        code: c.code,
        name: nameIn(lang, { kk: c.nameKk, ru: c.nameRu, en: c.nameEn }),
      })),
    indicators: indicators.map((i) => ({
      ...i,
      nationPrevious: previousByCode.get(i.code) ?? null,
    })),
    nation: {
      code: null,
      name: translatorFor(lang).t('dashboard.standardView.nation'),
      cells: Object.fromEntries(nation.rows.map((r) => [r.code, cellOf(r)])),
    } satisfies MatrixRow,
    regions: regionRows,
    map: { code: mapCode, name: mapIndicator.name, measure: mapIndicator.measure },
    ranking,
    /** The ranking's line: the national target or the normative of the indicator ranked. */
    rankingReference: (() => {
      const row = nation.rows.find((r) => r.code === mapCode)
      return row ? rankingReference(row.target, row.normative) : null
    })(),
    shortNames: Object.fromEntries(regions.map((r) => [r.code, regionShortName(r.code, lang)])),
  }
}

export type StandardViewData = NonNullable<Awaited<ReturnType<typeof standardViewPage>>>

/**
 * The standard view for one request, the page's or its download's: the standard and the query
 * read, the caller's scope checked — the view compares every region, so only roles that may read
 * the nation and this standard see it. `refuse` says how each refusal answers (the page with its
 * error pages, the download with a plain 404); null: the standard has no such year.
 */
export async function standardViewRequest(
  db: Db,
  user: AccountUser,
  input: { request: Request; params: Record<string, string | undefined> },
  refuse: { unknownStandard: () => unknown; outOfScope: () => unknown },
) {
  const parsed = parseInput(StandardViewParams, input.params)
  if (!parsed.ok) throw refuse.unknownStandard()
  const scope = await userScope(db, user)
  if (!canRead(scope, { nation: true, standardId: parsed.value.id })) throw refuse.outOfScope()
  const query = parsePageInput(StandardViewQuery, queryObject(input.request))
  return standardViewPage(
    db,
    { ...parsed.value, ...query },
    resolveLanguage(input.request).lang,
    new Date(),
    dataAccessOf(scope),
  )
}
