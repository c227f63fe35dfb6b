// Data freshness (issue 14, decision 0028): per office × kind of record, the latest record, the
// import batch that last wrote it, the months without records and the stale flag — the model of
// /data and its downloads, of the "data through" line, and what an alert rule asks
// (`staleOffices`). The SQL is db/queries/freshness.ts; the rules app/domain/freshness.ts.
import type { Db } from '../../db/client.server'
import {
  dataThrough,
  freshnessOffices,
  freshnessThresholds,
  latestBatches,
  officeMonthsWithRecords,
  type FreshnessScope,
} from '../../db/queries/freshness'
import {
  addMonths,
  isStale,
  lastCompleteMonth,
  monthsWithoutRecords,
  type FreshnessThresholds,
} from '../domain/freshness'
import { IMPORT_KINDS, type ImportKind } from '../../db/schema'
import type { DataAccess } from '../accounts/policy.server'

/** How many complete months the "months without records" column looks back over. */
export const MONTHS_LOOKED_AT = 12

export interface FreshnessRow {
  officeId: number
  officeCode: string
  office: { nameKk: string; nameRu: string; nameEn: string }
  regionId: number
  regionCode: string
  region: { nameKk: string; nameRu: string; nameEn: string }
  kind: ImportKind
  /** 'YYYY-MM-DD' of the latest record; publications are yearly and have `latestYear` instead. */
  latestOn: string | null
  latestYear: number | null
  batch: {
    id: number
    committedAt: string | null
    userName: string | null
    userEmail: string | null
    fileName: string | null
  } | null
  /** 'YYYY-MM' each; always empty for publications (yearly). */
  monthsWithout: string[]
  /** Only cases make an office stale (domain.md "Data freshness"). */
  stale: boolean
}

export interface FreshnessReport {
  today: string
  thresholds: FreshnessThresholds
  /** The months looked at: 'YYYY-MM' to 'YYYY-MM'. */
  months: { from: string; through: string }
  rows: FreshnessRow[]
}

/**
 * Every office in `access` (its region today), one row per kind. `filter.regionIds` narrows the
 * regions (already checked against the scope by the caller).
 */
export async function freshnessReport(
  db: Db,
  access: DataAccess,
  today: string,
  filter: { regionIds?: number[]; officeId?: number } = {},
): Promise<FreshnessReport> {
  const thresholds = await freshnessThresholds(db)
  const scope: FreshnessScope = {
    regionIds: filter.regionIds ?? access.regionIds,
    standardIds: access.standardIds,
    officeId: filter.officeId,
  }
  if (filter.regionIds && access.regionIds) {
    scope.regionIds = filter.regionIds.filter((id) => access.regionIds?.includes(id))
  }
  const through = lastCompleteMonth(today)
  const from = addMonths(through, -(MONTHS_LOOKED_AT - 1))
  const offices = await freshnessOffices(db, scope, today)
  const months = await officeMonthsWithRecords(db, offices, {
    fromMonth: `${from}-01`,
    throughMonth: `${through}-01`,
    regularMonths: thresholds.regularMonths,
    standardIds: access.standardIds,
  })
  const batches = await latestBatches(
    db,
    offices.map((o) => o.officeId),
    access.standardIds,
  )
  const monthsOf = new Map<string, string[]>()
  for (const m of months) {
    const key = `${m.officeId}:${m.kind}`
    monthsOf.set(key, [...(monthsOf.get(key) ?? []), m.month])
  }
  const batchOf = new Map(batches.map((b) => [`${b.officeId}:${b.kind}`, b]))
  const rows: FreshnessRow[] = []
  for (const o of offices) {
    for (const kind of IMPORT_KINDS) {
      const key = `${o.officeId}:${kind}`
      const latestOn =
        kind === 'cases'
          ? o.casesLatest
          : kind === 'surveys'
            ? o.surveysLatest
            : kind === 'complaints'
              ? o.complaintsLatest
              : null
      const withRecords = monthsOf.get(key) ?? []
      const b = batchOf.get(key)
      rows.push({
        officeId: o.officeId,
        officeCode: o.officeCode,
        office: { nameKk: o.nameKk, nameRu: o.nameRu, nameEn: o.nameEn },
        regionId: o.regionId,
        regionCode: o.regionCode,
        region: { nameKk: o.regionNameKk, nameRu: o.regionNameRu, nameEn: o.regionNameEn },
        kind,
        latestOn,
        latestYear: kind === 'publications' ? o.publicationsLatestYear : null,
        batch: b
          ? {
              id: b.batchId,
              committedAt: b.committedAt ? new Date(b.committedAt).toISOString() : null,
              userName: b.userName,
              userEmail: b.userEmail,
              fileName: b.fileName,
            }
          : null,
        monthsWithout:
          kind === 'publications'
            ? []
            : monthsWithoutRecords({ monthsWithRecords: withRecords, from, through }),
        stale:
          kind === 'cases' &&
          isStale({ latestOn, today, monthsWithRecords: withRecords, thresholds }),
      })
    }
  }
  return { today, thresholds, months: { from, through }, rows }
}

/** The offices in `access` that are stale on `today` — what an alert rule "office goes stale" reads. */
export async function staleOffices(
  db: Db,
  access: DataAccess,
  today: string,
): Promise<FreshnessRow[]> {
  const report = await freshnessReport(db, access, today)
  return report.rows.filter((row) => row.stale)
}

/** The codes of the stale offices of some regions (the region page's office table). */
export async function staleOfficeCodes(
  db: Db,
  access: DataAccess,
  today: string,
  regionIds: number[],
): Promise<Set<string>> {
  const report = await freshnessReport(db, access, today, { regionIds })
  return new Set(report.rows.filter((row) => row.stale).map((row) => row.officeCode))
}

/**
 * The "data through" date of what a page shows: the latest case, survey response or complaint
 * date, no later than the page's as-of date, of a region, an office, some standards or everything
 * — within the caller's access.
 */
export async function dataThroughOf(
  db: Db,
  view: { regionIds?: number[]; officeId?: number; standardIds?: string[] },
  access: DataAccess,
  asOf: string,
): Promise<string | null> {
  const standardIds =
    view.standardIds && access.standardIds
      ? view.standardIds.filter((id) => access.standardIds?.includes(id))
      : (view.standardIds ?? access.standardIds)
  return dataThrough(
    db,
    { regionIds: view.regionIds ?? access.regionIds, officeId: view.officeId, standardIds },
    asOf,
  )
}
