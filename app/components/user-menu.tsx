// The signed-in user in the header: name and role, a link to the account page, and sign-out
// (a POST form with the CSRF token: a link could be triggered by another site).
import { Form, Link, useRouteLoaderData } from '@remix-run/react'
import type { RootData } from '~/root-data'
import { useT } from '~/i18n/use-t'
import { CsrfField } from './csrf-field'

/** The inbox, with a small badge of the unread count (its words for screen readers). */
export function InboxLink({ count }: { count: number }) {
  const { t, plural } = useT()
  return (
    <Link to="/inbox" className="inbox-link">
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path
          d="M8 1.5a4.5 4.5 0 0 0-4.5 4.5v3L2 11.5h12L12.5 9V6A4.5 4.5 0 0 0 8 1.5zM6.5 13a1.5 1.5 0 0 0 3 0"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        />
      </svg>
      <span className="inbox-link__label">{t('nav.inbox')}</span>
      {count > 0 && (
        <span className="inbox-link__badge" data-testid="inbox-count">
          <span aria-hidden="true">{count > 99 ? '99+' : count}</span>
          <span className="visually-hidden">{plural('inbox.badge', count)}</span>
        </span>
      )}
    </Link>
  )
}

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
      <InboxLink count={root.unreadAlerts} />
      <Form method="post" action="/logout" reloadDocument>
        <CsrfField />
        <button type="submit" className="button-link">
          {t('auth.signOut')}
        </button>
      </Form>
    </div>
  )
}
