// /unsubscribe/<token> — public on purpose (the link of every alert mail; no sign-in): GET shows
// what the link will do, POST turns the user's alert e-mails off, once. A used link says so (410);
// an altered or forged one is a 400 with its message (app/alerts/unsubscribe.server.ts).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { auditSource } from '~/accounts/audit.server'
import { alertMailSettings } from '~/alerts/mail-settings.server'
import {
  unsubscribeAction,
  unsubscribePage,
  unsubscribeStatus,
  type UnsubscribeView,
} from '~/alerts/unsubscribe.server'
import { useT } from '~/i18n/use-t'

export const meta: MetaFunction = () => [{ title: 'Sapa' }, { name: 'robots', content: 'noindex' }]

const noStore = { 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer' }

export async function loader({ context, params }: LoaderFunctionArgs) {
  const view = await unsubscribePage(context.db, params.token ?? '', alertMailSettings().secret)
  return data(view, { status: unsubscribeStatus(view), headers: noStore })
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const view = await unsubscribeAction(
    context.db,
    params.token ?? '',
    alertMailSettings().secret,
    auditSource(request, context),
    new Date(),
  )
  return data(view, { status: unsubscribeStatus(view), headers: noStore })
}

export default function Unsubscribe() {
  const loaded = useLoaderData<typeof loader>() as UnsubscribeView
  const acted = useActionData<typeof action>() as UnsubscribeView | undefined
  const view = acted ?? loaded
  const { t } = useT()
  return (
    <>
      <h1>{t('unsubscribe.title')}</h1>
      {view.state === 'confirm' && (
        <Form method="post">
          <p>{t('unsubscribe.confirm', { email: view.email })}</p>
          <button type="submit">{t('unsubscribe.button')}</button>
        </Form>
      )}
      {view.state === 'done' && (
        <p className="form-success" role="status">
          {t('unsubscribe.done', { email: view.email })}
        </p>
      )}
      {view.state === 'used' && <p role="status">{t('unsubscribe.used')}</p>}
      {view.state === 'invalid' && (
        <p className="form-error" role="alert">
          {t('unsubscribe.invalid')}
        </p>
      )}
      {view.state !== 'confirm' && (
        <p>
          <Link to="/account/alerts">{t('unsubscribe.settings')}</Link>
        </p>
      )}
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
