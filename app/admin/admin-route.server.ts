// What every administration route shares: its pages are private to one person, never stored by a
// cache (a generated password is shown once in the users page's answer); and a form post is
// answered only for an administrator, with the form read and its CSRF token checked, by a handler
// that receives the acting administrator for the audit row. A route writes its action as
// `(args: ActionFunctionArgs) => adminFormAction(args, handler)`: a function the browser bundle
// drops with the rest of the server code (a call at module level would stay and fail there).
import type { ActionFunctionArgs, HeadersFunction } from '@remix-run/node'
import type { Db } from '../../db/client.server'
import { requireAdmin, requireCsrf, requireUser, type CurrentUser } from '~/accounts/policy.server'
import { readForm } from '~/http/request-input.server'
import { adminActor, type AdminActor } from './actor.server'

export const adminHeaders: HeadersFunction = () => ({ 'Cache-Control': 'no-store' })

export async function adminFormAction<T>(
  args: ActionFunctionArgs,
  handle: (
    db: Db,
    form: FormData,
    actor: AdminActor,
    request: ActionFunctionArgs & { user: CurrentUser },
  ) => Promise<T>,
): Promise<T> {
  const { request, context } = args
  const user = requireAdmin(await requireUser(request, context), request)
  const form = await readForm(request)
  requireCsrf(request, context, form, user)
  return handle(context.db, form, adminActor(user, request, context), { ...args, user })
}
