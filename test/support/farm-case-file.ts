// A cases file of farm-certificate cases at a Public Service Center, issued, every field recorded
// (waits 5 and 8 min, service 12 min, documents and first submission correct, no suspension):
// the alert and mail tests vary only the id, the office and the two times.
import { commitImport, previewImport } from '../../app/import/import.server'
import type { Db } from '../../db/client.server'
import { runImportAlerts } from './import-alerts'

export const CASES_HEADER =
  'external_id,standard,variant,channel,office,submitted_at,completed_at,result,wait_minutes_submit,wait_minutes_pickup,service_minutes,docs_correct,first_time_correct,suspended_from,suspended_to'

export interface FarmCase {
  id: string
  /** An office code, e.g. KZ-11-PSC-kokshetau-city. */
  office: string
  /** ISO times with their offset: `2026-10-03T10:00:00+05:00`. */
  submitted: string
  completed: string
}

export function farmCaseLine(c: FarmCase): string {
  return [
    c.id,
    'private-farm-certificate',
    'standard',
    'public_service_center',
    c.office,
    c.submitted,
    c.completed,
    'issued',
    '5',
    '8',
    '12',
    'yes',
    'yes',
    '',
    '',
  ].join(',')
}

/** The file: the header and one line per case, CRLF line ends. */
export function farmCaseFile(cases: FarmCase[]): Uint8Array {
  return new TextEncoder().encode([CASES_HEADER, ...cases.map(farmCaseLine)].join('\r\n') + '\r\n')
}

/**
 * Previews and commits the file for every region (source `source`), then — unless `alerts` is
 * false — runs the alert evaluation the commit queued, as a server's job runner would right
 * after it (decision 0043); the batch id.
 */
export async function importFarmCases(
  db: Db,
  cases: FarmCase[],
  source: string,
  options: { alerts?: boolean } = {},
): Promise<number> {
  const preview = await previewImport(db, {
    kind: 'cases',
    fileName: 'cases.csv',
    input: farmCaseFile(cases),
    source,
    allowedRegionIds: null,
  })
  await commitImport(db, preview.batchId, options)
  if (options.alerts !== false) await runImportAlerts(db)
  return preview.batchId
}
