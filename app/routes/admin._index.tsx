// /admin — the administration area opens on its users page. A page route, not a resource route
// (hence the component): so for anyone but an administrator /admin is the app's localized 404
// page, inside the shell, as every other /admin page and any unknown address.
import { redirect, type LoaderFunctionArgs } from '@remix-run/node'
import { requireAdmin, requireUser } from '~/accounts/policy.server'

export async function loader({ request, context }: LoaderFunctionArgs) {
  requireAdmin(await requireUser(request, context), request)
  const url = new URL(request.url)
  throw redirect(`/admin/users${url.search}`)
}

/** Never shown: the loader always answers, with the redirect or with the layout's 404. */
export default function AdminIndex() {
  return null
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
