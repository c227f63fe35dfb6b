// /admin — the administration area opens on its users page.
import { redirect, type LoaderFunctionArgs } from '@remix-run/node'
import { requireAdmin, requireUser } from '~/accounts/policy.server'

export async function loader({ request, context }: LoaderFunctionArgs) {
  requireAdmin(await requireUser(request, context), request)
  const url = new URL(request.url)
  throw redirect(`/admin/users${url.search}`)
}
