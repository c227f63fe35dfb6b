// /targets/history?indicator=&year=&region= — every proposal for one target value (an indicator ×
// year × region, or the nation without `region`): its value and status, who proposed and decided
// it and when, the order, the comments, and which value replaced which.
import { ListTable } from '~/components/list-table'
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { EasierFlag, TargetState } from '~/components/target-marks'
import { parsePageInput, queryObject } from '~/http/request-input.server'
import { requestTranslator } from '~/i18n/language.server'
import { useT } from '~/i18n/use-t'
import { pageOutOfScope, requireUser } from '~/accounts/policy.server'
import { TargetNotFound } from '~/targets/errors.server'
import { TargetHistoryQuery } from '~/targets/forms.server'
import { targetHistoryPage } from '~/targets/history-page.server'
import targetsCss from '~/styles/targets.css'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: targetsCss }]

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} — Sapa` : 'Sapa' },
]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context)
  const { lang } = requestTranslator(request)
  const query = parsePageInput(TargetHistoryQuery, queryObject(request))
  try {
    return await targetHistoryPage(context.db, user, query, lang)
  } catch (error) {
    if (error instanceof TargetNotFound) throw pageOutOfScope()
    throw error
  }
}

export default function TargetHistory() {
  const data = useLoaderData<typeof loader>()
  const tr = useT()
  const pct = (v: number) => tr.reference(v)
  const back = new URLSearchParams({ year: String(data.year - 1), standard: data.standard.id })
  if (data.unit.key !== 'nation') back.set('region', data.unit.key)
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/targets?${back.toString()}`}>← {tr.t('targets.history.back')}</Link>
      </p>
      <h1>{tr.t('targets.history.title')}</h1>
      <p className="lead">
        {tr.t('targets.history.intro', {
          standard: data.standard.name,
          code: data.indicator.code,
          unit: data.unit.name,
          year: data.year,
        })}
      </p>
      <p>
        {data.indicator.code} {data.indicator.name}
      </p>
      {data.previousYearTarget !== null && (
        <p className="note">
          {tr.t('targets.history.previousYear', {
            year: data.year - 1,
            value: pct(data.previousYearTarget),
          })}
        </p>
      )}
      <ListTable
        columns={[
          { label: '#' },
          { label: tr.t('targets.history.value') },
          { label: tr.t('targets.history.status') },
          { label: tr.t('targets.history.proposed') },
          { label: tr.t('targets.history.comment') },
          { label: tr.t('targets.history.decided') },
          { label: tr.t('targets.history.order') },
          { label: tr.t('targets.history.decisionComment') },
        ]}
        empty={{ when: data.rows.length === 0, text: tr.t('targets.history.empty') }}
        className="target-history"
      >
        {data.rows.map((row) => (
          <tr key={row.id} id={`target-${row.id}`} data-status={row.status}>
            <th scope="row">{row.id}</th>
            <td className="num">{pct(row.value)}</td>
            <td>
              <TargetState status={row.status}>{tr.t(`targets.status.${row.status}`)}</TargetState>
              {row.supersedesId !== null && (
                <span className="target-meta">
                  <br />
                  {tr.t('targets.history.supersedes', { id: row.supersedesId })}
                </span>
              )}
              {row.supersededById !== null && (
                <span className="target-meta">
                  <br />
                  {tr.t('targets.history.supersededBy', { id: row.supersededById })}
                </span>
              )}
              {row.easier && data.previousYearTarget !== null && (
                <>
                  <br />
                  <EasierFlag
                    text={tr.t('targets.easier', {
                      year: data.year - 1,
                      value: pct(data.previousYearTarget),
                    })}
                  />
                </>
              )}
            </td>
            <td>
              {row.proposedBy ?? '—'}
              {row.proposedAt && (
                <span className="target-meta">
                  <br />
                  {tr.date(row.proposedAt)}
                </span>
              )}
            </td>
            <td>
              {row.comment ?? ''}
              {row.justification && (
                <q className="target-comment" data-justification="proposer">
                  {tr.t('suggestion.justification.proposer', { text: row.justification })}
                </q>
              )}
            </td>
            <td>
              {row.decidedBy ?? (row.decidedAt ? '—' : '')}
              {row.decidedAt && (
                <span className="target-meta">
                  <br />
                  {tr.date(row.decidedAt)}
                </span>
              )}
            </td>
            <td>
              {row.orderNumber
                ? tr.t('targets.next.order', {
                    number: row.orderNumber,
                    date: row.orderDate ? tr.date(row.orderDate) : '—',
                  })
                : ''}
            </td>
            <td>
              {row.decisionComment ?? ''}
              {row.decisionJustification && (
                <q className="target-comment" data-justification="decision">
                  {tr.t('suggestion.justification.decision', {
                    text: row.decisionJustification,
                  })}
                </q>
              )}
            </td>
          </tr>
        ))}
      </ListTable>
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
