// Validity periods (regions, district_regions, office_regions) are inclusive date ranges
// [valid_from, valid_to], null meaning open-ended.
import { sql, type Expression, type SqlBool } from 'kysely'

/**
 * The range whose bounds are the columns `from` and `to` (references such as 'r.validFrom')
 * overlaps the calendar year: a district moved on 2022-06-08 is valid in 2022 for its old region
 * and for its new one.
 */
export function validInYear(from: string, to: string, year: number): Expression<SqlBool> {
  const first = `${year}-01-01`
  const last = `${year}-12-31`
  return sql<SqlBool>`((${sql.ref(from)} is null or ${sql.ref(from)} <= ${last}::date)
    and (${sql.ref(to)} is null or ${sql.ref(to)} >= ${first}::date))`
}
