// /admin — the administration area's frame: its sub-navigation (users, audit log, reference
// data) and the administration texts for the pages inside (`messages`, read by useT). Administrators only: anyone else gets a 404 here
// and from every page below (each checks too, since loaders run in parallel).
import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/node'
import { NavLink, Outlet } from '@remix-run/react'
import { resolveLanguage } from '~/i18n/language.server'
import { pageMessages } from '~/i18n/messages.server'
import { useT, type WithMessages } from '~/i18n/use-t'
import { requireAdmin, requireUser } from '~/accounts/policy.server'
import adminCss from '~/styles/admin.css'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: adminCss }]

export async function loader({ request, context }: LoaderFunctionArgs): Promise<WithMessages> {
  requireAdmin(await requireUser(request, context), request)
  // The administration texts for every page inside, in the request's language only.
  return { messages: pageMessages(resolveLanguage(request).lang, 'admin') }
}

export default function AdminLayout() {
  const { t } = useT()
  return (
    <div className="admin">
      <nav className="admin-nav" aria-label={t('admin.nav.label')}>
        <ul>
          <li>
            <NavLink to="/admin/users">{t('admin.nav.users')}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/audit">{t('admin.nav.audit')}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/reference">{t('admin.nav.reference')}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/standards">{t('admin.nav.standards')}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/alerts">{t('adminAlerts.nav')}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/jobs">{t('admin.nav.jobs')}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/outbox">{t('admin.nav.outbox')}</NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </div>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
