// /admin/outbox/<id> — one mail: its headers, the plain text, and the HTML shown as the mail
// program would, in a sandboxed frame (srcdoc, no scripts, no same origin: the mail's HTML cannot
// reach the page). "Send now" for a held or failed mail (a form post with the CSRF field,
// audited). Administrators only; an unknown id is the 404 page.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { adminFormAction } from '~/admin/admin-route.server'
import { mailSettingsOf, outboxAction, outboxMailPage } from '~/admin/outbox-page.server'
import { CsrfField } from '~/components/csrf-field'
import { resolveLanguage } from '~/i18n/language.server'
import { useT } from '~/i18n/use-t'
import { pageOutOfScope, requireAdmin, requireUser } from '~/accounts/policy.server'

export { adminHeaders as headers } from '~/admin/admin-route.server'

export const meta: MetaFunction = () => [{ title: 'Sapa — admin · outbox' }]

function mailId(param: string | undefined): number {
  if (!param || !/^[1-9]\d{0,15}$/.test(param)) throw pageOutOfScope()
  return Number(param)
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  requireAdmin(await requireUser(request, context), request)
  const mail = await outboxMailPage(
    context.db,
    resolveLanguage(request).lang,
    mailId(params.id),
    mailSettingsOf(context.env),
  )
  if (!mail) throw pageOutOfScope()
  return mail
}

export const action = (args: ActionFunctionArgs) =>
  adminFormAction(args, (db, form, actor, { request, context, params, user }) => {
    mailId(params.id)
    return outboxAction(
      db,
      form,
      { ...actor, user, lang: resolveLanguage(request).lang },
      mailSettingsOf(context.env),
    )
  })

export default function AdminOutboxMail() {
  const mail = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const tr = useT()
  const { t } = tr
  const rows: [string, React.ReactNode][] = [
    [t('admin.outbox.header.from'), mail.from],
    [t('admin.outbox.header.to'), mail.recipient],
    [t('admin.outbox.header.subject'), mail.subject],
    [t('admin.outbox.header.messageId'), <code key="id">{mail.messageId}</code>],
    [t('admin.outbox.header.language'), mail.language],
    [
      t('admin.outbox.header.status'),
      <span key="status" className={`state-badge mail-status--${mail.status}`}>
        {t(`admin.outbox.status.${mail.status}`)}
      </span>,
    ],
    [t('admin.outbox.header.attempts'), tr.number(mail.attempts)],
    [
      t('admin.outbox.header.created'),
      <time key="c" dateTime={mail.createdAt.iso}>
        {mail.createdAt.text}
      </time>,
    ],
  ]
  if (mail.sentAt) {
    rows.push([
      t('admin.outbox.header.sent'),
      <time key="s" dateTime={mail.sentAt.iso}>
        {mail.sentAt.text}
      </time>,
    ])
  }
  if (mail.nextAttemptAt) {
    rows.push([
      t('admin.outbox.header.nextAttempt'),
      <time key="n" dateTime={mail.nextAttemptAt.iso}>
        {mail.nextAttemptAt.text}
      </time>,
    ])
  }
  if (mail.lastError) {
    rows.push([
      t('admin.outbox.header.lastError'),
      mail.lastErrorReason ? t(`admin.outbox.reason.${mail.lastErrorReason}`) : mail.lastError,
    ])
  }
  rows.push([
    t('admin.outbox.header.attachments'),
    mail.attachments.length === 0
      ? t('admin.common.none')
      : tr.list(
          mail.attachments.map((a) =>
            t('admin.outbox.attachment', {
              name: a.filename,
              type: a.contentType,
              size: tr.number(a.size),
            }),
          ),
        ),
  ])
  return (
    <>
      <p>
        <Link to="/admin/outbox">← {t('admin.outbox.back')}</Link>
      </p>
      <h1>{t('admin.outbox.mailTitle', { id: mail.id })}</h1>
      {result && (
        <div className={result.ok ? 'form-success' : 'form-error'} role="status">
          <p>
            {result.ok
              ? t('admin.outbox.sentAgain', { id: result.mailId })
              : `${t('admin.common.errorIntro')} ${t(`admin.common.errors.${result.error}`)}`}
          </p>
        </div>
      )}
      <section aria-labelledby="mail-headers">
        <h2 id="mail-headers">{t('admin.outbox.headersTitle')}</h2>
        <dl className="mail-headers">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {mail.canSendAgain && (
          <Form method="post">
            <CsrfField />
            <input type="hidden" name="intent" value="sendAgain" />
            <input type="hidden" name="mailId" value={mail.id} />
            <button type="submit">{t('admin.outbox.sendAgain')}</button>
          </Form>
        )}
      </section>
      <section aria-labelledby="mail-html">
        <h2 id="mail-html">{t('admin.outbox.htmlTitle')}</h2>
        <iframe
          className="mail-frame"
          title={t('admin.outbox.htmlFrame')}
          sandbox=""
          srcDoc={mail.html}
        />
      </section>
      <section aria-labelledby="mail-text">
        <h2 id="mail-text">{t('admin.outbox.textTitle')}</h2>
        <pre className="mail-text" lang={mail.language}>
          {mail.text}
        </pre>
      </section>
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
