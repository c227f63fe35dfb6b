// The sections the region dashboard and the office view share: a titled section with its
// download links, the indicator cards, the monthly trend (charts + the table behind them) and
// the late cases — the same numbers for a region or one office; and the contents list that leads
// to them.
import type { LinksFunction } from '@remix-run/node'
import { Link } from '@remix-run/react'
import type { ReactNode } from 'react'
import type { DrillTarget } from '~/dashboards/drill-links'
import type { MessageKey } from '~/i18n/kk'
import { useT } from '~/i18n/use-t'
import type { CardView, CasePage, IndicatorCard, IndicatorColumn } from '~/dashboards/panels.server'
import type { UnitRow, UnitSort, UnitSummary } from '~/dashboards/region-dashboard.server'
import { CaseTable } from './case-table'
import { DataThrough } from './data-freshness'
import { ExportLinks } from './export-links'
import { IndicatorCards } from './indicator-cards'
import { MonthlyTable } from './monthly-table'
import { TrendCharts } from './trend-charts'
import { UnitIndicatorTable } from './unit-indicator-table'
import dashboardCss from '~/styles/dashboard.css'
import regionCss from '~/styles/region-dashboard.css'

/** The stylesheets of the region dashboard and the office view. */
export const dashboardLinks: LinksFunction = () => [
  { rel: 'stylesheet', href: dashboardCss },
  { rel: 'stylesheet', href: regionCss },
]

/** The tables a dashboard page exports (`region.common.tables.<name>` names each). */
type DashboardTable = MessageKey extends infer K
  ? K extends `region.common.tables.${infer Name}`
    ? Name
    : never
  : never

/** A dashboard section: heading, CSV/XLSX links of its table, an optional note, the content. */
export function DashboardSection({
  id,
  title,
  exportPath,
  table,
  note,
  children,
}: {
  id: string
  title: string
  /** The page's export route, e.g. /regions/KZ-11/export. */
  exportPath: string
  /** The table's name in that route (`?table=`). */
  table: DashboardTable
  note?: ReactNode
  children: ReactNode
}) {
  const tr = useT()
  // A section folds (a <details>, open at first: it works without JavaScript), so that a long
  // dashboard can be read section by section; the contents list leads to each heading.
  return (
    <section aria-labelledby={id} className="dashboard-section">
      <details open className="dashboard-section__fold">
        <summary className="section-head">
          <h2 id={id}>{title}</h2>
        </summary>
        <ExportLinks
          path={exportPath}
          table={table}
          label={tr.t('region.common.download')}
          tableName={tr.t(`region.common.tables.${table}`)}
        />
        {note && <p className="note">{note}</p>}
        {children}
      </details>
    </section>
  )
}

/**
 * A folded section (decision 0037): its heading (the contents list still leads to it), a line
 * that says what misses its target, and a plain link that renders the section in full.
 */
export function FoldedSection({
  id,
  title,
  summary,
  openHref,
  children,
}: {
  id: string
  title: string
  summary: ReactNode
  /** The same page with this section open (`?open=…#id`). */
  openHref: string
  children?: ReactNode
}) {
  const tr = useT()
  return (
    <section aria-labelledby={id} className="dashboard-section dashboard-section--folded">
      <div className="section-head">
        <h2 id={id}>{title}</h2>
      </div>
      <p className="fold-summary" data-fold={id}>
        {summary}
      </p>
      {children}
      <p className="fold-open">
        <Link to={openHref}>{tr.t('region.fold.show', { section: title })} →</Link>
      </p>
    </section>
  )
}

/** "They are A, B and 3 more." — the first names of a folded table's units that miss. */
export function MissingNames({ summary }: { summary: UnitSummary }) {
  const tr = useT()
  if (summary.missing === 0) return null
  const more = summary.missing - summary.names.length
  const names =
    more > 0
      ? [...summary.names, tr.t('region.fold.more', { count: tr.number(more) })]
      : summary.names
  return <> {tr.t('region.fold.names', { names: tr.list(names) })}</>
}

/**
 * A dashboard's title: the place's name (and its Kazakh name on the other languages' pages), the
 * lead with the standard shown, and how recent the data is (decision 0028; `undefined`: not said).
 */
export function DashboardHeading({
  name,
  nameKk,
  lead,
  standard,
  dataThrough,
}: {
  name: string
  nameKk: string
  lead: string
  standard?: string
  dataThrough?: string | null
}) {
  const tr = useT()
  return (
    <>
      <h1>{name}</h1>
      {tr.lang !== 'kk' && nameKk !== name && (
        <p className="secondary-name secondary-name--title" lang="kk">
          {nameKk}
        </p>
      )}
      <p className="lead">
        {lead}
        {standard && <> · {standard}</>}
      </p>
      {dataThrough !== undefined && <DataThrough date={dataThrough} />}
    </>
  )
}

/** A region's districts, then its offices, each × indicators, sortable, with its download. */
export function RegionUnitsSections({
  year,
  exportPath,
  dashboard,
  staleAfterDays,
  openHref,
}: {
  year: number
  exportPath: string
  dashboard: {
    columns: IndicatorColumn[]
    districts: { rows: UnitRow[]; sort: UnitSort; summary: UnitSummary }
    offices: { rows: UnitRow[]; sort: UnitSort; summary: UnitSummary }
    drill: { standard: string }
    open: readonly string[]
  }
  /** The page with a folded section opened. */
  openHref: (section: 'districts' | 'offices') => string
  /** Offices only: the stale threshold, when some are marked stale (decision 0028). */
  staleAfterDays?: number
}) {
  return (
    <>
      {(['district', 'office'] as const).map((kind) => (
        <UnitsSection
          key={kind}
          kind={kind}
          year={year}
          exportPath={exportPath}
          columns={dashboard.columns}
          units={kind === 'district' ? dashboard.districts : dashboard.offices}
          standard={dashboard.drill.standard}
          staleAfterDays={kind === 'office' ? staleAfterDays : undefined}
          openHref={
            dashboard.open.includes(kind === 'district' ? 'districts' : 'offices')
              ? null
              : openHref(kind === 'district' ? 'districts' : 'offices')
          }
        />
      ))}
    </>
  )
}

/** A region's districts or offices × indicators, sortable, with its download. */
function UnitsSection({
  kind,
  year,
  exportPath,
  columns,
  units,
  standard,
  staleAfterDays,
  openHref,
}: {
  kind: 'district' | 'office'
  year: number
  exportPath: string
  columns: IndicatorColumn[]
  units: { rows: UnitRow[]; sort: UnitSort; summary: UnitSummary }
  standard: string
  staleAfterDays?: number
  /** Folded: the link that opens it; null when open. */
  openHref: string | null
}) {
  const tr = useT()
  const id = kind === 'district' ? 'districts' : 'offices'
  if (openHref !== null) {
    const { summary } = units
    return (
      <FoldedSection
        id={id}
        title={tr.t(`region.regionDashboard.${id}Title`)}
        openHref={openHref}
        summary={
          <>
            {tr.t(`region.fold.${id}`, {
              count: tr.number(summary.missing),
              total: tr.number(summary.total),
            })}
            <MissingNames summary={summary} />
          </>
        }
      />
    )
  }
  return (
    <DashboardSection
      id={id}
      title={tr.t(`region.regionDashboard.${id}Title`)}
      exportPath={exportPath}
      table={id}
    >
      <UnitIndicatorTable
        id={id}
        caption={tr.t(`region.regionDashboard.${id}Caption`, { year })}
        unitLabel={tr.t(`region.regionDashboard.${kind}`)}
        columns={columns}
        rows={units.rows}
        standard={standard}
        sort={units.sort}
        params={{ sort: `${kind[0]}sort`, dir: `${kind[0]}dir` }}
        staleAfterDays={staleAfterDays}
      />
    </DashboardSection>
  )
}

/** The in-page contents of a long dashboard: a link to each section's heading. */
export function PageContents({ items }: { items: { id: string; title: string }[] }) {
  const { t } = useT()
  return (
    <nav className="page-contents" aria-label={t('layout.contents')}>
      <h2 className="page-contents__title">{t('layout.contents')}</h2>
      <ol>
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`}>{item.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}

/** The cards of every indicator, then their monthly trend as charts and as a table. */
export function IndicatorSections({
  cards,
  drill,
  year,
  asOf,
  exportPath,
  trend,
}: {
  cards: CardView[]
  drill: { standard: string; target: DrillTarget }
  year: number
  asOf: string
  exportPath: string
  /** The trend's full cards, or — folded (the region dashboard, decision 0037) — its link. */
  trend: { cards: IndicatorCard[] } | { openHref: string }
}) {
  const tr = useT()
  const missedAMonth = cards.filter((c) => c.series.some((m) => m.status === 'fails')).length
  return (
    <>
      <DashboardSection
        id="indicators"
        title={tr.t('region.common.cardsTitle')}
        exportPath={exportPath}
        table="indicators"
        note={tr.t('region.common.asOf', { date: tr.date(asOf) })}
      >
        <IndicatorCards cards={cards} drill={drill} year={year} />
      </DashboardSection>
      {'openHref' in trend ? (
        <FoldedSection
          id="trend"
          title={tr.t('region.common.trendTitle')}
          openHref={trend.openHref}
          summary={tr.t('region.fold.trend', {
            count: tr.number(missedAMonth),
            total: tr.number(cards.length),
          })}
        />
      ) : (
        <DashboardSection
          id="trend"
          title={tr.t('region.common.trendTitle')}
          exportPath={exportPath}
          table="monthly"
          note={tr.t('region.common.trendIntro')}
        >
          <TrendCharts cards={trend.cards} tableId="monthly-table" />
          <MonthlyTable
            id="monthly-table"
            caption={tr.t('region.common.trendCaption', { year: String(year) })}
            cards={trend.cards}
            drill={drill}
          />
        </DashboardSection>
      )}
    </>
  )
}

/** The late and open-overdue cases of the timeliness indicator, paginated and sortable. */
export function LateCasesSection({
  late,
  exportPath,
}: {
  late: CasePage & { indicator: string; href: string }
  exportPath: string
}) {
  const tr = useT()
  return (
    <DashboardSection
      id="late"
      title={tr.t('region.cases.lateTitle')}
      exportPath={exportPath}
      table="late"
      note={
        <>
          {tr.t('region.cases.lateIntro', { indicator: late.indicator })}{' '}
          <Link to={late.href}>{tr.t('region.regionDashboard.lateLink')} →</Link>
        </>
      }
    >
      <CaseTable
        id="late"
        caption={`${late.indicator} ${tr.t('dashboard.measureShort.on_time')}`}
        measure="on_time"
        page={late}
        params={{ sort: 'lsort', dir: 'ldir', page: 'lpage' }}
      />
    </DashboardSection>
  )
}
