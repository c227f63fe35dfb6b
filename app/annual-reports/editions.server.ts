// The annual reports' server side: assembling a report model through the indicator engine (the
// same numbers as the API), publishing it as a frozen edition, reading editions back, rendering
// them (a published edition renders from its snapshot only, so it never changes), and the diff
// between editions. Pages, the open-data downloads and the CLI call these.
import { z } from 'zod'
import type { Db } from '../../db/client.server'
import { findRegionId } from '../../db/queries/indicator-context'
import {
  findEdition,
  insertEdition,
  listEditions,
  type EditionRow,
} from '../../db/queries/published-reports'
import {
  findRegion,
  listIndicatorGroups,
  listIndicators,
  listRegions,
  listStandards,
} from '../../db/queries/reference'
import {
  approvedTargetsByCode,
  dataVersionInputs,
  missingFieldCounts,
} from '../../db/queries/report-inputs'
import { buildReportModel } from '../../reports/build-model'
import { listEditions as listStandardEditions } from '../../db/queries/standard-editions'
import { canonicalJson, contentHash, sha256Hex } from '../../reports/content-hash'
import { diffReports } from '../../reports/diff'
import {
  REPORT_SCHEMA,
  type Edition,
  type MissingFields,
  type ReportLanguage,
  type ReportModel,
} from '../../reports/model'
import {
  CONTENT_TYPES,
  REPORT_FORMATS,
  renderReport,
  reportFileName,
  type ReportFormat,
} from '../../reports/render'
import { audit, type AuditSource } from '../accounts/audit.server'
import { reportEditionOf } from '../reference/views.server'
import { asOfDate, todayInKazakhstan } from '../domain/reporting-period'
import { blankAsAbsent, language, optionalField, regionCode } from '../http/input-schemas.server'
import { computeIndicators, UnknownScopeError } from '../indicators/engine.server'
import {
  AccessDenied,
  canPublishReport,
  canRead,
  dataAccessOf,
  type AccountUser,
  type DataAccess,
  type Scope,
} from '../accounts/policy.server'
import { dataThroughOf } from '../monitoring/freshness.server'

// ── input ───────────────────────────────────────────────────────────────────────────────────

/** /reports/:year?region=KZ-11&report_lang=ru&version=2 */
export const ReportPageQuery = z.object({
  region: optionalField(regionCode),
  /** The report's language; without it, the interface language. */
  report_lang: optionalField(language),
  version: optionalField(z.coerce.number().int().min(1)),
})

/** Downloads: ?region=KZ-11&lang=ru (the report language; default kk). */
export const ReportDownloadQuery = z.object({
  region: optionalField(regionCode),
  lang: z.preprocess(blankAsAbsent, language.default('kk')),
})

/** /reports/:year/changes?region=&from=1&to=2 */
export const ReportChangesQuery = z.object({
  region: optionalField(regionCode),
  report_lang: optionalField(language),
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
})

export const PublishForm = z.object({
  intent: z.literal('publish'),
  region: optionalField(regionCode),
})

/** A file name of a download: `draft.pdf`, `v2.xlsx`. */
export function parseReportFile(
  file: string,
): { version: number | null; format: ReportFormat } | null {
  const match = /^(draft|v([1-9]\d{0,5}))\.([a-z]+)$/.exec(file)
  if (!match || !(REPORT_FORMATS as readonly string[]).includes(match[3]!)) return null
  return { version: match[2] ? Number(match[2]) : null, format: match[3] as ReportFormat }
}

// ── assembling ──────────────────────────────────────────────────────────────────────────────

export interface ReportKey {
  year: number
  /** null: the national report. */
  regionCode: string | null
}

/** The data version: a hash of what changes whenever facts or targets change. */
export async function currentReportDataVersion(db: Db): Promise<string> {
  return sha256Hex(canonicalJson(await dataVersionInputs(db))).slice(0, 16)
}

/** The measures whose data-quality note counts unrecorded case fields. */
const CASE_FIELD_MEASURES = new Set(['queue_wait_ok', 'first_time_correct', 'docs_correct'])

const REGION_LEVEL_OFFICES = {
  kk: 'Облыстық деңгейдегі кеңселер',
  ru: 'Офисы областного уровня',
  en: 'Region-level offices',
}

/**
 * The report model for a year and scope, through computeIndicators: one engine call for the
 * scope and one for its breakdown (regions of the nation, districts of a region), with `access`
 * applied in the SQL as everywhere. The caller has checked that the scope may be read.
 */
export async function assembleReport(
  db: Db,
  key: ReportKey,
  options: { asOf: string; access?: DataAccess },
): Promise<ReportModel> {
  const access = options.access ?? {}
  const region = key.regionCode ? await findRegion(db, key.regionCode) : null
  if (key.regionCode && !region) throw new UnknownScopeError('region', key.regionCode)
  const regionId = key.regionCode ? await findRegionId(db, key.regionCode) : undefined
  // The missing-field counts read the cases table itself (the rollups count recorded values
  // only): limit them to the standards whose indicators need those fields (the farm certificate).
  const caseFieldStandards = [
    ...new Set(
      (await listIndicators(db))
        .filter((i) => CASE_FIELD_MEASURES.has(i.measure))
        .map((i) => i.standardId),
    ),
  ].filter((id) => access.standardIds === undefined || access.standardIds.includes(id))
  const base = {
    year: key.year,
    period: 'year' as const,
    asOf: options.asOf,
    region: key.regionCode ?? undefined,
  }
  const [
    scope,
    breakdown,
    standards,
    groups,
    regions,
    nextYear,
    missing,
    dataVersion,
    through,
    standardEditions,
  ] = await Promise.all([
    computeIndicators(db, base, access),
    computeIndicators(db, { ...base, by: key.regionCode ? 'district' : 'region' }, access),
    listStandards(db),
    listIndicatorGroups(db),
    key.regionCode ? Promise.resolve([]) : listRegions(db, { year: key.year }),
    approvedTargetsByCode(db, key.year + 1),
    missingFieldCounts(db, {
      from: `${key.year}-01-01`,
      asOf: options.asOf,
      regionId,
      standardIds: caseFieldStandards,
    }),
    currentReportDataVersion(db),
    dataThroughOf(
      db,
      { regionIds: regionId !== undefined ? [regionId] : undefined },
      access,
      options.asOf,
    ),
    listStandardEditions(db),
  ])
  // Offices above the districts (the oblast akimat, its land department, the specialized
  // enterprise) have no district: in a district breakdown they are a unit of their own.
  const breakdownRows = breakdown.rows.map((r) =>
    key.regionCode && r.scope.code === null
      ? {
          ...r,
          scope: { ...r.scope, code: `${key.regionCode}-region`, name: REGION_LEVEL_OFFICES },
        }
      : r,
  )
  return buildReportModel({
    year: key.year,
    asOf: options.asOf,
    scope: region
      ? {
          level: 'region',
          code: region.code,
          name: { kk: region.nameKk, ru: region.nameRu, en: region.nameEn },
        }
      : { level: 'nation', code: null, name: null },
    dataVersion,
    dataThrough: through,
    standards: standards.map((s) => ({
      id: s.id,
      name: { kk: s.nameKk, ru: s.nameRu, en: s.nameEn },
      agency: { kk: s.agencyNameKk, ru: s.agencyNameRu, en: s.agencyNameEn },
      decreeNumber: s.decreeNumber,
      decreeDate: s.decreeDate,
      tableTitleKk: s.tableTitleKk,
      // The edition the year follows: the one in force on 1 January (decision 0033).
      edition: reportEditionOf(standardEditions, s.id, `${key.year}-01-01`, options.asOf),
    })),
    groups: groups.map((g) => ({
      standardId: g.standardId,
      slug: g.slug,
      position: g.position,
      heading: { kk: g.headingKk, ru: g.headingRu, en: g.headingEn },
    })),
    scopeRows: scope.rows,
    breakdownRows,
    breakdownLevel: key.regionCode ? 'district' : 'region',
    breakdownUnits: regions.map((r) => ({
      code: r.code,
      name: { kk: r.nameKk, ru: r.nameRu, en: r.nameEn },
    })),
    nextYearTargets: nextYear,
    missing: Object.fromEntries(
      missing.map((m): [string, MissingFields] => [
        m.standardId,
        {
          casesSubmitted: m.casesSubmitted,
          waitMissing: m.waitMissing,
          firstTimeMissing: m.firstTimeMissing,
          casesCompleted: m.casesCompleted,
          docsMissing: m.docsMissing,
        },
      ]),
    ),
  })
}

/** May this scope read this report (the nation, or one region)? */
export function canReadReport(scope: Scope, key: ReportKey): boolean {
  return key.regionCode === null
    ? canRead(scope, { nation: true })
    : canRead(scope, { regionCode: key.regionCode })
}

/** The live draft of a report, limited to the caller's scope (an agency chair: its standards). */
export async function draftReport(
  db: Db,
  scope: Scope,
  key: ReportKey,
  now: Date,
): Promise<{ model: ReportModel; edition: Edition }> {
  if (!canReadReport(scope, key)) throw new AccessDenied('outside the caller’s region')
  const model = await assembleReport(db, key, {
    asOf: asOfDate(key.year, todayInKazakhstan(now)),
    access: dataAccessOf(scope),
  })
  return { model, edition: { status: 'draft', renderedAt: now.toISOString() } }
}

// ── publishing ──────────────────────────────────────────────────────────────────────────────

export class PublishDenied extends Error {}

export interface Published {
  id: number
  version: number
  publishedAt: Date
  contentHash: string
  dataVersion: string
}

/**
 * Publishes a report: the model is assembled with every standard (a publication is the whole
 * report), frozen as canonical JSON with its SHA-256, stored as the next version of its edition,
 * and audited (`report.publish`).
 */
export async function publishReport(
  db: Db,
  user: AccountUser,
  key: ReportKey,
  source: AuditSource,
  now: Date = new Date(),
): Promise<Published> {
  if (!canPublishReport(user, { regionCode: key.regionCode })) {
    throw new PublishDenied(
      key.regionCode
        ? `${user.email} may not publish the report of ${key.regionCode}`
        : `${user.email} may not publish the national report`,
    )
  }
  const model = await assembleReport(db, key, { asOf: asOfDate(key.year, todayInKazakhstan(now)) })
  const snapshotJson = canonicalJson(model)
  const hash = sha256Hex(snapshotJson)
  const regionId = key.regionCode ? ((await findRegionId(db, key.regionCode)) ?? null) : null
  const inserted = await insertEdition(db, {
    year: key.year,
    regionId,
    dataVersion: model.dataVersion,
    contentHash: hash,
    snapshotJson,
    publishedBy: user.id,
  })
  await audit(db, {
    userId: user.id,
    action: 'report.publish',
    entity: 'published_report',
    entityId: inserted.id,
    after: {
      year: key.year,
      region: key.regionCode,
      version: inserted.version,
      dataVersion: model.dataVersion,
      contentHash: hash,
      asOf: model.asOf,
    },
    source,
  })
  return { ...inserted, contentHash: hash, dataVersion: model.dataVersion }
}

// ── published editions ──────────────────────────────────────────────────────────────────────

export interface LoadedEdition {
  row: EditionRow
  model: ReportModel
  edition: Edition
}

/**
 * A published edition, rendered from its snapshot alone. The snapshot is checked against its
 * content hash: a stored edition that no longer matches it is an error, never served.
 */
export async function loadEdition(
  db: Db,
  key: ReportKey & { version: number },
): Promise<LoadedEdition | null> {
  const found = await findEdition(db, key)
  if (!found) return null
  const { snapshot, ...row } = found
  if (contentHash(snapshot) !== row.contentHash) {
    throw new Error(`published report ${row.id}: the snapshot does not match its content hash`)
  }
  const model = snapshot as ReportModel
  if (model.schema !== REPORT_SCHEMA) {
    throw new Error(`published report ${row.id}: unknown snapshot schema ${String(model.schema)}`)
  }
  return {
    row,
    model,
    edition: {
      status: 'published',
      version: row.version,
      publishedAt: row.publishedAt.toISOString(),
      contentHash: row.contentHash,
    },
  }
}

/** The editions a scope may list: every one for the nation-wide roles, a region's own for it. */
export async function editionsInScope(
  db: Db,
  scope: Scope,
  filter: { year?: number } = {},
): Promise<EditionRow[]> {
  if (scope.regions === 'all') return listEditions(db, filter)
  return listEditions(db, { ...filter, regionCodes: scope.regions.codes })
}

export { listEditions }

// Rendered files of published editions never change: keep the last few in memory.
const RENDERED_CACHE_SIZE = 24
const rendered = new Map<string, Promise<Uint8Array>>()

export interface ReportFile {
  body: Uint8Array
  contentType: string
  fileName: string
}

export async function renderReportFile(
  loaded: { model: ReportModel; edition: Edition; row?: EditionRow },
  format: ReportFormat,
  lang: ReportLanguage,
): Promise<ReportFile> {
  const { model, edition } = loaded
  let body: Promise<Uint8Array>
  if (edition.status === 'published' && loaded.row) {
    const cacheKey = `${loaded.row.id}:${edition.contentHash}:${format}:${lang}`
    body = rendered.get(cacheKey) ?? renderReport(model, edition, format, lang)
    rendered.delete(cacheKey)
    rendered.set(cacheKey, body)
    body.catch(() => rendered.delete(cacheKey))
    while (rendered.size > RENDERED_CACHE_SIZE) rendered.delete(rendered.keys().next().value!)
  } else {
    body = renderReport(model, edition, format, lang)
  }
  return {
    body: await body,
    contentType: CONTENT_TYPES[format],
    fileName: reportFileName(model, edition, format, lang),
  }
}

export function reportFileResponse(file: ReportFile, cache: 'public' | 'private'): Response {
  return new Response(file.body as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `${file.fileName.endsWith('.pdf') || file.fileName.endsWith('.json') ? 'inline' : 'attachment'}; filename="${file.fileName}"`,
      'Content-Length': String(file.body.byteLength),
      // A published edition never changes; a draft does with every import.
      'Cache-Control':
        cache === 'public' ? 'public, max-age=31536000, immutable' : 'private, no-store',
    },
  })
}

/** The changes between two editions of the same report. */
export async function editionChanges(db: Db, key: ReportKey, from: number, to: number) {
  const [before, after] = await Promise.all([
    loadEdition(db, { ...key, version: from }),
    loadEdition(db, { ...key, version: to }),
  ])
  if (!before || !after) return null
  return { before, after, changes: diffReports(before.model, after.model) }
}
