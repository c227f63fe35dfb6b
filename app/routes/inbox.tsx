// /inbox — the alerts the user received (newest first, unread in bold), each in words with a link
// to the page that shows its cause; mark one or all as read. Decision 0030.
import {
  data,
  type ActionFunctionArgs,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { inboxPage, markRead } from '~/alerts/inbox.server'
import { CsrfField } from '~/components/csrf-field'
import { readForm } from '~/http/request-input.server'
import { resolveLanguage } from '~/i18n/language.server'
import { useT } from '~/i18n/use-t'
import { requireCsrf, requireUser } from '~/accounts/policy.server'

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' })

export const meta: MetaFunction = () => [{ title: 'Sapa' }]

const InboxForm = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('read'), delivery: z.coerce.number().int().positive() }),
  z.object({ intent: z.literal('read-all') }),
])

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context)
  return inboxPage(context.db, user.id, resolveLanguage(request).lang)
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context)
  const form = await readForm(request)
  requireCsrf(request, context, form, user)
  const parsed = InboxForm.safeParse(Object.fromEntries(form))
  if (!parsed.success) return data({ ok: false as const, marked: 0 }, { status: 400 })
  const marked = await markRead(
    context.db,
    user.id,
    parsed.data.intent === 'read' ? parsed.data.delivery : null,
    new Date(),
  )
  return { ok: true as const, marked }
}

export default function Inbox() {
  const { lines, unread } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const tr = useT()
  const { t } = tr
  return (
    <>
      <h1>{t('inbox.title')}</h1>
      <p className="lead">{t('inbox.intro')}</p>
      <p>
        <Link to="/account/alerts">{t('inbox.settings')}</Link>
      </p>
      {result?.ok && (
        <p className="form-success" role="status">
          {t('inbox.markedRead')}
        </p>
      )}
      {unread > 0 && (
        <Form method="post" className="inline-form">
          <CsrfField />
          <input type="hidden" name="intent" value="read-all" />
          <button type="submit">{t('inbox.markAllRead')}</button>
        </Form>
      )}
      {lines.length === 0 ? (
        <p className="empty">{t('inbox.empty')}</p>
      ) : (
        <ul className="inbox-list">
          {lines.map((line) => (
            <li
              key={line.deliveryId}
              className={line.unread ? 'inbox-item inbox-item--unread' : 'inbox-item'}
            >
              <p className="inbox-item__rule">
                {line.unread && <span className="inbox-item__dot">{t('inbox.unread')}</span>}
                {line.title}
              </p>
              <p className="inbox-item__text">{line.text}</p>
              <p className="inbox-item__meta">
                <span>{t('inbox.raised', { date: tr.date(line.raisedAt) })}</span>
                <span>
                  {line.resolvedAt
                    ? t('inbox.resolved', { date: tr.date(line.resolvedAt) })
                    : t('inbox.open')}
                </span>
                <Link to={line.href}>{t('inbox.show')}</Link>
                {line.unread && (
                  <Form method="post" className="inbox-item__read">
                    <CsrfField />
                    <input type="hidden" name="intent" value="read" />
                    <input type="hidden" name="delivery" value={line.deliveryId} />
                    <button type="submit" className="link-button">
                      {t('inbox.markRead')}
                    </button>
                  </Form>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
