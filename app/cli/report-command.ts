// `sapa report --year 2025 [--region KZ-11] --format pdf|xlsx|csv|json [--lang kk|ru|en]
//   [--out FILE] [--version N]`: the annual report as the pages and the open data serve it — the
// live draft, or with --version a published edition (from its frozen snapshot). The operator has
// database access and reads as an administrator. Without --out, CSV and JSON go to stdout.
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import type { Db } from '../../db/client.server'
import { isReportFormat } from '../../reports/render'
import { language, regionCode, reportingYear } from '../http/input-schemas.server'
import { UnknownScopeError } from '../indicators/engine.server'
import { OPERATOR_SCOPE } from '../accounts/policy.server'
import { draftReport, loadEdition, renderReportFile } from '../annual-reports/editions.server'
import { UsageError } from './usage-error'

export interface ReportCommandResult {
  /** What to print on stdout. */
  output: string | Uint8Array
}

export async function reportCommand(
  db: Db,
  args: string[],
  now = new Date(),
): Promise<ReportCommandResult> {
  const { values } = parseArgs({
    args,
    options: {
      year: { type: 'string' },
      region: { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string' },
      version: { type: 'string' },
    },
    strict: true,
  })
  const year = reportingYear.safeParse(values.year)
  if (!year.success) throw new UsageError('--year must be a year such as 2025')
  const format = values.format ?? 'pdf'
  if (!isReportFormat(format)) throw new UsageError('--format must be pdf, xlsx, csv or json')
  const lang = language.safeParse(values.lang ?? 'kk')
  if (!lang.success) throw new UsageError('--lang must be kk, ru or en')
  if (values.region !== undefined && !regionCode.safeParse(values.region).success) {
    throw new UsageError('--region must be an ISO 3166-2:KZ code such as KZ-11')
  }
  const version = values.version === undefined ? null : Number(values.version)
  if (version !== null && !(Number.isInteger(version) && version >= 1)) {
    throw new UsageError('--version must be a published edition number: 1, 2, …')
  }
  if (!values.out && (format === 'pdf' || format === 'xlsx')) {
    throw new UsageError(`--out FILE is needed for ${format.toUpperCase()} (a binary file)`)
  }
  const key = { year: year.data, regionCode: values.region ?? null }
  try {
    const loaded =
      version === null
        ? await draftReport(db, OPERATOR_SCOPE, key, now)
        : await loadEdition(db, { ...key, version })
    if (!loaded) {
      throw new UsageError(
        `no published edition ${version} of the ${year.data} report for ${key.regionCode ?? 'the nation'}`,
      )
    }
    const file = await renderReportFile(loaded, format, lang.data)
    if (!values.out) return { output: file.body }
    writeFileSync(values.out, file.body)
    return {
      output: `${values.out}: ${file.fileName} (${file.body.byteLength.toLocaleString('en')} bytes, data version ${loaded.model.dataVersion})\n`,
    }
  } catch (error) {
    if (error instanceof UnknownScopeError) throw new UsageError(error.message)
    throw error
  }
}
