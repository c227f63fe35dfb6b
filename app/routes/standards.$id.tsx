// /standards/:id — one standard: decree, amendments, cancellation, agency; its channels ×
// variants with their deadline rules and Sapa's readings of them; its appendix table as printed.
import { ListTable } from '~/components/list-table'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { parseInput, pageNotFound } from '~/http/request-input.server'
import { requestTranslator } from '~/i18n/language.server'
import type { PluralKey } from '~/i18n/translate'
import { useT } from '~/i18n/use-t'
import { StandardParams, standardPage } from '~/reference/views.server'
import { EditionLine } from '~/components/edition-line'
import { requireUser } from '~/accounts/policy.server'
import { currentYear, todayInKazakhstan } from '~/domain/reporting-period'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} — Sapa` : 'Sapa' },
]

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireUser(request, context)
  const { lang } = requestTranslator(request)
  const parsed = parseInput(StandardParams, params)
  const page = parsed.ok
    ? await standardPage(context.db, lang, parsed.value.id, todayInKazakhstan(new Date()))
    : null
  if (!page) throw pageNotFound('error.standardNotFound', { id: params.id ?? '' })
  // The last full year is the latest with final figures.
  return { title: page.standard.name, ...page, indicatorYear: currentYear(new Date()) - 1 }
}

export default function StandardPage() {
  const { standard, editions, followed, rules, groups, indicatorYear } =
    useLoaderData<typeof loader>()
  const tr = useT()
  const { t, lang } = tr
  const readings = rules.filter((r) => r.interpretation !== null)
  const decree = (number: string, date: string) =>
    t('standard.decree', { number, date: tr.date(date) })
  return (
    <>
      <p className="breadcrumb">
        <Link to="/standards">← {t('standard.backToList')}</Link>
      </p>
      <h1>{standard.name}</h1>
      <p>
        <Link to={`/standards/${standard.id}/${indicatorYear}`}>
          {t('standard.byRegion', { year: indicatorYear })}
        </Link>
      </p>
      {lang !== 'kk' && (
        <p className="name-as-printed">
          <span className="label">{t('standard.nameKk')}:</span>{' '}
          <span lang="kk">«{standard.nameKk}»</span>
        </p>
      )}

      <dl className="facts">
        <div>
          <dt>{t('standard.approvedBy')}</dt>
          <dd>{decree(standard.decreeNumber, standard.decreeDate)}</dd>
        </div>
        <div>
          <dt>{t('standard.amendments')}</dt>
          <dd>
            {standard.amendments.length === 0 ? (
              t('standard.noAmendments')
            ) : (
              <ul className="plain-list">
                {standard.amendments.map((a) => (
                  <li key={`${a.number}-${a.date}`}>
                    {decree(a.number, a.date)}
                    {a.what && <span className="cell-note">{a.what}</span>}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('standards.col.edition')}</dt>
          <dd>
            <EditionLine edition={followed} />
          </dd>
        </div>
        <div>
          <dt>{t('standard.agency')}</dt>
          <dd>
            {standard.agency}
            <span className="cell-note">
              {t('standard.approver')}: {standard.approver}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('standard.complaintReview')}</dt>
          <dd>{tr.plural('unit.calendar_days', standard.complaintReviewDays)}</dd>
        </div>
      </dl>

      {standard.notes && (
        <section aria-labelledby="standard-notes">
          <h2 id="standard-notes">{t('standard.notes')}</h2>
          <p lang={standard.notes.lang}>{standard.notes.text}</p>
        </section>
      )}

      <section aria-labelledby="standard-editions">
        <h2 id="standard-editions">{t('standard.editions')}</h2>
        <p>{t('standard.editions.intro')}</p>
        <ListTable
          columns={[
            { label: t('standard.editions.col.edition'), numeric: true },
            { label: t('standard.editions.col.act') },
            { label: t('standard.editions.col.validity') },
            { label: t('standard.editions.col.cancelledBy') },
          ]}
          empty={{ when: editions.length === 0, text: t('standard.editions.none') }}
        >
          {editions.map((e) => (
            <tr key={e.number}>
              <th scope="row" className="num">
                {e.number}
              </th>
              <td>
                {e.act}
                <span className="cell-note">{decree(e.actNumber, e.actDate)}</span>
              </td>
              <td className="nowrap">
                {e.validTo === null
                  ? t('standard.edition.inForceFrom', { from: tr.date(e.validFrom) })
                  : t('standard.edition.inForceBetween', {
                      from: tr.date(e.validFrom),
                      to: tr.date(e.validTo),
                    })}
              </td>
              <td>
                {e.cancelledBy
                  ? t('standard.cancelledBy', {
                      number: e.cancelledBy.number,
                      date: tr.date(e.cancelledBy.date),
                    })
                  : t('standard.notCancelled')}
              </td>
            </tr>
          ))}
        </ListTable>
      </section>

      <section aria-labelledby="standard-rules">
        <h2 id="standard-rules">{t('standard.rules')}</h2>
        <p>{t('standard.rules.intro')}</p>
        <ListTable
          columns={[
            { label: t('rule.channel') },
            { label: t('rule.variant') },
            { label: t('rule.term') },
            { label: t('rule.maxWait') },
            { label: t('rule.maxService') },
            { label: t('rule.asPrinted') },
          ]}
          empty={{ when: rules.length === 0, text: t('standard.rules.none') }}
        >
          {rules.map((rule) => {
            const reading = readings.indexOf(rule) + 1
            return (
              <tr key={`${rule.channel}-${rule.variant}`}>
                <th scope="row">{rule.channelName}</th>
                <td>{rule.variantName}</td>
                <td className="nowrap">
                  {tr.plural(`unit.${rule.termUnit}` as PluralKey, rule.termAmount)}
                  {reading > 0 && (
                    <a className="note-ref" href={`#reading-${reading}`}>
                      [{reading}]
                    </a>
                  )}
                </td>
                <td className="nowrap">{tr.plural('unit.minutes', rule.maxWaitMinutes)}</td>
                <td className="nowrap">{tr.plural('unit.minutes', rule.maxServiceMinutes)}</td>
                <td lang="kk" className="as-printed">
                  «{rule.termAsPrintedKk}»
                </td>
              </tr>
            )
          })}
        </ListTable>
        {readings.length > 0 && (
          <aside className="callout" aria-labelledby="standard-readings">
            <h3 id="standard-readings">{t('standard.interpretations')}</h3>
            <ol>
              {readings.map((rule, index) => (
                <li key={`${rule.channel}-${rule.variant}`} id={`reading-${index + 1}`}>
                  <strong>
                    {rule.channelName} · {rule.variantName}:
                  </strong>{' '}
                  <span lang={rule.interpretation!.lang}>{rule.interpretation!.text}</span>
                </li>
              ))}
            </ol>
            <p className="muted">{t('standard.interpretationEditable')}</p>
          </aside>
        )}
      </section>

      <section aria-labelledby="standard-table">
        <h2 id="standard-table">{t('standard.table')}</h2>
        <p className="table-title" lang="kk">
          «{standard.tableTitleKk}»
        </p>
        <p>{t('standard.table.intro')}</p>
        {groups.length === 0 ? (
          <p className="empty">{t('standard.table.none')}</p>
        ) : (
          <div className="table-wrap">
            <table className="indicator-table">
              <thead>
                <tr>
                  <th scope="col">{t('indicator.code')}</th>
                  <th scope="col">{t('indicator.name')}</th>
                  <th scope="col">{t('indicator.normative')}</th>
                  <th scope="col">{t('indicator.direction')}</th>
                </tr>
              </thead>
              {groups.map((group) => (
                <tbody key={group.slug}>
                  <tr className="group-row">
                    <th scope="colgroup" colSpan={4}>
                      <span lang="kk">{group.headingKk}</span>
                      {lang !== 'kk' && <span className="translation"> — {group.heading}</span>}
                    </th>
                  </tr>
                  {group.indicators.map((indicator) => (
                    <tr key={indicator.code}>
                      <th scope="row" className="code">
                        {indicator.code}
                      </th>
                      <td>
                        <span lang="kk" className="as-printed-block">
                          {indicator.nameKk}
                        </span>
                        {lang !== 'kk' && (
                          <span className="translation-block">{indicator.name}</span>
                        )}
                      </td>
                      <td className="nowrap">
                        {indicator.normativeAsPrinted === null ? (
                          <span
                            className="no-normative"
                            title={t('indicator.noNormative')}
                            aria-label={t('indicator.noNormative')}
                          >
                            —
                          </span>
                        ) : (
                          <>
                            <span className="normative">{indicator.normativeAsPrinted}</span>
                            <span className="cell-note">
                              {indicator.normativeKind === 'min' &&
                                t('normative.min', {
                                  value: tr.reference(indicator.normativeLow!),
                                })}
                              {indicator.normativeKind === 'max' &&
                                t('normative.max', {
                                  value: tr.reference(indicator.normativeHigh!),
                                })}
                              {indicator.normativeKind === 'band' &&
                                t('normative.band', {
                                  low: tr.reference(indicator.normativeLow!),
                                  high: tr.reference(indicator.normativeHigh!),
                                })}
                            </span>
                          </>
                        )}
                      </td>
                      <td>
                        <span aria-hidden="true" className="direction-arrow">
                          {indicator.direction === 'higher_is_better' ? '↑' : '↓'}
                        </span>{' '}
                        {t(`direction.${indicator.direction}`)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
          </div>
        )}
      </section>
      {lang !== 'kk' && <p className="note">{t('common.translationNote')}</p>}
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
