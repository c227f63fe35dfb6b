// Storing a standard's definition (CLI `standard import`, /admin/standards): checked in full
// (validate.server.ts), compared with what is stored, then written in one transaction with one
// audit row — or, on a dry run or a refusal, nothing written. The editions the file carries
// replace the stored ones of the same numbers; other stored editions stay. What an edition sets
// on each record — a case's deadline and maximum queue wait, a complaint's review term — is
// recomputed only for the records whose key date falls from the first day of an edition whose
// terms changed, so a new edition never moves the figures of the periods before it starts
// (decision 0033).
import type { Db } from '../../db/client.server'
import {
  definitionVocabulary,
  replaceEdition,
  replaceOfficeServices,
  upsertStandard,
} from '../../db/queries/standard-definitions'
import { mirrorLatestEdition } from '../../db/queries/standard-editions'
import type {
  ChannelCode,
  Direction,
  IndicatorGroup,
  Measure,
  NormativeKind,
  VariantCode,
} from '../../db/schema'
import { audit, type AuditSource } from '../accounts/audit.server'
import { recomputeDeadlinesIn, type RecomputeResult } from '../facts/deadline-recompute.server'
import type { EditionDefinition, StandardDefinition } from './definition.server'
import { exportDefinition } from './export.server'
import { definitionProblems, parseDefinition, type DefinitionProblem } from './validate.server'

export interface DefinitionChange {
  /** `editions[edition=2].indicators[code=1.1].normative.low`: rows named by their keys. */
  path: string
  before: unknown
  after: unknown
}

export type StoreResult =
  | { ok: false; problems: DefinitionProblem[] }
  | {
      ok: true
      standardId: string
      /** True when the standard did not exist before. */
      created: boolean
      dryRun: boolean
      /** Nothing differs from what is stored: nothing was written. */
      unchanged: boolean
      changes: DefinitionChange[]
      editions: number[]
      recomputed: RecomputeResult
    }

export interface StoreOptions {
  dryRun: boolean
  userId: number | null
  source: AuditSource
  now?: Date
}

const NOTHING_RECOMPUTED: RecomputeResult = {
  casesChecked: 0,
  casesChanged: 0,
  complaintsChecked: 0,
  complaintsChanged: 0,
}

class DryRunRollback extends Error {
  constructor(readonly result: StoreResult) {
    super('dry run')
  }
}

/** Reads, checks, compares and (unless a dry run) stores a definition file's text. */
export async function importDefinitionText(
  db: Db,
  text: string,
  options: StoreOptions,
): Promise<StoreResult> {
  const parsed = parseDefinition(text)
  if (!parsed.ok) return parsed
  return storeDefinition(db, parsed.definition, options)
}

export async function storeDefinition(
  db: Db,
  definition: StandardDefinition,
  options: StoreOptions,
): Promise<StoreResult> {
  try {
    return await db.transaction().execute(async (tx) => {
      const problems = await definitionProblems(tx, definition)
      if (problems.length > 0) return { ok: false as const, problems }
      const id = definition.standard.id
      const stored = await exportDefinition(tx, id)
      const numbers = definition.editions.map((e) => e.edition)
      const changes = stored
        ? diffDefinitions(
            { ...stored, editions: stored.editions.filter((e) => numbers.includes(e.edition)) },
            definition,
          )
        : [{ path: '', before: null, after: summaryOf(definition) }]
      const base = {
        ok: true as const,
        standardId: id,
        created: stored === undefined,
        dryRun: options.dryRun,
        unchanged: changes.length === 0,
        changes,
        editions: numbers,
        recomputed: NOTHING_RECOMPUTED,
      }
      if (changes.length === 0) return base
      const recomputed = await writeDefinition(tx, definition, stored)
      const result = { ...base, recomputed }
      if (options.dryRun) throw new DryRunRollback(result)
      await audit(
        tx,
        {
          userId: options.userId,
          action: 'reference.standard',
          entity: 'standard',
          entityId: id,
          before: stored ? { editions: stored.editions.map((e) => e.edition) } : null,
          after: {
            editions: numbers,
            changes: changes.length,
            // The first changes, enough to read in the audit log; the file is the full record.
            changed: changes.slice(0, 50),
            casesChanged: recomputed.casesChanged,
            complaintsChanged: recomputed.complaintsChanged,
          },
          source: options.source,
        },
        options.now,
      )
      return result
    })
  } catch (error) {
    if (error instanceof DryRunRollback) return error.result
    throw error
  }
}

/** Writes the definition; returns the recomputation of the deadlines it moves. */
async function writeDefinition(
  tx: Db,
  d: StandardDefinition,
  stored: StandardDefinition | undefined,
): Promise<RecomputeResult> {
  const id = d.standard.id
  const byNumber = new Map<
    number,
    {
      act: EditionDefinition['act']
      cancelled: EditionDefinition['cancelled_by']
      amendments: EditionDefinition['amendments']
    }
  >()
  for (const e of stored?.editions ?? []) {
    byNumber.set(e.edition, { act: e.act, cancelled: e.cancelled_by, amendments: e.amendments })
  }
  for (const e of d.editions) {
    byNumber.set(e.edition, { act: e.act, cancelled: e.cancelled_by, amendments: e.amendments })
  }
  const ordered = [...byNumber.entries()].sort((a, b) => a[0] - b[0])
  const first = ordered[0]![1]
  const latest = ordered[ordered.length - 1]![1]
  // The standard's own decree columns: the act of its first edition, the cancellation and the
  // amendments of its latest (the identity rows follow the latest edition too).
  await upsertStandard(tx, {
    id,
    nameKk: d.standard.name_kk,
    nameRu: d.standard.name_ru,
    nameEn: d.standard.name_en,
    agencyId: d.standard.agency_id,
    decreeNumber: first.act.number,
    decreeDate: first.act.date,
    amendments: JSON.stringify(latest.amendments),
    cancelledByNumber: latest.cancelled?.number ?? null,
    cancelledByDate: latest.cancelled?.date ?? null,
    complaintReviewDays: d.standard.complaint_review_days,
    tableTitleKk: d.standard.table_title_kk,
    source: d.standard.source,
    notesKk: d.standard.notes_kk,
    notesRu: d.standard.notes_ru,
    notesEn: d.standard.notes_en,
    definitionAbout: d.about,
  })

  const recomputeFrom: string[] = []
  for (const e of d.editions) {
    const before = stored?.editions.find((s) => s.edition === e.edition)
    const termsChanged =
      !before ||
      before.valid_from !== e.valid_from ||
      JSON.stringify(before.deadline_rules.map(termOf)) !==
        JSON.stringify(e.deadline_rules.map(termOf)) ||
      reviewDaysOf(before, stored!) !== reviewDaysOf(e, d)
    if (termsChanged) {
      // From the earlier of the old and the new start: records that moved into or out of it.
      recomputeFrom.push(
        before && before.valid_from < e.valid_from ? before.valid_from : e.valid_from,
      )
    }
    await replaceEdition(tx, editionWrite(id, e))
  }
  // A stored edition the file leaves alone follows the standard's review term when it has none.
  for (const e of stored?.editions ?? []) {
    if (d.editions.some((f) => f.edition === e.edition)) continue
    if (reviewDaysOf(e, stored!) !== reviewDaysOf(e, d)) recomputeFrom.push(e.valid_from)
  }
  await mirrorLatestEdition(tx, id)

  const vocabulary = await definitionVocabulary(tx)
  await replaceOfficeServices(
    tx,
    id,
    d.office_services.map((s) => ({
      officeId: vocabulary.officeIds.get(s.office)!,
      channel: s.channel as ChannelCode,
      appendix: s.appendix,
    })),
  )

  if (recomputeFrom.length > 0) {
    // The deadlines, queue maxima and complaint terms stored on the records (the daily rollups
    // follow them through their triggers, 0005).
    const fromDay = recomputeFrom.reduce((a, b) => (a < b ? a : b))
    return recomputeDeadlinesIn(tx, { fromDay, standardId: id })
  }
  return NOTHING_RECOMPUTED
}

/** A new standard is one change: what it brings, counted (its file is the full record). */
function summaryOf(d: StandardDefinition) {
  return {
    standard: d.standard.id,
    editions: d.editions.map((e) => e.edition),
    deadline_rules: d.editions.reduce((n, e) => n + e.deadline_rules.length, 0),
    indicators: d.editions.reduce((n, e) => n + e.indicators.length, 0),
    office_services: d.office_services.length,
  }
}

/** What a rule sets on each case it applies to (stored with the case). */
function termOf(r: EditionDefinition['deadline_rules'][number]) {
  return [r.channel, r.variant, r.term_amount, r.term_unit, r.max_wait_minutes]
}

/** The review term of the complaints received under an edition. */
function reviewDaysOf(e: EditionDefinition, d: StandardDefinition): number {
  return e.complaint_review_days ?? d.standard.complaint_review_days
}

function editionWrite(standardId: string, e: EditionDefinition) {
  return {
    standardId,
    edition: e.edition,
    actNameKk: e.act.name_kk,
    actNameRu: e.act.name_ru,
    actNameEn: e.act.name_en,
    actNumber: e.act.number,
    actDate: e.act.date,
    validFrom: e.valid_from,
    validTo: e.valid_to,
    cancelledByNumber: e.cancelled_by?.number ?? null,
    cancelledByDate: e.cancelled_by?.date ?? null,
    amendments: JSON.stringify(e.amendments),
    complaintReviewDays: e.complaint_review_days ?? null,
    source: e.source,
    rules: e.deadline_rules.map((r) => ({
      channel: r.channel as ChannelCode,
      variant: r.variant as VariantCode,
      termAmount: r.term_amount,
      termUnit: r.term_unit,
      maxWaitMinutes: r.max_wait_minutes,
      maxServiceMinutes: r.max_service_minutes,
      termAsPrintedKk: r.term_as_printed_kk,
      interpretationKk: r.interpretation_kk,
      interpretationRu: r.interpretation_ru,
      interpretationEn: r.interpretation_en,
      source: r.source,
    })),
    groups: e.indicator_groups.map((g) => ({
      slug: g.slug,
      position: g.position,
      headingKk: g.heading_kk,
      headingRu: g.heading_ru,
      headingEn: g.heading_en,
    })),
    indicators: e.indicators.map((i) => ({
      code: i.code,
      position: i.position,
      groupSlug: i.group as IndicatorGroup,
      nameKk: i.name_kk,
      nameRu: i.name_ru,
      nameEn: i.name_en,
      measure: i.measure as Measure,
      normativeAsPrinted: i.normative?.as_printed ?? null,
      normativeKind: (i.normative?.kind ?? null) as NormativeKind | null,
      normativeLow: i.normative?.low ?? null,
      normativeHigh: i.normative?.high ?? null,
      direction: i.direction as Direction,
      source: i.source,
    })),
  }
}

// ── the difference, as the administrator's page shows it ────────────────────────────────────

/** How the rows of each list are named in a change's path. */
function rowKey(listName: string, row: Record<string, unknown>): string | null {
  switch (listName) {
    case 'editions':
      return `edition=${String(row.edition)}`
    case 'deadline_rules':
      return `${String(row.channel)}/${String(row.variant)}`
    case 'indicator_groups':
      return `slug=${String(row.slug)}`
    case 'indicators':
      return `code=${String(row.code)}`
    case 'office_services':
      return `${String(row.office)}/${String(row.channel)}`
    case 'amendments':
      return `${String(row.number)}/${String(row.date)}`
    default:
      return null
  }
}

export function diffDefinitions(
  before: StandardDefinition | null,
  after: StandardDefinition,
): DefinitionChange[] {
  const changes: DefinitionChange[] = []
  diffValue(before, after, '', '', changes)
  return changes
}

function diffValue(
  before: unknown,
  after: unknown,
  path: string,
  listName: string,
  out: DefinitionChange[],
) {
  if (Array.isArray(before) || Array.isArray(after)) {
    const a = Array.isArray(before) ? (before as Record<string, unknown>[]) : []
    const b = Array.isArray(after) ? (after as Record<string, unknown>[]) : []
    const keyed = a.concat(b).every((r) => r !== null && typeof r === 'object')
    if (keyed && rowKey(listName, {}) !== null) {
      const beforeBy = new Map(a.map((r) => [rowKey(listName, r)!, r]))
      const afterBy = new Map(b.map((r) => [rowKey(listName, r)!, r]))
      for (const [k, r] of beforeBy) {
        if (!afterBy.has(k)) out.push({ path: `${path}[${k}]`, before: r, after: null })
      }
      for (const [k, r] of afterBy) {
        const old = beforeBy.get(k)
        if (old === undefined) out.push({ path: `${path}[${k}]`, before: null, after: r })
        else diffValue(old, r, `${path}[${k}]`, '', out)
      }
      return
    }
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ path, before, after })
    return
  }
  if (
    before !== null &&
    after !== null &&
    typeof before === 'object' &&
    typeof after === 'object'
  ) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)])
    for (const k of keys) {
      diffValue(
        (before as Record<string, unknown>)[k],
        (after as Record<string, unknown>)[k],
        path ? `${path}.${k}` : k,
        k,
        out,
      )
    }
    return
  }
  if (before === null && after !== null && typeof after === 'object') {
    out.push({ path, before: null, after })
    return
  }
  if (before !== after) out.push({ path, before: before ?? null, after: after ?? null })
}
