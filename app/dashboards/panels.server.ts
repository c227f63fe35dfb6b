// The pieces the region dashboard, the office view and the drill-down share: indicator cards
// (value, status, references, change, twelve months), table cells with their drill-down links,
// case lists shaped for display, and the CSV/XLSX tables built from the same view models.
import type { Db } from '../../db/client.server'
import type { ChannelCode } from '../../db/schema'
import {
  listMeasureCases,
  type CaseListRow,
  type CaseScope,
  type CaseSort,
  type CaseSubset,
} from '../../db/queries/case-lists'
import { findOfficeId } from '../../db/queries/indicator-context'
import { findOfficeProfile } from '../../db/queries/office-profile'
import {
  findRegion,
  listDeadlineRules,
  listStandards,
  type DeadlineRuleRow,
} from '../../db/queries/reference'
import { cached } from '../indicators/data-cache.server'
import { changeInPoints, monthlySeries } from '../domain/indicator-trend'
import type { MeasureSlug } from '../domain/measures'
import { localName, type Language } from '../i18n/languages'
import type { Translator } from '../i18n/translate'
import { cellOf, NO_DATA_CELL, type IndicatorCell } from '../indicators/indicator-cell'
import type { IndicatorRow } from '../indicators/types'
import {
  projectionKey,
  projectionToWire,
  type Projections,
  type ProjectionView,
} from '../indicators/projection.server'
import type { DataAccess } from '../accounts/policy.server'
import {
  withHeading,
  type ExportColumn,
  type ExportTable,
  type ExportValue,
} from '../exports/table-export.server'

import { drillHref, officeHref } from './drill-links'
import { messagesUnder, pageMessages } from '../i18n/messages.server'
import type { MessageKey, Messages } from '../i18n/kk'
import type { ReportEdition } from '../../reports/model'
import { standardEditionLines } from '../../reports/texts'

export { drillHref, officeHref, type DrillTarget } from './drill-links'

/** The messages a dashboard page sends to the browser: its own and the measures' short names. */
export function panelMessages(lang: Language, without: readonly string[] = []): Messages {
  const all = { ...pageMessages(lang, 'region'), ...messagesUnder(lang, 'dashboard.measureShort.') }
  if (!without.length) return all
  return Object.fromEntries(
    Object.entries(all).filter(([key]) => !without.some((prefix) => key.startsWith(prefix))),
  ) as Messages
}

// ── reference lookups ───────────────────────────────────────────────────────────────────────

/**
 * The reference rows every dashboard request reads (region, office, standards, deadline rules),
 * kept in the process cache per data version like the numbers: a write to the reference data
 * raises the version too (app/indicators/data-cache.server.ts). Cached rows are shared: never mutate them.
 */
export function referenceLookups(db: Db, version: number) {
  return {
    region: (code: string) => cached(db, version, `ref:region:${code}`, () => findRegion(db, code)),
    officeId: (code: string) =>
      cached(db, version, `ref:office-id:${code}`, () => findOfficeId(db, code)),
    officeProfile: (code: string, year: number) =>
      cached(db, version, `ref:office:${code}:${year}`, () => findOfficeProfile(db, code, year)),
    standards: () => cached(db, version, 'ref:standards', () => listStandards(db)),
    rules: (standardId: string) =>
      cached(db, version, `ref:rules:${standardId}`, () => listDeadlineRules(db, { standardId })),
  }
}

// ── cells and cards ─────────────────────────────────────────────────────────────────────────

export interface IndicatorColumn {
  code: string
  measure: MeasureSlug
  shortName: string
  name: string
  /** As printed in the appendix ('100', '40-50'); with its parsed form for display. */
  normative: string | null
  normativeRef: IndicatorRow['normative']
  direction: IndicatorRow['direction']
}

export function columnsOf(rows: IndicatorRow[], tr: Translator) {
  const lang = tr.lang
  return rows.map((r): IndicatorColumn => ({
    code: r.code,
    measure: r.measure,
    shortName: tr.t(`dashboard.measureShort.${r.measure}`),
    name: r.name[lang],
    normative: r.normative?.asPrinted ?? null,
    normativeRef: r.normative,
    direction: r.direction,
  }))
}

/** One month of a card: the month's cell. */
export interface MonthCell extends IndicatorCell {
  /** 'YYYY-MM' */
  month: string
}

export interface IndicatorCard extends IndicatorColumn {
  cell: IndicatorCell
  /** The values the trend chart draws as reference lines: the normative bounds. */
  normativeLines: number[]
  /** The value of the same period of the year before (app/domain/reporting-period.ts). */
  previous: number | null
  change: number | null
  /** The twelve months of the year; a month after the as-of date has no data. */
  series: MonthCell[]
  /** The year-end projection while the year is open (decision 0026); null otherwise. */
  projection: ProjectionView | null
}

/** A month of a card's sparkline: what it draws and the status the folded trend counts. */
export type MonthPoint = Pick<MonthCell, 'month' | 'value' | 'status'>

/** A card as the page shows it: its sparkline's months slimmed when the trend is folded. */
export type CardView = Omit<IndicatorCard, 'series'> & { series: MonthPoint[] }

/** The card without the months' counts (decision 0037: a folded trend sends no more). */
export function cardView(card: IndicatorCard): CardView {
  return {
    ...card,
    series: card.series.map(({ month, value, status }) => ({ month, value, status })),
  }
}

/**
 * One card per indicator of the year's rows, with the value of the same period of the year
 * before (`previousRows`) and the twelve months of the monthly rows (all three from the engine,
 * for the same filters).
 */
export function buildCards(input: {
  year: number
  yearRows: IndicatorRow[]
  previousRows: IndicatorRow[]
  monthRows: IndicatorRow[]
  tr: Translator
  /** The scope's projections (projection.server.ts); none for a year that is over. */
  projections?: Projections
}): IndicatorCard[] {
  const previous = new Map(input.previousRows.map((r) => [r.code, r.value]))
  const columns = columnsOf(input.yearRows, input.tr)
  return input.yearRows.map((row, i) => {
    const months = input.monthRows.filter((m) => m.code === row.code)
    const before = previous.get(row.code) ?? null
    const lines: number[] = []
    if (row.normative?.low != null) lines.push(row.normative.low)
    if (row.normative?.high != null && row.normative.high !== row.normative.low) {
      lines.push(row.normative.high)
    }
    return {
      ...columns[i]!,
      cell: cellOf(row),
      normativeLines: lines,
      previous: before,
      change: changeInPoints(row.value, before),
      series: monthlySeries(input.year, months).map(({ month, row }) => ({
        month,
        ...(row ? cellOf(row) : NO_DATA_CELL),
      })),
      projection: projectionToWire(input.projections?.get(projectionKey(row))),
    }
  })
}

// ── case lists ──────────────────────────────────────────────────────────────────────────────

export interface CaseRowView {
  externalId: string
  officeCode: string
  officeName: string
  officeHref: string
  channel: string
  variant: string
  result: CaseListRow['result']
  submittedAt: string
  dueAt: string | null
  completedAt: string | null
  daysLate: number | null
  minutesLate: number | null
  waitMinutesSubmit: number | null
  waitMinutesPickup: number | null
  maxWaitMinutes: number
  docsCorrect: boolean | null
  firstTimeCorrect: boolean | null
}

export function caseNames(rules: DeadlineRuleRow[], lang: Language) {
  const channels = new Map<string, string>()
  const variants = new Map<string, string>()
  for (const r of rules) {
    channels.set(
      r.channel,
      localName(
        { nameKk: r.channelNameKk, nameRu: r.channelNameRu, nameEn: r.channelNameEn },
        lang,
      ),
    )
    variants.set(
      r.variant,
      localName(
        { nameKk: r.variantNameKk, nameRu: r.variantNameRu, nameEn: r.variantNameEn },
        lang,
      ),
    )
  }
  return { channels, variants }
}

export function caseRowView(
  row: CaseListRow,
  lang: Language,
  names: ReturnType<typeof caseNames>,
  hrefOfOffice: (code: string) => string,
): CaseRowView {
  return {
    externalId: row.externalId,
    officeCode: row.officeCode,
    officeName: localName(
      { nameKk: row.officeNameKk, nameRu: row.officeNameRu, nameEn: row.officeNameEn },
      lang,
    ),
    officeHref: hrefOfOffice(row.officeCode),
    channel: names.channels.get(row.channel) ?? row.channel,
    variant: names.variants.get(row.variant) ?? row.variant,
    result: row.result,
    submittedAt: row.submittedAt,
    dueAt: row.dueAt,
    completedAt: row.completedAt,
    daysLate: row.daysLate,
    minutesLate: row.minutesLate,
    waitMinutesSubmit: row.waitMinutesSubmit,
    waitMinutesPickup: row.waitMinutesPickup,
    maxWaitMinutes: row.maxWaitMinutes,
    docsCorrect: row.docsCorrect,
    firstTimeCorrect: row.firstTimeCorrect,
  }
}

export interface CasePage {
  rows: CaseRowView[]
  total: number
  page: number
  pages: number
  pageSize: number
  sort: CaseSort
  dir: 'asc' | 'desc'
}

/**
 * One page of a case list; `total` is the subset's size (counted by the caller). With a data
 * version, the page is kept in the process cache for that version (app/indicators/data-cache.server.ts).
 */
export async function casePage(
  db: Db,
  input: {
    version?: number
    scope: CaseScope
    subset: CaseSubset
    asOf: string
    total: number
    page: number
    pageSize: number
    sort: CaseSort
    dir: 'asc' | 'desc'
    lang: Language
    names: ReturnType<typeof caseNames>
    officeHref: (code: string) => string
  },
): Promise<CasePage> {
  if (input.version !== undefined) {
    const { version, names: _names, officeHref: hrefOf, ...rest } = input
    // Every input of the page is in the key; the office links differ only by their query.
    const key = `cases:${JSON.stringify({ ...rest, href: hrefOf('') })}`
    return cached(db, version, key, () => casePage(db, { ...input, version: undefined }))
  }
  const pages = Math.max(1, Math.ceil(input.total / input.pageSize))
  const page = Math.min(Math.max(1, input.page), pages)
  const rows =
    input.total === 0
      ? []
      : await listMeasureCases(db, {
          ...input.scope,
          subset: input.subset,
          asOf: input.asOf,
          sort: input.sort,
          dir: input.dir,
          limit: input.pageSize,
          offset: (page - 1) * input.pageSize,
        })
  return {
    rows: rows.map((r) => caseRowView(r, input.lang, input.names, input.officeHref)),
    total: input.total,
    page,
    pages,
    pageSize: input.pageSize,
    sort: input.sort,
    dir: input.dir,
  }
}

/** The late and open-overdue cases of a page: the rest of its timeliness indicator. */
export type LatePanel = CasePage & { indicator: string; href: string }

/**
 * The late and open-overdue cases for a region (with its channel) or one office: the rest of
 * the on-time indicator for the same filters. Their count is the engine's denominator −
 * numerator (test/db/region-dashboard.test.ts checks the list against it). Null without an
 * on-time indicator in `rows`.
 */
export async function latePanel(
  db: Db,
  input: {
    version: number
    rows: IndicatorRow[]
    standardId: string
    year: number
    asOf: string
    unit:
      | { regionId: number; region: string; channel?: ChannelCode }
      | { officeId: number; office: string }
    access: DataAccess
    page: { lpage?: number; lsort?: CaseSort; ldir?: 'asc' | 'desc'; size: number }
    rules: DeadlineRuleRow[]
    lang: Language
  },
): Promise<LatePanel | null> {
  const onTime = input.rows.find((r) => r.measure === 'on_time')
  if (!onTime) return null
  const { standardId, year, asOf, unit } = input
  const order = defaultCaseSort('on_time')
  const where =
    'officeId' in unit
      ? { officeId: unit.officeId }
      : { regionId: unit.regionId, channel: unit.channel }
  const drillTo =
    'officeId' in unit ? { office: unit.office } : { region: unit.region, channel: unit.channel }
  return {
    indicator: onTime.code,
    href: drillHref(standardId, onTime.code, { year, ...drillTo, cases: 'rest' }),
    ...(await casePage(db, {
      version: input.version,
      scope: {
        measure: 'on_time',
        standardId,
        from: `${year}-01-01`,
        to: asOf,
        ...where,
        allowedRegionIds: input.access.regionIds,
        allowedStandardIds: input.access.standardIds,
      },
      subset: 'rest',
      asOf,
      total: onTime.denominator - onTime.numerator,
      page: input.page.lpage ?? 1,
      pageSize: input.page.size,
      sort: input.page.lsort ?? order.sort,
      dir: input.page.ldir ?? order.dir,
      lang: input.lang,
      names: caseNames(input.rules, input.lang),
      officeHref: (office) => officeHref(office, year, standardId),
    })),
  }
}

/** The default order of a case measure's list: the worst first. */
export function defaultCaseSort(measure: MeasureSlug): { sort: CaseSort; dir: 'asc' | 'desc' } {
  if (measure === 'on_time') return { sort: 'late', dir: 'desc' }
  if (measure === 'queue_wait_ok') return { sort: 'wait', dir: 'desc' }
  return { sort: 'submitted', dir: 'asc' }
}

// ── exports ─────────────────────────────────────────────────────────────────────────────────

type Row = Record<string, ExportValue>

function indicatorColumns(tr: Translator): ExportColumn[] {
  return [
    { key: 'code', label: tr.t('region.common.code') },
    { key: 'indicator', label: tr.t('region.common.indicator') },
  ]
}

function cellValues(cell: IndicatorCell | undefined, tr: Translator): Row {
  return {
    value: cell?.value ?? null,
    status: cell ? tr.t(`status.${cell.status}`) : null,
    numerator: cell?.numerator ?? null,
    denominator: cell?.denominator ?? null,
  }
}

export function cardsExport(
  name: string,
  cards: IndicatorCard[],
  tr: Translator,
  year: number,
): ExportTable {
  // Headers say what they hold: the year of the value and of the comparison, the bounds of the
  // interval, the unit of the change (a bare "Value −1" said nothing).
  const previousYear = year - 1
  return {
    name,
    title: tr.t('region.common.tables.indicators'),
    columns: [
      ...indicatorColumns(tr),
      { key: 'value', label: tr.t('export.column.value', { year }), percent: true },
      { key: 'status', label: tr.t('region.common.status') },
      { key: 'numerator', label: tr.t('region.common.numerator') },
      { key: 'denominator', label: tr.t('region.common.denominator') },
      { key: 'normative', label: tr.t('region.common.normative') },
      { key: 'target', label: tr.t('export.column.target', { year }), percent: true },
      { key: 'ciLow', label: tr.t('export.column.ciLow'), percent: true },
      { key: 'ciHigh', label: tr.t('export.column.ciHigh'), percent: true },
      {
        key: 'previous',
        label: tr.t('export.column.previous', { year: previousYear }),
        percent: true,
      },
      { key: 'change', label: tr.t('export.column.change', { year: previousYear }) },
      { key: 'coverage', label: tr.t('export.column.coverage') },
    ],
    rows: cards.map((card) => ({
      code: card.code,
      indicator: card.name,
      ...cellValues(card.cell, tr),
      normative: card.normative,
      target: card.cell.target,
      ciLow: card.cell.ciLow,
      ciHigh: card.cell.ciHigh,
      previous: card.previous,
      change: card.change,
      coverage: `${card.cell.contributing} / ${card.cell.serving}`,
    })),
  }
}

export function monthlyExport(name: string, cards: IndicatorCard[], tr: Translator): ExportTable {
  return {
    name,
    title: tr.t('region.common.tables.monthly'),
    columns: [
      { key: 'month', label: tr.t('region.common.month') },
      ...indicatorColumns(tr),
      { key: 'value', label: `${tr.t('region.common.value')}, %`, percent: true },
      { key: 'status', label: tr.t('region.common.status') },
      { key: 'numerator', label: tr.t('region.common.numerator') },
      { key: 'denominator', label: tr.t('region.common.denominator') },
    ],
    rows: cards.flatMap((card) =>
      card.series.map((m) => ({
        month: m.month,
        code: card.code,
        indicator: card.name,
        value: m.value,
        status: tr.t(`status.${m.status}`),
        numerator: m.numerator,
        denominator: m.denominator,
      })),
    ),
  }
}

/** A units × indicators table: per indicator its value, numerator and denominator. */
export function unitsExport(
  name: string,
  title: string,
  unitLabel: string,
  columns: IndicatorColumn[],
  rows: { code: string | null; name: string; cells: Record<string, IndicatorCell> }[],
  tr: Translator,
): ExportTable {
  return {
    name,
    title,
    columns: [
      { key: 'unitCode', label: tr.t('region.common.code') },
      { key: 'unit', label: unitLabel },
      ...columns.flatMap((col): ExportColumn[] => [
        { key: `${col.code}:value`, label: `${col.code} ${col.shortName}, %`, percent: true },
        { key: `${col.code}:numerator`, label: `${col.code} ${tr.t('region.common.numerator')}` },
        {
          key: `${col.code}:denominator`,
          label: `${col.code} ${tr.t('region.common.denominator')}`,
        },
      ]),
    ],
    rows: rows.map((r) => ({
      unitCode: r.code,
      unit: r.name,
      ...Object.fromEntries(
        columns.flatMap((col) => {
          const cell = r.cells[col.code]
          return [
            [`${col.code}:value`, cell?.value ?? null],
            [`${col.code}:numerator`, cell?.numerator ?? null],
            [`${col.code}:denominator`, cell?.denominator ?? null],
          ]
        }),
      ),
    })),
  }
}

export function casesExport(
  name: string,
  title: string,
  rows: CaseRowView[],
  tr: Translator,
): ExportTable {
  const flag = (v: boolean | null) =>
    v === null ? null : v ? tr.t('region.cases.yes') : tr.t('region.cases.no')
  return {
    name,
    title,
    columns: [
      { key: 'externalId', label: tr.t('region.cases.externalId') },
      {
        key: 'officeCode',
        label: `${tr.t('region.cases.office')} (${tr.t('region.common.code')})`,
      },
      { key: 'office', label: tr.t('region.cases.office') },
      { key: 'channel', label: tr.t('region.cases.channel') },
      { key: 'variant', label: tr.t('region.cases.variant') },
      { key: 'result', label: tr.t('region.cases.state') },
      { key: 'submitted', label: tr.t('region.cases.submitted'), date: true },
      { key: 'due', label: tr.t('region.cases.due'), date: true },
      { key: 'completed', label: tr.t('region.cases.completed'), date: true },
      { key: 'daysLate', label: tr.t('region.cases.daysLate') },
      { key: 'minutesLate', label: tr.t('region.cases.minutes', { n: '+' }) },
      { key: 'waitSubmit', label: `${tr.t('region.cases.wait')} 1` },
      { key: 'waitPickup', label: `${tr.t('region.cases.wait')} 2` },
      { key: 'maxWait', label: `${tr.t('region.cases.wait')} max` },
      { key: 'docsCorrect', label: tr.t('region.cases.docsCorrect') },
      { key: 'firstTimeCorrect', label: tr.t('region.cases.firstTimeCorrect') },
    ],
    rows: rows.map((r) => ({
      externalId: r.externalId,
      officeCode: r.officeCode,
      office: r.officeName,
      channel: r.channel,
      variant: r.variant,
      result: tr.t(`region.cases.results.${r.result}`),
      submitted: r.submittedAt,
      due: r.dueAt,
      completed: r.completedAt,
      daysLate: r.daysLate,
      minutesLate: r.minutesLate,
      waitSubmit: r.waitMinutesSubmit,
      waitPickup: r.waitMinutesPickup,
      maxWait: r.maxWaitMinutes,
      docsCorrect: flag(r.docsCorrect),
      firstTimeCorrect: flag(r.firstTimeCorrect),
    })),
  }
}

/** The tables both dashboards show, the region's and the office's. */
export type PanelTable = 'indicators' | 'monthly' | 'late'

/**
 * A dashboard's download (decision 0007: with its place and standard, year and data version above
 * the table): the panels both dashboards show here, the region's own tables (`own`) in its module.
 */
/**
 * The edition each row's figures follow (decision 0033), in the words of the annual report
 * (standardEditionLines): a month's row its month's edition, every other row the year's — with
 * the editions the period spans when another one starts inside it.
 */
function withEditionColumn(
  file: ExportTable,
  input: {
    year: number
    asOf: string
    editionOf: (start: string, end: string) => ReportEdition | undefined
  },
  tr: Translator,
): ExportTable {
  const x = {
    msg: (key: MessageKey, params?: Record<string, string | number>) => tr.t(key, params as never),
    date: tr.date,
    name: (names: Record<Language, string>) => names[tr.lang],
  }
  const text = (start: string, end: string, period: 'year' | 'period') =>
    standardEditionLines(input.editionOf(start, end), x, period).join(' ') || null
  const yearText = text(`${input.year}-01-01`, input.asOf, 'year')
  const monthText = (month: string) => {
    const start = `${month}-01`
    const last = new Date(Date.UTC(+month.slice(0, 4), +month.slice(5, 7), 0))
    const end = last.toISOString().slice(0, 10)
    return text(start, start <= input.asOf && input.asOf < end ? input.asOf : end, 'period')
  }
  return {
    ...file,
    columns: [...file.columns, { key: 'edition', label: tr.t('standards.col.edition') }],
    rows: file.rows.map((row) => ({
      ...row,
      edition: typeof row.month === 'string' ? monthText(row.month) : yearText,
    })),
  }
}

export function dashboardDownload<T extends string>(input: {
  /** `sapa-<place>-<year>-<standard>[-<channel>]-<table>` */
  name: string
  table: T | PanelTable
  subject: string
  year: number
  asOf: string
  dataVersion: number
  panels: { cards: IndicatorCard[]; late: { rows: CaseRowView[] } | null }
  tr: Translator
  /** The edition of the standard a period follows (standardEditionsByPeriod). */
  editionOf: (start: string, end: string) => ReportEdition | undefined
  own?: (table: T) => ExportTable
}): ExportTable {
  const { name, table, panels, tr } = input
  const file =
    table === 'indicators'
      ? cardsExport(name, panels.cards, tr, input.year)
      : table === 'monthly'
        ? monthlyExport(name, panels.cards, tr)
        : table === 'late'
          ? casesExport(name, tr.t('region.common.tables.late'), panels.late?.rows ?? [], tr)
          : input.own!(table as T)
  // A table of figures says which edition they follow; a list of cases holds none.
  const figures = table === 'late' ? file : withEditionColumn(file, input, tr)
  return withHeading(figures, tr, {
    subject: input.subject,
    scope: [input.year],
    dataVersion: input.dataVersion,
  })
}
