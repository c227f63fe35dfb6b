// /admin/data: what the database holds — the standards with their indicator counts and
// cases per year, the reference-data counts, and the fact tables' sizes and date ranges.
import type { Db } from '../../db/client.server'
import {
  casesPerStandardYear,
  factTotals,
  referenceCounts,
  type FactAccess,
} from '../../db/queries/overview'
import { listStandards } from '../../db/queries/reference'
import { localName, type Language } from '../i18n/languages'

/** `access`: the caller's scope — the fact counts are of its regions and standards only. */
export async function overviewPage(
  db: Db,
  lang: Language,
  options: { year: number; access?: FactAccess },
) {
  const standards = await listStandards(db)
  const perYear = await casesPerStandardYear(db, options.access)
  const counts = await referenceCounts(db, { year: options.year })
  const facts = await factTotals(db, options.access)
  return {
    year: options.year,
    standards: standards.map((s) => ({
      id: s.id,
      name: localName(s, lang),
      agency: localName(
        { nameKk: s.agencyNameKk, nameRu: s.agencyNameRu, nameEn: s.agencyNameEn },
        lang,
      ),
      indicatorCount: s.indicatorCount,
      casesPerYear: perYear
        .filter((row) => row.standardId === s.id)
        .map((row) => ({ year: row.year, cases: row.cases })),
    })),
    counts,
    facts,
  }
}
