// / — the national overview: year, standard and channel filters in the URL (a GET form: works
// before JavaScript, links are shareable, the back button works); headline cards with their
// change from the same period of the previous year; the tile map and the ranking of regions by a
// chosen indicator; the regions × indicators matrix (folded to the regions that miss until
// `?open=matrix`, as the region dashboard's sections). Cells, regions and cards lead to the region
// dashboards. A regional user sees their own region only; an agency chair their agency's
// standards. `?export=csv|csv-excel|xlsx` downloads a table (via /overview/export).
import { DataThrough } from '~/components/data-freshness'
import {
  redirect,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { FoldedSection, MissingNames } from '~/components/dashboard-sections'
import { DownloadLinks } from '~/components/download-links'
import { FilterSelect } from '~/components/filter-select'
import { CardReferences, CardTrend, HeadlineCard } from '~/components/headline-cards'
import { TargetSummarySentence } from '~/components/target-summary'
import { IndicatorMatrix } from '~/components/indicator-matrix'
import { ProjectionSummary } from '~/components/projection-summary'
import { RegionRanking } from '~/components/region-ranking'
import { RegionTileMap } from '~/components/region-tile-map'
import { parsePageInput, queryObject } from '~/http/request-input.server'
import { requestTranslator } from '~/i18n/language.server'
import { useT } from '~/i18n/use-t'
import {
  OverviewQuery,
  nationalOverviewPage,
  overviewTitle,
} from '~/dashboards/national-overview.server'
import { pageOutOfScope, requireUser, userScope } from '~/accounts/policy.server'
import dashboardCss from '~/styles/dashboard.css'
import overviewCss from '~/styles/overview.css'
import { exportFormatOf } from '~/exports/table-export.server'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: dashboardCss },
  { rel: 'stylesheet', href: overviewCss },
]

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} · ${data.year} — Sapa` : 'Sapa' },
]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context)
  const url = new URL(request.url)
  // A page cannot answer with a file: the download is a resource route with the same query.
  if (exportFormatOf(url)) throw redirect(`/overview/export${url.search}`)
  const tr = requestTranslator(request)
  const input = parsePageInput(OverviewQuery, queryObject(request))
  const scope = await userScope(context.db, user)
  const page = await nationalOverviewPage(context.db, input, tr.lang, new Date(), scope, {
    foldMatrix: input.open === undefined,
  })
  if (!page) throw pageOutOfScope()
  return {
    ...page,
    title: overviewTitle(tr, page.region),
    isAdmin: user.role === 'admin',
  }
}

export default function OverviewPage() {
  const data = useLoaderData<typeof loader>()
  const tr = useT()
  const { year, filters } = data

  const query = (extra: Record<string, string | null> = {}) => {
    const params = new URLSearchParams()
    const all: Record<string, string | null> = {
      year: String(year),
      standard: filters.standard,
      channel: filters.channel,
      map: filters.map,
      // The matrix stays open through the filters and the cards' links once opened.
      open: data.matrixFold || data.regional ? null : 'matrix',
      ...extra,
    }
    for (const [k, v] of Object.entries(all)) if (v) params.set(k, v)
    return params.toString()
  }
  const regionHref = (code: string, standard: string | null = filters.standard) =>
    `/regions/${code}?year=${year}${standard ? `&standard=${encodeURIComponent(standard)}` : ''}`
  const columnByKey = new Map(data.columns.map((c) => [c.key, c]))
  const cellHref = (rowCode: string | null, key: string) => {
    const column = columnByKey.get(key)
    if (!column) return undefined
    if (rowCode) return regionHref(rowCode, column.standardId)
    // The nation's cell: the standard across regions.
    return `/standards/${column.standardId}/${year}${filters.channel ? `?channel=${filters.channel}` : ''}`
  }
  const downloads = (table: 'matrix' | 'ranking') => (
    <DownloadLinks
      className="downloads"
      label={tr.t('dashboard.overview.download')}
      href={(format) => `/overview/export?${query({ table, export: format })}`}
    />
  )
  const trendMonths = data.trendMonths.map((m) => `${m.slice(5)}.${m.slice(0, 4)}`)
  const previousPeriod = `${tr.date(data.previous.from)} – ${tr.date(data.previous.to)}`
  const cardLabel = {
    served: tr.t('dashboard.overview.served'),
    onTime: tr.t('dashboard.overview.onTime'),
    satisfaction: tr.t('dashboard.overview.satisfaction'),
    complaints: tr.t('dashboard.overview.complaints'),
  }
  const mapName = data.map
    ? filters.standard
      ? data.map.label
      : `${data.map.label} · ${data.map.standard}`
    : ''

  return (
    <>
      <h1>{data.title}</h1>
      {data.summary && <TargetSummarySentence summary={data.summary} />}

      {/* Keyed by the filters: after the back button the selects show the URL's values again. */}
      <Form
        key={[year, filters.standard, filters.channel, filters.map].join('|')}
        method="get"
        className="filters"
        preventScrollReset
      >
        <FilterSelect
          label={tr.t('dashboard.overview.year')}
          name="year"
          value={year}
          options={data.yearOptions.map((y) => ({ value: y, label: String(y) }))}
        />
        <FilterSelect
          label={tr.t('dashboard.overview.standard')}
          name="standard"
          value={filters.standard ?? ''}
          all={tr.t('dashboard.overview.allStandards')}
          options={data.standards.map((s) => ({ value: s.id, label: s.name }))}
        />
        <FilterSelect
          label={tr.t('dashboard.overview.channel')}
          name="channel"
          value={filters.channel ?? ''}
          all={tr.t('dashboard.overview.allChannels')}
          options={data.channels.map((c) => ({ value: c.code, label: c.name }))}
        />
        {data.indicators.length > 0 && (
          <label>
            {tr.t('dashboard.overview.indicator')}
            <select name="map" defaultValue={filters.map ?? ''}>
              {data.standards
                .filter((s) => data.indicators.some((i) => i.standardId === s.id))
                .map((s) => {
                  const options = data.indicators
                    .filter((i) => i.standardId === s.id)
                    .map((i) => (
                      <option key={i.key} value={i.key}>
                        {i.code} {tr.t(`dashboard.measureShort.${i.measure}`)}
                      </option>
                    ))
                  return filters.standard ? (
                    options
                  ) : (
                    <optgroup key={s.id} label={s.name}>
                      {options}
                    </optgroup>
                  )
                })}
            </select>
          </label>
        )}
        {!data.matrixFold && !data.regional && <input type="hidden" name="open" value="matrix" />}
        <button type="submit">{tr.t('dashboard.overview.show')}</button>
      </Form>

      {data.regional && !data.region ? (
        <p className="empty">{tr.t('dashboard.overview.noRegion')}</p>
      ) : (
        <>
          <section aria-labelledby="headline-title" className="headline">
            <h2 id="headline-title">
              {tr.t('dashboard.overview.cardsTitle', { year, date: tr.date(data.asOf) })}
            </h2>
            <DataThrough date={data.dataThrough} />
            <div className="headline-cards">
              {data.cards.map((card) => {
                const link = data.region
                  ? {
                      href: regionHref(data.region.code),
                      text: tr.t('dashboard.overview.openRegion'),
                    }
                  : card.column
                    ? {
                        href: `/?${query({ map: card.column })}#ranking`,
                        text: tr.t('dashboard.overview.byRegion'),
                      }
                    : null
                const detail =
                  card.key === 'served'
                    ? tr.t('dashboard.overview.servedNote')
                    : card.key === 'complaints'
                      ? tr.t('dashboard.overview.complaintsRate', {
                          rate: card.rate === null ? '—' : tr.percent(card.rate),
                        })
                      : tr.t('dashboard.overview.shareOf', {
                          numerator: tr.number(card.numerator),
                          denominator: tr.number(card.denominator),
                        })
                return (
                  <HeadlineCard
                    key={card.key}
                    figure={card}
                    threshold={card.judged.length === 1 ? card.judged[0]!.line : null}
                    texts={{
                      label: cardLabel[card.key],
                      detail,
                      comparison:
                        card.change === null
                          ? tr.t('dashboard.overview.noPrevious', { year: data.previous.year })
                          : tr.t('dashboard.overview.comparedWith', { period: previousPeriod }),
                      points: tr.t('dashboard.overview.points'),
                      noData: tr.t('dashboard.overview.noData'),
                      link,
                    }}
                  >
                    <CardReferences judged={card.judged} />
                    <CardTrend
                      points={card.trend}
                      months={trendMonths}
                      label={cardLabel[card.key]}
                      unit={card.unit}
                      line={card.judged.length === 1 ? card.judged[0]!.line : null}
                    />
                  </HeadlineCard>
                )
              })}
            </div>
            <p className="lead">
              {data.regional
                ? tr.t('dashboard.overview.regionIntro')
                : tr.t('dashboard.overview.intro')}
            </p>
            <details className="definitions">
              <summary>{tr.t('dashboard.overview.definitionsTitle')}</summary>
              <ul>
                <li>{tr.t('dashboard.overview.definitionServed')}</li>
                <li>{tr.t('dashboard.overview.definitionOnTime')}</li>
                <li>{tr.t('dashboard.overview.definitionSatisfaction')}</li>
                <li>{tr.t('dashboard.overview.definitionComplaints')}</li>
                <li>{tr.t('dashboard.overview.definitionChange')}</li>
              </ul>
              <p>
                <Link to="/methodology">{tr.t('nav.methodology')} →</Link>
              </p>
            </details>
          </section>

          <ProjectionSummary summary={data.projectionSummary} year={year} />

          {!data.regional && data.map && (
            <div className="map-and-ranking">
              <section aria-labelledby="map-title">
                <h2 id="map-title">{tr.t('dashboard.overview.mapTitle')}</h2>
                <RegionTileMap
                  title={`${tr.t('dashboard.overview.mapTitle')}: ${mapName}`}
                  description={tr.t('dashboard.overview.mapDescription', {
                    indicator: mapName,
                    year,
                  })}
                  tiles={data.map.tiles}
                  reference={data.rankingReference?.value ?? null}
                  href={(code) =>
                    `${regionHref(code, data.map?.key.split(':')[0] ?? null)}${filters.channel ? `&channel=${filters.channel}` : ''}`
                  }
                />
              </section>
              <section aria-labelledby="ranking-title" id="ranking">
                <h2 id="ranking-title">{tr.t('dashboard.overview.rankingTitle')}</h2>
                <p className="card__meta">
                  {tr.t('dashboard.overview.rankingDescription', { indicator: mapName })}
                </p>
                <RegionRanking
                  reference={data.rankingReference}
                  href={(code) => regionHref(code, data.map?.key.split(':')[0] ?? null)}
                  regions={data.ranking.map((r) => ({
                    code: r.code,
                    name: r.name,
                    value: r.cell?.value ?? null,
                    status: r.cell?.status ?? null,
                  }))}
                />
                {downloads('ranking')}
              </section>
            </div>
          )}

          {data.matrixFold ? (
            <FoldedSection
              id="matrix"
              title={tr.t('dashboard.overview.matrixCaption', { year })}
              openHref={`/?${query({ open: 'matrix' })}#matrix`}
              summary={
                <>
                  {tr.t('dashboard.overview.matrixFold', {
                    count: tr.number(data.matrixFold.missing),
                    total: tr.number(data.matrixFold.total),
                  })}
                  <MissingNames summary={data.matrixFold} />
                </>
              }
            >
              {downloads('matrix')}
            </FoldedSection>
          ) : (
            <section id="matrix" aria-label={tr.t('dashboard.overview.matrixCaption', { year })}>
              <IndicatorMatrix
                caption={tr.t('dashboard.overview.matrixCaption', { year })}
                regionHeader={tr.t('dashboard.overview.region')}
                noData={tr.t('dashboard.overview.noData')}
                regionHref={(code) => regionHref(code)}
                cellHref={cellHref}
                compact
                columns={data.columns.map((c) => ({
                  key: c.key,
                  code: c.code,
                  label: c.label,
                  title: c.name,
                  normative: c.normative,
                  normativeRef: c.normativeRef,
                }))}
                rows={data.rows}
              />
              <p className="note">
                {filters.standard || !data.chosenLabel
                  ? null
                  : `${tr.t('dashboard.overview.matrixAllNote', { indicator: data.chosenLabel })} `}
                {tr.t('dashboard.overview.matrixNote')}
              </p>
              {downloads('matrix')}
            </section>
          )}
        </>
      )}

      {data.isAdmin && (
        <p className="admin-link">
          <Link to="/admin/data">{tr.t('dashboard.overview.adminData')}</Link>
        </p>
      )}
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
