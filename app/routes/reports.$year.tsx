// /reports/:year?region=KZ-11&report_lang=ru[&version=N] — the annual report: the live draft (or
// a published edition) as a document with print styles, its downloads, its published editions,
// and the publish button for those who may publish it. The report's language (`report_lang`)
// is chosen independently of the interface language (`lang`), and defaults to it.
import type {
  ActionFunctionArgs,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useT } from '~/i18n/use-t'
import { CsrfField } from '~/components/csrf-field'
import { reportPage, reportPublishAction } from '~/annual-reports/pages.server'
import { formatDate } from '~/i18n/format'
import { ReportScopeFields } from '~/components/report-scope-fields'
import reportsCss from '~/styles/reports.css'
import { ReportDocument } from '../../reports/html'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: reportsCss }]

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} · ${data.key.year} — Sapa` : 'Sapa' },
]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  return reportPage(request, context, params)
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  return reportPublishAction(request, context, params)
}

export default function ReportPage() {
  const data = useLoaderData<typeof loader>()
  const tr = useT()
  const scopeQuery = data.key.regionCode ? `region=${data.key.regionCode}&` : ''
  return (
    <>
      <p className="breadcrumb">
        <Link to="/reports">{tr.t('reports.pages.backToReports')}</Link>
      </p>
      <h1>
        {tr.t('reports.pages.title')}: {data.key.year}
      </h1>
      {data.publishedNotice && data.edition.status === 'published' && (
        <p className="report-notice" role="status">
          {tr.t('reports.pages.publishedNotice', { version: data.edition.version })}
        </p>
      )}

      <Form method="get" className="report-controls">
        <ReportScopeFields
          nationReadable={data.nationReadable}
          regions={data.regions}
          lang={data.lang}
          region={data.key.regionCode ?? ''}
          reportLang={data.reportLang}
        />
        <button type="submit">{tr.t('reports.pages.show')}</button>
      </Form>

      <section className="report-downloads" aria-labelledby="report-downloads">
        <h2 id="report-downloads">
          {tr.t('reports.pages.downloads')} ·{' '}
          {data.edition.status === 'draft'
            ? tr.t('reports.pages.draftTitle')
            : `${tr.t('reports.pages.version')} ${data.edition.version}`}
        </h2>
        <ul>
          {data.downloads.map((d) => (
            <li key={d.format}>
              <a href={d.href} download={d.format !== 'pdf' ? '' : undefined}>
                {d.format.toUpperCase()}
              </a>
            </li>
          ))}
        </ul>
      </section>

      {data.canPublish && (
        <Form method="post" className="report-publish">
          <CsrfField />
          <input type="hidden" name="intent" value="publish" />
          <input type="hidden" name="region" value={data.key.regionCode ?? ''} />
          <input type="hidden" name="report_lang" value={data.reportLang} />
          <p>{tr.t('reports.pages.publishHelp')}</p>
          <button type="submit">{tr.t('reports.pages.publish')}</button>
        </Form>
      )}

      <section className="report-editions" aria-labelledby="report-editions">
        <h2 id="report-editions">{tr.t('reports.pages.editions')}</h2>
        {data.editions.length === 0 ? (
          <p>{tr.t('reports.pages.noEditions')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{tr.t('reports.pages.version')}</th>
                <th scope="col">{tr.t('reports.pages.publishedAt')}</th>
                <th scope="col">{tr.t('reports.pages.publishedBy')}</th>
                <th scope="col">{tr.t('reports.dataVersion')}</th>
                <th scope="col">{tr.t('reports.pages.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {data.editions.map((e) => (
                <tr key={e.version}>
                  <td>
                    <Link
                      to={`/reports/${data.key.year}?${scopeQuery}version=${e.version}&report_lang=${data.reportLang}`}
                    >
                      {tr.t('reports.pages.version')} {e.version}
                    </Link>
                  </td>
                  <td>{formatDate(data.lang, e.publishedAt)}</td>
                  <td>{e.publishedByName ?? '—'}</td>
                  <td>
                    <code>{e.dataVersion}</code>
                  </td>
                  <td>
                    {e.version > 1 && (
                      <Link
                        to={`/reports/${data.key.year}/changes?${scopeQuery}from=${e.version - 1}&to=${e.version}&report_lang=${data.reportLang}`}
                      >
                        {tr.t('reports.pages.compare')} {e.version - 1} → {e.version}
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <ReportDocument model={data.model} edition={data.edition} texts={data.reportTexts} />
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
