// /account/alerts — what alerts the user receives (decision 0030): rules, regions and standards
// within the role's scope, channels, the weekly digest.
import type {
  ActionFunctionArgs,
  HeadersFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { subscriptionAction, subscriptionPage } from '~/alerts/subscriptions.server'
import { auditSource } from '~/accounts/audit.server'
import { CsrfField } from '~/components/csrf-field'
import { readForm } from '~/http/request-input.server'
import { resolveLanguage } from '~/i18n/language.server'
import { useT } from '~/i18n/use-t'
import { requireCsrf, requireUser } from '~/accounts/policy.server'

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' })

export const meta: MetaFunction = () => [{ title: 'Sapa' }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context)
  return subscriptionPage(context.db, user, resolveLanguage(request).lang)
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context)
  const form = await readForm(request)
  requireCsrf(request, context, form, user)
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
  const errors = result && !result.ok ? result.errors : []
  return (
    <>
      <h1>{t('alertSettings.title')}</h1>
      <p className="lead">{t('alertSettings.intro')}</p>
      <p>
        <Link to="/inbox">{t('inbox.title')}</Link>
      </p>
      <p className="note">{t(`alertSettings.origin.${page.origin}`)}</p>
      {result?.ok && (
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
        <fieldset className="checkbox-list">
          <legend>{t('alertSettings.rules')}</legend>
          {page.rules.map((rule) => (
            <label key={rule}>
              <input
                type="checkbox"
                name="rules"
                value={rule}
                defaultChecked={page.chosen.rules.includes(rule)}
              />
              {t(`alerts.rule.${rule}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="checkbox-list">
          <legend>{t('alertSettings.regions')}</legend>
          <p className="note">{t('alertSettings.regionsHint')}</p>
          {page.regions.map((r) => (
            <label key={r.code}>
              <input
                type="checkbox"
                name="regions"
                value={r.code}
                defaultChecked={page.chosen.regions.includes(r.code)}
              />
              {r.name}
            </label>
          ))}
        </fieldset>
        <fieldset className="checkbox-list">
          <legend>{t('alertSettings.standards')}</legend>
          <p className="note">{t('alertSettings.standardsHint')}</p>
          {page.standards.map((s) => (
            <label key={s.id}>
              <input
                type="checkbox"
                name="standards"
                value={s.id}
                defaultChecked={page.chosen.standards.includes(s.id)}
              />
              {s.name}
            </label>
          ))}
        </fieldset>
        <fieldset className="checkbox-list">
          <legend>{t('alertSettings.channels')}</legend>
          {(['inbox', 'email'] as const).map((c) => (
            <label key={c}>
              <input
                type="checkbox"
                name="channels"
                value={c}
                defaultChecked={page.chosen.channels.includes(c)}
              />
              {t(`alertSettings.channel.${c}`)}
            </label>
          ))}
          <p className="note">{t('alertSettings.emailNote')}</p>
        </fieldset>
        <label>
          <input type="checkbox" name="digest" defaultChecked={page.chosen.digest} />{' '}
          {t('alertSettings.digest')}
        </label>
        <button type="submit">{t('alertSettings.save')}</button>
      </Form>
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
