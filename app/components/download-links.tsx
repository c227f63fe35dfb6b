// "Download: CSV · CSV for Excel · XLSX" — plain links (a file, not a page), one per export
// format, each with a title that says which program the format is for.
import { EXPORT_FORMATS, type ExportFormat } from '~/exports/export-formats'
import { useT } from '~/i18n/use-t'

const LABEL = {
  csv: 'export.format.csv',
  'csv-excel': 'export.format.csvExcel',
  xlsx: 'export.format.xlsx',
} as const
const TITLE = {
  csv: 'export.format.csvTitle',
  'csv-excel': 'export.format.csvExcelTitle',
  xlsx: null,
} as const

export function DownloadLinks({
  label,
  href,
  tableName,
  className = 'export-links',
}: {
  label: string
  href: (format: ExportFormat) => string
  /** Names the table in each link's accessible name, where a page has several. */
  tableName?: string
  className?: string
}) {
  const { t } = useT()
  return (
    <p className={className}>
      {label}:{' '}
      {EXPORT_FORMATS.map((format, i) => {
        const text = t(LABEL[format])
        const title = TITLE[format]
        return (
          <span key={format}>
            {i > 0 && ' · '}
            <a
              href={href(format)}
              download
              title={title ? t(title) : undefined}
              aria-label={tableName ? `${tableName} — ${text}` : undefined}
            >
              {text}
            </a>
          </span>
        )
      })}
    </p>
  )
}
