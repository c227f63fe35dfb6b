// /admin/outbox — every mail Sapa wrote (decision 0027), newest first, with its status; whether a
// mail server is configured; a test mail to oneself (a form post with the CSRF field, audited).
// Administrators only (404 for anyone else, also for the form post).
import { ListTable } from '~/components/list-table'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { adminFormAction } from '~/admin/admin-route.server'
import { mailSettingsOf, outboxAction, outboxPage } from '~/admin/outbox-page.server'
import { CsrfField } from '~/components/csrf-field'
import { resolveLanguage } from '~/i18n/language.server'
import { useT } from '~/i18n/use-t'
import { requireAdmin, requireUser } from '~/accounts/policy.server'

export { adminHeaders as headers } from '~/admin/admin-route.server'

export const meta: MetaFunction = () => [{ title: 'Sapa — admin · outbox' }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireAdmin(await requireUser(request, context), request)
  const page = await outboxPage(
    context.db,
    resolveLanguage(request).lang,
    mailSettingsOf(context.env),
  )
  return { ...page, email: user.email }
}

export const action = (args: ActionFunctionArgs) =>
  adminFormAction(args, (db, form, actor, { request, context, user }) =>
    outboxAction(
      db,
      form,
      { ...actor, user, lang: resolveLanguage(request).lang },
      mailSettingsOf(context.env),
    ),
  )

export default function AdminOutbox() {
  const page = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const tr = useT()
  const { t } = tr
  const n = (value: number) => tr.number(value)
  return (
    <>
      <h1>{t('admin.outbox.title')}</h1>
      <p className="lead">{t('admin.outbox.intro')}</p>
      <p className={page.smtpConfigured ? 'form-success' : 'form-confirm'} data-testid="smtp-state">
        {page.smtpConfigured
          ? t('admin.outbox.smtpOn', { from: page.from })
          : t('admin.outbox.smtpOff')}
      </p>
      {result && (
        <div className={result.ok ? 'form-success' : 'form-error'} role="status">
          <p>
            {result.ok ? (
              <Link to={`/admin/outbox/${result.mailId}`}>
                {result.intent === 'test'
                  ? t('admin.outbox.testQueued', { id: result.mailId })
                  : t('admin.outbox.sentAgain', { id: result.mailId })}
              </Link>
            ) : (
              `${t('admin.common.errorIntro')} ${t(`admin.common.errors.${result.error}`)}`
            )}
          </p>
        </div>
      )}
      <p data-testid="mail-counts">
        {t('admin.outbox.counts', {
          queued: n(page.counts.queued),
          sending: n(page.counts.sending),
          sent: n(page.counts.sent),
          failed: n(page.counts.failed),
          held: n(page.counts.held),
        })}
      </p>

      <section aria-labelledby="outbox-list">
        <h2 id="outbox-list">{t('admin.outbox.listTitle')}</h2>
        <ListTable
          columns={(
            [
              'id',
              'created',
              'recipient',
              'subject',
              'language',
              'purpose',
              'status',
              'attempts',
            ] as const
          ).map((key) => ({
            label: t(`admin.outbox.col.${key}`),
          }))}
          empty={{ when: page.mails.length === 0, text: t('admin.outbox.empty') }}
          className="admin-table"
        >
          {page.mails.map((mail) => (
            <tr key={mail.id}>
              <td className="num">
                <Link to={`/admin/outbox/${mail.id}`}>{mail.id}</Link>
              </td>
              <td>
                <time dateTime={mail.createdAt.iso}>{mail.createdAt.text}</time>
              </td>
              <td>{mail.recipient}</td>
              <th scope="row">
                <Link to={`/admin/outbox/${mail.id}`}>{mail.subject}</Link>
              </th>
              <td>{mail.language}</td>
              <td>
                <code>{mail.purpose}</code>
              </td>
              <td>
                <span className={`state-badge mail-status--${mail.status}`}>
                  {t(`admin.outbox.status.${mail.status}`)}
                </span>
              </td>
              <td className="num">{n(mail.attempts)}</td>
            </tr>
          ))}
        </ListTable>
      </section>

      <section aria-labelledby="outbox-test">
        <h2 id="outbox-test">{t('admin.outbox.testTitle')}</h2>
        <p>{t('admin.outbox.testIntro', { email: page.email })}</p>
        <Form method="post">
          <CsrfField />
          <input type="hidden" name="intent" value="test" />
          <button type="submit">{t('admin.outbox.testButton')}</button>
        </Form>
      </section>
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
