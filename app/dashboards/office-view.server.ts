// The office view (/offices/:id): one office's cards and months for a standard and year, and its
// late and open-overdue cases — the region dashboard's numbers for a single office, from the same
// engine. The office must be inside the caller's scope in that year (AccessDenied otherwise).
import type { Db } from '../../db/client.server'
import { caseYearRange } from '../../db/queries/data-years'
import { CASE_EXPORT_LIMIT, CASE_PAGE_SIZE, type OfficeViewInput } from './query.server'
import { pagePeriod, todayInKazakhstan } from '../domain/reporting-period'
import { translatorFor } from '../i18n/messages.server'
import { localPhone } from '../reference/phone-labels'
import { localName, type Language } from '../i18n/languages'
import {
  buildCards,
  dashboardDownload,
  type DrillTarget,
  latePanel,
  panelMessages,
  referenceLookups,
} from './panels.server'
import { cached, cachedIndicators, currentDataVersion } from '../indicators/data-cache.server'
import { cachedProjections } from '../indicators/projection.server'
import { indicatorAccess, type Scope } from '../accounts/policy.server'
import type { ExportTable } from '../exports/table-export.server'
import { channelsOf, inEngineOrder, UnknownStandardError } from './region-dashboard.server'
import { dataThroughOf } from '../monitoring/freshness.server'
import { periodEdition, standardEditionsByPeriod } from '../reference/views.server'

export async function officeView(
  db: Db,
  code: string,
  input: OfficeViewInput,
  lang: Language,
  now: Date,
  scope: Scope,
  options: { latePageSize?: number } = {},
) {
  const version = await currentDataVersion(db)
  const lookup = referenceLookups(db, version)
  const officeId = await lookup.officeId(code)
  if (officeId === undefined) return null
  const range = await cached(db, version, `case-years:office:${officeId}`, () =>
    caseYearRange(db, { officeId }),
  )
  const period = pagePeriod(range, input.year, todayInKazakhstan(now))
  const { year, asOf, previous: before } = period
  // Policy first: a regional user may open only an office of its own region in that year.
  const access = await indicatorAccess(db, scope, { office: code, year, standard: input.standard })
  const profile = (await lookup.officeProfile(code, year))!
  const tr = translatorFor(lang)
  const allStandards = inEngineOrder(await lookup.standards())
  const readable = allStandards.filter(
    (s) => scope.standards === 'all' || scope.standards.includes(s.id),
  )
  if (input.standard !== undefined && !readable.some((s) => s.id === input.standard)) {
    throw new UnknownStandardError(input.standard)
  }
  const served = new Set(profile.services.map((s) => s.standardId))
  const standards = readable.filter((s) => served.has(s.id))
  const standardId = input.standard ?? standards[0]?.id
  const region = profile.regions[0] ?? null
  const channelNames = new Map<string, string>()
  for (const s of standards) {
    for (const c of channelsOf(await lookup.rules(s.id), lang)) {
      channelNames.set(c.code, c.name)
    }
  }
  const base = {
    lang,
    messages: panelMessages(lang),
    year,
    /** The data version the numbers were computed at (decision 0007), for downloads' headers. */
    dataVersion: version,
    years: period.years,
    asOf,
    office: {
      code: profile.code,
      name: localName(profile, lang),
      nameKk: profile.nameKk,
      kind: profile.kind,
      addressKk: profile.addressKk,
      phone: profile.phone && localPhone(profile.phone, translatorFor(lang).t),
      district:
        profile.districtCode !== null
          ? localName(
              {
                nameKk: profile.districtNameKk!,
                nameRu: profile.districtNameRu!,
                nameEn: profile.districtNameEn!,
              },
              lang,
            )
          : null,
      region: region ? { code: region.code, name: localName(region, lang) } : null,
      services: standards.map((s) => ({
        id: s.id,
        name: localName(s, lang),
        channels: profile.services
          .filter((x) => x.standardId === s.id)
          .map((x) => channelNames.get(x.channel) ?? x.channel),
      })),
    },
    standards: standards.map((s) => ({ id: s.id, name: localName(s, lang) })),
  }
  if (standardId === undefined) return { ...base, dashboard: null }

  const rules = await lookup.rules(standardId)
  const query = { period: 'year' as const, standard: standardId, office: code }
  const target: DrillTarget = { year, office: code }
  const [yearResult, previousResult, monthResult] = await Promise.all([
    cachedIndicators(db, version, { ...query, year, asOf }, access),
    cachedIndicators(db, version, { ...query, year: before.year, asOf: before.asOf }, access),
    cachedIndicators(db, version, { ...query, year, asOf, period: 'month' }, access),
  ])
  const projections = await cachedProjections(
    db,
    version,
    { standard: standardId, office: code, asOf },
    access,
  )
  // "Data through": the office's latest record of the standard (decision 0028).
  const throughView = { officeId, standardIds: [standardId] }
  const [dataThrough, edition] = await Promise.all([
    cached(db, version, `through:${JSON.stringify([throughView, access, asOf])}`, () =>
      dataThroughOf(db, throughView, access, asOf),
    ),
    // The edition of the standard the year's figures follow (decision 0033).
    periodEdition(db, standardId, { start: `${year}-01-01`, end: asOf }, lang),
  ])
  const cards = buildCards({
    year,
    yearRows: yearResult.rows,
    previousRows: previousResult.rows,
    monthRows: monthResult.rows,
    tr,
    projections,
  })

  const late = await latePanel(db, {
    version,
    rows: yearResult.rows,
    standardId,
    year,
    asOf,
    unit: { officeId, office: code },
    access,
    page: { ...input, size: options.latePageSize ?? CASE_PAGE_SIZE },
    rules,
    lang,
  })
  return {
    ...base,
    dataThrough,
    edition,
    dashboard: {
      drill: { standard: standardId, target },
      standard: {
        id: standardId,
        name: localName(
          allStandards.find((s) => s.id === standardId)!,
          lang,
        ),
      },
      served: served.has(standardId),
      cards,
      late,
    },
  }
}

export type OfficeViewData = NonNullable<Awaited<ReturnType<typeof officeView>>>

export type OfficeTable = 'indicators' | 'monthly' | 'late'

/** One table of the office view as a download (the late cases without paging). */
export async function officeExport(
  db: Db,
  code: string,
  input: OfficeViewInput,
  table: OfficeTable,
  lang: Language,
  now: Date,
  scope: Scope,
): Promise<ExportTable | null> {
  const view = await officeView(db, code, { ...input, lpage: 1 }, lang, now, scope, {
    latePageSize: table === 'late' ? CASE_EXPORT_LIMIT : undefined,
  })
  const d = view?.dashboard
  if (!view || !d) return null
  return dashboardDownload({
    name: ['sapa', view.office.code, view.year, d.standard.id, table].join('-'),
    table,
    subject: `${view.office.name} · ${d.standard.name}`,
    year: view.year,
    asOf: view.asOf,
    dataVersion: view.dataVersion,
    panels: d,
    tr: translatorFor(lang),
    editionOf: await standardEditionsByPeriod(db, d.standard.id),
  })
}
