// /regions/:code?year=&standard=&channel= — the region dashboard: a card per indicator, month by
// month, the channels side by side, the districts and offices (sortable), and the late cases;
// every number opens its drill-down. `?view=reference` shows the region's reference facts (its
// districts and offices as they were in the year). A regional user sees only its own region.
// All but the cards open folded to a line saying what misses; `?open=…` renders them (0037).
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { ChannelComparison } from '~/components/channel-comparison'
import { PeriodEditionLine } from '~/components/edition-line'
import {
  DashboardHeading,
  dashboardLinks,
  DashboardSection,
  FoldedSection,
  PageContents,
  IndicatorSections,
  LateCasesSection,
  RegionUnitsSections,
} from '~/components/dashboard-sections'
import { DashboardFilters } from '~/components/dashboard-filters'
import { RegionReference } from '~/components/region-reference'
import { useHrefWith } from '~/components/use-href-with'
import { RegionDashboardQuery } from '~/dashboards/query.server'
import {
  openParam,
  openSections,
  REGION_SECTIONS,
  type RegionSection,
} from '~/dashboards/region-folds'
import { pageNotFound, parsePageInput } from '~/http/request-input.server'
import { found, regionRequest, withDashboardErrors } from '~/dashboards/page-request.server'
import { useT } from '~/i18n/use-t'
import { regionPage } from '~/reference/views.server'
import { regionDashboard } from '~/dashboards/region-dashboard.server'

export const links = dashboardLinks

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.region.name} · ${data.year} — Sapa` : 'Sapa' },
]

export async function loader(args: LoaderFunctionArgs) {
  const { lang, params, scope, input } = await regionRequest(args)
  const { code } = params
  const query = parsePageInput(RegionDashboardQuery, input)
  const tab = query.view ?? 'indicators'
  const view = found(
    await withDashboardErrors(() =>
      regionDashboard(args.context.db, code, query, lang, new Date(), scope, {
        indicators: tab === 'indicators',
        // Folded sections are neither computed into rows nor sent (decision 0037).
        open: openSections(query),
      }),
    ),
    () => pageNotFound('error.regionNotFound', { code }),
  )
  const reference =
    tab === 'reference' ? await regionPage(args.context.db, lang, code, view.year) : null
  return { ...view, tab, reference }
}

export default function RegionDashboardPage() {
  const data = useLoaderData<typeof loader>()
  const tr = useT()
  const hrefWith = useHrefWith()
  const d = data.dashboard
  const exportPath = `/regions/${data.region.code}/export`
  const opened = d?.open ?? []
  const openHref = (section: RegionSection) =>
    hrefWith({ open: openParam(opened, section) }, undefined, `#${section}`)
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/regions?year=${data.year}`}>← {tr.t('region.backToList')}</Link>
      </p>
      <DashboardHeading
        name={data.region.name}
        nameKk={data.region.nameKk}
        lead={tr.t('region.regionDashboard.lead', { year: data.year })}
        standard={d?.standard.name}
        dataThrough={'dataThrough' in data ? (data.dataThrough ?? null) : undefined}
      />

      <nav className="tabs" aria-label={tr.t('region.regionDashboard.tabs.label')}>
        <Link
          to={hrefWith({ view: null })}
          aria-current={data.tab === 'indicators' ? 'page' : undefined}
        >
          {tr.t('region.regionDashboard.tabs.indicators')}
        </Link>
        <Link
          to={hrefWith({ view: 'reference' })}
          aria-current={data.tab === 'reference' ? 'page' : undefined}
        >
          {tr.t('region.regionDashboard.tabs.reference')}
        </Link>
      </nav>

      <DashboardFilters
        year={data.year}
        years={data.years}
        standard={data.standard}
        standards={data.tab === 'indicators' ? data.standards : []}
        channel={d?.channel}
        channels={d?.channels}
        hidden={data.tab === 'reference' ? { view: 'reference', standard: data.standard } : {}}
      />

      {!data.region.validInYear && (
        <p className="notice" role="status">
          {tr.t('region.notValidInYear', { year: data.year })}
        </p>
      )}

      {data.tab === 'reference' && data.reference && <RegionReference data={data.reference} />}
      {data.tab === 'indicators' && !d && (
        <p className="empty">{tr.t('region.regionDashboard.noStandards')}</p>
      )}

      {d && (
        <>
          <PageContents
            items={[
              { id: 'indicators', title: tr.t('region.common.cardsTitle') },
              { id: 'trend', title: tr.t('region.common.trendTitle') },
              ...(d.comparison.channels.length > 1
                ? [{ id: 'channels', title: tr.t('region.regionDashboard.channelsTitle') }]
                : []),
              { id: 'districts', title: tr.t('region.regionDashboard.districtsTitle') },
              { id: 'offices', title: tr.t('region.regionDashboard.officesTitle') },
              ...(d.lateSummary ? [{ id: 'late', title: tr.t('region.cases.lateTitle') }] : []),
            ]}
          />
          <IndicatorSections
            cards={d.cards}
            drill={d.drill}
            year={data.year}
            asOf={data.asOf}
            exportPath={exportPath}
            trend={d.trend ? { cards: d.trend } : { openHref: openHref('trend') }}
          />
          {/* Under the cards, not in the heading: on a phone the first figure stays on the
              first screen (test/e2e/number-style.test.ts). */}
          {'edition' in data && <PeriodEditionLine edition={data.edition ?? null} />}
          {/* After the cards, not above them: the first figure stays on a phone's first screen. */}
          {opened.length < REGION_SECTIONS.length && (
            <p className="fold-all">
              <Link to={hrefWith({ open: 'all' })}>{tr.t('region.fold.openAll')}</Link>
            </p>
          )}

          {d.comparison.channels.length > 1 && !opened.includes('channels') && (
            <FoldedSection
              id="channels"
              title={tr.t('region.regionDashboard.channelsTitle')}
              openHref={openHref('channels')}
              summary={tr.t('region.fold.channels', {
                count: tr.number(d.comparison.summary.fails),
                total: tr.number(d.comparison.summary.total),
              })}
            />
          )}
          {d.comparison.channels.length > 1 && opened.includes('channels') && (
            <DashboardSection
              id="channels"
              title={tr.t('region.regionDashboard.channelsTitle')}
              exportPath={exportPath}
              table="channels"
              note={tr.t('region.regionDashboard.channelsIntro')}
            >
              <ChannelComparison
                caption={tr.t('region.regionDashboard.channelsCaption', { year: data.year })}
                channels={d.comparison.channels}
                rows={d.comparison.rows}
                drill={d.drill}
              />
            </DashboardSection>
          )}

          <RegionUnitsSections
            year={data.year}
            exportPath={exportPath}
            dashboard={d}
            staleAfterDays={
              'staleAfterDays' in data ? (data.staleAfterDays ?? undefined) : undefined
            }
            openHref={openHref}
          />

          {d.late && <LateCasesSection late={d.late} exportPath={exportPath} />}
          {!d.late && d.lateSummary && (
            <FoldedSection
              id="late"
              title={tr.t('region.cases.lateTitle')}
              openHref={openHref('late')}
              summary={tr.t('region.fold.late', { count: tr.number(d.lateSummary.total) })}
            />
          )}
        </>
      )}
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
