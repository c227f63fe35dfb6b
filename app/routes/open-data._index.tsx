// /open-data — public (no sign-in): every published annual report, each edition with a stable
// address per format. Only published editions are listed or served (drafts have no address here).
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useT } from '~/i18n/use-t'
import { useLoaderData } from '@remix-run/react'
import { formatDate } from '~/i18n/format'
import { openDataPage } from '~/annual-reports/pages.server'
import reportsCss from '~/styles/reports.css'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: reportsCss }]

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} — Sapa` : 'Sapa' },
]

export async function loader({ request, context }: LoaderFunctionArgs) {
  return openDataPage(request, context)
}

export default function OpenData() {
  const data = useLoaderData<typeof loader>()
  const tr = useT()
  return (
    <>
      <h1>{tr.t('reports.pages.openDataTitle')}</h1>
      <p>{tr.t('reports.pages.openDataIntro')}</p>
      {data.editions.length === 0 ? (
        <p role="status">{tr.t('reports.pages.openDataEmpty')}</p>
      ) : (
        <ul className="open-data-list">
          {data.editions.map((e) => (
            <li key={`${e.year}-${e.regionCode}-${e.version}`}>
              <h2>
                {e.year} · {e.regionName ? e.regionName[data.lang] : tr.t('reports.nation')} ·{' '}
                {tr.t('reports.pages.version')} {e.version}
              </h2>
              <p>
                {tr.t('reports.pages.publishedAt')}: {formatDate(data.lang, e.publishedAt)} ·{' '}
                {tr.t('reports.dataVersion')}: <code>{e.dataVersion}</code>
              </p>
              <p>
                {tr.t('reports.contentHash')}: <code>{e.contentHash}</code>
              </p>
              <p>{tr.t('reports.pages.openDataFormats')}: </p>
              <ul className="format-links">
                {e.files.map((f) => (
                  <li key={f.format}>
                    <a href={f.hrefInLanguage}>{f.format.toUpperCase()}</a>{' '}
                    <code className="muted">{f.href}</code>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">{tr.t('reports.pages.openDataLicence')}</p>
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
