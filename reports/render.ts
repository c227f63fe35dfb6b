// One door to every rendering of a report model: PDF, XLSX, CSV or JSON, in kk, ru or en. The
// routes, the open-data downloads and the CLI all come through here.
import { reportCsv } from './csv'
import { reportJson } from './json'
import type { Edition, ReportLanguage, ReportModel } from './model'
import { reportPdf } from './pdf'
import { reportXlsx } from './xlsx'

export const REPORT_FORMATS = ['pdf', 'xlsx', 'csv', 'json'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
}

export function isReportFormat(value: unknown): value is ReportFormat {
  return typeof value === 'string' && (REPORT_FORMATS as readonly string[]).includes(value)
}

export async function renderReport(
  model: ReportModel,
  edition: Edition,
  format: ReportFormat,
  lang: ReportLanguage,
): Promise<Uint8Array> {
  switch (format) {
    case 'pdf':
      return reportPdf(model, edition, lang)
    case 'xlsx':
      return reportXlsx(model, edition, lang)
    case 'csv':
      return new TextEncoder().encode(reportCsv(model, edition, lang))
    case 'json':
      return new TextEncoder().encode(reportJson(model, edition, lang))
  }
}

/** `sapa-2025-national-v1-kk.pdf`, `sapa-2025-KZ-11-draft-ru.xlsx`. */
export function reportFileName(
  model: Pick<ReportModel, 'year' | 'scope'>,
  edition: Edition,
  format: ReportFormat,
  lang: ReportLanguage,
): string {
  const scope = model.scope.code ?? 'national'
  const version = edition.status === 'draft' ? 'draft' : `v${edition.version}`
  return `sapa-${model.year}-${scope}-${version}-${lang}.${format}`
}
