// /reports/:year/changes?region=KZ-11&from=1&to=2 — what changed between two published editions
// of a report: per standard, indicator and unit, the value, status, counts and targets.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { StatusBadge } from '~/components/status-badge'
import type { IndicatorStatus } from '~/domain/indicator-status'
import { formatDate, formatPercent } from '~/i18n/format'
import { reportChangesPage } from '~/annual-reports/pages.server'
import reportsCss from '~/styles/reports.css'
import { fill } from '~/i18n/fill'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: reportsCss }]

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.texts.pages.changesTitle} · ${data.key.year} — Sapa` : 'Sapa' },
]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  return reportChangesPage(request, context, params)
}

export default function ReportChanges() {
  const data = useLoaderData<typeof loader>()
  const p = data.texts.pages
  const scopeQuery = data.key.regionCode ? `region=${data.key.regionCode}&` : ''
  const show = (field: string, value: string | number | null) => {
    if (value === null) return <span className="muted">—</span>
    if (field === 'status') return <StatusBadge status={value as IndicatorStatus} />
    if (field === 'counts') return String(value)
    return typeof value === 'number' ? formatPercent(data.lang, value, 2) : value
  }
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/reports/${data.key.year}?${scopeQuery}version=${data.to.version}`}>
          ← {p.title}: {data.key.year}
        </Link>
      </p>
      <h1>{p.changesTitle}</h1>
      <p>
        {fill(p.changesIntro, {
          year: data.key.year,
          scope: data.scopeName,
          from: data.from.version,
          to: data.to.version,
        })}
      </p>
      <dl className="report__facts">
        <div>
          <dt>
            {p.version} {data.from.version}
          </dt>
          <dd>
            {formatDate(data.lang, data.from.publishedAt)} · {data.texts.dataVersion}{' '}
            <code>{data.from.dataVersion}</code>
          </dd>
        </div>
        <div>
          <dt>
            {p.version} {data.to.version}
          </dt>
          <dd>
            {formatDate(data.lang, data.to.publishedAt)} · {data.texts.dataVersion}{' '}
            <code>{data.to.dataVersion}</code>
          </dd>
        </div>
      </dl>
      {data.changes.length === 0 ? (
        <p role="status">{p.noChanges}</p>
      ) : (
        <div className="report__scroll" tabIndex={0} role="region" aria-label={p.standard}>
          <table className="report-changes">
            <thead>
              <tr>
                <th scope="col">{p.standard}</th>
                <th scope="col">{p.indicator}</th>
                <th scope="col">{data.texts.scope}</th>
                <th scope="col">{p.field}</th>
                <th scope="col">{p.before}</th>
                <th scope="col">{p.after}</th>
              </tr>
            </thead>
            <tbody>
              {data.changes.map((c, i) => (
                <tr key={i} data-code={c.code} data-unit={c.unit.code ?? ''} data-field={c.field}>
                  <td>{c.standardName[data.reportLang]}</td>
                  <td>
                    <strong>{c.code}</strong> {c.indicatorName[data.reportLang]}
                  </td>
                  <td>{c.unit.name ? c.unit.name[data.reportLang] : data.texts.nation}</td>
                  <td>{p.fields[c.field]}</td>
                  <td className="before">{show(c.field, c.before)}</td>
                  <td className="after">{show(c.field, c.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
