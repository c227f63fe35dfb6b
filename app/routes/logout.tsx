// POST /logout — ends the session (CSRF-checked) and returns to /login. GET just goes home.
import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { logoutAction } from '~/accounts/account-pages.server'

export async function loader() {
  throw redirect('/')
}

export async function action({ request, context }: ActionFunctionArgs) {
  return logoutAction(request, context)
}
