// /account — who I am and what I may see, password change, and my API tokens.
import { ListTable } from '~/components/list-table'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { accountAction, accountPage } from '~/accounts/account-pages.server'
import { CsrfField } from '~/components/csrf-field'
import { useT } from '~/i18n/use-t'

export const meta: MetaFunction = () => [{ title: 'Sapa' }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  return accountPage(request, context)
}

export async function action({ request, context }: ActionFunctionArgs) {
  return accountAction(request, context)
}

export default function Account() {
  const { user, tokens, minPasswordLength } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const tr = useT()
  const { t } = tr
  const scope =
    user.role === 'regional_qc'
      ? t('account.scope.region', { region: user.regionCode ?? '' })
      : user.role === 'agency_chair'
        ? t('account.scope.agency', { agency: user.agencyId ?? '' })
        : t('account.scope.all')
  return (
    <>
      <h1>{t('account.title')}</h1>
      <dl className="facts">
        <div>
          <dt>{t('auth.user')}</dt>
          <dd>{user.name}</dd>
        </div>
        <div>
          <dt>{t('account.email')}</dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>{t('account.role')}</dt>
          <dd>{t(`role.${user.role}`)}</dd>
        </div>
        <div>
          <dt>{t('account.scope')}</dt>
          <dd>{scope}</dd>
        </div>
      </dl>

      <section aria-labelledby="account-password">
        <h2 id="account-password">{t('account.password.title')}</h2>
        <Form method="post" className="auth-form">
          <CsrfField />
          <input type="hidden" name="intent" value="password" />
          {result?.intent === 'password' && (
            <p className={result.ok ? 'form-success' : 'form-error'} role="status">
              {t(result.message.key, result.message.params)}
            </p>
          )}
          <label>
            {t('account.password.current')}
            <input
              type="password"
              name="currentPassword"
              autoComplete="current-password"
              required
            />
          </label>
          <label>
            {t('account.password.new')}
            <input
              type="password"
              name="newPassword"
              autoComplete="new-password"
              minLength={minPasswordLength}
              required
            />
          </label>
          <label>
            {t('account.password.confirm')}
            <input
              type="password"
              name="confirmPassword"
              autoComplete="new-password"
              minLength={minPasswordLength}
              required
            />
          </label>
          <p className="note">{t('account.password.hint', { min: minPasswordLength })}</p>
          <button type="submit">{t('account.password.submit')}</button>
        </Form>
      </section>

      <section aria-labelledby="account-tokens">
        <h2 id="account-tokens">{t('account.tokens.title')}</h2>
        <p>{t('account.tokens.intro')}</p>
        {result?.intent === 'create-token' && (
          <div className="form-success" role="status">
            <p>{t('account.tokens.created')}</p>
            <p className="token-value" data-testid="new-token">
              {result.token}
            </p>
          </div>
        )}
        <Form method="post" className="inline-form">
          <CsrfField />
          <input type="hidden" name="intent" value="create-token" />
          <label>
            {t('account.tokens.name')} <input type="text" name="name" maxLength={100} required />
          </label>
          <button type="submit">{t('account.tokens.create')}</button>
        </Form>
        <ListTable
          columns={[
            { label: t('account.tokens.col.name') },
            { label: t('account.tokens.col.created') },
            { label: t('account.tokens.col.lastUsed') },
            { label: t('account.tokens.col.status') },
          ]}
          empty={{ when: tokens.length === 0, text: t('account.tokens.none') }}
        >
          {tokens.map((token) => (
            <tr key={token.id}>
              <th scope="row">{token.name}</th>
              <td>{tr.date(token.createdAt)}</td>
              <td>{token.lastUsedAt ? tr.date(token.lastUsedAt) : t('account.tokens.never')}</td>
              <td>
                {token.revoked ? (
                  t('account.tokens.revoked')
                ) : (
                  <Form method="post" className="inline-form">
                    <CsrfField />
                    <input type="hidden" name="intent" value="revoke-token" />
                    <input type="hidden" name="id" value={token.id} />
                    {t('account.tokens.active')}{' '}
                    <button type="submit">{t('account.tokens.revoke')}</button>
                  </Form>
                )}
              </td>
            </tr>
          ))}
        </ListTable>
      </section>
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
