// `sapa offices [--region KZ-..] [--year YYYY] [--format csv|json]`: the same rows as
// GET /api/v1/offices.
import { parseArgs } from 'node:util'
import { z } from 'zod'
import type { Db } from '../../db/client.server'
import { listOffices } from '../../db/queries/reference'
import { toCsv } from '../exports/csv-writer'
import { referenceYear, regionCode } from '../http/input-schemas.server'
import { UsageError } from './usage-error'

const OfficesArgs = z.object({
  region: regionCode.optional(),
  year: referenceYear.optional(),
  format: z.enum(['csv', 'json']).default('csv'),
})

export async function officesCommand(db: Db, args: string[]): Promise<string> {
  const { values } = parseArgs({
    args,
    options: { region: { type: 'string' }, year: { type: 'string' }, format: { type: 'string' } },
  })
  const parsed = OfficesArgs.safeParse(values)
  if (!parsed.success) {
    throw new UsageError(
      parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'),
    )
  }
  const { region, year, format } = parsed.data
  const rows = await listOffices(db, { regionCode: region, year })
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n'
  return toCsv(rows, [
    { header: 'code', value: (r) => r.code },
    { header: 'region', value: (r) => r.regionCode },
    { header: 'district', value: (r) => r.districtNameKk },
    { header: 'kind', value: (r) => r.kind },
    { header: 'name_kk', value: (r) => r.nameKk },
    { header: 'name_ru', value: (r) => r.nameRu },
    { header: 'name_en', value: (r) => r.nameEn },
    { header: 'address_kk', value: (r) => r.addressKk },
  ])
}
