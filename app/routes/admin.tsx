// /admin — the administration area's frame: its sub-navigation (users, audit log, reference
// data) and its texts for the pages inside. Administrators only: anyone else gets a 404 here
// and from every page below (each checks too, since loaders run in parallel).
import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/node'
import { NavLink, Outlet } from '@remix-run/react'
import { adminTexts } from '~/admin/admin-texts.server'
import { useAdminTexts, type AdminLayoutData } from '~/i18n/admin/use-admin-texts'
import { resolveLanguage } from '~/i18n/language.server'
import { requireAdmin, requireUser } from '~/accounts/policy.server'
import adminCss from '~/styles/admin.css'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: adminCss }]

export async function loader({ request, context }: LoaderFunctionArgs): Promise<AdminLayoutData> {
  requireAdmin(await requireUser(request, context), request)
  return { texts: adminTexts(resolveLanguage(request).lang) }
}

export default function AdminLayout() {
  const texts = useAdminTexts()
  return (
    <div className="admin">
      <nav className="admin-nav" aria-label={texts.nav.label}>
        <ul>
          <li>
            <NavLink to="/admin/users">{texts.nav.users}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/audit">{texts.nav.audit}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/reference">{texts.nav.reference}</NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </div>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
