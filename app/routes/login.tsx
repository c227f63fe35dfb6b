// /login — sign in with e-mail and password (public). The errors never tell whether the e-mail
// exists; the form carries the anonymous CSRF token (double-submit cookie).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { loginAction, loginPage } from '~/accounts/account-pages.server'
import { CsrfField } from '~/components/csrf-field'
import { useT } from '~/i18n/use-t'

export const meta: MetaFunction = () => [{ title: 'Sapa' }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  return loginPage(request, context)
}

export async function action({ request, context }: ActionFunctionArgs) {
  return loginAction(request, context)
}

export default function Login() {
  const { csrfToken, redirectTo } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const busy = useNavigation().state === 'submitting'
  const { t } = useT()
  return (
    <>
      <h1>{t('login.title')}</h1>
      <p className="lead">{t('login.intro')}</p>
      <Form method="post" className="auth-form" aria-describedby="login-error">
        <CsrfField token={csrfToken} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        {result?.error && (
          <p id="login-error" className="form-error" role="alert">
            {t(result.error.key, result.error.params)}
          </p>
        )}
        <label>
          {t('login.email')}
          <input
            type="email"
            name="email"
            autoComplete="username"
            required
            defaultValue={result?.email ?? ''}
          />
        </label>
        <label>
          {t('login.password')}
          <input type="password" name="password" autoComplete="current-password" required />
        </label>
        <button type="submit" disabled={busy}>
          {t('login.submit')}
        </button>
      </Form>
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
