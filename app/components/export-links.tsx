// "Download: CSV · XLSX" for one table of a page: plain links (a download, not a page) to the
// page's export route with the page's own filters, so the file holds what the table shows.
import { useLocation } from '@remix-run/react'
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
  const href = (format: 'csv' | 'xlsx') =>
    `${path}${withParams(location.search, { table, format, view: null })}`
  return (
    <p className="export-links">
      {label}:{' '}
      <a href={href('csv')} download aria-label={`${tableName} — CSV`}>
        CSV
      </a>{' '}
      ·{' '}
      <a href={href('xlsx')} download aria-label={`${tableName} — XLSX`}>
        XLSX
      </a>
    </p>
  )
}
