// /standards/:id/:year — one standard across regions for a year: the regions × indicators matrix,
// a tile map and a ranking for a chosen indicator, the national change from the previous year.
// Filters (channel, indicator) live in the URL: links are shareable and the page works without JS.
import { DataThrough } from '~/components/data-freshness'
import { PeriodEditionLine } from '~/components/edition-line'
import { statusThreshold } from '~/domain/indicator-status'
import {
  redirect,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { DownloadLinks } from '~/components/download-links'
import { IndicatorMatrix } from '~/components/indicator-matrix'
import { RegionRanking } from '~/components/region-ranking'
import { RegionTileMap } from '~/components/region-tile-map'
import { pageNotFound } from '~/http/request-input.server'
import { pageOutOfScope, requireUser } from '~/accounts/policy.server'
import { useT } from '~/i18n/use-t'
import { FilterSelect } from '~/components/filter-select'
import { standardViewRequest } from '~/dashboards/standard-view.server'
import dashboardCss from '~/styles/dashboard.css'
import { exportFormatOf } from '~/exports/table-export.server'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: dashboardCss }]

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.standard.name} · ${data.year} — Sapa` : 'Sapa' },
]

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context)
  const url = new URL(request.url)
  // A page cannot answer with a file: the download is a resource route with the same query.
  if (exportFormatOf(url)) {
    throw redirect(`${url.pathname.replace(/\/+$/, '')}/export${url.search}`)
  }
  const page = await standardViewRequest(
    context.db,
    user,
    { request, params },
    {
      unknownStandard: () => pageNotFound('error.standardNotFound', { id: params.id ?? '' }),
      outOfScope: pageOutOfScope,
    },
  )
  if (!page) throw pageNotFound('error.standardNotFound', { id: params.id ?? '' })
  return page
}

export default function StandardYearPage() {
  const data = useLoaderData<typeof loader>()
  const tr = useT()
  const regionHref = (code: string) =>
    `/regions/${code}?year=${data.year}&standard=${encodeURIComponent(data.standard.id)}`
  const mapCell = (code: string) => data.regions.find((r) => r.code === code)?.cells[data.map.code]
  const mapName = `${data.map.code} ${tr.t(`dashboard.measureShort.${data.map.measure}`)}`
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/standards/${data.standard.id}`}>← {data.standard.name}</Link>
      </p>
      <h1>
        {tr.t('dashboard.standardView.title')}: {data.year}
      </h1>
      <p className="lead">{data.standard.name}</p>
      <DataThrough date={data.dataThrough} />
      <PeriodEditionLine edition={data.edition} />
      <p>{tr.t('dashboard.standardView.intro')}</p>

      <Form key={`${data.channel}|${data.map.code}`} method="get" className="filters">
        <FilterSelect
          label={tr.t('dashboard.standardView.channel')}
          name="channel"
          value={data.channel ?? ''}
          all={tr.t('dashboard.standardView.allChannels')}
          options={data.channels.map((c) => ({ value: c.code, label: c.name }))}
        />
        <label>
          {tr.t('dashboard.standardView.mapIndicator')}
          <select name="indicator" defaultValue={data.map.code}>
            {data.indicators.map((i) => (
              <option key={i.code} value={i.code}>
                {i.code} {tr.t(`dashboard.measureShort.${i.measure}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{tr.t('dashboard.standardView.show')}</button>
        <span className="filters__years">
          {tr.t('dashboard.standardView.otherYears')}:{' '}
          {[data.year - 1, data.year + 1].map((y) => (
            <Link key={y} to={`/standards/${data.standard.id}/${y}`}>
              {y}
            </Link>
          ))}
        </span>
      </Form>

      <section className="cards" aria-label={tr.t('dashboard.standardView.nation')}>
        {data.indicators.map((i) => {
          const cell = data.nation.cells[i.code]
          const change =
            cell?.value != null && i.nationPrevious != null ? cell.value - i.nationPrevious : null
          return (
            <article key={i.code} className={`card card--${cell?.status ?? 'no_data'}`}>
              <h2 className="card__title">
                <span className="matrix__code">{i.code}</span>{' '}
                {tr.t(`dashboard.measureShort.${i.measure}`)}
              </h2>
              <p className="card__value">
                {cell?.value == null
                  ? tr.t('dashboard.standardView.noData')
                  : tr.percent(cell.value, statusThreshold(cell.target, i.normativeRef))}
              </p>
              <p className="card__meta">{cell ? tr.t(`status.${cell.status}`) : ''}</p>
              {change !== null && (
                <p className="card__change" title={tr.t('dashboard.standardView.change')}>
                  {change >= 0 ? '▲' : '▼'} {tr.points(change)}{' '}
                  <span className="card__meta">
                    ({tr.t('dashboard.standardView.previousYear', { year: data.year - 1 })}:{' '}
                    {tr.percent(
                      i.nationPrevious!,
                      statusThreshold(cell?.target ?? null, i.normativeRef),
                    )}
                    )
                  </span>
                </p>
              )}
            </article>
          )
        })}
      </section>

      <div className="map-and-ranking">
        <section>
          <h2>{tr.t('dashboard.standardView.mapTitle')}</h2>
          <RegionTileMap
            title={`${tr.t('dashboard.standardView.mapTitle')}: ${mapName}`}
            description={tr.t('dashboard.standardView.mapDescription', {
              indicator: mapName,
              year: data.year,
            })}
            href={regionHref}
            reference={data.rankingReference?.value ?? null}
            tiles={data.regions.map((r) => ({
              code: r.code!,
              name: r.name,
              short: data.shortNames[r.code!] ?? r.code!,
              value: mapCell(r.code!)?.value ?? null,
              target: mapCell(r.code!)?.target ?? null,
              status: mapCell(r.code!)?.status ?? null,
            }))}
          />
        </section>
        <section>
          <h2>{tr.t('dashboard.standardView.rankingTitle')}</h2>
          <p className="card__meta">
            {tr.t('dashboard.standardView.rankingDescription', { indicator: mapName })}
          </p>
          <RegionRanking
            href={regionHref}
            reference={data.rankingReference}
            regions={data.ranking.map((r) => ({
              code: r.code,
              name: r.name,
              value: r.cell?.value ?? null,
              status: r.cell?.status ?? null,
            }))}
          />
        </section>
      </div>

      <IndicatorMatrix
        caption={tr.t('dashboard.standardView.matrixCaption', { year: data.year })}
        regionHeader={tr.t('dashboard.standardView.region')}
        noData={tr.t('dashboard.standardView.noData')}
        regionHref={regionHref}
        columns={data.indicators.map((i) => ({
          code: i.code,
          label: tr.t(`dashboard.measureShort.${i.measure}`),
          title: i.name,
          normative: i.normative,
          normativeRef: i.normativeRef,
        }))}
        rows={[data.nation, ...data.regions]}
      />
      <DownloadLinks
        className="downloads"
        label={tr.t('dashboard.overview.download')}
        href={(format) => {
          const params = new URLSearchParams({ export: format })
          if (data.channel) params.set('channel', data.channel)
          return `/standards/${data.standard.id}/${data.year}/export?${params}`
        }}
      />
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
