// /admin/reference — the working calendar of a year (add or remove an exception) and every
// deadline rule's term. Each save recomputes the deadlines it moves and the rollups in one
// transaction and says how many cases changed. Removing a day and changing a term first say how
// many cases would get new deadlines and ask once more (ConfirmChange). Administrators only.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { adminFormAction } from '~/admin/admin-route.server'
import { ReferenceQuery, referenceAction, referencePage } from '~/admin/reference-page.server'
import { ConfirmChange } from '~/components/confirm-change'
import { CsrfField } from '~/components/csrf-field'
import { parsePageInput, queryObject } from '~/http/request-input.server'
import { resolveLanguage } from '~/i18n/language.server'
import type { MessageKey } from '~/i18n/kk'
import { useT } from '~/i18n/use-t'
import { requireAdmin, requireUser } from '~/accounts/policy.server'

export { adminHeaders as headers } from '~/admin/admin-route.server'

export const meta: MetaFunction = () => [{ title: 'Sapa — admin · reference data' }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  requireAdmin(await requireUser(request, context), request)
  const query = parsePageInput(ReferenceQuery, queryObject(request))
  return referencePage(context.db, query, resolveLanguage(request).lang)
}

export const action = (args: ActionFunctionArgs) => adminFormAction(args, referenceAction)

const KINDS = ['holiday', 'transfer_day_off', 'transfer_working_day'] as const
const UNITS = ['minutes', 'calendar_days', 'working_days'] as const

export default function AdminReference() {
  const page = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const tr = useT()
  const { t } = tr

  const message = (target: (t: NonNullable<typeof result>) => boolean) => {
    if (!result || !target(result)) return null
    if (result.ok && result.preview && result.resubmit) {
      const counts = {
        cases: tr.number(result.casesChanged),
        checked: tr.number(result.casesChecked),
        complaints: tr.number(result.complaintsChanged),
      }
      return result.intent === 'remove-day' ? (
        <ConfirmChange
          question={t('admin.reference.confirm.removeDay', {
            ...counts,
            day: tr.date(result.target),
          })}
          fields={result.resubmit}
          confirmLabel={t('admin.reference.confirm.removeButton')}
          cancelLabel={t('admin.common.cancel')}
        />
      ) : (
        <ConfirmChange
          question={t('admin.reference.confirm.rule', counts)}
          fields={result.resubmit}
          confirmLabel={t('admin.reference.confirm.saveButton')}
          cancelLabel={t('admin.common.cancel')}
        />
      )
    }
    if (result.ok && result.intent === 'freshness') {
      return (
        <div className="form-success" role="status">
          <p>{t('admin.reference.freshness.saved')}</p>
        </div>
      )
    }
    if (result.ok) {
      return (
        <div className="form-success" role="status">
          <p>
            {t('admin.reference.saved', {
              cases: tr.number(result.casesChanged),
              checked: tr.number(result.casesChecked),
            })}
            {result.intent !== 'rule' &&
              ` ${t('admin.reference.savedComplaints', { complaints: tr.number(result.complaintsChanged) })}`}
          </p>
        </div>
      )
    }
    const key = `admin.common.errors.${result.error}`
    return (
      <div className="form-error" role="status">
        <p>
          {t('admin.common.errorIntro')}{' '}
          {t(tr.has(key) ? key : ('admin.common.errors.invalid' as MessageKey), {
            minutes: tr.number(page.maxTerm.minutes),
            days: tr.number(page.maxTerm.working_days),
          })}
        </p>
      </div>
    )
  }

  return (
    <>
      <h1>{t('admin.reference.title')}</h1>
      <p className="lead">{t('admin.reference.intro')}</p>

      <section aria-labelledby="calendar-title">
        <h2 id="calendar-title">{t('admin.reference.calendar.title')}</h2>
        <p>{t('admin.reference.calendar.intro')}</p>
        <nav className="year-links" aria-label={t('admin.reference.calendar.year')}>
          <span>{t('admin.reference.calendar.year')}:</span>
          {page.years.map((year) => (
            <Link
              key={year}
              to={`?year=${year}`}
              aria-current={year === page.year ? 'page' : undefined}
            >
              {year}
            </Link>
          ))}
        </nav>
        {message((res) => res.intent === 'remove-day')}
        {page.days.length === 0 ? (
          <p className="empty">{t('admin.reference.calendar.empty')}</p>
        ) : (
          <div className="table-wrap">
            <table className="admin-table calendar-table">
              <caption>{t('admin.reference.calendar.caption', { year: page.year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.reference.calendar.col.day')}</th>
                  <th scope="col">{t('admin.reference.calendar.col.weekday')}</th>
                  <th scope="col">{t('admin.reference.calendar.col.kind')}</th>
                  <th scope="col">{t('admin.reference.calendar.col.name')}</th>
                  <th scope="col">{t('admin.reference.calendar.col.source')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('admin.reference.calendar.remove')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.days.map((d) => (
                  <tr key={d.day} className={`calendar-row calendar-row--${d.kind}`}>
                    <th scope="row" className="nowrap">
                      <time dateTime={d.day}>{tr.date(d.day)}</time>
                    </th>
                    <td>{t(`admin.reference.weekdays.${d.weekday + 1}` as MessageKey)}</td>
                    <td>
                      <span className={`kind-badge kind-badge--${d.kind}`}>
                        {t(`admin.reference.kinds.${d.kind}`)}
                      </span>
                    </td>
                    <td>{d.name}</td>
                    <td className="source-cell">{d.source}</td>
                    <td>
                      <Form method="post" className="inline-form">
                        <CsrfField />
                        <input type="hidden" name="intent" value="remove-day" />
                        <input type="hidden" name="day" value={d.day} />
                        <button
                          type="submit"
                          className="button-danger"
                          aria-label={`${t('admin.reference.calendar.remove')}: ${tr.date(d.day)}`}
                        >
                          {t('admin.reference.calendar.remove')}
                        </button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}

        <h3 id="calendar-add">{t('admin.reference.calendar.addTitle')}</h3>
        {message((res) => res.intent === 'add-day')}
        <Form method="post" className="admin-form admin-form--row" aria-labelledby="calendar-add">
          <CsrfField />
          <input type="hidden" name="intent" value="add-day" />
          <label>
            {t('admin.reference.calendar.day')}
            <input
              type="date"
              name="day"
              required
              min={`${page.year}-01-01`}
              max={`${page.year}-12-31`}
            />
          </label>
          <label>
            {t('admin.reference.calendar.kind')}
            <select name="kind" required defaultValue="holiday">
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`admin.reference.kinds.${kind}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('admin.reference.calendar.nameKk')}
            <input type="text" name="nameKk" lang="kk" required maxLength={200} />
          </label>
          <label>
            {t('admin.reference.calendar.nameRu')}
            <input type="text" name="nameRu" lang="ru" required maxLength={200} />
          </label>
          <label>
            {t('admin.reference.calendar.nameEn')}
            <input type="text" name="nameEn" lang="en" required maxLength={200} />
          </label>
          <button type="submit">{t('admin.reference.calendar.add')}</button>
        </Form>
      </section>

      <section aria-labelledby="freshness-title">
        <h2 id="freshness-title">{t('admin.reference.freshness.title')}</h2>
        <p>{t('admin.reference.freshness.intro')}</p>
        <Form
          method="post"
          className="admin-form admin-form--row"
          aria-labelledby="freshness-title"
        >
          <CsrfField />
          <input type="hidden" name="intent" value="freshness" />
          <label>
            {t('admin.reference.freshness.staleAfterDays')}
            <input
              type="number"
              name="staleAfterDays"
              min={1}
              max={366}
              required
              defaultValue={page.freshness.staleAfterDays}
            />
          </label>
          <label>
            {t('admin.reference.freshness.regularMonths')}
            <input
              type="number"
              name="regularMonths"
              min={1}
              max={12}
              required
              defaultValue={page.freshness.regularMonths}
            />
          </label>
          <button type="submit">{t('admin.reference.freshness.save')}</button>
        </Form>
        {message((res) => res.intent === 'freshness')}
      </section>

      <section aria-labelledby="rules-title">
        <h2 id="rules-title">{t('admin.reference.rules.title')}</h2>
        <p>{t('admin.reference.rules.intro')}</p>
        {page.standards.map((standard) => (
          <div key={standard.id} className="rule-block">
            <h3>{standard.name}</h3>
            <div className="table-wrap">
              <table className="admin-table rules-table">
                <thead>
                  <tr>
                    <th scope="col">{t('admin.reference.rules.col.channel')}</th>
                    <th scope="col">{t('admin.reference.rules.col.variant')}</th>
                    <th scope="col">{t('admin.reference.rules.col.asPrinted')}</th>
                    <th scope="col">{t('admin.reference.rules.col.term')}</th>
                  </tr>
                </thead>
                <tbody>
                  {standard.rules.map((rule) => (
                    <tr key={rule.key}>
                      <th scope="row">{rule.channelName}</th>
                      <td>{rule.variantName}</td>
                      <td lang="kk" className="as-printed-cell">
                        {rule.asPrinted}
                      </td>
                      <td>
                        <Form method="post" className="inline-form rule-form">
                          <CsrfField />
                          <input type="hidden" name="intent" value="rule" />
                          <input type="hidden" name="standardId" value={standard.id} />
                          <input type="hidden" name="channel" value={rule.channel} />
                          <input type="hidden" name="variant" value={rule.variant} />
                          <label>
                            <span className="visually-hidden">
                              {t('admin.reference.rules.amount')}: {rule.channelName},{' '}
                              {rule.variantName}
                            </span>
                            <input
                              type="number"
                              name="termAmount"
                              min={1}
                              max={page.maxTerm[rule.termUnit]}
                              required
                              defaultValue={rule.termAmount}
                            />
                          </label>
                          <label>
                            <span className="visually-hidden">
                              {t('admin.reference.rules.unit')}
                            </span>
                            <select name="termUnit" defaultValue={rule.termUnit}>
                              {UNITS.map((unit) => (
                                <option key={unit} value={unit}>
                                  {t(`admin.reference.units.${unit}`)}
                                </option>
                              ))}
                            </select>
                          </label>
                          <button type="submit">{t('admin.reference.rules.save')}</button>
                        </Form>
                        {message((res) => res.intent === 'rule' && res.target === rule.key)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ))}
      </section>
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
