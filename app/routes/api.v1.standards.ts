// GET /api/v1/standards — every standard with its agency, channels, variants, deadline rules,
// indicator groups and indicators (normative as printed and parsed, direction, measure).
import type { LoaderFunctionArgs } from '@remix-run/node'
import { apiJson } from '~/http/request-input.server'
import { apiStandards } from '~/reference/views.server'
import { requireUser } from '~/accounts/policy.server'

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context)
  return apiJson(await apiStandards(context.db))
}
