// The drill-down (/indicators/:standard/:code): what one number is made of — its numerator and
// denominator with their definitions (docs/domain.md §3, the Methodology page's words), and for a
// case measure the cases themselves, counted and listed from the cases table with the engine's rules.
// The number is the engine's for the same scope, period and channel; the page shows both counts.
import type { Db } from '../../db/client.server'
import {
  countMeasureCases,
  isCaseMeasure,
  type CaseCounts,
  type CaseMeasure,
  type CaseScope,
  type CaseSubset,
} from '../../db/queries/case-lists'
import {
  findDistrictId,
  findOfficeId,
  findRegionId,
  indicatorsForEngine,
} from '../../db/queries/indicator-context'
import { findStandard, listDeadlineRules } from '../../db/queries/reference'
import { CASE_EXPORT_LIMIT, CASE_PAGE_SIZE, type DrillDownInput } from './query.server'
import { asOfDate, todayInKazakhstan } from '../domain/reporting-period'
import { MEASURE_SOURCE, MIN_SURVEY_ANSWERS, type MeasureSlug } from '../domain/measures'
import { periodsOfYear } from '../domain/periods'
import { localName, type Language } from '../i18n/languages'
import {
  caseNames,
  casePage,
  casesExport,
  defaultCaseSort,
  officeHref,
  panelMessages,
  type CasePage,
} from './panels.server'
import { cachedIndicators, currentDataVersion } from '../indicators/data-cache.server'
import type { DataAccess } from '../accounts/policy.server'
import { withHeading, type ExportTable } from '../exports/table-export.server'
import { fill } from '../i18n/fill'
import { translatorFor } from '../i18n/messages.server'
import { channelsOf } from './region-dashboard.server'

/** The default list of a case measure: what keeps it from 100 % (for 1.1, the late cases). */
export const DEFAULT_SUBSET: CaseSubset = 'rest'

export async function drillDown(
  db: Db,
  params: { standard: string; code: string },
  input: DrillDownInput,
  lang: Language,
  now: Date,
  /** The caller's limits (the route has authorised the query with indicatorAccess). */
  access: DataAccess,
  options: { pageSize?: number } = {},
) {
  const standard = await findStandard(db, params.standard)
  if (!standard) return null
  const indicators = await indicatorsForEngine(db, params.standard, access.standardIds)
  const indicator = indicators.find((i) => i.code === params.code)
  if (!indicator) return null
  const tr = translatorFor(lang)
  const measure = indicator.measure as MeasureSlug
  const { year, month } = input
  const asOf = asOfDate(year, todayInKazakhstan(now))
  const granularity = month === undefined ? 'year' : 'month'
  const label = month === undefined ? String(year) : `${year}-${String(month).padStart(2, '0')}`
  const period = periodsOfYear(year, granularity, asOf).find((p) => p.label === label) ?? null

  const version = await currentDataVersion(db)
  const result = await cachedIndicators(
    db,
    version,
    {
      year,
      period: granularity,
      standard: params.standard,
      region: input.region,
      district: input.district,
      office: input.office,
      channel: input.channel,
      asOf,
    },
    access,
  )
  const row = result.rows.find((r) => r.code === params.code && r.period === label) ?? null
  const rules = await listDeadlineRules(db, { standardId: params.standard })
  const channel = input.channel
    ? (channelsOf(rules, lang).find((c) => c.code === input.channel) ?? {
        code: input.channel,
        name: input.channel,
      })
    : null
  const level = input.office
    ? 'office'
    : input.district
      ? 'district'
      : input.region
        ? 'region'
        : 'nation'
  const scopeName = row?.scope.name?.[lang] ?? tr.t('region.drillDown.nation')
  const back =
    level === 'office'
      ? officeHref(input.office!, year, params.standard)
      : input.region
        ? `/regions/${input.region}?year=${year}&standard=${params.standard}${channel ? `&channel=${channel.code}` : ''}`
        : null

  let cases: {
    measure: CaseMeasure
    counts: CaseCounts
    subset: CaseSubset
    list: CasePage
  } | null = null
  if (isCaseMeasure(measure) && period) {
    const caseScope: CaseScope = {
      measure,
      standardId: params.standard,
      from: period.start,
      to: period.end,
      regionId: input.region ? await findRegionId(db, input.region) : undefined,
      districtId: input.district ? await findDistrictId(db, input.district) : undefined,
      officeId: input.office ? await findOfficeId(db, input.office) : undefined,
      channel: input.channel,
      allowedRegionIds: access.regionIds,
      allowedStandardIds: access.standardIds,
    }
    // The figure's counts are the engine's row for the same filters (the rollups; equal to a count
    // of the cases — test/db/region-dashboard.test.ts): counting the cases themselves read every
    // case of the scope's period, 550 of the page's 620 ms for a region's year at 5M cases.
    const counts: CaseCounts = row
      ? { numerator: row.numerator, denominator: row.denominator }
      : await countMeasureCases(db, caseScope)
    const subset = input.cases ?? DEFAULT_SUBSET
    const total =
      subset === 'numerator'
        ? counts.numerator
        : subset === 'denominator'
          ? counts.denominator
          : counts.denominator - counts.numerator
    const order = defaultCaseSort(measure)
    const list = await casePage(db, {
      version,
      scope: caseScope,
      subset,
      asOf,
      total,
      page: input.page ?? 1,
      pageSize: options.pageSize ?? CASE_PAGE_SIZE,
      sort: input.sort ?? order.sort,
      dir: input.dir ?? order.dir,
      lang,
      names: caseNames(rules, lang),
      officeHref: (office) => officeHref(office, year, params.standard),
    })
    cases = { measure, counts, subset, list }
  }

  const definition = `methodology.measures.byMeasure.${measure}` as const
  return {
    lang,
    messages: panelMessages(lang),
    indicator: {
      standard: params.standard,
      standardName: localName(standard, lang),
      code: indicator.code,
      name: localName(indicator, lang),
      shortName: tr.t(`dashboard.measureShort.${measure}`),
      measure,
      source: MEASURE_SOURCE[measure],
      normative: indicator.normativeAsPrinted,
      normativeRef: indicator.normativeKind
        ? {
            asPrinted: indicator.normativeAsPrinted!,
            kind: indicator.normativeKind,
            low: indicator.normativeLow,
            high: indicator.normativeHigh,
          }
        : null,
    },
    scope: { level, name: scopeName, code: row?.scope.code ?? null, back },
    year,
    /** The data version the numbers were computed at (decision 0007), for downloads' headers. */
    dataVersion: version,
    month: month ?? null,
    asOf,
    channel,
    row: row && {
      value: row.value,
      status: row.status,
      numerator: row.numerator,
      denominator: row.denominator,
      target: row.target,
      ciLow: row.ciLow,
      ciHigh: row.ciHigh,
      coverage: row.coverage,
    },
    definition: {
      plain: tr.t(`${definition}.plain`),
      numerator: tr.t(`${definition}.numerator`),
      denominator: tr.t(`${definition}.denominator`),
      periodKey: tr.t(`${definition}.periodKey`),
      // The survey notes name the minimum number of answers the status needs.
      notes: tr
        .texts(`${definition}.notes`)
        .map((note) => fill(note, { minAnswers: tr.number(MIN_SURVEY_ANSWERS) })),
    },
    cases,
  }
}

export type DrillDownData = NonNullable<Awaited<ReturnType<typeof drillDown>>>

/**
 * The drill-down's case list as a download: every case of the chosen subset (no paging). Asked
 * as the page is (its paging and page size aside).
 */
export async function drillDownExport(
  ...[db, params, input, lang, now, access]: Parameters<typeof drillDown>
): Promise<ExportTable | null> {
  const view = await drillDown(db, params, { ...input, page: 1 }, lang, now, access, {
    pageSize: CASE_EXPORT_LIMIT,
  })
  if (!view?.cases) return null
  const scope = [input.region, input.district, input.office].filter(Boolean).join('-') || 'KZ'
  const period = input.month ? `${input.year}-${String(input.month).padStart(2, '0')}` : input.year
  const name = [
    'sapa',
    scope,
    period,
    params.standard,
    params.code,
    input.channel,
    view.cases.subset,
  ]
    .filter(Boolean)
    .join('-')
  const tr = translatorFor(lang)
  const file = casesExport(name, tr.t('region.drillDown.caseList'), view.cases.list.rows, tr)
  return withHeading(file, tr, {
    subject: `${view.indicator.code} ${view.indicator.name}`,
    scope: [view.scope.name, period],
    dataVersion: view.dataVersion,
  })
}
