// The download links of one table of a page: its export route with the page's own filters, so
// the file holds what the table shows.
import { useLocation } from '@remix-run/react'
import { DownloadLinks } from './download-links'
import { withParams } from './use-href-with'

export function ExportLinks({
  path,
  table,
  label,
  tableName,
}: {
  /** The export resource route of the page, e.g. /regions/KZ-11/export. */
  path: string
  table: string
  label: string
  tableName: string
}) {
  const location = useLocation()
  return (
    <DownloadLinks
      label={label}
      tableName={tableName}
      href={(format) => `${path}${withParams(location.search, { table, format, view: null })}`}
    />
  )
}
