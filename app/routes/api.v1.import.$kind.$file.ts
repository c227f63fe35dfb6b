// GET /api/v1/import/<kind>/template.csv | template.xlsx — the empty template of a format.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { apiNotFound } from '~/http/request-input.server'
import { isImportKind } from '~/import/formats.server'
import { templateCsv, templateXlsx } from '~/import/templates.server'
import { requireUser } from '~/accounts/policy.server'

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireUser(request, context)
  const kind = params.kind ?? ''
  if (!isImportKind(kind)) return apiNotFound(`no import kind "${kind}"`)
  if (params.file === 'template.csv') {
    return new Response(templateCsv(kind), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="sapa-${kind}.csv"`,
      },
    })
  }
  if (params.file === 'template.xlsx') {
    return new Response(new Uint8Array(await templateXlsx(kind)), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="sapa-${kind}.xlsx"`,
      },
    })
  }
  return apiNotFound(`no file "${params.file}": try template.csv or template.xlsx`)
}
