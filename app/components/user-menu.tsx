// The signed-in user in the header: name and role, a link to the account page, and sign-out
// (a POST form with the CSRF token: a link could be triggered by another site).
import { Form, Link, useRouteLoaderData } from '@remix-run/react'
import type { RootData } from '~/root-data'
import { useT } from '~/i18n/use-t'
import { CsrfField } from './csrf-field'

export function UserMenu() {
  const root = useRouteLoaderData<RootData>('root')
  const { t } = useT()
  const user = root?.user
  if (!user) return null
  return (
    <div className="user-menu" aria-label={t('auth.user')}>
      <Link to="/account" className="user-menu__name">
        <span>{user.name}</span>
        <span className="user-menu__role">
          {t(`role.${user.role}`)}
          {user.regionCode ? ` · ${user.regionCode}` : ''}
        </span>
      </Link>
      <Form method="post" action="/logout" reloadDocument>
        <CsrfField />
        <button type="submit" className="button-link">
          {t('auth.signOut')}
        </button>
      </Form>
    </div>
  )
}
