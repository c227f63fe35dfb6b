// /standards/:id/:year/export?channel=…&export=csv|xlsx — the standard view's regions ×
// indicators matrix (the country and every region) as a file, through the same server module
// and the same scope check as the page. `/standards/:id/:year?export=…` redirects here.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { downloadLoader } from '~/http/request-input.server'
import { requestTranslator } from '~/i18n/language.server'
import { exportHeaders, matrixExportTable } from '~/dashboards/matrix-export.server'
import { requireUser } from '~/accounts/policy.server'
import { standardViewRequest } from '~/dashboards/standard-view.server'
import { exportFormatOf, tableDownload, withHeading } from '~/exports/table-export.server'

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })

export const loader = downloadLoader(async ({ request, params, context }: LoaderFunctionArgs) => {
  const user = await requireUser(request, context)
  const { t } = requestTranslator(request)
  const page = await standardViewRequest(
    context.db,
    user,
    { request, params },
    { unknownStandard: notFound, outOfScope: notFound },
  )
  if (!page) throw notFound()
  const table = withHeading(
    matrixExportTable({
      name: ['sapa', page.standard.id, String(page.year), page.channel].filter(Boolean).join('-'),
      title: `${page.year}`,
      headers: exportHeaders({ t }),
      columns: page.indicators.map((i) => ({
        key: i.code,
        label: `${i.code} ${t(`dashboard.measureShort.${i.measure}`)}`,
      })),
      rows: [page.nation, ...page.regions],
      statusText: (s) => t(`status.${s}`),
    }),
    { t },
    {
      subject: page.standard.name,
      scope: [page.channels.find((c) => c.code === page.channel)?.name ?? null],
      dataVersion: page.dataVersion,
    },
  )
  return tableDownload(table, exportFormatOf(new URL(request.url)) ?? 'csv')
})
