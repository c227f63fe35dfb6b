// /standards — the state service standards: decree, the edition their figures follow today (in
// force, or continued after cancellation — decision 0033), agency, indicator count.
import { ListTable } from '~/components/list-table'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { requestTranslator } from '~/i18n/language.server'
import { useT } from '~/i18n/use-t'
import { EditionLine } from '~/components/edition-line'
import { standardsPage } from '~/reference/views.server'
import { todayInKazakhstan } from '~/domain/reporting-period'
import { requireUser } from '~/accounts/policy.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} — Sapa` : 'Sapa' },
]

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context)
  const { t, lang } = requestTranslator(request)
  const today = todayInKazakhstan(new Date())
  return { title: t('standards.title'), ...(await standardsPage(context.db, lang, today)) }
}

export default function Standards() {
  const { title, standards } = useLoaderData<typeof loader>()
  const tr = useT()
  const { t, lang } = tr
  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{t('standards.intro')}</p>
      <ListTable
        className="stacked-on-phone"
        columns={[
          { label: t('standards.col.name') },
          { label: t('standards.col.decree') },
          { label: t('standards.col.edition') },
          { label: t('standards.col.agency') },
          { label: t('standards.col.indicators'), numeric: true },
        ]}
        empty={{ when: standards.length === 0, text: t('standards.none') }}
      >
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
            <td data-label={t('standards.col.decree')}>
              {t('standard.decree', { number: s.decreeNumber, date: tr.date(s.decreeDate) })}
            </td>
            <td data-label={t('standards.col.edition')}>
              <EditionLine edition={s.edition} />
            </td>
            <td data-label={t('standards.col.agency')}>{s.agency}</td>
            <td data-label={t('standards.col.indicators')} className="num">
              {tr.number(s.indicatorCount)}
            </td>
          </tr>
        ))}
      </ListTable>
      {lang !== 'kk' && <p className="note">{t('common.translationNote')}</p>}
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
