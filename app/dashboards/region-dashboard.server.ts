// The region dashboard (/regions/:code): for one standard, year and channel, a card per
// indicator (with the same period of the previous year and twelve months), the districts and
// offices of the region, the channels side by side, and the late and open-overdue cases. Every
// number comes from the indicator engine (computeIndicators) for the same filters; the case list
// from the cases themselves, with the same scope.
import type { Db } from '../../db/client.server'
import { caseYearRange } from '../../db/queries/data-years'
import type { DeadlineRuleRow } from '../../db/queries/reference'
import type { ChannelCode } from '../../db/schema'
import { CASE_EXPORT_LIMIT, CASE_PAGE_SIZE, type RegionDashboardInput } from './query.server'
import { pagePeriod, todayInKazakhstan } from '../domain/reporting-period'
import { changeInPoints } from '../domain/indicator-trend'
import { localName, locales, type Language } from '../i18n/languages'
import { cellOf, type IndicatorCell } from '../indicators/indicator-cell'
import type { IndicatorRow } from '../indicators/types'
import { translatorFor } from '../i18n/messages.server'
import {
  buildCards,
  cardView,
  type CardView,
  columnsOf,
  dashboardDownload,
  type DrillTarget,
  latePanel,
  officeHref,
  panelMessages,
  type PanelTable,
  referenceLookups,
  unitsExport,
} from './panels.server'
import { cached, cachedIndicators, currentDataVersion } from '../indicators/data-cache.server'
import { cachedProjections } from '../indicators/projection.server'
import { dataAccessOf, type Scope } from '../accounts/policy.server'
import type { ExportTable } from '../exports/table-export.server'
import { dataThroughOf, staleOfficeCodes } from '../monitoring/freshness.server'
import { freshnessThresholds } from '../../db/queries/freshness'
import { periodEdition, standardEditionsByPeriod } from '../reference/views.server'
import { drillHref } from './drill-links'
import { REGION_SECTIONS, unitSummary, type RegionSection } from './region-folds'

export type { UnitSummary } from './region-folds'

export class UnknownStandardError extends Error {
  constructor(readonly id: string) {
    super(`unknown standard "${id}"`)
  }
}

export interface UnitRow {
  /** District or office code; null for the region-level offices (no district). */
  code: string | null
  name: string
  /** The office's own view (offices only). */
  href: string | null
  /** The drill-down of the row's numbers (drillHref with the indicator code). */
  target: DrillTarget
  cells: Record<string, IndicatorCell>
  /** The office is stale today (decision 0028); offices of the current year only. */
  stale?: boolean
}

export interface UnitSort {
  key: string
  dir: 'asc' | 'desc'
}

/**
 * Rows sorted by name, or by an indicator's value with "no data" last in either direction
 * (ties by name), as the URL asks; the region-level offices (no district) stay first.
 */
export function sortUnits(rows: UnitRow[], sort: UnitSort, lang: Language): UnitRow[] {
  const collator = new Intl.Collator(locales[lang])
  const sign = sort.dir === 'asc' ? 1 : -1
  return [...rows].sort((a, b) => {
    if ((a.code === null) !== (b.code === null)) return a.code === null ? -1 : 1
    if (sort.key !== 'name') {
      const av = a.cells[sort.key]?.value ?? null
      const bv = b.cells[sort.key]?.value ?? null
      if (av === null || bv === null) {
        if (av !== bv) return av === null ? 1 : -1
      } else if (av !== bv) {
        return sign * (av - bv)
      }
      return collator.compare(a.name, b.name)
    }
    return sign * collator.compare(a.name, b.name)
  })
}

/**
 * Standards in the engine's order (the latest decree first, then by id): the options of the
 * standard filter, whose first one the dashboards open on.
 */
export function inEngineOrder<T extends { id: string; decreeDate: string }>(standards: T[]): T[] {
  return [...standards].sort(
    (a, b) => b.decreeDate.localeCompare(a.decreeDate) || a.id.localeCompare(b.id),
  )
}

function groupByUnit(rows: IndicatorRow[]) {
  const units = new Map<string | null, IndicatorRow[]>()
  for (const r of rows) units.set(r.scope.code, [...(units.get(r.scope.code) ?? []), r])
  return units
}

/** The channels a standard offers (its deadline rules), in printed order. */
export function channelsOf(rules: readonly DeadlineRuleRow[], lang: Language) {
  const seen = new Map<ChannelCode, string>()
  for (const r of rules) {
    if (!seen.has(r.channel)) {
      seen.set(
        r.channel,
        localName(
          { nameKk: r.channelNameKk, nameRu: r.channelNameRu, nameEn: r.channelNameEn },
          lang,
        ),
      )
    }
  }
  return [...seen].map(([code, name]) => ({ code, name }))
}

export async function regionDashboard(
  db: Db,
  code: string,
  input: RegionDashboardInput,
  lang: Language,
  now: Date,
  /** The caller's scope: the route has checked the region; the SQL applies it again. */
  scope: Scope,
  /**
   * `indicators: false`: the header facts only (the reference tab); `latePageSize` for exports;
   * `open`: the heavy sections to fill (decision 0037) — the others carry only their summary
   * (default: all, as the downloads need).
   */
  options: { indicators?: boolean; latePageSize?: number; open?: readonly RegionSection[] } = {},
) {
  const open = new Set(options.open ?? REGION_SECTIONS)
  const version = await currentDataVersion(db)
  const lookup = referenceLookups(db, version)
  const region = await lookup.region(code)
  if (!region) return null
  const tr = translatorFor(lang)
  const standards = inEngineOrder(await lookup.standards()).filter(
    (s) => scope.standards === 'all' || scope.standards.includes(s.id),
  )
  if (input.standard !== undefined && !standards.some((s) => s.id === input.standard)) {
    throw new UnknownStandardError(input.standard)
  }
  const regionId = region.id
  const range = await cached(db, version, `case-years:region:${regionId}`, () =>
    caseYearRange(db, { regionId }),
  )
  const period = pagePeriod(range, input.year, todayInKazakhstan(now))
  const { year, asOf, previous: before } = period
  const base = {
    lang,
    // Not the drill-down's or the office view's own texts: the region page shows neither.
    messages: panelMessages(lang, ['region.drillDown.', 'region.officeView.']),
    region: {
      code: region.code,
      name: localName(region, lang),
      nameKk: region.nameKk,
      validInYear:
        (region.validFrom === null || region.validFrom <= `${year}-12-31`) &&
        (region.validTo === null || region.validTo >= `${year}-01-01`),
    },
    year,
    /** The data version the numbers were computed at (decision 0007), for downloads' headers. */
    dataVersion: version,
    years: period.years,
    asOf,
    standards: standards.map((s) => ({ id: s.id, name: localName(s, lang) })),
  }
  const standardId = input.standard ?? standards[0]?.id
  if (standardId === undefined || options.indicators === false) {
    return { ...base, standard: standardId ?? null, dashboard: null }
  }

  const rules = await lookup.rules(standardId)
  const channels = channelsOf(rules, lang)
  const channel = input.channel
  const access = dataAccessOf(scope)
  const query = {
    period: 'year' as const,
    standard: standardId,
    region: code,
    channel,
  }
  const target: DrillTarget = { year, region: code, ...(channel ? { channel } : {}) }
  const [yearResult, previousResult, monthResult, districtResult, officeResult, ...byChannel] =
    await Promise.all([
      cachedIndicators(db, version, { ...query, year, asOf }, access),
      cachedIndicators(db, version, { ...query, year: before.year, asOf: before.asOf }, access),
      cachedIndicators(db, version, { ...query, year, asOf, period: 'month' }, access),
      cachedIndicators(db, version, { ...query, year, asOf, by: 'district' }, access),
      cachedIndicators(db, version, { ...query, year, asOf, by: 'office' }, access),
      ...channels.map((c) =>
        cachedIndicators(db, version, { ...query, channel: c.code, year, asOf }, access),
      ),
    ])
  const columns = columnsOf(yearResult.rows, tr)
  // "Data through" and, while the year runs, which offices are stale today (decision 0028).
  const throughView = { regionIds: [regionId], standardIds: [standardId] }
  const today = todayInKazakhstan(now)
  const [dataThrough, staleCodes, edition] = await Promise.all([
    cached(db, version, `through:${JSON.stringify([throughView, access, asOf])}`, () =>
      dataThroughOf(db, throughView, access, asOf),
    ),
    asOf === today
      ? cached(db, version, `stale:${regionId}:${JSON.stringify(access)}:${today}`, async () => [
          ...(await staleOfficeCodes(db, access, today, [regionId])),
        ])
      : Promise.resolve([] as string[]),
    // The edition of the standard the year's figures follow (decision 0033).
    periodEdition(db, standardId, { start: `${year}-01-01`, end: asOf }, lang),
  ])
  const projections = await cachedProjections(
    db,
    version,
    { standard: standardId, region: code, channel, asOf },
    access,
  )
  const cards = buildCards({
    year,
    yearRows: yearResult.rows,
    previousRows: previousResult.rows,
    monthRows: monthResult.rows,
    tr,
    projections,
  })

  const unitRows = (rows: IndicatorRow[], kind: 'district' | 'office'): UnitRow[] =>
    [...groupByUnit(rows)].map(([unitCode, unit]) => ({
      code: unitCode,
      name: unit[0]!.scope.name?.[lang] ?? tr.t('region.regionDashboard.regionLevel'),
      href: kind === 'office' && unitCode ? officeHref(unitCode, year, standardId) : null,
      target: { ...target, ...(unitCode ? { [kind]: unitCode } : {}) },
      cells: Object.fromEntries(unit.map((r) => [r.code, cellOf(r)])),
      ...(kind === 'office' && unitCode && staleCodes.includes(unitCode) ? { stale: true } : {}),
    }))
  const districtSort: UnitSort = { key: input.dsort ?? 'name', dir: input.ddir ?? 'asc' }
  const officeSort: UnitSort = { key: input.osort ?? 'name', dir: input.odir ?? 'asc' }

  // The Public Service Center first; with two channels, its difference from the other one.
  const compared = [
    ...channels.filter((c) => c.code === 'public_service_center'),
    ...channels.filter((c) => c.code !== 'public_service_center'),
  ]
  const resultOf = new Map(channels.map((c, i) => [c.code, byChannel[i]!]))
  const comparisonRows = columns.map((col) => {
    const cells: Record<string, IndicatorCell> = {}
    for (const c of compared) {
      const row = resultOf.get(c.code)!.rows.find((r) => r.code === col.code)
      if (row) cells[c.code] = cellOf(row)
    }
    const [first, second] = compared
    const difference =
      compared.length === 2
        ? changeInPoints(cells[first!.code]?.value ?? null, cells[second!.code]?.value ?? null)
        : null
    return { ...col, cells, difference }
  })
  const channelCells = comparisonRows.flatMap((row) => Object.values(row.cells))
  const comparison = {
    channels: compared,
    rows: open.has('channels') ? comparisonRows : [],
    /** A folded comparison's line: values that fail their target or normative, of all shown. */
    summary: {
      fails: channelCells.filter((c) => c.status === 'fails').length,
      total: channelCells.filter((c) => c.value !== null).length,
    },
  }

  const onTime = yearResult.rows.find((r) => r.measure === 'on_time')
  // Folded: the count of the late cases only (the rest of the timeliness indicator), no page.
  const lateSummary = onTime
    ? {
        indicator: onTime.code,
        href: drillHref(standardId, onTime.code, { year, region: code, channel, cases: 'rest' }),
        total: onTime.denominator - onTime.numerator,
      }
    : null
  const late = open.has('late')
    ? await latePanel(db, {
        version,
        rows: yearResult.rows,
        standardId,
        year,
        asOf,
        unit: { regionId, region: code, channel },
        access,
        page: { ...input, size: options.latePageSize ?? CASE_PAGE_SIZE },
        rules,
        lang,
      })
    : null
  const districtRows = sortUnits(unitRows(districtResult.rows, 'district'), districtSort, lang)
  const officeRows = sortUnits(unitRows(officeResult.rows, 'office'), officeSort, lang)

  return {
    ...base,
    standard: standardId,
    dataThrough,
    edition,
    staleAfterDays: staleCodes.length ? (await freshnessThresholds(db)).staleAfterDays : null,
    dashboard: {
      /** Every number's drill-down: drillHref(drill.standard, code, drill.target + …). */
      drill: { standard: standardId, target },
      standard: {
        id: standardId,
        name: localName(
          standards.find((s) => s.id === standardId)!,
          lang,
        ),
      },
      channel: channel ?? null,
      channels,
      // The unit tables' and the channels' columns; not sent when all three are folded.
      columns: open.has('districts') || open.has('offices') || open.has('channels') ? columns : [],
      /** The cards; their months slimmed to the sparkline's when the trend is folded. */
      cards: open.has('trend') ? (cards as CardView[]) : cards.map(cardView),
      /** The trend's full cards (the same objects: sent once), null when folded. */
      trend: open.has('trend') ? cards : null,
      /** The heavy sections filled; the others are folded to their summary (decision 0037). */
      open: REGION_SECTIONS.filter((s) => open.has(s)),
      districts: {
        sort: districtSort,
        rows: open.has('districts') ? districtRows : [],
        summary: unitSummary(districtRows),
      },
      offices: {
        sort: officeSort,
        rows: open.has('offices') ? officeRows : [],
        summary: unitSummary(officeRows),
      },
      comparison,
      late,
      lateSummary,
    },
  }
}

export type RegionDashboardView = NonNullable<Awaited<ReturnType<typeof regionDashboard>>>

export type RegionTable = 'indicators' | 'monthly' | 'districts' | 'offices' | 'channels' | 'late'

/**
 * One table of the dashboard as a download, from the same view model the page renders (the late
 * cases without paging, up to CASE_EXPORT_LIMIT). Null when the region or standard has none.
 */
export async function regionExport(
  db: Db,
  code: string,
  input: RegionDashboardInput,
  table: RegionTable,
  lang: Language,
  now: Date,
  scope: Scope,
): Promise<ExportTable | null> {
  const view = await regionDashboard(db, code, { ...input, lpage: 1 }, lang, now, scope, {
    latePageSize: table === 'late' ? CASE_EXPORT_LIMIT : undefined,
  })
  const d = view?.dashboard
  if (!view || !d) return null
  const tr = translatorFor(lang)
  const name = ['sapa', view.region.code, view.year, d.standard.id, d.channel, table]
    .filter(Boolean)
    .join('-')
  return dashboardDownload({
    name,
    table,
    subject: `${view.region.name} · ${d.standard.name}`,
    year: view.year,
    asOf: view.asOf,
    dataVersion: view.dataVersion,
    // Downloads open every section: the trend's full cards are there.
    panels: { ...d, cards: d.trend ?? [] },
    tr,
    editionOf: await standardEditionsByPeriod(db, d.standard.id),
    own: (own: Exclude<RegionTable, PanelTable>): ExportTable => {
      switch (own) {
        case 'districts':
          return unitsExport(
            name,
            tr.t('region.common.tables.districts'),
            tr.t('region.regionDashboard.district'),
            d.columns,
            d.districts.rows,
            tr,
          )
        case 'offices':
          return unitsExport(
            name,
            tr.t('region.common.tables.offices'),
            tr.t('region.regionDashboard.office'),
            d.columns,
            d.offices.rows,
            tr,
          )
        case 'channels':
          return {
            name,
            title: tr.t('region.common.tables.channels'),
            columns: [
              { key: 'code', label: tr.t('region.common.code') },
              { key: 'indicator', label: tr.t('region.common.indicator') },
              { key: 'channel', label: tr.t('region.common.channel') },
              { key: 'value', label: `${tr.t('region.common.value')}, %`, percent: true },
              { key: 'status', label: tr.t('region.common.status') },
              { key: 'numerator', label: tr.t('region.common.numerator') },
              { key: 'denominator', label: tr.t('region.common.denominator') },
            ],
            rows: d.comparison.rows.flatMap((row) =>
              d.comparison.channels.map((channel) => {
                const cell = row.cells[channel.code]
                return {
                  code: row.code,
                  indicator: row.name,
                  channel: channel.name,
                  value: cell?.value ?? null,
                  status: cell ? tr.t(`status.${cell.status}`) : null,
                  numerator: cell?.numerator ?? null,
                  denominator: cell?.denominator ?? null,
                }
              }),
            ),
          }
      }
    },
  })
}
