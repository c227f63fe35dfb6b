// /admin/users — every user with role, scope, status, last sign-in and lock; create a user,
// reset a password (a generated one is shown once), deactivate (after a second step that says how many sessions and tokens it ends) and reactivate. Administrators
// only (404 for anyone else, also for the form posts).
import { ListTable } from '~/components/list-table'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { adminFormAction } from '~/admin/admin-route.server'
import { usersAction, usersPage } from '~/admin/users-page.server'
import { ConfirmChange } from '~/components/confirm-change'
import { CsrfField } from '~/components/csrf-field'
import { resolveLanguage } from '~/i18n/language.server'
import type { MessageKey } from '~/i18n/kk'
import { useT } from '~/i18n/use-t'
import { requireAdmin, requireUser } from '~/accounts/policy.server'

export { adminHeaders as headers } from '~/admin/admin-route.server'

export const meta: MetaFunction = () => [{ title: 'Sapa — admin · users' }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireAdmin(await requireUser(request, context), request)
  return usersPage(context.db, user, resolveLanguage(request).lang)
}

export const action = (args: ActionFunctionArgs) => adminFormAction(args, usersAction)

const ROLES = ['admin', 'ministry_official', 'regional_qc', 'agency_chair'] as const

export default function AdminUsers() {
  const page = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const tr = useT()
  const { t } = tr
  const errorKey = (code: string): MessageKey => {
    const key = `admin.common.errors.${code}`
    return tr.has(key) ? key : 'admin.common.errors.invalid'
  }
  const errorText = (code: string) =>
    t(errorKey(code), {
      min: page.minPasswordLength,
    })
  const createErrors = result?.intent === 'create' && !result.ok ? result.errors : {}
  const values = result?.intent === 'create' && !result.ok ? result.values : null
  const fieldError = (field: keyof typeof createErrors) => {
    const code = createErrors[field]
    return code ? (
      <span className="field-error" id={`create-${field}-error`}>
        {errorText(code)}
      </span>
    ) : null
  }
  const invalid = (field: keyof typeof createErrors) =>
    createErrors[field]
      ? { 'aria-invalid': true as const, 'aria-describedby': `create-${field}-error` }
      : {}

  return (
    <>
      <h1>{t('admin.users.title')}</h1>
      <p className="lead">{t('admin.users.intro')}</p>

      {result?.ok && result.intent === 'deactivate' && result.preview ? (
        <ConfirmChange
          question={t('admin.users.confirmDeactivate', {
            email: result.email,
            sessions: tr.number(result.sessionsEnded),
            tokens: tr.number(result.tokensRevoked),
          })}
          fields={{ intent: 'deactivate', userId: String(result.userId) }}
          confirmLabel={t('admin.users.confirmDeactivateButton')}
          cancelLabel={t('admin.common.cancel')}
        />
      ) : (
        result && (
          <div className={result.ok ? 'form-success' : 'form-error'} role="status">
            {result.ok ? (
              <>
                <p>
                  {result.intent === 'create'
                    ? t('admin.users.create.created', { email: result.email })
                    : result.intent === 'reset'
                      ? t('admin.users.reset.done', {
                          email: result.email,
                          sessions: tr.number(result.sessionsEnded),
                        })
                      : result.intent === 'deactivate'
                        ? t('admin.users.deactivated', {
                            email: result.email,
                            sessions: tr.number(result.sessionsEnded),
                            tokens: tr.number(result.tokensRevoked),
                          })
                        : t('admin.users.reactivated', { email: result.email })}
                </p>
                {(result.intent === 'create' || result.intent === 'reset') &&
                  result.generatedPassword && (
                    <p>
                      {t('admin.users.generated', { email: result.email })}{' '}
                      <span className="token-value" data-testid="generated-password">
                        {result.generatedPassword}
                      </span>
                    </p>
                  )}
              </>
            ) : result.intent === 'create' ? (
              <p>{t('admin.common.errorIntro')}</p>
            ) : (
              <p>
                {t('admin.common.errorIntro')} {errorText(result.error)}
              </p>
            )}
          </div>
        )
      )}

      <section aria-labelledby="users-list">
        <h2 id="users-list">{t('admin.users.listTitle')}</h2>
        <ListTable
          columns={[
            { label: t('admin.users.col.email') },
            { label: t('admin.users.col.name') },
            { label: t('admin.users.col.role') },
            { label: t('admin.users.col.scope') },
            { label: t('admin.users.col.status') },
            { label: t('admin.users.col.lastSignIn') },
            { label: t('admin.users.col.lockedUntil') },
            { label: t('admin.users.col.actions') },
          ]}
          className="admin-table"
        >
          {page.users.map((user) => (
            <tr key={user.id} className={user.active ? undefined : 'is-inactive'}>
              <th scope="row">
                {user.email}
                {user.isMe && <span className="muted"> ({t('admin.users.you')})</span>}
              </th>
              <td>{user.name}</td>
              <td>{tr.t(`role.${user.role}`)}</td>
              <td>{user.scope ?? <span className="muted">{t('admin.users.allRegions')}</span>}</td>
              <td>
                <span className={`state-badge state-badge--${user.active ? 'active' : 'inactive'}`}>
                  {user.active ? t('admin.users.active') : t('admin.users.inactive')}
                </span>
              </td>
              <td className="nowrap">{user.lastSignIn ?? t('admin.users.never')}</td>
              <td className="nowrap">
                {user.lockedUntil ?? <span className="muted">{t('admin.users.notLocked')}</span>}
              </td>
              <td>
                {!user.isMe && (
                  <div className="row-actions">
                    <Form method="post" className="inline-form">
                      <CsrfField />
                      <input type="hidden" name="userId" value={user.id} />
                      <input
                        type="hidden"
                        name="intent"
                        value={user.active ? 'deactivate' : 'reactivate'}
                      />
                      <button
                        type="submit"
                        className={user.active ? 'button-danger' : undefined}
                        aria-label={`${user.active ? t('admin.users.deactivate') : t('admin.users.reactivate')}: ${user.email}`}
                      >
                        {user.active ? t('admin.users.deactivate') : t('admin.users.reactivate')}
                      </button>
                    </Form>
                    <details className="row-details">
                      <summary>{t('admin.users.reset.summary')}</summary>
                      <Form method="post" className="admin-form admin-form--compact">
                        <CsrfField />
                        <input type="hidden" name="intent" value="reset" />
                        <input type="hidden" name="userId" value={user.id} />
                        <label>
                          {t('admin.users.reset.password')}
                          <input
                            type="text"
                            name="password"
                            autoComplete="off"
                            minLength={page.minPasswordLength}
                            maxLength={1000}
                          />
                        </label>
                        <p className="note">
                          {t('admin.users.create.passwordHint', {
                            min: page.minPasswordLength,
                          })}
                        </p>
                        <button type="submit">{t('admin.users.reset.submit')}</button>
                      </Form>
                    </details>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </ListTable>
      </section>

      <section aria-labelledby="users-create">
        <h2 id="users-create">{t('admin.users.create.title')}</h2>
        {/* A new key after each created user: the form starts empty again. */}
        <Form
          method="post"
          className="admin-form"
          noValidate
          key={result?.intent === 'create' && result.ok ? result.email : 'create'}
        >
          <CsrfField />
          <input type="hidden" name="intent" value="create" />
          <label>
            {t('admin.users.create.email')}
            <input
              type="email"
              name="email"
              required
              maxLength={320}
              autoComplete="off"
              defaultValue={values?.email}
              {...invalid('email')}
            />
            {fieldError('email')}
          </label>
          <label>
            {t('admin.users.create.name')}
            <input
              type="text"
              name="name"
              required
              maxLength={200}
              defaultValue={values?.name}
              {...invalid('name')}
            />
            {fieldError('name')}
          </label>
          <label>
            {t('admin.users.create.role')}
            <select name="role" required defaultValue={values?.role ?? ''} {...invalid('role')}>
              <option value="">{t('admin.users.create.choose')}</option>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {tr.t(`role.${role}`)}
                </option>
              ))}
            </select>
            {fieldError('role')}
          </label>
          <label>
            {t('admin.users.create.region')}
            <select
              name="regionCode"
              defaultValue={values?.regionCode ?? ''}
              {...invalid('regionCode')}
            >
              <option value="">{t('admin.users.create.choose')}</option>
              {page.regions.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
            <span className="note">{t('admin.users.create.regionHint')}</span>
            {fieldError('regionCode')}
          </label>
          <label>
            {t('admin.users.create.agency')}
            <select name="agencyId" defaultValue={values?.agencyId ?? ''} {...invalid('agencyId')}>
              <option value="">{t('admin.users.create.choose')}</option>
              {page.agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
            <span className="note">{t('admin.users.create.agencyHint')}</span>
            {fieldError('agencyId')}
          </label>
          <label>
            {t('admin.users.create.password')}
            <input
              type="text"
              name="password"
              autoComplete="off"
              maxLength={1000}
              {...invalid('password')}
            />
            <span className="note">
              {t('admin.users.create.passwordHint', { min: page.minPasswordLength })}
            </span>
            {fieldError('password')}
          </label>
          <button type="submit">{t('admin.users.create.submit')}</button>
        </Form>
      </section>
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
