// /admin/alerts — the alerts' defaults per role and the overdue threshold (administrators only).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { adminFormAction } from '~/admin/admin-route.server'
import { alertsAdminAction, alertsAdminPage } from '~/admin/alerts-page.server'
import { CheckboxList } from '~/components/checkbox-list'
import { CsrfField } from '~/components/csrf-field'
import { useT } from '~/i18n/use-t'
import { requireAdmin, requireUser } from '~/accounts/policy.server'

export { adminHeaders as headers } from '~/admin/admin-route.server'

export const meta: MetaFunction = () => [{ title: 'Sapa — admin · alerts' }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  requireAdmin(await requireUser(request, context), request)
  return alertsAdminPage(context.db)
}

export const action = (args: ActionFunctionArgs) => adminFormAction(args, alertsAdminAction)

export default function AdminAlerts() {
  const page = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const { t } = useT()
  return (
    <>
      <h1>{t('adminAlerts.title')}</h1>
      <p className="lead">{t('adminAlerts.intro')}</p>
      {result && (
        <p className={result.ok ? 'form-success' : 'form-error'} role="status">
          {t(result.ok ? 'adminAlerts.saved' : 'adminAlerts.error')}
        </p>
      )}
      <Form method="post" className="auth-form">
        <CsrfField />
        <input type="hidden" name="intent" value="threshold" />
        <label>
          {t('adminAlerts.threshold')}
          <input
            type="number"
            name="threshold"
            min={1}
            max={100000}
            required
            defaultValue={page.threshold}
          />
        </label>
        <p className="note">{t('adminAlerts.thresholdHint')}</p>
        <button type="submit">{t('adminAlerts.saveThreshold')}</button>
      </Form>
      <h2>{t('adminAlerts.defaults')}</h2>
      {page.roles.map((r) => (
        <section key={r.role} aria-labelledby={`defaults-${r.role}`}>
          <h3 id={`defaults-${r.role}`}>{t(`role.${r.role}`)}</h3>
          {!r.set && <p className="note">{t('adminAlerts.builtIn')}</p>}
          <Form method="post" className="auth-form">
            <CsrfField />
            <input type="hidden" name="intent" value="role" />
            <input type="hidden" name="role" value={r.role} />
            <CheckboxList
              legend={t('alertSettings.rules')}
              name="rules"
              options={r.rules.map((rule) => ({ value: rule, label: t(`alerts.rule.${rule}`) }))}
              chosen={r.chosen.rules}
            />
            <CheckboxList
              legend={t('alertSettings.channels')}
              name="channels"
              options={(['inbox', 'email'] as const).map((c) => ({
                value: c,
                label: t(`alertSettings.channel.${c}`),
              }))}
              chosen={r.chosen.channels}
            />
            <label>
              <input type="checkbox" name="digest" defaultChecked={r.chosen.digest} />{' '}
              {t('alertSettings.digest')}
            </label>
            <button type="submit">{t('adminAlerts.saveRole')}</button>
          </Form>
        </section>
      ))}
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
