// /standards — the five state service standards: decree, status, agency, indicator count.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { requestTranslator } from '~/i18n/language.server'
import { useT } from '~/i18n/use-t'
import { standardsPage } from '~/reference/views.server'
import { requireUser } from '~/accounts/policy.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} — Sapa` : 'Sapa' },
]

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context)
  const { t, lang } = requestTranslator(request)
  return { title: t('standards.title'), ...(await standardsPage(context.db, lang)) }
}

export default function Standards() {
  const { title, standards } = useLoaderData<typeof loader>()
  const tr = useT()
  const { t, lang } = tr
  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{t('standards.intro')}</p>
      {standards.length === 0 ? (
        <p className="empty">{t('standards.none')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('standards.col.name')}</th>
                <th scope="col">{t('standards.col.decree')}</th>
                <th scope="col">{t('standards.col.status')}</th>
                <th scope="col">{t('standards.col.agency')}</th>
                <th scope="col" className="num">
                  {t('standards.col.indicators')}
                </th>
              </tr>
            </thead>
            <tbody>
              {standards.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <Link to={`/standards/${s.id}`}>{s.name}</Link>
                    {lang !== 'kk' && (
                      <span className="secondary-name" lang="kk">
                        {s.nameKk}
                      </span>
                    )}
                  </th>
                  <td>
                    {t('standard.decree', { number: s.decreeNumber, date: tr.date(s.decreeDate) })}
                  </td>
                  <td>
                    {s.cancelledBy ? (
                      <>
                        <span className="badge badge--cancelled">
                          {t('standard.status.cancelled')}
                        </span>
                        <span className="cell-note">
                          {t('standard.cancelledBy', {
                            number: s.cancelledBy.number,
                            date: tr.date(s.cancelledBy.date),
                          })}
                        </span>
                      </>
                    ) : (
                      <span className="badge badge--in-force">{t('standard.status.inForce')}</span>
                    )}
                  </td>
                  <td>{s.agency}</td>
                  <td className="num">{tr.number(s.indicatorCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {lang !== 'kk' && <p className="note">{t('common.translationNote')}</p>}
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
