// A page of cases behind a number (the late cases of a dashboard, a drill-down's list): sortable
// and paginated through the URL, with the deadline, the completion, the days late and, for the
// other case measures, the waits or the recorded flags.
import { Link } from '@remix-run/react'
import type { CaseMeasure } from '../../db/queries/case-lists'
import type { Translator } from '~/i18n/translate'
import { useT } from '~/i18n/use-t'
import type { CasePage, CaseRowView } from '~/dashboards/panels.server'
import { SortHeader } from './sort-header'
import { useHrefWith } from './use-href-with'
import { TableScroll } from './table-scroll'

/** An office's local 'YYYY-MM-DD HH:MM' in the page's language (08.06.2025 10:00, 8 Jun 2025 10:00). */
export function localDateTime(tr: Translator, value: string | null): string {
  if (!value) return '—'
  const [day, time] = value.split(' ')
  return `${tr.date(day!)} ${time ?? ''}`.trim()
}

function flag(tr: Translator, value: boolean | null) {
  return value === null
    ? tr.t('region.cases.notRecorded')
    : value
      ? tr.t('region.cases.yes')
      : tr.t('region.cases.no')
}

function DaysLate({ row }: { row: CaseRowView }) {
  const tr = useT()
  if (row.daysLate === null) return <>—</>
  return (
    <>
      {tr.number(row.daysLate)}
      {row.daysLate === 0 && row.minutesLate !== null && (
        <span className="cell-note">
          {tr.t('region.cases.minutes', { n: tr.number(row.minutesLate) })}
        </span>
      )}
    </>
  )
}

export function CaseTable({
  id,
  caption,
  measure,
  page,
  params,
}: {
  id: string
  caption: string
  measure: CaseMeasure
  page: CasePage
  params: { sort: string; dir: string; page: string }
}) {
  const tr = useT()
  const hrefWith = useHrefWith()
  const current = { key: page.sort, dir: page.dir }
  const header = (column: string, label: string, firstDir: 'asc' | 'desc' = 'asc') => (
    <SortHeader
      column={column}
      label={label}
      current={current}
      params={params}
      firstDir={firstDir}
      anchor={id}
    />
  )
  if (page.total === 0) return <p className="empty">{tr.t('region.cases.none')}</p>
  const from = (page.page - 1) * page.pageSize + 1
  const to = from + page.rows.length - 1
  return (
    <>
      <TableScroll label={caption}>
        <table className="data-table case-table">
          <caption>
            {caption}{' '}
            <span className="count">
              (
              {tr.t('region.cases.showing', {
                from: tr.number(from),
                to: tr.number(to),
                total: tr.number(page.total),
              })}
              )
            </span>
          </caption>
          <thead>
            <tr>
              {header('id', tr.t('region.cases.externalId'))}
              {header('office', tr.t('region.cases.office'))}
              <th scope="col">{tr.t('region.cases.channel')}</th>
              <th scope="col">{tr.t('region.cases.variant')}</th>
              {header('submitted', tr.t('region.cases.submitted'))}
              {header('due', tr.t('region.cases.due'))}
              {header('completed', tr.t('region.cases.completed'))}
              {measure === 'on_time' && header('late', tr.t('region.cases.daysLate'), 'desc')}
              {measure === 'queue_wait_ok' && header('wait', tr.t('region.cases.wait'), 'desc')}
              {measure === 'docs_correct' && (
                <th scope="col">{tr.t('region.cases.docsCorrect')}</th>
              )}
              {measure === 'first_time_correct' && (
                <th scope="col">{tr.t('region.cases.firstTimeCorrect')}</th>
              )}
              <th scope="col">{tr.t('region.cases.state')}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => (
              <tr key={`${row.officeCode}/${row.externalId}`}>
                <td className="code nowrap">{row.externalId}</td>
                <td>
                  <Link to={row.officeHref}>{row.officeName}</Link>
                  <span className="cell-note code">{row.officeCode}</span>
                </td>
                <td>{row.channel}</td>
                <td>{row.variant}</td>
                <td className="nowrap">{localDateTime(tr, row.submittedAt)}</td>
                <td className="nowrap">{localDateTime(tr, row.dueAt)}</td>
                <td className="nowrap">{localDateTime(tr, row.completedAt)}</td>
                {measure === 'on_time' && (
                  <td className="num">
                    <DaysLate row={row} />
                  </td>
                )}
                {measure === 'queue_wait_ok' && (
                  <td className="nowrap">
                    {tr.t('region.cases.waitValue', {
                      submit:
                        row.waitMinutesSubmit === null ? '—' : tr.number(row.waitMinutesSubmit),
                      pickup:
                        row.waitMinutesPickup === null ? '—' : tr.number(row.waitMinutesPickup),
                      max: tr.number(row.maxWaitMinutes),
                    })}
                  </td>
                )}
                {measure === 'docs_correct' && <td>{flag(tr, row.docsCorrect)}</td>}
                {measure === 'first_time_correct' && <td>{flag(tr, row.firstTimeCorrect)}</td>}
                <td>
                  {tr.t(`region.cases.results.${row.result}`)}
                  {row.daysLate !== null && (
                    <span className="cell-note">
                      {row.completedAt === null
                        ? tr.t('region.cases.openOverdue')
                        : tr.t('region.cases.completedLate')}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {page.pages > 1 && (
        <nav className="pagination" aria-label={tr.t('region.cases.pagination')}>
          <PageStep
            to={
              page.page > 1 ? hrefWith({ [params.page]: page.page - 1 }, undefined, `#${id}`) : null
            }
            rel="prev"
            label={tr.t('region.cases.previous')}
          />
          <span>
            {tr.t('region.cases.page', {
              page: tr.number(page.page),
              pages: tr.number(page.pages),
            })}
          </span>
          <PageStep
            to={
              page.page < page.pages
                ? hrefWith({ [params.page]: page.page + 1 }, undefined, `#${id}`)
                : null
            }
            rel="next"
            label={tr.t('region.cases.next')}
          />
        </nav>
      )}
    </>
  )
}

/** One step of the pagination: a link, or the same word greyed out where there is no such page. */
function PageStep({ to, rel, label }: { to: string | null; rel: 'prev' | 'next'; label: string }) {
  return to ? (
    <Link to={to} rel={rel} preventScrollReset>
      {label}
    </Link>
  ) : (
    <span aria-hidden="true" className="pagination__disabled">
      {label}
    </span>
  )
}
