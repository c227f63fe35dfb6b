// The national overview (/): for a year, one standard or all, one channel or all — the headline
// cards with their change from the same period of the previous year, the regions × indicators
// matrix (one standard: all its indicators; all standards: the chosen indicator in each standard,
// one column per standard), the tile map and the ranking of regions by the chosen indicator. Every number comes from
// the indicator engine (the matrix: computeIndicators; the cards: computeMeasureCounts summed over
// the standards shown, app/domain/headline.ts), through the per-data-version cache (decision
// 0007). A regional user sees their own region only — never the nation or another region; an
// agency chair only the standards of their agency.
import { z } from 'zod'
import type { Db } from '../../db/client.server'
import { caseYears } from '../../db/queries/national-overview'
import { listChannels, listRegions, listStandards } from '../../db/queries/reference'
import type { ChannelCode } from '../../db/schema'
import { cached, cachedIndicators, currentDataVersion } from '../indicators/data-cache.server'
import { cachedProjections, projectionToWire } from '../indicators/projection.server'
import { computeMeasureCounts } from '../indicators/engine.server'
import { cellOf } from '../indicators/indicator-cell'
import {
  headlineCounts,
  headlineCountsByMonth,
  headlineFigures,
  monthsEnding,
  share,
  type HeadlineCounts,
  type HeadlineKey,
} from '../domain/headline'
import { targetSummary } from '../domain/target-summary'
import { rankingReference } from '../domain/ranking-axis'
import { regionShortName } from '../reference/region-short-names.server'
import type { IndicatorStatus } from '../domain/indicator-status'
import type { MeasureSlug } from '../domain/measures'
import { pagePeriod, todayInKazakhstan } from '../domain/reporting-period'
import { localName, type Language } from '../i18n/languages'
import type { IndicatorRow } from '../indicators/types'
import { exportHeaders, matrixExportTable, rankingExportTable } from './matrix-export.server'
import { dataAccessOf, type DataAccess, type Scope } from '../accounts/policy.server'
import { channel, optionalField, reportingYear, standardId } from '../http/input-schemas.server'
import type { MatrixRow } from './standard-view.server'
import { withHeading, type ExportTable } from '../exports/table-export.server'
import { messagesUnder, translatorFor } from '../i18n/messages.server'
import type { Translator } from '../i18n/translate'
import { dataThroughOf } from '../monitoring/freshness.server'
import { unitSummary } from './region-folds'

/** The overview's query string: the filters of the form (other parameters are ignored). */
export const OverviewQuery = z.object({
  year: optionalField(reportingYear),
  standard: optionalField(standardId),
  channel: optionalField(channel),
  /** The indicator on the map and in the ranking: `<standard>:<code>`. */
  map: optionalField(z.templateLiteral([standardId, ':', z.string().regex(/^\d\.\d$/)])),
  /** Which table a download holds. */
  table: optionalField(z.enum(['matrix', 'ranking'])),
  /** The regions × indicators matrix shown in full (the nation's page folds it at first); `all` as on the region dashboard. */
  open: optionalField(z.enum(['matrix', 'all'])),
})

export type OverviewInput = z.output<typeof OverviewQuery>

export interface OverviewColumn {
  /** `<standard>:<code>`: the key of the cells. */
  key: string
  standardId: string
  code: string
  measure: MeasureSlug
  name: string
  /** The column's header: the measure's short name, or the standard's (all standards). */
  label: string
  direction: IndicatorRow['direction']
  normative: string | null
  normativeRef: IndicatorRow['normative']
}

const columnKey = (row: { standard: string; code: string }) => `${row.standard}:${row.code}`

/**
 * The engine's counts behind the headline cards for one period, summed over the standards in
 * view (the counts computeIndicators makes its rows of, for the same scope).
 */
async function headlineCountsOf(
  db: Db,
  q: {
    year: number
    asOf: string
    standard?: string
    channel?: ChannelCode
    region?: string
  },
  access: DataAccess,
): Promise<HeadlineCounts> {
  return headlineCounts(await computeMeasureCounts(db, { ...q, period: 'year' }, access))
}

/** The measure an indicator card's status and reference come from (none for "served"). */
const CARD_MEASURE: Record<HeadlineKey, MeasureSlug | null> = {
  served: null,
  onTime: 'on_time',
  satisfaction: 'satisfied_process',
  complaints: 'justified_complaint_rate',
}

/** A headline card's value in one month's counts (as headlineFigures computes it). */
function monthValue(key: HeadlineKey, c: HeadlineCounts): number | null {
  const loaded = c.served > 0 || c.justifiedComplaints > 0
  switch (key) {
    case 'served':
      return loaded ? c.served : null
    case 'onTime':
      return share(c.onTime.numerator, c.onTime.denominator)
    case 'satisfaction':
      return share(c.satisfied.numerator, c.satisfied.denominator)
    case 'complaints':
      return loaded ? c.justifiedComplaints : null
  }
}

/**
 * The 24 months up to the page's date, each card's value per month: this year's months to
 * `asOf` and the whole of the previous year (the engine's monthly counts, the same scope).
 */
async function headlineTrend(
  db: Db,
  q: { year: number; asOf: string; standard?: string; channel?: ChannelCode; region?: string },
  access: DataAccess,
) {
  const [now, before] = await Promise.all([
    computeMeasureCounts(db, { ...q, period: 'month' }, access),
    computeMeasureCounts(
      db,
      { ...q, year: q.year - 1, asOf: `${q.year - 1}-12-31`, period: 'month' },
      access,
    ),
  ])
  const months = monthsEnding(q.asOf.slice(0, 7), 24)
  const counts = headlineCountsByMonth([...before, ...now], months)
  const series = (key: HeadlineKey) => counts.map((c) => ({ value: monthValue(key, c) }))
  return {
    months,
    served: series('served'),
    onTime: series('onTime'),
    satisfaction: series('satisfaction'),
    complaints: series('complaints'),
  }
}

/**
 * The page's data, or null when the standard asked for is unknown or outside the caller's scope
 * (the route answers 404).
 */
export async function nationalOverviewPage(
  db: Db,
  input: OverviewInput,
  lang: Language,
  now: Date,
  scope: Scope,
  /**
   * The page as first opened (`?open=` not given): the nation's regions × indicators matrix
   * folded to a line that says which regions miss (decision 0040's addendum; as the region
   * dashboard's sections, decision 0037). A regional user's matrix is their one row: never folded.
   */
  options: { foldMatrix?: boolean } = {},
) {
  const tr = translatorFor(lang)
  const version = await currentDataVersion(db)
  const memo = <T>(key: string, compute: () => Promise<T>) => cached(db, version, key, compute)
  const access = dataAccessOf(scope)

  const [allStandards, allChannels] = await Promise.all([
    memo('reference:standards', () => listStandards(db)),
    memo('reference:channels', () => listChannels(db)),
  ])
  const allowed = scope.standards
  const standards =
    allowed === 'all' ? allStandards : allStandards.filter((s) => allowed.includes(s.id))
  if (input.standard !== undefined && !standards.some((s) => s.id === input.standard)) return null
  const standardIds = allowed === 'all' ? undefined : standards.map((s) => s.id)
  const years = await memo(`years:${standardIds?.join(',') ?? '*'}`, () =>
    caseYears(db, standardIds),
  )

  const period = pagePeriod(years, input.year, todayInKazakhstan(now))
  const { year, asOf, previous: before } = period
  const regional = scope.regions !== 'all'
  const regionCode = scope.regions === 'all' ? null : (scope.regions.codes[0] ?? null)

  const base = {
    year,
    period: 'year' as const,
    standard: input.standard,
    channel: input.channel,
    asOf,
  }
  const cardQuery = {
    year,
    asOf,
    standard: input.standard,
    channel: input.channel,
    region: regionCode ?? undefined,
  }
  const cardsKey = (q: typeof cardQuery) =>
    `headline:${JSON.stringify([q, access.regionIds ?? null, access.standardIds ?? null])}`
  const previousQuery = { ...cardQuery, year: before.year, asOf: before.asOf }
  const noNumbers = regional && regionCode === null

  const [main, byRegion, regions, cardsNow, cardsBefore, trend] = noNumbers
    ? [null, null, [], null, null, null]
    : await Promise.all([
        cachedIndicators(db, version, regional ? { ...base, region: regionCode! } : base, access),
        regional ? null : cachedIndicators(db, version, { ...base, by: 'region' }, access),
        regional
          ? Promise.resolve([])
          : memo(`reference:regions:${year}`, () => listRegions(db, { year })),
        memo(cardsKey(cardQuery), () => headlineCountsOf(db, cardQuery, access)),
        memo(cardsKey(previousQuery), () => headlineCountsOf(db, previousQuery, access)),
        memo(`trend:${cardsKey(cardQuery)}`, () => headlineTrend(db, cardQuery, access)),
      ])

  // Where the year is heading (decision 0026): the scope's projections, while the year is open.
  const projections = noNumbers
    ? new Map()
    : await cachedProjections(
        db,
        version,
        {
          asOf,
          standard: input.standard,
          channel: input.channel,
          region: regionCode ?? undefined,
        },
        access,
      )

  // "Data through": the latest record of what the page shows (decision 0028).
  const throughView = { standardIds: input.standard ? [input.standard] : undefined }
  const dataThrough = noNumbers
    ? null
    : await memo(`through:${JSON.stringify([throughView, access, asOf])}`, () =>
        dataThroughOf(db, throughView, access, asOf),
      )

  const standardName = new Map(standards.map((s) => [s.id, localName(s, lang)]))
  // Every indicator of the standards in view, in the engine's order: the ones a user can choose.
  const indicators: OverviewColumn[] = []
  for (const r of main?.rows ?? []) {
    if (indicators.some((c) => c.key === columnKey(r))) continue
    indicators.push({
      key: columnKey(r),
      standardId: r.standard,
      code: r.code,
      measure: r.measure,
      name: r.name[lang],
      label: input.standard
        ? tr.t(`dashboard.measureShort.${r.measure}`)
        : (standardName.get(r.standard) ?? r.standard),
      direction: r.direction,
      normative: r.normative?.asPrinted ?? null,
      normativeRef: r.normative ?? null,
    })
  }
  // The chosen indicator (map and ranking): the one asked for, else the first "on time".
  const chosen =
    indicators.find((c) => c.key === input.map) ??
    indicators.find((c) => c.measure === 'on_time') ??
    indicators[0] ??
    null
  // The matrix: one standard — all its indicators; all standards — a compact matrix of the
  // chosen indicator's measure in each standard that has it (one column per standard).
  const columns =
    input.standard !== undefined
      ? indicators
      : indicators.filter((c) => c.measure === chosen?.measure)
  const shown = new Set(columns.map((c) => c.key))

  // A cell without a value is "no data" whatever else it carries: left out (the matrix and the
  // downloads show a missing cell as no data), which keeps the page's data small.
  const cellsOf = (rows: IndicatorRow[]) =>
    Object.fromEntries(
      rows
        .filter((r) => r.value !== null && shown.has(columnKey(r)))
        .map((r) => [columnKey(r), cellOf(r)]),
    )
  let rows: MatrixRow[]
  let regionRows: MatrixRow[] = []
  if (regional) {
    const own = main?.rows ?? []
    const name = own[0]?.scope.name?.[lang] ?? regionCode ?? ''
    rows = regionCode ? [{ code: regionCode, name, cells: cellsOf(own) }] : []
  } else {
    const rowsByRegion = new Map<string, IndicatorRow[]>()
    for (const r of byRegion?.rows ?? []) {
      if (!r.scope.code) continue
      rowsByRegion.set(r.scope.code, [...(rowsByRegion.get(r.scope.code) ?? []), r])
    }
    regionRows = regions.map((region) => ({
      code: region.code,
      name: localName(region, lang),
      cells: cellsOf(rowsByRegion.get(region.code) ?? []),
    }))
    rows = [
      { code: null, name: tr.t('dashboard.overview.nation'), cells: cellsOf(main?.rows ?? []) },
      ...regionRows,
    ]
  }

  const mapColumn = chosen
  const foldMatrix = options.foldMatrix === true && !regional
  const lowerIsBetter = mapColumn?.direction === 'lower_is_better'
  const ranking = mapColumn
    ? regionRows
        .map((r) => ({ code: r.code!, name: r.name, cell: r.cells[mapColumn.key] ?? null }))
        .sort((a, b) => {
          const av = a.cell?.value ?? null
          const bv = b.cell?.value ?? null
          if (av === null || bv === null) return av === null ? (bv === null ? 0 : 1) : -1
          return lowerIsBetter ? av - bv : bv - av
        })
    : []

  const cards =
    cardsNow && cardsBefore
      ? headlineFigures(cardsNow, cardsBefore).map((f) => ({
          ...f,
          /** The indicators of the card's measure in view: reference and status of each. */
          judged: (main?.rows ?? [])
            .filter((r) => r.measure === CARD_MEASURE[f.key])
            .map((r) => ({
              standard: standardName.get(r.standard) ?? r.standard,
              code: r.code,
              normative: r.normative?.asPrinted ?? null,
              normativeRef: r.normative ?? null,
              target: r.target,
              /** The value the status is judged against, for the trend's line. */
              line: r.target ?? r.normative?.low ?? r.normative?.high ?? null,
              status: r.status,
            })),
          trend: trend?.[f.key] ?? [],
          /** The first column of the card's measure: the ranking a national card leads to. */
          column:
            indicators.find(
              (c) =>
                c.measure ===
                (f.key === 'onTime'
                  ? 'on_time'
                  : f.key === 'satisfaction'
                    ? 'satisfied_process'
                    : f.key === 'complaints'
                      ? 'justified_complaint_rate'
                      : null),
            )?.key ?? null,
        }))
      : []

  const projected = indicators.flatMap((c) => {
    const projection = projectionToWire(
      projections.get(`${c.standardId}|${c.code}|${regional ? (regionCode ?? '') : ''}`),
    )
    return projection
      ? [
          {
            key: c.key,
            code: c.code,
            name: c.name,
            standard: standardName.get(c.standardId) ?? c.standardId,
            projection,
          },
        ]
      : []
  })
  const projectionSummary = projected.length
    ? {
        atRisk: projected.filter((p) => p.projection.verdict === 'at_risk').length,
        offTrack: projected.filter((p) => p.projection.verdict === 'off_track').length,
        judged: projected.filter((p) =>
          ['on_track', 'at_risk', 'off_track'].includes(p.projection.verdict),
        ).length,
        /** The indicators at risk or off track, to name them. */
        flagged: projected.filter((p) => ['at_risk', 'off_track'].includes(p.projection.verdict)),
      }
    : null

  return {
    lang,
    messages: messagesUnder(lang, 'dashboard.overview.', 'dashboard.measureShort.', 'region.fold.'),
    projectionSummary,
    year,
    /** The data version the numbers were computed at (decision 0007), for downloads' headers. */
    dataVersion: version,
    asOf,
    dataThrough,
    previous: { year: before.year, from: before.from, to: before.asOf },
    yearOptions: period.years,
    filters: {
      standard: input.standard ?? null,
      channel: input.channel ?? null,
      map: mapColumn?.key ?? null,
    },
    standards: standards.map((s) => ({ id: s.id, name: localName(s, lang) })),
    channels: allChannels.map((c) => ({ code: c.code, name: localName(c, lang) })),
    regional,
    region: regional ? (rows[0] ? { code: rows[0].code!, name: rows[0].name } : null) : null,
    cards,
    /** "N of M indicators meet their target": the engine's statuses in the scope in view. */
    summary: main ? targetSummary(main.rows.map((r) => r.status)) : null,
    trendMonths: trend?.months ?? [],
    indicators: indicators.map(({ key, standardId, code, measure }) => ({
      key,
      standardId,
      code,
      measure,
    })),
    columns,
    rows: foldMatrix ? [] : rows,
    /** The folded matrix's line: the regions that miss a target or normative in it. */
    matrixFold: foldMatrix ? unitSummary(regionRows) : null,
    /** The chosen indicator's label (all standards: the matrix's columns), for every reader. */
    chosenLabel: chosen
      ? `${chosen.code} ${tr.t(`dashboard.measureShort.${chosen.measure}`)}`
      : null,
    map:
      mapColumn && !regional
        ? {
            key: mapColumn.key,
            label: `${mapColumn.code} ${tr.t(`dashboard.measureShort.${mapColumn.measure}`)}`,
            standard: standardName.get(mapColumn.standardId) ?? mapColumn.standardId,
            tiles: regionRows.map((r) => ({
              code: r.code!,
              name: r.name,
              short: regionShortName(r.code!, lang),
              value: r.cells[mapColumn.key]?.value ?? null,
              target: r.cells[mapColumn.key]?.target ?? null,
              status: (r.cells[mapColumn.key]?.status ?? null) as IndicatorStatus | null,
            })),
          }
        : null,
    ranking,
    /** The ranking's line: the scope's target or the normative of the indicator ranked. */
    rankingReference: (() => {
      const row = (main?.rows ?? []).find((r) => mapColumn && columnKey(r) === mapColumn.key)
      return row ? rankingReference(row.target, row.normative) : null
    })(),
  }
}

export type NationalOverviewData = NonNullable<Awaited<ReturnType<typeof nationalOverviewPage>>>

/** The label of a matrix column, with its standard when several standards are shown. */
export function columnLabel(
  data: NationalOverviewData,
  column: OverviewColumn,
  tr: Translator,
): string {
  const label = `${column.code} ${tr.t(`dashboard.measureShort.${column.measure}`)}`
  if (data.filters.standard !== null) return label
  const standard = data.standards.find((s) => s.id === column.standardId)?.name
  return standard ? `${standard} — ${label}` : label
}

/** The page's title: the country's overview, or a regional user's region. */
export function overviewTitle(tr: Translator, region: { name: string } | null): string {
  return region
    ? tr.t('dashboard.overview.regionTitle', { region: region.name })
    : tr.t('dashboard.overview.title')
}

/**
 * The download of one of the page's tables: the matrix (default) or the ranking (nation only;
 * null for a regional user, who has no ranking).
 */
export function overviewExportTable(
  data: NationalOverviewData,
  table: 'matrix' | 'ranking',
  statusText: (status: IndicatorStatus) => string,
): ExportTable | null {
  const tr = translatorFor(data.lang)
  const scopePart = data.region ? data.region.code : 'KZ'
  const filterPart = [data.filters.standard, data.filters.channel].filter(Boolean).join('-')
  const name = ['sapa', 'overview', scopePart, String(data.year), filterPart, table]
    .filter(Boolean)
    .join('-')
  const headers = exportHeaders(tr)
  const printed = (file: ExportTable) =>
    withHeading(file, tr, {
      subject: overviewTitle(tr, data.region),
      scope: [],
      dataVersion: data.dataVersion,
    })
  if (table === 'ranking') {
    if (data.regional || !data.map) return null
    return printed(
      rankingExportTable({
        name,
        title: `${tr.t('dashboard.overview.rankingTitle')} ${data.year}`,
        headers: { ...headers, value: `${data.map.label}, %` },
        ranking: data.ranking,
        statusText,
      }),
    )
  }
  return printed(
    matrixExportTable({
      name,
      title: `${data.year}`,
      headers,
      columns: data.columns.map((c) => ({ key: c.key, label: columnLabel(data, c, tr) })),
      rows: data.rows,
      statusText,
    }),
  )
}
