// /account/alerts — what alerts the user receives (decision 0030): rules, regions and standards
// within the role's scope, channels, the weekly digest.
import type {
  ActionFunctionArgs,
  HeadersFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import {
  isMonthlyReportForm,
  monthlyReportAction,
  monthlyReportSection,
} from '~/alerts/monthly-report.server'
import { subscriptionAction, subscriptionPage } from '~/alerts/subscriptions.server'
import { auditSource } from '~/accounts/audit.server'
import { CheckboxList } from '~/components/checkbox-list'
import { CsrfField } from '~/components/csrf-field'
import { readForm } from '~/http/request-input.server'
import { resolveLanguage } from '~/i18n/language.server'
import { useT } from '~/i18n/use-t'
import { requireCsrf, requireUser } from '~/accounts/policy.server'

const CHANNELS = ['inbox', 'email'] as const

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' })

export const meta: MetaFunction = () => [{ title: 'Sapa' }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context)
  const { lang } = resolveLanguage(request)
  const [page, monthly] = await Promise.all([
    subscriptionPage(context.db, user, lang),
    monthlyReportSection(context.db, user, lang),
  ])
  return { ...page, monthly }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context)
  const form = await readForm(request)
  requireCsrf(request, context, form, user)
  if (isMonthlyReportForm(form)) {
    return monthlyReportAction(
      context.db,
      user,
      form,
      auditSource(request, context),
      resolveLanguage(request).lang,
    )
  }
  return subscriptionAction(
    context.db,
    user,
    form,
    auditSource(request, context),
    resolveLanguage(request).lang,
  )
}

export default function AccountAlerts() {
  const page = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const { t } = useT()
  const monthlyResult = result && 'section' in result ? result : undefined
  const subscriptionResult = result && !('section' in result) ? result : undefined
  const errors = subscriptionResult && !subscriptionResult.ok ? subscriptionResult.errors : []
  return (
    <>
      <h1>{t('alertSettings.title')}</h1>
      <p className="lead">{t('alertSettings.intro')}</p>
      <p>
        <Link to="/inbox">{t('inbox.title')}</Link>
      </p>
      <p className="note">{t(`alertSettings.origin.${page.origin}`)}</p>
      {subscriptionResult?.ok && (
        <p className="form-success" role="status">
          {t('alertSettings.saved')}
        </p>
      )}
      {errors.length > 0 && (
        <div className="form-error" role="alert">
          {errors.map((e) => (
            <p key={e.field}>
              {e.field === 'channels'
                ? t('alertSettings.error.channels')
                : e.field === 'form'
                  ? t('alertSettings.error.invalid')
                  : t(`alertSettings.error.${e.field}`, { values: e.values ?? '' })}
            </p>
          ))}
        </div>
      )}
      <Form method="post" className="auth-form">
        <CsrfField />
        <CheckboxList
          legend={t('alertSettings.rules')}
          name="rules"
          options={page.rules.map((rule) => ({ value: rule, label: t(`alerts.rule.${rule}`) }))}
          chosen={page.chosen.rules}
        />
        <CheckboxList
          legend={t('alertSettings.regions')}
          hint={t('alertSettings.regionsHint')}
          name="regions"
          options={page.regions.map((r) => ({ value: r.code, label: r.name }))}
          chosen={page.chosen.regions}
        />
        <CheckboxList
          legend={t('alertSettings.standards')}
          hint={t('alertSettings.standardsHint')}
          name="standards"
          options={page.standards.map((st) => ({ value: st.id, label: st.name }))}
          chosen={page.chosen.standards}
        />
        <CheckboxList
          legend={t('alertSettings.channels')}
          name="channels"
          options={CHANNELS.map((c) => ({ value: c, label: t(`alertSettings.channel.${c}`) }))}
          chosen={page.chosen.channels}
        >
          <p className="note">{t('alertSettings.emailNote')}</p>
        </CheckboxList>
        <label>
          <input type="checkbox" name="digest" defaultChecked={page.chosen.digest} />{' '}
          {t('alertSettings.digest')}
        </label>
        <button type="submit">{t('alertSettings.save')}</button>
      </Form>
      <MonthlyReportForm section={page.monthly} result={monthlyResult} />
    </>
  )
}

type Monthly = Awaited<ReturnType<typeof loader>>['monthly']

function MonthlyReportForm({
  section,
  result,
}: {
  section: Monthly
  result: { ok: boolean; errors: { field: string; values: string | null }[] } | undefined
}) {
  const { t } = useT()
  // One error at a time: the form has one field that can be wrong.
  const error = result && !result.ok ? result.errors[0] : undefined
  return (
    <section aria-labelledby="monthly-report">
      <h2 id="monthly-report">{t('monthlyReport.title')}</h2>
      <p className="note">{t('monthlyReport.intro')}</p>
      {section.agencyOnly && <p className="note">{t('monthlyReport.agencyOnly')}</p>}
      {result?.ok && (
        <p className="form-success" role="status">
          {t('monthlyReport.saved')}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error.field === 'monthlyForm'
            ? t('alertSettings.error.invalid')
            : error.values
              ? t('monthlyReport.error.region', { values: error.values })
              : t('monthlyReport.error.noRegion')}
        </p>
      )}
      <Form method="post" className="auth-form">
        <CsrfField />
        <input type="hidden" name="intent" value="monthly-report" />
        <label>
          <input type="checkbox" name="on" defaultChecked={section.on} /> {t('monthlyReport.on')}
        </label>
        <label>
          {t('monthlyReport.region')}
          <select name="region" defaultValue={section.region ?? ''}>
            {section.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('monthlyReport.save')}</button>
      </Form>
    </section>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
