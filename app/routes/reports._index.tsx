// /reports — choose a year and scope (the nation, or a region in the caller's scope) and the
// report's language; the published editions the caller may see.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useT } from '~/i18n/use-t'
import { formatDate } from '~/i18n/format'
import { ReportScopeFields } from '~/components/report-scope-fields'
import { reportsIndexPage } from '~/annual-reports/pages.server'
import reportsCss from '~/styles/reports.css'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: reportsCss }]

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} — Sapa` : 'Sapa' },
]

export async function loader({ request, context }: LoaderFunctionArgs) {
  return reportsIndexPage(request, context)
}

export default function ReportsIndex() {
  const data = useLoaderData<typeof loader>()
  const tr = useT()
  return (
    <>
      <h1>{tr.t('reports.pages.title')}</h1>
      <p className="page-intro">{tr.t('reports.pages.intro')}</p>
      <Form method="get" className="report-controls">
        <label>
          {tr.t('reports.pages.year')}
          <select name="year" defaultValue={data.defaultYear}>
            {data.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <ReportScopeFields
          nationReadable={data.nationReadable}
          regions={data.regions}
          lang={data.lang}
          region={''}
          reportLang={data.lang}
        />
        <button type="submit">{tr.t('reports.pages.show')}</button>
      </Form>

      <section className="report-editions" aria-labelledby="editions">
        <h2 id="editions">{tr.t('reports.pages.editions')}</h2>
        {data.editions.length === 0 ? (
          <p>{tr.t('reports.pages.openDataEmpty')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{tr.t('reports.pages.year')}</th>
                <th scope="col">{tr.t('reports.pages.scope')}</th>
                <th scope="col">{tr.t('reports.pages.version')}</th>
                <th scope="col">{tr.t('reports.pages.publishedAt')}</th>
                <th scope="col">{tr.t('reports.pages.publishedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {data.editions.map((e) => (
                <tr key={`${e.year}-${e.regionCode}-${e.version}`}>
                  <td>{e.year}</td>
                  <td>{e.regionName ? e.regionName[data.lang] : tr.t('reports.nation')}</td>
                  <td>
                    <Link
                      to={`/reports/${e.year}?${e.regionCode ? `region=${e.regionCode}&` : ''}version=${e.version}`}
                    >
                      {tr.t('reports.pages.version')} {e.version}
                    </Link>
                  </td>
                  <td>{formatDate(data.lang, e.publishedAt)}</td>
                  <td>{e.publishedByName ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p>
          <Link to="/open-data">{tr.t('reports.pages.openData')}</Link>
        </p>
      </section>
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
