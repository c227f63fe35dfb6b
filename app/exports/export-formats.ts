// The download formats of a page table, in the order the pages offer them: RFC 4180 CSV, CSV for
// Excel with Russian or Kazakh regional settings (`;` and a decimal comma, csv-writer.ts) and XLSX.
// Plain data, so that the links in the browser and the export routes on the server share it.
export const EXPORT_FORMATS = ['csv', 'csv-excel', 'xlsx'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export function isExportFormat(value: string | null | undefined): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value ?? '')
}

/** The file's extension: both CSV dialects are .csv files. */
export function extensionOf(format: ExportFormat): 'csv' | 'xlsx' {
  return format === 'xlsx' ? 'xlsx' : 'csv'
}
