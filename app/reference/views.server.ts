// Reference data for the pages (/standards, /regions) and the JSON API (/api/v1/…): the input
// schemas of those doors, and the view models shaped from db/queries/reference.ts.
import { z } from 'zod'
import type { Db } from '../../db/client.server'
import {
  findRegion,
  findStandard,
  listChannels,
  listDeadlineRules,
  listIndicatorGroups,
  listIndicators,
  listOffices,
  listRegionDistricts,
  listRegions,
  listStandards,
  type DeadlineRuleRow,
  type IndicatorGroupRow,
  type IndicatorDefinitionRow,
  type OfficeRow,
  type StandardRow,
} from '../../db/queries/reference'
import { listEditions, type EditionRow } from '../../db/queries/standard-editions'
import { editionOfPeriod, editionOn, type EditionStanding } from '../domain/editions'
import { REFERENCE_YEARS } from '../domain/year-range'
import { referenceYear, regionCode, standardId } from '../http/input-schemas.server'
import { localName, locales, type Language } from '../i18n/languages'
import { translatorFor } from '../i18n/messages.server'
import type { ReportEdition } from '../../reports/model'
import { localPhone } from './phone-labels'

// ── input ───────────────────────────────────────────────────────────────────────────────────

/** A region code as typed into a URL: spaces around it and lower case are forgiven here. */
const typedRegionCode = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'is required: an ISO 3166-2:KZ code such as KZ-11'
        : 'must be an ISO 3166-2:KZ code such as KZ-11',
  })
  .trim()
  .toUpperCase()
  .pipe(regionCode)

/** `/standards/:id` */
export const StandardParams = z.object({ id: standardId })

/** `/regions/:code` */
export const RegionParams = z.object({ code: typedRegionCode })

/** `?year=` of /regions, /regions/:code and /api/v1/regions */
export const YearQuery = z.object({ year: referenceYear.optional() })

/** `?region=&year=` of /api/v1/offices */
export const OfficesQuery = z.object({ region: typedRegionCode, year: referenceYear.optional() })

export const yearHint = {
  year: {
    key: 'error.yearHint' as const,
    params: { min: REFERENCE_YEARS.first, max: REFERENCE_YEARS.last },
  },
}

// ── shared shaping ──────────────────────────────────────────────────────────────────────────

export interface LocalText {
  text: string
  /** The language the text is actually in (another one when the preferred one is missing). */
  lang: Language
}

const fallbackOrder: Record<Language, Language[]> = {
  kk: ['kk', 'ru', 'en'],
  ru: ['ru', 'en', 'kk'],
  en: ['en', 'ru', 'kk'],
}

function localText(values: Record<Language, string | null>, lang: Language): LocalText | null {
  for (const candidate of fallbackOrder[lang]) {
    const text = values[candidate]
    if (text) return { text, lang: candidate }
  }
  return null
}

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>()
  for (const row of rows) {
    const list = map.get(key(row))
    if (list) list.push(row)
    else map.set(key(row), [row])
  }
  return map
}

/** A membership that covers only part of `year`: the bounds that fall inside it. */
export interface PartialPeriod {
  from: string | null
  to: string | null
}

function partOfYear(from: string | null, to: string | null, year: number): PartialPeriod | null {
  const startsInside = from !== null && from > `${year}-01-01`
  const endsInside = to !== null && to < `${year}-12-31`
  if (!startsInside && !endsInside) return null
  return { from: startsInside ? from : null, to: endsInside ? to : null }
}

// ── standards pages ─────────────────────────────────────────────────────────────────────────

function standardSummary(row: StandardRow, lang: Language) {
  return {
    id: row.id,
    name: localName(row, lang),
    nameKk: row.nameKk,
    agency: localName(
      { nameKk: row.agencyNameKk, nameRu: row.agencyNameRu, nameEn: row.agencyNameEn },
      lang,
    ),
    approver: localName(
      { nameKk: row.approverKk, nameRu: row.approverRu, nameEn: row.approverEn },
      lang,
    ),
    decreeNumber: row.decreeNumber,
    decreeDate: row.decreeDate,
    cancelledBy:
      row.cancelledByNumber !== null && row.cancelledByDate !== null
        ? { number: row.cancelledByNumber, date: row.cancelledByDate }
        : null,
    indicatorCount: row.indicatorCount,
  }
}

/** One edition as the pages show it (decision 0033). */
function editionView(e: EditionRow, lang: Language) {
  return {
    number: e.edition,
    act: localName({ nameKk: e.actNameKk, nameRu: e.actNameRu, nameEn: e.actNameEn }, lang),
    actNumber: e.actNumber,
    actDate: e.actDate,
    validFrom: e.validFrom,
    validTo: e.validTo,
    cancelledBy:
      e.cancelledByNumber !== null && e.cancelledByDate !== null
        ? { number: e.cancelledByNumber, date: e.cancelledByDate }
        : null,
  }
}

/**
 * The edition the standard's figures follow on `today`: in force, or — after the last edition's
 * cancellation — continued until a successor is loaded.
 */
function followedEdition(editions: EditionRow[], today: string, lang: Language) {
  const on = editionOn(editions, today)
  if (!on) return null
  return { ...editionView(on.edition, lang), standing: on.standing as EditionStanding }
}

/**
 * The edition a period's figures follow (the one in force on its first day) and every edition the
 * period spans, for the pages that show one standard's figures for a year.
 */
export async function periodEdition(
  db: Db,
  standardId: string,
  period: { start: string; end: string },
  lang: Language,
) {
  const of = editionOfPeriod(await listEditions(db, [standardId]), period.start, period.end)
  if (!of) return null
  return {
    ...editionView(of.edition, lang),
    standing: of.standing as EditionStanding,
    spans: of.spans,
  }
}

/**
 * The edition a period [start, end] of a standard follows, as the annual report and the table
 * downloads word it (reports/texts.ts standardEditionLines): its number, act, standing and the
 * editions the period spans. `editions` may hold other standards' too.
 */
export function reportEditionOf(
  editions: readonly EditionRow[],
  standardId: string,
  start: string,
  end: string,
): ReportEdition | undefined {
  const of = editionOfPeriod(
    editions.filter((e) => e.standardId === standardId),
    start,
    end,
  )
  if (!of) return undefined
  const e = of.edition
  return {
    number: e.edition,
    act: { kk: e.actNameKk, ru: e.actNameRu, en: e.actNameEn },
    standing: of.standing,
    cancelledBy:
      e.cancelledByNumber !== null && e.cancelledByDate !== null
        ? { number: e.cancelledByNumber, date: e.cancelledByDate }
        : null,
    spans: of.spans,
  }
}

/** Of one standard: the edition each period follows (reportEditionOf), from one read. */
export async function standardEditionsByPeriod(db: Db, standardId: string) {
  const editions = await listEditions(db, [standardId])
  return (start: string, end: string) => reportEditionOf(editions, standardId, start, end)
}

function editionsByStandard(rows: EditionRow[]) {
  return groupBy(rows, (e) => e.standardId)
}

export async function standardsPage(db: Db, lang: Language, today: string) {
  const [rows, editions] = await Promise.all([listStandards(db), listEditions(db)])
  const byStandard = editionsByStandard(editions)
  return {
    standards: rows.map((row) => ({
      ...standardSummary(row, lang),
      edition: followedEdition(byStandard.get(row.id) ?? [], today, lang),
      editionCount: byStandard.get(row.id)?.length ?? 0,
    })),
  }
}

function ruleView(rule: DeadlineRuleRow, lang: Language) {
  return {
    channel: rule.channel,
    channelName: localName(
      { nameKk: rule.channelNameKk, nameRu: rule.channelNameRu, nameEn: rule.channelNameEn },
      lang,
    ),
    variant: rule.variant,
    variantName: localName(
      { nameKk: rule.variantNameKk, nameRu: rule.variantNameRu, nameEn: rule.variantNameEn },
      lang,
    ),
    termAmount: rule.termAmount,
    termUnit: rule.termUnit,
    maxWaitMinutes: rule.maxWaitMinutes,
    maxServiceMinutes: rule.maxServiceMinutes,
    termAsPrintedKk: rule.termAsPrintedKk,
    interpretation: localText(
      { kk: rule.interpretationKk, ru: rule.interpretationRu, en: rule.interpretationEn },
      lang,
    ),
  }
}

function indicatorTable(
  groups: IndicatorGroupRow[],
  indicators: IndicatorDefinitionRow[],
  lang: Language,
) {
  const byGroup = groupBy(indicators, (i) => i.groupSlug)
  return groups.map((group) => ({
    slug: group.slug,
    headingKk: group.headingKk,
    heading: localName(
      { nameKk: group.headingKk, nameRu: group.headingRu, nameEn: group.headingEn },
      lang,
    ),
    indicators: (byGroup.get(group.slug) ?? []).map((i) => ({
      code: i.code,
      nameKk: i.nameKk,
      name: localName(i, lang),
      measure: i.measure,
      normativeAsPrinted: i.normativeAsPrinted,
      normativeKind: i.normativeKind,
      normativeLow: i.normativeLow,
      normativeHigh: i.normativeHigh,
      direction: i.direction,
    })),
  }))
}

/** The standard page's view model, or null for an unknown id. */
export async function standardPage(db: Db, lang: Language, id: string, today: string) {
  const row = await findStandard(db, id)
  if (!row) return null
  const editions = await listEditions(db, [id])
  const rules = await listDeadlineRules(db, { standardId: id })
  const groups = await listIndicatorGroups(db, { standardId: id })
  const indicators = await listIndicators(db, { standardId: id })
  return {
    standard: {
      ...standardSummary(row, lang),
      // The amendments' descriptions exist in English only: shown on English pages alone.
      amendments: row.amendments.map((a) => ({
        number: a.number,
        date: a.date,
        what: lang === 'en' ? a.whatEn : null,
      })),
      complaintReviewDays: row.complaintReviewDays,
      tableTitleKk: row.tableTitleKk,
      notes: localText({ kk: row.notesKk, ru: row.notesRu, en: row.notesEn }, lang),
    },
    editions: editions.map((e) => editionView(e, lang)),
    followed: followedEdition(editions, today, lang),
    rules: rules.map((rule) => ruleView(rule, lang)),
    groups: indicatorTable(groups, indicators, lang),
  }
}

// ── regions pages ───────────────────────────────────────────────────────────────────────────

export async function regionsPage(db: Db, lang: Language, year: number) {
  const rows = await listRegions(db, { year })
  const collator = new Intl.Collator(locales[lang])
  const regions = rows.map((r) => ({
    code: r.code,
    name: localName(r, lang),
    nameKk: r.nameKk,
    kind: r.kind,
    timeZone: r.timeZone,
    validFrom: r.validFrom,
    validTo: r.validTo,
    formedFrom:
      r.formedFromCode !== null
        ? localName(
            {
              nameKk: r.formedFromNameKk!,
              nameRu: r.formedFromNameRu!,
              nameEn: r.formedFromNameEn!,
            },
            lang,
          )
        : null,
    districtCount: r.districtCount,
    officeCount: r.officeCount,
  }))
  // Oblasts first, then the cities of republican significance, each by name in the UI language.
  regions.sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === 'oblast' ? -1 : 1) || collator.compare(a.name, b.name),
  )
  return { year, regions }
}

const officeKindOrder = [
  'akimat_apparatus',
  'land_relations_department',
  'public_service_center',
  'specialized_enterprise',
]

/** The region page's view model, or null for an unknown code. */
export async function regionPage(db: Db, lang: Language, code: string, year: number) {
  const region = await findRegion(db, code)
  if (!region) return null
  const districtRows = await listRegionDistricts(db, { regionCode: code, year })
  const officeRows = await listOffices(db, { regionCode: code, year })
  const standards = await listStandards(db)
  const channels = await listChannels(db)
  const collator = new Intl.Collator(locales[lang])

  const standardNames = new Map(standards.map((s) => [s.id, localName(s, lang)]))
  const channelNames = new Map(channels.map((c) => [c.code, localName(c, lang)]))

  const districts = districtRows
    .map((d) => ({
      code: d.code,
      kind: d.kind,
      name: localName(d, lang),
      nameKk: d.nameKk,
      partial: partOfYear(d.memberFrom, d.memberTo, year),
      officeCount: d.officeCount,
    }))
    .sort((a, b) => collator.compare(a.name, b.name))

  const office = (o: OfficeRow) => ({
    code: o.code,
    kind: o.kind,
    name: localName(o, lang),
    nameKk: o.nameKk,
    addressKk: o.addressKk,
    phone: o.phone && localPhone(o.phone, translatorFor(lang).t),
    email: o.email,
    partial: partOfYear(o.memberFrom, o.memberTo, year),
    // Grouped by channel: an office usually serves several standards through one channel.
    services: [...groupBy(o.services, (s) => s.channel).entries()].map(([channel, services]) => ({
      channel,
      channelName: channelNames.get(channel) ?? channel,
      standards: services
        .map((s) => ({ id: s.standardId, name: standardNames.get(s.standardId) ?? s.standardId }))
        .sort((a, b) => collator.compare(a.name, b.name)),
    })),
  })

  const officeGroups = [...groupBy(officeRows, (o) => o.districtCode).values()]
    .map((rows) => {
      const first = rows[0]!
      return {
        district:
          first.districtCode === null
            ? null
            : {
                code: first.districtCode,
                kind: first.districtKind,
                name: localName(
                  {
                    nameKk: first.districtNameKk ?? '',
                    nameRu: first.districtNameRu ?? '',
                    nameEn: first.districtNameEn ?? '',
                  },
                  lang,
                ),
                nameKk: first.districtNameKk ?? '',
              },
        offices: rows
          .map(office)
          .sort(
            (a, b) =>
              officeKindOrder.indexOf(a.kind) - officeKindOrder.indexOf(b.kind) ||
              collator.compare(a.name, b.name),
          ),
      }
    })
    // Region-level offices first, then districts by name.
    .sort((a, b) =>
      a.district === null
        ? -1
        : b.district === null
          ? 1
          : collator.compare(a.district.name, b.district.name),
    )

  return {
    year,
    region: {
      code: region.code,
      name: localName(region, lang),
      nameKk: region.nameKk,
      kind: region.kind,
      timeZone: region.timeZone,
      validFrom: region.validFrom,
      validTo: region.validTo,
      validInYear:
        (region.validFrom === null || region.validFrom <= `${year}-12-31`) &&
        (region.validTo === null || region.validTo >= `${year}-01-01`),
      formedFrom:
        region.formedFromCode !== null
          ? {
              code: region.formedFromCode,
              name: localName(
                {
                  nameKk: region.formedFromNameKk!,
                  nameRu: region.formedFromNameRu!,
                  nameEn: region.formedFromNameEn!,
                },
                lang,
              ),
            }
          : null,
    },
    districts,
    officeGroups,
    officeCount: officeRows.length,
  }
}

// ── JSON API ────────────────────────────────────────────────────────────────────────────────

const names = (row: { nameKk: string; nameRu: string; nameEn: string }) => ({
  kk: row.nameKk,
  ru: row.nameRu,
  en: row.nameEn,
})

/** GET /api/v1/standards */
export async function apiStandards(db: Db) {
  const standards = await listStandards(db)
  const rules = groupBy(await listDeadlineRules(db), (r) => r.standardId)
  const groups = groupBy(await listIndicatorGroups(db), (g) => g.standardId)
  const indicators = groupBy(await listIndicators(db), (i) => i.standardId)
  return {
    standards: standards.map((s) => {
      const ownRules = rules.get(s.id) ?? []
      const ownIndicators = groupBy(indicators.get(s.id) ?? [], (i) => i.groupSlug)
      const channels = new Map(
        ownRules.map((r) => [
          r.channel,
          {
            code: r.channel,
            name: { kk: r.channelNameKk, ru: r.channelNameRu, en: r.channelNameEn },
          },
        ]),
      )
      const variants = new Map(
        ownRules.map((r) => [
          r.variant,
          {
            code: r.variant,
            name: { kk: r.variantNameKk, ru: r.variantNameRu, en: r.variantNameEn },
          },
        ]),
      )
      return {
        id: s.id,
        name: names(s),
        agency: {
          id: s.agencyId,
          name: { kk: s.agencyNameKk, ru: s.agencyNameRu, en: s.agencyNameEn },
          approver: { kk: s.approverKk, ru: s.approverRu, en: s.approverEn },
        },
        decree: { number: s.decreeNumber, date: s.decreeDate },
        amendments: s.amendments,
        cancelledBy:
          s.cancelledByNumber !== null
            ? { number: s.cancelledByNumber, date: s.cancelledByDate }
            : null,
        complaintReviewDays: s.complaintReviewDays,
        tableTitleKk: s.tableTitleKk,
        notes: { kk: s.notesKk, ru: s.notesRu, en: s.notesEn },
        channels: [...channels.values()],
        variants: [...variants.values()],
        deadlineRules: ownRules.map((r) => ({
          channel: r.channel,
          variant: r.variant,
          termAmount: r.termAmount,
          termUnit: r.termUnit,
          maxWaitMinutes: r.maxWaitMinutes,
          maxServiceMinutes: r.maxServiceMinutes,
          termAsPrintedKk: r.termAsPrintedKk,
          interpretation: {
            kk: r.interpretationKk,
            ru: r.interpretationRu,
            en: r.interpretationEn,
          },
        })),
        indicatorGroups: (groups.get(s.id) ?? []).map((g) => ({
          slug: g.slug,
          position: g.position,
          heading: { kk: g.headingKk, ru: g.headingRu, en: g.headingEn },
          indicators: (ownIndicators.get(g.slug) ?? []).map((i) => ({
            code: i.code,
            position: i.position,
            name: names(i),
            measure: i.measure,
            normative: {
              asPrinted: i.normativeAsPrinted,
              kind: i.normativeKind,
              low: i.normativeLow,
              high: i.normativeHigh,
            },
            direction: i.direction,
          })),
        })),
      }
    }),
  }
}

/** GET /api/v1/regions?year= */
export async function apiRegions(db: Db, year: number) {
  const rows = await listRegions(db, { year })
  return {
    year,
    regions: rows.map((r) => ({
      code: r.code,
      key: r.key,
      kind: r.kind,
      name: names(r),
      timeZone: r.timeZone,
      validFrom: r.validFrom,
      validTo: r.validTo,
      legacyCode: r.legacyCode,
      formedFrom: r.formedFromCode,
      districtCount: r.districtCount,
      officeCount: r.officeCount,
    })),
  }
}

/** GET /api/v1/offices?region=&year=; null when the region code is unknown. */
export async function apiOffices(db: Db, regionCode: string, year: number | undefined) {
  const region = await findRegion(db, regionCode)
  if (!region) return null
  const rows = await listOffices(db, { regionCode, year })
  return {
    region: region.code,
    year: year ?? null,
    offices: rows.map((o) => ({
      code: o.code,
      regionCode: o.regionCode,
      district:
        o.districtCode === null
          ? null
          : {
              code: o.districtCode,
              kind: o.districtKind,
              name: { kk: o.districtNameKk, ru: o.districtNameRu, en: o.districtNameEn },
            },
      kind: o.kind,
      name: names(o),
      addressKk: o.addressKk,
      phone: o.phone,
      email: o.email,
      memberFrom: o.memberFrom,
      memberTo: o.memberTo,
      services: o.services,
    })),
  }
}
