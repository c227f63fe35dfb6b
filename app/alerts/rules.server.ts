// The alert rules' registry (decision 0030): each rule observes, within what an evaluation looks
// at (some offices, or all; an import batch), the conditions that hold now, the stored alerts they
// may concern and which of those it covered. planAlerts (app/domain/alert-rules.ts) turns that into
// alerts to raise and to resolve. A new rule is one entry of RULES (as "an office goes stale" was).
import type { Db } from '../../db/client.server'
import {
  alertBatch,
  batchesWithRowsLeftOut,
  openOverdueCounts,
  storedAlerts,
  storedAlertsOfBatch,
  type AlertOffice,
  type AlertBatch,
} from '../../db/queries/alerts'
import {
  overdueAboveThreshold,
  type AlertFinding,
  type AlertKey,
  type AlertRule,
  type StoredAlert,
} from '../domain/alert-rules'
import { daysBetween, monthOf } from '../domain/freshness'
import { yearOf } from '../domain/reporting-period'
import { freshnessThresholds } from '../../db/queries/freshness'
import { staleOffices } from '../monitoring/freshness.server'
import { computeIndicators } from '../indicators/engine.server'
import type { Projection } from '../domain/projection'
import { computeProjections, isYearOpen, projectionKey } from '../indicators/projection.server'
import type { IndicatorQuery, IndicatorResult, IndicatorRow } from '../indicators/types'

export interface EvaluationContext {
  db: Db
  now: Date
  /** Today in Kazakhstan, 'YYYY-MM-DD'. */
  today: string
  /** The last complete month 'YYYY-MM' and its last day. */
  month: string
  monthEnd: string
  /** The offices looked at (every office in a full evaluation). */
  offices: AlertOffice[]
  /** null in a full evaluation: every office, every stored alert of the office rules. */
  officeIds: number[] | null
  /** The batch whose commit or undo is evaluated (the import rule looks at it alone). */
  batch: { id: number; event: 'commit' | 'undo' } | null
  overdueThreshold: number
  /** The engine, memoised per query within one evaluation (the projection reuses the month rows). */
  compute: (query: IndicatorQuery) => Promise<IndicatorResult>
}

export interface RuleObservation {
  findings: AlertFinding[]
  stored: StoredAlert[]
  covers: (key: AlertKey) => boolean
}

export interface AlertRuleDefinition {
  rule: AlertRule
  observe: (ctx: EvaluationContext) => Promise<RuleObservation>
}

const names = (o: { nameKk: string; nameRu: string; nameEn: string }) => ({
  kk: o.nameKk,
  ru: o.nameRu,
  en: o.nameEn,
})

/**
 * Offices looked at up to which the engine runs one query per office; above it one query over the
 * nation broken down by office costs less. Each per-office query is planned anew (≈ 10 ms, ≈ 30 ms
 * an office with its projections' years); the national query by office costs 3–3.5 s whatever the
 * offices looked at (170,000 rows built). A region's file (44 offices at most) stays per office; a
 * national file (435 offices: 9–17 s per office) is one query.
 */
export const OFFICE_QUERIES_AT_MOST = 100

/**
 * The engine's queries of an evaluation: one per office looked at after an import of a few
 * offices, else one over the nation broken down by office. Both count an office's facts wherever
 * it lay (an office that moved region counts once, with all its days), as the office's page does.
 */
export function engineScopes(
  ctx: Pick<EvaluationContext, 'offices' | 'officeIds'>,
): Omit<IndicatorQuery, 'year' | 'period' | 'asOf'>[] {
  if (ctx.officeIds !== null && ctx.offices.length <= OFFICE_QUERIES_AT_MOST) {
    return ctx.offices.map((o) => ({ office: o.code }))
  }
  return [{ by: 'office' as const }]
}

/**
 * The information-online share (info_online) is a yearly state — is the service's information
 * published? — not a flow of the month: an office without a publication record would fail it in
 * every month and every projection. The alert rules leave it out (decision 0030).
 */
const NOT_ALERTED: readonly string[] = ['info_online']

/** The month rows of the offices looked at, for the last complete month's year, by office code. */
async function monthRowsByOffice(ctx: EvaluationContext): Promise<Map<string, IndicatorRow[]>> {
  const byOffice = new Map<string, IndicatorRow[]>()
  for (const scope of engineScopes(ctx)) {
    const result = await ctx.compute({
      ...scope,
      year: yearOf(ctx.monthEnd),
      period: 'month',
      asOf: ctx.monthEnd,
    })
    for (const row of result.rows) {
      if (NOT_ALERTED.includes(row.measure)) continue
      const code = row.scope.code ?? scope.office
      if (!code) continue
      const list = byOffice.get(code)
      if (list) list.push(row)
      else byOffice.set(code, [row])
    }
  }
  return byOffice
}

function officeFigures(office: AlertOffice) {
  return { office: office.code, officeName: names(office), region: office.regionCode }
}

/**
 * What an office rule observed: its findings, its stored alerts of the offices looked at, and
 * which keys the evaluation covered (those offices; every office in a full evaluation).
 */
async function officeObservation(
  ctx: EvaluationContext,
  rule: AlertRule,
  findings: AlertFinding[],
) {
  return {
    findings,
    stored: await storedAlerts(ctx.db, [rule], ctx.officeIds),
    covers: officeCovers(ctx, rule),
  }
}

function officeCovers(ctx: EvaluationContext, rule: AlertRule) {
  const ids = ctx.officeIds === null ? null : new Set(ctx.officeIds)
  return (key: AlertKey) =>
    key.rule === rule && key.scopeKind === 'office' && (ids === null || ids.has(key.scopeId))
}

/** (a) An indicator fails its target or normative at office level in the last complete month. */
const indicatorFails: AlertRuleDefinition = {
  rule: 'indicator_fails',
  async observe(ctx) {
    const findings: AlertFinding[] = []
    const rowsByOffice = await monthRowsByOffice(ctx)
    for (const office of ctx.offices) {
      for (const row of rowsByOffice.get(office.code) ?? []) {
        // The engine's status: an inconclusive value (its interval straddles the reference) is
        // not a failure, and neither is too little data.
        if (row.period !== ctx.month || row.status !== 'fails') continue
        findings.push({
          rule: 'indicator_fails',
          scopeKind: 'office',
          scopeId: office.id,
          regionId: office.regionId,
          period: ctx.month,
          standardId: row.standard,
          measure: row.code,
          figures: {
            ...officeFigures(office),
            indicatorName: row.name,
            value: row.value,
            numerator: row.numerator,
            denominator: row.denominator,
            target: row.target,
            normative: row.normative?.asPrinted ?? null,
            reference: row.target !== null ? 'target' : 'normative',
            direction: row.direction,
          },
        })
      }
    }
    return officeObservation(ctx, 'indicator_fails', findings)
  },
}

/** (b) Projected (at the end of the last complete month) to miss the year's target. */
const projectedMiss: AlertRuleDefinition = {
  rule: 'projected_miss',
  async observe(ctx) {
    const findings: AlertFinding[] = []
    const year = String(yearOf(ctx.monthEnd))
    if (isYearOpen(ctx.monthEnd)) {
      const rowsByOffice = await monthRowsByOffice(ctx)
      const projections = new Map<string, Projection>()
      for (const scope of engineScopes(ctx)) {
        // A scope without a case (answer, complaint) this year has nothing to project: its
        // earlier years are not read at all (an import of last year's file stays cheap).
        const rows = scope.office
          ? (rowsByOffice.get(scope.office) ?? [])
          : [...rowsByOffice.values()].flat()
        if (!rows.some((r) => r.denominator > 0)) continue
        const found = await computeProjections(
          ctx.db,
          { ...scope, asOf: ctx.monthEnd },
          {},
          ctx.compute,
        )
        for (const [key, projection] of found) projections.set(key, projection)
      }
      for (const office of ctx.offices) {
        const rows = rowsByOffice.get(office.code) ?? []
        const seen = new Set<string>()
        for (const row of rows) {
          const key = projectionKey(row)
          if (seen.has(key)) continue
          seen.add(key)
          const projection = projections.get(key)
          if (projection?.verdict !== 'off_track') continue
          findings.push({
            rule: 'projected_miss',
            scopeKind: 'office',
            scopeId: office.id,
            regionId: office.regionId,
            period: year,
            standardId: row.standard,
            measure: row.code,
            figures: {
              ...officeFigures(office),
              indicatorName: row.name,
              projected: projection.value,
              low: projection.low,
              high: projection.high,
              target: row.target,
              normative: row.normative?.asPrinted ?? null,
              year: Number(year),
            },
          })
        }
      }
    }
    return officeObservation(ctx, 'projected_miss', findings)
  },
}

/** (c) More open overdue cases in an office (per standard) than the threshold. */
const overdueOpen: AlertRuleDefinition = {
  rule: 'overdue_open',
  async observe(ctx) {
    const byId = new Map(ctx.offices.map((o) => [o.id, o]))
    const counts = await openOverdueCounts(ctx.db, ctx.officeIds, ctx.now)
    const period = ctx.today.slice(0, 7)
    const findings: AlertFinding[] = []
    for (const c of counts) {
      const office = byId.get(c.officeId)
      if (!office || !overdueAboveThreshold(c.count, ctx.overdueThreshold)) continue
      findings.push({
        rule: 'overdue_open',
        scopeKind: 'office',
        scopeId: office.id,
        regionId: office.regionId,
        period,
        standardId: c.standardId,
        measure: '',
        figures: { ...officeFigures(office), count: c.count, threshold: ctx.overdueThreshold },
      })
    }
    return officeObservation(ctx, 'overdue_open', findings)
  },
}

/**
 * (e) An office goes stale (decision 0028): no case for more than the threshold's days from an
 * office that sent cases in each of the months before. Scope office × the month of its latest
 * case: the key stays the same while the office is silent, so it fires once; a later case makes
 * the office fresh again and resolves it. No standard: every reader of the office's region.
 */
const officeStale: AlertRuleDefinition = {
  rule: 'office_stale',
  async observe(ctx) {
    const looked = new Set(ctx.offices.map((o) => o.id))
    const regionIds =
      ctx.officeIds === null ? undefined : [...new Set(ctx.offices.map((o) => o.regionId))]
    const stale =
      regionIds?.length === 0 ? [] : await staleOffices(ctx.db, { regionIds }, ctx.today)
    const byId = new Map(ctx.offices.map((o) => [o.id, o]))
    const { staleAfterDays } =
      stale.length > 0 ? await freshnessThresholds(ctx.db) : { staleAfterDays: 0 }
    const findings: AlertFinding[] = []
    for (const row of stale) {
      const office = byId.get(row.officeId)
      if (!office || !looked.has(row.officeId) || row.latestOn === null) continue
      findings.push({
        rule: 'office_stale',
        scopeKind: 'office',
        scopeId: office.id,
        regionId: office.regionId,
        period: monthOf(row.latestOn),
        standardId: '',
        measure: '',
        figures: {
          ...officeFigures(office),
          latestOn: row.latestOn,
          days: daysBetween(row.latestOn, ctx.today),
          staleAfterDays,
        },
      })
    }
    return officeObservation(ctx, 'office_stale', findings)
  },
}

/** Batches committed this long ago or less raise the import rule in a full evaluation. */
const IMPORT_RULE_WINDOW_MS = 31 * 24 * 60 * 60 * 1000

function batchFindings(batch: AlertBatch): AlertFinding[] {
  if (batch.status !== 'committed' || batch.rowsRejected === 0) return []
  return batch.regionIds.map((regionId) => ({
    rule: 'import_invalid_rows' as const,
    scopeKind: 'region' as const,
    scopeId: regionId,
    regionId,
    period: `batch-${batch.id}`,
    standardId: '',
    measure: '',
    figures: {
      batch: batch.id,
      kind: batch.kind,
      source: batch.source,
      fileName: batch.fileName,
      rowsAccepted: batch.rowsAccepted,
      rowsRejected: batch.rowsRejected,
    },
  }))
}

/** (d) An import batch committed with invalid rows left out; resolved by its undo. */
const importInvalidRows: AlertRuleDefinition = {
  rule: 'import_invalid_rows',
  async observe(ctx) {
    if (ctx.batch) {
      const batch = await alertBatch(ctx.db, ctx.batch.id)
      const period = `batch-${ctx.batch.id}`
      return {
        findings: batch ? batchFindings(batch) : [],
        stored: await storedAlertsOfBatch(ctx.db, ctx.batch.id),
        covers: (key) => key.rule === 'import_invalid_rows' && key.period === period,
      }
    }
    if (ctx.officeIds !== null) return { findings: [], stored: [], covers: () => false }
    const recent = await batchesWithRowsLeftOut(
      ctx.db,
      new Date(ctx.now.getTime() - IMPORT_RULE_WINDOW_MS),
    )
    const stored = await storedAlerts(ctx.db, ['import_invalid_rows'], null)
    // A stored alert is covered when its batch is no longer committed (undone): it resolves.
    const open = stored.filter((a) => a.resolvedAt === null)
    const gone = new Set<string>()
    for (const a of open) {
      const batch = await alertBatch(ctx.db, Number(a.period.replace('batch-', '')))
      if (!batch || batch.status !== 'committed') gone.add(a.period)
    }
    return {
      findings: recent.flatMap(batchFindings),
      stored,
      covers: (key) => key.rule === 'import_invalid_rows' && gone.has(key.period),
    }
  },
}

/** Every rule, in the order they are evaluated. */
export const RULES: readonly AlertRuleDefinition[] = [
  indicatorFails,
  projectedMiss,
  overdueOpen,
  officeStale,
  importInvalidRows,
]

/** The engine memoised per query (one evaluation). */
export function memoisedEngine(db: Db): (query: IndicatorQuery) => Promise<IndicatorResult> {
  const memo = new Map<string, Promise<IndicatorResult>>()
  return (query) => {
    const key = JSON.stringify(Object.entries(query).sort(([a], [b]) => a.localeCompare(b)))
    let result = memo.get(key)
    if (!result) {
      result = computeIndicators(db, query)
      memo.set(key, result)
    }
    return result
  }
}
