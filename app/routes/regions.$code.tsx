// /regions/:code?year=&standard=&channel= — the region dashboard: a card per indicator, month by
// month, the channels side by side, the districts and offices (sortable), and the late cases;
// every number opens its drill-down. `?view=reference` shows the region's reference facts (its
// districts and offices as they were in the year). A regional user sees only its own region.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { ChannelComparison } from '~/components/channel-comparison'
import {
  DashboardSection,
  PageContents,
  IndicatorSections,
  LateCasesSection,
} from '~/components/dashboard-sections'
import { DashboardFilters } from '~/components/dashboard-filters'
import { DataThrough } from '~/components/data-freshness'
import { RegionReference } from '~/components/region-reference'
import { UnitIndicatorTable } from '~/components/unit-indicator-table'
import { useHrefWith } from '~/components/use-href-with'
import { RegionDashboardQuery } from '~/dashboards/query.server'
import { pageNotFound, parsePageInput } from '~/http/request-input.server'
import { found, regionRequest, withDashboardErrors } from '~/dashboards/page-request.server'
import { useT } from '~/i18n/use-t'
import { regionPage } from '~/reference/views.server'
import { regionDashboard } from '~/dashboards/region-dashboard.server'
import dashboardCss from '~/styles/dashboard.css'
import regionCss from '~/styles/region-dashboard.css'
import { fill } from '~/i18n/fill'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: dashboardCss },
  { rel: 'stylesheet', href: regionCss },
]

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
  const texts = data.texts
  const c = texts.common
  const r = texts.regionDashboard
  const d = data.dashboard
  const exportPath = `/regions/${data.region.code}/export`
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/regions?year=${data.year}`}>← {tr.t('region.backToList')}</Link>
      </p>
      <h1>{data.region.name}</h1>
      {tr.lang !== 'kk' && data.region.nameKk !== data.region.name && (
        <p className="secondary-name secondary-name--title" lang="kk">
          {data.region.nameKk}
        </p>
      )}
      <p className="lead">
        {fill(r.lead, { year: data.year })}
        {d && <> · {d.standard.name}</>}
      </p>
      {'dataThrough' in data && <DataThrough date={data.dataThrough ?? null} />}

      <nav className="tabs" aria-label={r.tabs.label}>
        <Link
          to={hrefWith({ view: null })}
          aria-current={data.tab === 'indicators' ? 'page' : undefined}
        >
          {r.tabs.indicators}
        </Link>
        <Link
          to={hrefWith({ view: 'reference' })}
          aria-current={data.tab === 'reference' ? 'page' : undefined}
        >
          {r.tabs.reference}
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
        texts={c}
      />

      {!data.region.validInYear && (
        <p className="notice" role="status">
          {tr.t('region.notValidInYear', { year: data.year })}
        </p>
      )}

      {data.tab === 'reference' && data.reference && <RegionReference data={data.reference} />}
      {data.tab === 'indicators' && !d && <p className="empty">{r.noStandards}</p>}

      {d && (
        <>
          <PageContents
            items={[
              { id: 'indicators', title: c.cardsTitle },
              { id: 'trend', title: c.trendTitle },
              ...(d.comparison.channels.length > 1
                ? [{ id: 'channels', title: r.channelsTitle }]
                : []),
              { id: 'districts', title: r.districtsTitle },
              { id: 'offices', title: r.officesTitle },
              ...(d.late ? [{ id: 'late', title: texts.cases.lateTitle }] : []),
            ]}
          />
          <IndicatorSections
            cards={d.cards}
            drill={d.drill}
            texts={texts}
            year={data.year}
            asOf={data.asOf}
            exportPath={exportPath}
          />

          {d.comparison.channels.length > 1 && (
            <DashboardSection
              id="channels"
              title={r.channelsTitle}
              exportPath={exportPath}
              table="channels"
              texts={texts}
              note={r.channelsIntro}
            >
              <ChannelComparison
                caption={fill(r.channelsCaption, { year: data.year })}
                channels={d.comparison.channels}
                rows={d.comparison.rows}
                drill={d.drill}
                texts={texts}
              />
            </DashboardSection>
          )}

          <DashboardSection
            id="districts"
            title={r.districtsTitle}
            exportPath={exportPath}
            table="districts"
            texts={texts}
          >
            <UnitIndicatorTable
              id="districts"
              caption={fill(r.districtsCaption, { year: data.year })}
              unitLabel={r.district}
              columns={d.columns}
              rows={d.districts.rows}
              standard={d.drill.standard}
              sort={d.districts.sort}
              params={{ sort: 'dsort', dir: 'ddir' }}
              texts={texts}
            />
          </DashboardSection>

          <DashboardSection
            id="offices"
            title={r.officesTitle}
            exportPath={exportPath}
            table="offices"
            texts={texts}
          >
            <UnitIndicatorTable
              id="offices"
              caption={fill(r.officesCaption, { year: data.year })}
              unitLabel={r.office}
              columns={d.columns}
              rows={d.offices.rows}
              standard={d.drill.standard}
              sort={d.offices.sort}
              params={{ sort: 'osort', dir: 'odir' }}
              texts={texts}
              staleAfterDays={
                'staleAfterDays' in data ? (data.staleAfterDays ?? undefined) : undefined
              }
            />
          </DashboardSection>

          {d.late && <LateCasesSection late={d.late} texts={texts} exportPath={exportPath} />}
        </>
      )}
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
