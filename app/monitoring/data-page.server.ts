// /data and /data/export: the data-freshness table (freshness.server.ts) in the caller's scope,
// filtered by region, kind and "stale only", in the user's language — DATA_PAGE_SIZE rows a page
// (a national reader's table holds every office of the country × four kinds of data); and every
// row of the filter as a file.
import { z } from 'zod'
import type { Db } from '../../db/client.server'
import { listRegions } from '../../db/queries/reference'
import { IMPORT_KINDS, type ImportKind } from '../../db/schema'
import { currentYear, todayInKazakhstan } from '../domain/reporting-period'
import { canRead, dataAccessOf, type Scope } from '../accounts/policy.server'
import { optionalField, pageNumber, regionCode } from '../http/input-schemas.server'
import { localName, type Language } from '../i18n/languages'
import { translatorFor } from '../i18n/messages.server'
import { formatMonth } from '../i18n/format'
import type { ExportTable } from '../exports/table-export.server'
import { freshnessReport, type FreshnessRow } from './freshness.server'

export const DataQuery = z.object({
  region: optionalField(regionCode),
  kind: optionalField(z.enum(IMPORT_KINDS)),
  stale: optionalField(z.enum(['1'])),
  page: optionalField(pageNumber),
})

export const DATA_PAGE_SIZE = 100
export type DataQuery = z.output<typeof DataQuery>

/** The region filter names a region outside the caller's scope, or none that exists. */
export class RegionOutOfScope extends Error {}

export interface DataPageRow {
  key: string
  officeId: number
  officeCode: string
  office: string
  regionCode: string
  region: string
  kind: ImportKind
  /** A date 'YYYY-MM-DD', or a year for publications; null: no record. */
  latestOn: string | null
  latestYear: number | null
  batch: FreshnessRow['batch']
  monthsWithout: string[]
  stale: boolean
}

/** Every row of the filter (the download), with what the page says about them. */
async function dataRows(db: Db, scope: Scope, query: DataQuery, lang: Language, now: Date) {
  const today = todayInKazakhstan(now)
  const regions = (await listRegions(db, { year: currentYear(now) }))
    .filter((r) => canRead(scope, { regionCode: r.code }))
    .map((r) => ({ id: r.id, code: r.code, name: localName(r, lang) }))
  let regionIds: number[] | undefined
  if (query.region !== undefined) {
    const region = regions.find((r) => r.code === query.region)
    if (!region) throw new RegionOutOfScope(query.region)
    regionIds = [region.id]
  }
  const report = await freshnessReport(db, dataAccessOf(scope), today, { regionIds })
  const rows: DataPageRow[] = report.rows
    .filter((r) => query.kind === undefined || r.kind === query.kind)
    .filter((r) => query.stale === undefined || r.stale)
    .map((r) => ({
      key: `${r.officeId}:${r.kind}`,
      officeId: r.officeId,
      officeCode: r.officeCode,
      office: localName(r.office, lang),
      regionCode: r.regionCode,
      region: localName(r.region, lang),
      kind: r.kind,
      latestOn: r.latestOn,
      latestYear: r.latestYear,
      batch: r.batch,
      monthsWithout: r.monthsWithout,
      stale: r.stale,
    }))
  const staleCount = new Set(report.rows.filter((r) => r.stale).map((r) => r.officeId)).size
  const dataThrough = report.rows.reduce<string | null>(
    (latest, r) =>
      r.latestOn !== null && (latest === null || r.latestOn > latest) ? r.latestOn : latest,
    null,
  )
  return {
    today,
    thresholds: report.thresholds,
    months: report.months,
    regions,
    query,
    rows,
    staleCount,
    dataThrough,
  }
}

/** One page of the rows, with the links to the pages before and after it. */
export async function dataPage(db: Db, scope: Scope, query: DataQuery, lang: Language, now: Date) {
  const all = await dataRows(db, scope, query, lang, now)
  const total = all.rows.length
  const pages = Math.max(1, Math.ceil(total / DATA_PAGE_SIZE))
  const page = Math.min(query.page ?? 1, pages)
  const hrefOf = (n: number) => {
    const params = new URLSearchParams()
    for (const key of ['region', 'kind', 'stale'] as const) {
      const value = query[key]
      if (value !== undefined) params.set(key, value)
    }
    if (n > 1) params.set('page', String(n))
    return `?${params.toString()}`
  }
  return {
    ...all,
    rows: all.rows.slice((page - 1) * DATA_PAGE_SIZE, page * DATA_PAGE_SIZE),
    total,
    page,
    pages,
    previousHref: page > 1 ? hrefOf(page - 1) : null,
    nextHref: page < pages ? hrefOf(page + 1) : null,
  }
}

/** The rows of the filter as a download, with the same scope: every page. */
export async function dataExport(
  db: Db,
  scope: Scope,
  query: DataQuery,
  lang: Language,
  now: Date,
): Promise<ExportTable> {
  const page = await dataRows(db, scope, query, lang, now)
  const { t } = translatorFor(lang)
  return {
    name: `sapa-data-freshness-${page.today}`,
    title: t('freshness.title'),
    heading: {
      title: t('freshness.title'),
      subtitle: [
        query.region ? (page.regions.find((r) => r.code === query.region)?.name ?? '') : '',
        t('freshness.asOf', { date: page.today }),
      ]
        .filter(Boolean)
        .join(' · '),
    },
    columns: [
      { key: 'region', label: t('freshness.col.region') },
      { key: 'officeCode', label: t('freshness.col.officeCode') },
      { key: 'office', label: t('freshness.col.office') },
      { key: 'kind', label: t('freshness.col.kind') },
      { key: 'latest', label: t('freshness.col.latest') },
      { key: 'batchId', label: t('freshness.col.batch') },
      { key: 'batchBy', label: t('freshness.col.batchBy') },
      { key: 'batchAt', label: t('freshness.col.batchAt') },
      { key: 'monthsWithout', label: t('freshness.col.monthsWithout') },
      { key: 'stale', label: t('freshness.col.status') },
    ],
    rows: page.rows.map((r) => ({
      region: r.region,
      officeCode: r.officeCode,
      office: r.office,
      kind: t(`freshness.kind.${r.kind}`),
      latest: r.latestOn ?? (r.latestYear === null ? null : String(r.latestYear)),
      batchId: r.batch?.id ?? null,
      batchBy: r.batch ? (r.batch.userName ?? r.batch.userEmail) : null,
      batchAt: r.batch?.committedAt ?? null,
      monthsWithout: r.monthsWithout.map(formatMonth).join(', '),
      stale: r.kind === 'cases' ? t(r.stale ? 'freshness.stale' : 'freshness.fresh') : null,
    })),
  }
}
