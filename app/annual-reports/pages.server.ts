// The doors of the annual reports: the pages' loaders and action (/reports, /reports/:year, the
// changes page), the signed-in downloads of drafts, and the public open-data page and files.
// Routes call one function each; the work is in app/annual-reports/editions.server.ts.
import { reportTextsData } from '../../reports/texts.server'
import { redirect, type AppLoadContext } from '@remix-run/node'
import { z } from 'zod'
import { listRegions } from '../../db/queries/reference'
import { resolveLanguage } from '../i18n/language.server'
import { auditSource } from '../accounts/audit.server'
import { pageNotFound, parsePageInput, queryObject, readForm } from '../http/request-input.server'
import { defaultReportYear, todayInKazakhstan, yearOf } from '../domain/reporting-period'
import { UnknownScopeError } from '../indicators/engine.server'
import {
  canPublishReport,
  pageOutOfScope,
  requireCsrf,
  requireUser,
  userScope,
  type Scope,
} from '../accounts/policy.server'
import {
  canReadReport,
  draftReport,
  editionChanges,
  editionsInScope,
  listEditions,
  loadEdition,
  parseReportFile,
  publishReport,
  PublishDenied,
  PublishForm,
  renderReportFile,
  reportFileResponse,
  ReportChangesQuery,
  ReportDownloadQuery,
  ReportPageQuery,
  type ReportKey,
} from './editions.server'
import { regionCode, reportingYear } from '../http/input-schemas.server'
import { REPORT_FORMATS, type ReportFormat } from '../../reports/render'
import type { EditionRow } from '../../db/queries/published-reports'
import type { ReportLanguage } from '../../reports/model'
import { pageMessages, translatorFor } from '../i18n/messages.server'

/** The scope segment of an open-data address: `national` or a region's ISO code. */
export const scopeSegment = (regionCode: string | null) => regionCode ?? 'national'

export function openDataHref(
  edition: { year: number; regionCode: string | null; version: number },
  format: ReportFormat,
  lang?: ReportLanguage,
): string {
  const path = `/open-data/${edition.year}/${scopeSegment(edition.regionCode)}/v${edition.version}.${format}`
  return lang && lang !== 'kk' ? `${path}?lang=${lang}` : path
}

function draftHref(key: ReportKey, format: ReportFormat, lang: ReportLanguage): string {
  const params = new URLSearchParams()
  if (key.regionCode) params.set('region', key.regionCode)
  params.set('lang', lang)
  return `/reports/${key.year}/draft.${format}?${params}`
}

function editionView(row: EditionRow) {
  return {
    year: row.year,
    regionCode: row.regionCode,
    regionName: row.regionNameKk
      ? { kk: row.regionNameKk, ru: row.regionNameRu ?? '', en: row.regionNameEn ?? '' }
      : null,
    version: row.version,
    publishedAt: row.publishedAt.toISOString(),
    publishedByName: row.publishedByName,
    dataVersion: row.dataVersion,
    contentHash: row.contentHash,
  }
}

/** The regions a scope may choose in the report form (valid in the year). */
async function regionChoices(context: AppLoadContext, scope: Scope, year: number) {
  const regions = await listRegions(context.db, { year })
  return regions
    .filter((r) => canReadReport(scope, { year, regionCode: r.code }))
    .map((r) => ({ code: r.code, name: { kk: r.nameKk, ru: r.nameRu, en: r.nameEn } }))
}

function reportYear(raw: string | undefined): number {
  const parsed = reportingYear.safeParse(raw)
  if (!parsed.success) throw pageNotFound('error.notFound.body')
  return parsed.data
}

// ── /reports ────────────────────────────────────────────────────────────────────────────────

export async function reportsIndexPage(request: Request, context: AppLoadContext) {
  const user = await requireUser(request, context)
  const url = new URL(request.url)
  // The form's GET: go to the report itself.
  const year = url.searchParams.get('year')
  if (year && reportingYear.safeParse(year).success) {
    const params = new URLSearchParams()
    for (const name of ['region', 'report_lang']) {
      const value = url.searchParams.get(name)
      if (value) params.set(name, value)
    }
    throw redirect(`/reports/${Number(year)}${params.size ? `?${params}` : ''}`)
  }
  const { lang } = resolveLanguage(request)
  const scope = await userScope(context.db, user)
  const today = todayInKazakhstan(new Date())
  const current = yearOf(today)
  const defaultYear = defaultReportYear(today)
  return {
    messages: pageMessages(lang, 'reports'),
    title: translatorFor(lang).t('reports.pages.title'),
    lang,
    years: [current, current - 1, current - 2, current - 3],
    defaultYear,
    nationReadable: canReadReport(scope, { year: defaultYear, regionCode: null }),
    regions: await regionChoices(context, scope, defaultYear),
    editions: (await editionsInScope(context.db, scope)).map(editionView),
  }
}

// ── /reports/:year ──────────────────────────────────────────────────────────────────────────

export async function reportPage(
  request: Request,
  context: AppLoadContext,
  params: { year?: string },
) {
  const user = await requireUser(request, context)
  const year = reportYear(params.year)
  const query = parsePageInput(ReportPageQuery, queryObject(request))
  const { lang } = resolveLanguage(request)
  const reportLang = query.report_lang ?? lang
  const scope = await userScope(context.db, user)
  const key: ReportKey = { year, regionCode: query.region ?? null }
  if (!canReadReport(scope, key)) throw pageOutOfScope()

  let loaded
  try {
    loaded =
      query.version !== undefined
        ? await loadEdition(context.db, { ...key, version: query.version })
        : await draftReport(context.db, scope, key, new Date())
  } catch (error) {
    if (error instanceof UnknownScopeError) throw pageNotFound('error.notFound.body')
    throw error
  }
  if (!loaded) throw pageNotFound('error.notFound.body')
  const { model, edition } = loaded
  const editions = (await listEditions(context.db, { year, regionCode: key.regionCode })).map(
    editionView,
  )
  const downloads = REPORT_FORMATS.map((format) => ({
    format,
    href:
      edition.status === 'published'
        ? openDataHref(
            { year, regionCode: key.regionCode, version: edition.version },
            format,
            reportLang,
          )
        : draftHref(key, format, reportLang),
  }))
  const url = new URL(request.url)
  return {
    messages: pageMessages(lang, 'reports'),
    title: translatorFor(lang).t('reports.pages.title'),
    lang,
    reportLang,
    /** The report language's texts for the HTML view (it renders in the browser too). */
    reportTexts: reportTextsData(reportLang),
    key,
    model,
    edition,
    editions,
    downloads,
    nationReadable: canReadReport(scope, { year, regionCode: null }),
    regions: await regionChoices(context, scope, year),
    canPublish: edition.status === 'draft' && canPublishReport(user, key),
    publishedNotice: url.searchParams.get('published') === '1' && edition.status === 'published',
  }
}

export async function reportPublishAction(
  request: Request,
  context: AppLoadContext,
  params: { year?: string },
) {
  const user = await requireUser(request, context)
  const form = await readForm(request)
  requireCsrf(request, context, form, user)
  const year = reportYear(params.year)
  const parsed = PublishForm.safeParse(Object.fromEntries(form))
  if (!parsed.success) throw pageNotFound('error.notFound.body')
  const key: ReportKey = { year, regionCode: parsed.data.region ?? null }
  const scope = await userScope(context.db, user)
  if (!canReadReport(scope, key) || !canPublishReport(user, key)) throw pageOutOfScope()
  try {
    const published = await publishReport(context.db, user, key, auditSource(request, context))
    const search = new URLSearchParams()
    if (key.regionCode) search.set('region', key.regionCode)
    search.set('version', String(published.version))
    search.set('published', '1')
    const reportLang = form.get('report_lang')
    if (typeof reportLang === 'string' && reportLang) search.set('report_lang', reportLang)
    throw redirect(`/reports/${year}?${search}`)
  } catch (error) {
    if (error instanceof PublishDenied) throw pageOutOfScope()
    if (error instanceof UnknownScopeError) throw pageNotFound('error.notFound.body')
    throw error
  }
}

// ── /reports/:year/changes ──────────────────────────────────────────────────────────────────

export async function reportChangesPage(
  request: Request,
  context: AppLoadContext,
  params: { year?: string },
) {
  const user = await requireUser(request, context)
  const year = reportYear(params.year)
  const query = parsePageInput(ReportChangesQuery, queryObject(request))
  const { lang } = resolveLanguage(request)
  const key: ReportKey = { year, regionCode: query.region ?? null }
  const scope = await userScope(context.db, user)
  if (!canReadReport(scope, key)) throw pageOutOfScope()
  const result = await editionChanges(context.db, key, query.from, query.to)
  if (!result) throw pageNotFound('error.notFound.body')
  const reportLang = query.report_lang ?? lang
  return {
    messages: pageMessages(lang, 'reports'),
    title: translatorFor(lang).t('reports.pages.changesTitle'),
    lang,
    reportLang,
    key,
    scopeName:
      result.after.model.scope.name?.[reportLang] ?? translatorFor(reportLang).t('reports.nation'),
    from: editionView(result.before.row),
    to: editionView(result.after.row),
    changes: result.changes,
    versions: (await listEditions(context.db, { year, regionCode: key.regionCode })).map(
      (e) => e.version,
    ),
  }
}

// ── downloads ───────────────────────────────────────────────────────────────────────────────

const FileParams = z.object({ year: z.string(), file: z.string() })

/** /reports/:year/draft.pdf?region=&lang= — the live draft, for a signed-in reader of its scope. */
export async function reportDraftDownload(
  request: Request,
  context: AppLoadContext,
  params: Record<string, string | undefined>,
) {
  const user = await requireUser(request, context)
  const { year: rawYear, file } = FileParams.parse(params)
  const year = reportYear(rawYear)
  const parsedFile = parseReportFile(file)
  if (!parsedFile) throw new Response('Not found', { status: 404 })
  const query = ReportDownloadQuery.safeParse(queryObject(request))
  if (!query.success) throw new Response('Bad request', { status: 400 })
  const key: ReportKey = { year, regionCode: query.data.region ?? null }
  const scope = await userScope(context.db, user)
  if (!canReadReport(scope, key)) throw new Response('Not found', { status: 404 })
  try {
    const loaded =
      parsedFile.version === null
        ? await draftReport(context.db, scope, key, new Date())
        : await loadEdition(context.db, { ...key, version: parsedFile.version })
    if (!loaded) throw new Response('Not found', { status: 404 })
    const file = await renderReportFile(loaded, parsedFile.format, query.data.lang)
    return reportFileResponse(file, parsedFile.version === null ? 'private' : 'public')
  } catch (error) {
    if (error instanceof UnknownScopeError) throw new Response('Not found', { status: 404 })
    throw error
  }
}

// ── open data ───────────────────────────────────────────────────────────────────────────────

/** /open-data — every published edition, public. */
export async function openDataPage(request: Request, context: AppLoadContext) {
  const { lang } = resolveLanguage(request)
  const editions = (await listEditions(context.db)).map(editionView)
  return {
    messages: pageMessages(lang, 'reports'),
    title: translatorFor(lang).t('reports.pages.openDataTitle'),
    lang,
    editions: editions.map((e) => ({
      ...e,
      files: REPORT_FORMATS.map((format) => ({
        format,
        href: openDataHref(e, format),
        hrefInLanguage: openDataHref(e, format, lang),
      })),
    })),
  }
}

const OpenDataParams = z.object({
  year: z.string(),
  scope: z.union([z.literal('national'), regionCode]),
  file: z.string(),
})

/**
 * /open-data/:year/:scope/v:N.:format — a published edition rendered from its frozen snapshot.
 * Public; nothing unpublished is reachable here (a draft has no version number).
 */
export async function openDataDownload(
  request: Request,
  context: AppLoadContext,
  params: Record<string, string | undefined>,
) {
  const notFound = () =>
    new Response('Not found: only published reports are served here.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  const parsed = OpenDataParams.safeParse(params)
  const year = reportingYear.safeParse(params.year)
  if (!parsed.success || !year.success) return notFound()
  const file = parseReportFile(parsed.data.file)
  if (!file || file.version === null) return notFound()
  const query = ReportDownloadQuery.safeParse(queryObject(request))
  if (!query.success) {
    return new Response('Bad request: lang must be kk, ru or en.', { status: 400 })
  }
  const regionCode = parsed.data.scope === 'national' ? null : parsed.data.scope
  const loaded = await loadEdition(context.db, {
    year: year.data,
    regionCode,
    version: file.version,
  })
  if (!loaded) return notFound()
  const rendered = await renderReportFile(loaded, file.format, query.data.lang)
  return reportFileResponse(rendered, 'public')
}
