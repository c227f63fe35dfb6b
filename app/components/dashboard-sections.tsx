// The sections the region dashboard and the office view share: a titled section with its
// download links, the indicator cards, the monthly trend (charts + the table behind them) and
// the late cases — the same numbers for a region or one office; and the contents list that leads
// to them.
import { Link } from '@remix-run/react'
import type { ReactNode } from 'react'
import type { DrillTarget } from '~/dashboards/drill-links'
import { useT } from '~/i18n/use-t'
import type { CasePage, IndicatorCard, PanelTexts } from '~/dashboards/panels.server'
import { CaseTable } from './case-table'
import { ExportLinks } from './export-links'
import { IndicatorCards } from './indicator-cards'
import { MonthlyTable } from './monthly-table'
import { TrendCharts } from './trend-charts'
import { fill } from '~/i18n/fill'

/** A dashboard section: heading, CSV/XLSX links of its table, an optional note, the content. */
export function DashboardSection({
  id,
  title,
  exportPath,
  table,
  texts,
  note,
  children,
}: {
  id: string
  title: string
  /** The page's export route, e.g. /regions/KZ-11/export. */
  exportPath: string
  /** The table's name in that route (`?table=`). */
  table: keyof PanelTexts['common']['tables']
  texts: PanelTexts
  note?: ReactNode
  children: ReactNode
}) {
  const c = texts.common
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
          label={c.download}
          tableName={c.tables[table]}
        />
        {note && <p className="note">{note}</p>}
        {children}
      </details>
    </section>
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
  texts,
  year,
  asOf,
  exportPath,
}: {
  cards: IndicatorCard[]
  drill: { standard: string; target: DrillTarget }
  texts: PanelTexts
  year: number
  asOf: string
  exportPath: string
}) {
  const tr = useT()
  const c = texts.common
  return (
    <>
      <DashboardSection
        id="indicators"
        title={c.cardsTitle}
        exportPath={exportPath}
        table="indicators"
        texts={texts}
        note={fill(c.asOf, { date: tr.date(asOf) })}
      >
        <IndicatorCards cards={cards} drill={drill} texts={texts} year={year} />
      </DashboardSection>
      <DashboardSection
        id="trend"
        title={c.trendTitle}
        exportPath={exportPath}
        table="monthly"
        texts={texts}
        note={c.trendIntro}
      >
        <TrendCharts cards={cards} texts={texts} tableId="monthly-table" />
        <MonthlyTable
          id="monthly-table"
          caption={fill(c.trendCaption, { year: String(year) })}
          cards={cards}
          drill={drill}
          texts={texts}
        />
      </DashboardSection>
    </>
  )
}

/** The late and open-overdue cases of the timeliness indicator, paginated and sortable. */
export function LateCasesSection({
  late,
  texts,
  exportPath,
}: {
  late: CasePage & { indicator: string; href: string }
  texts: PanelTexts
  exportPath: string
}) {
  return (
    <DashboardSection
      id="late"
      title={texts.cases.lateTitle}
      exportPath={exportPath}
      table="late"
      texts={texts}
      note={
        <>
          {fill(texts.cases.lateIntro, { indicator: late.indicator })}{' '}
          <Link to={late.href}>{texts.regionDashboard.lateLink} →</Link>
        </>
      }
    >
      <CaseTable
        id="late"
        caption={`${late.indicator} ${texts.measureShort.on_time}`}
        measure="on_time"
        page={late}
        texts={texts}
        params={{ sort: 'lsort', dir: 'ldir', page: 'lpage' }}
      />
    </DashboardSection>
  )
}
