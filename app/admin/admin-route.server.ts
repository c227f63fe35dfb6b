// What every administration route shares: its pages are private to one person, never stored by a
// cache (a generated password is shown once in the users page's answer); and a form post is
// answered only for an administrator, with the form read and its CSRF token checked, by a handler
// that receives the acting administrator for the audit row.
import type { ActionFunctionArgs, HeadersFunction } from '@remix-run/node'
import type { Db } from '../../db/client.server'
import { requireAdmin, requireCsrf, requireUser, type CurrentUser } from '~/accounts/policy.server'
import { readForm } from '~/http/request-input.server'
import { adminActor, type AdminActor } from './actor.server'

export const adminHeaders: HeadersFunction = () => ({ 'Cache-Control': 'no-store' })

export function adminFormAction<T>(
  handle: (
    db: Db,
    form: FormData,
    actor: AdminActor,
    request: ActionFunctionArgs & { user: CurrentUser },
  ) => Promise<T>,
) {
  return async (args: ActionFunctionArgs): Promise<T> => {
    const { request, context } = args
    const user = requireAdmin(await requireUser(request, context), request)
    const form = await readForm(request)
    requireCsrf(request, context, form, user)
    return handle(context.db, form, adminActor(user, request, context), { ...args, user })
  }
}
