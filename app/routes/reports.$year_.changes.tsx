// /reports/:year/changes?region=KZ-11&from=1&to=2 — what changed between two published editions
// of a report: per standard, indicator and unit, the value, status, counts and targets.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useT } from '~/i18n/use-t'
import { StatusBadge } from '~/components/status-badge'
import type { IndicatorStatus } from '~/domain/indicator-status'
import { formatDate, formatPercent } from '~/i18n/format'
import { reportChangesPage } from '~/annual-reports/pages.server'
import reportsCss from '~/styles/reports.css'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: reportsCss }]

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} · ${data.key.year} — Sapa` : 'Sapa' },
]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  return reportChangesPage(request, context, params)
}

export default function ReportChanges() {
  const data = useLoaderData<typeof loader>()
  const tr = useT()
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
          ← {tr.t('reports.pages.title')}: {data.key.year}
        </Link>
      </p>
      <h1>{tr.t('reports.pages.changesTitle')}</h1>
      <p>
        {tr.t('reports.pages.changesIntro', {
          year: data.key.year,
          scope: data.scopeName,
          from: data.from.version,
          to: data.to.version,
        })}
      </p>
      <dl className="report__facts">
        <div>
          <dt>
            {tr.t('reports.pages.version')} {data.from.version}
          </dt>
          <dd>
            {formatDate(data.lang, data.from.publishedAt)} · {tr.t('reports.dataVersion')}{' '}
            <code>{data.from.dataVersion}</code>
          </dd>
        </div>
        <div>
          <dt>
            {tr.t('reports.pages.version')} {data.to.version}
          </dt>
          <dd>
            {formatDate(data.lang, data.to.publishedAt)} · {tr.t('reports.dataVersion')}{' '}
            <code>{data.to.dataVersion}</code>
          </dd>
        </div>
      </dl>
      {data.changes.length === 0 ? (
        <p role="status">{tr.t('reports.pages.noChanges')}</p>
      ) : (
        <div
          className="report__scroll"
          tabIndex={0}
          role="region"
          aria-label={tr.t('reports.pages.standard')}
        >
          <table className="report-changes">
            <thead>
              <tr>
                <th scope="col">{tr.t('reports.pages.standard')}</th>
                <th scope="col">{tr.t('reports.pages.indicator')}</th>
                <th scope="col">{tr.t('reports.scope')}</th>
                <th scope="col">{tr.t('reports.pages.field')}</th>
                <th scope="col">{tr.t('reports.pages.before')}</th>
                <th scope="col">{tr.t('reports.pages.after')}</th>
              </tr>
            </thead>
            <tbody>
              {data.changes.map((c, i) => (
                <tr key={i} data-code={c.code} data-unit={c.unit.code ?? ''} data-field={c.field}>
                  <td>{c.standardName[data.reportLang]}</td>
                  <td>
                    <strong>{c.code}</strong> {c.indicatorName[data.reportLang]}
                  </td>
                  <td>{c.unit.name ? c.unit.name[data.reportLang] : tr.t('reports.nation')}</td>
                  <td>{tr.t(`reports.pages.fields.${c.field}`)}</td>
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
