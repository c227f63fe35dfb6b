// `standard export`: a stored standard as its definition file (definition.server.ts), every
// edition or one. Keys are written in the schema's order, rows in a fixed order, so an export
// imported again and exported once more is the same text, byte for byte.
import type { Db } from '../../db/client.server'
import {
  storedEditionGroups,
  storedEditionIndicators,
  storedEditionRules,
  storedEditions,
  storedOfficeServices,
  storedStandard,
} from '../../db/queries/standard-definitions'
import { DEFINITION_FORMAT, type StandardDefinition } from './definition.server'

type Amendment = { number?: unknown; date?: unknown; whatEn?: unknown }

/** The stored definition; `edition` keeps only that one. Undefined for an unknown standard. */
export async function exportDefinition(
  db: Db,
  id: string,
  options: { edition?: number } = {},
): Promise<StandardDefinition | undefined> {
  const standard = await storedStandard(db, id)
  if (!standard) return undefined
  const [editions, rules, groups, indicators, services] = await Promise.all([
    storedEditions(db, id),
    storedEditionRules(db, id),
    storedEditionGroups(db, id),
    storedEditionIndicators(db, id),
    storedOfficeServices(db, id),
  ])
  const chosen =
    options.edition === undefined ? editions : editions.filter((e) => e.edition === options.edition)
  return {
    format: DEFINITION_FORMAT,
    about: standard.definitionAbout,
    standard: {
      id: standard.id,
      name_kk: standard.nameKk,
      name_ru: standard.nameRu,
      name_en: standard.nameEn,
      agency_id: standard.agencyId,
      complaint_review_days: standard.complaintReviewDays,
      table_title_kk: standard.tableTitleKk,
      source: standard.source,
      notes_kk: standard.notesKk,
      notes_ru: standard.notesRu,
      notes_en: standard.notesEn,
    },
    editions: chosen.map((e) => ({
      edition: e.edition,
      act: {
        name_kk: e.actNameKk,
        name_ru: e.actNameRu,
        name_en: e.actNameEn,
        number: e.actNumber,
        date: e.actDate,
      },
      valid_from: e.validFrom,
      valid_to: e.validTo,
      cancelled_by:
        e.cancelledByNumber !== null && e.cancelledByDate !== null
          ? { number: e.cancelledByNumber, date: e.cancelledByDate }
          : null,
      amendments: (Array.isArray(e.amendments) ? (e.amendments as Amendment[]) : []).map((a) => ({
        number: String(a.number ?? ''),
        date: String(a.date ?? ''),
        what_en: typeof a.whatEn === 'string' ? a.whatEn : null,
      })),
      ...(e.complaintReviewDays === null ? {} : { complaint_review_days: e.complaintReviewDays }),
      source: e.source,
      deadline_rules: rules
        .filter((r) => r.edition === e.edition)
        .map((r) => ({
          channel: r.channel,
          variant: r.variant,
          term_amount: r.termAmount,
          term_unit: r.termUnit,
          max_wait_minutes: r.maxWaitMinutes,
          max_service_minutes: r.maxServiceMinutes,
          term_as_printed_kk: r.termAsPrintedKk,
          interpretation_kk: r.interpretationKk,
          interpretation_ru: r.interpretationRu,
          interpretation_en: r.interpretationEn,
          source: r.source,
        })),
      indicator_groups: groups
        .filter((g) => g.edition === e.edition)
        .map((g) => ({
          slug: g.slug,
          position: g.position,
          heading_kk: g.headingKk,
          heading_ru: g.headingRu,
          heading_en: g.headingEn,
        })),
      indicators: indicators
        .filter((i) => i.edition === e.edition)
        .map((i) => ({
          code: i.code,
          position: i.position,
          group: i.groupSlug,
          name_kk: i.nameKk,
          name_ru: i.nameRu,
          name_en: i.nameEn,
          measure: i.measure,
          normative:
            i.normativeKind !== null && i.normativeAsPrinted !== null
              ? {
                  as_printed: i.normativeAsPrinted,
                  kind: i.normativeKind,
                  low: i.normativeLow,
                  high: i.normativeHigh,
                }
              : null,
          direction: i.direction,
          source: i.source,
        })),
    })),
    office_services: services.map((s) => ({
      office: s.office,
      channel: s.channel,
      appendix: s.appendix,
    })),
  }
}
