// Builds the report model from what the database answered: the engine's rows for the scope and
// for its breakdown, the standards' printed layout, next year's approved targets and the counts
// of missing fields. Pure: no I/O (the assembler, app/annual-reports/editions.server.ts, does the queries).
import { cellOf } from '../app/indicators/indicator-cell'
import type { IndicatorRow } from '../app/indicators/types'
import { appendixLayout } from './appendix-layout'
import {
  REPORT_SCHEMA,
  type AppendixRow,
  type Breakdown,
  type BreakdownUnit,
  type MissingFields,
  type Names,
  type ReportModel,
  type ReportEdition,
  type ReportScope,
  type ReportStandard,
} from './model'

export interface StandardInput {
  id: string
  name: Names
  agency: Names
  decreeNumber: string
  decreeDate: string
  tableTitleKk: string
  edition?: ReportEdition
}

export interface GroupInput {
  standardId: string
  slug: string
  position: number
  heading: Names
}

export interface TargetInput {
  standardId: string
  code: string
  /** null: the national target. */
  regionCode: string | null
  value: number
  /** The justification of a value approved weaker than the normative or the previous target. */
  justification?: string | null
}

export interface ReportInputs {
  year: number
  asOf: string
  scope: ReportScope
  dataVersion: string
  /** The latest record of the scope on or before asOf (decision 0028). */
  dataThrough?: string | null
  standards: StandardInput[]
  groups: GroupInput[]
  /** computeIndicators for the scope, period 'year'. */
  scopeRows: IndicatorRow[]
  /** computeIndicators for the scope broken down by `breakdownLevel`, period 'year'. */
  breakdownRows: IndicatorRow[]
  breakdownLevel: Breakdown['level']
  /** Units always listed, in order (the regions valid in the year); others follow by code. */
  breakdownUnits: { code: string; name: Names }[]
  /** Approved targets of the year after the reporting year. */
  nextYearTargets: TargetInput[]
  missing: Record<string, MissingFields>
}

const NO_MISSING: MissingFields = {
  casesSubmitted: 0,
  waitMissing: 0,
  firstTimeMissing: 0,
  casesCompleted: 0,
  docsMissing: 0,
}

/** The bound judged against without a target (docs/domain.md §6): min/band → low, max → high. */
function normativeBound(row: IndicatorRow): number | null {
  const n = row.normative
  if (!n) return null
  return n.kind === 'max' ? n.high : n.low
}

export function buildReportModel(inputs: ReportInputs): ReportModel {
  const scopeRegion = inputs.scope.level === 'region' ? inputs.scope.code : null
  const targetKey = (standardId: string, code: string, region: string | null) =>
    `${standardId}|${code}|${region ?? ''}`
  const nextTargets = new Map(
    inputs.nextYearTargets.map((t) => [targetKey(t.standardId, t.code, t.regionCode), t]),
  )
  const nextYearTargetRow = (standardId: string, code: string) =>
    (scopeRegion !== null
      ? nextTargets.get(targetKey(standardId, code, scopeRegion))
      : undefined) ?? nextTargets.get(targetKey(standardId, code, null))

  const standardById = new Map(inputs.standards.map((s) => [s.id, s]))
  // The engine's order: the standards it returned rows for (those in the caller's scope).
  const standardIds = [...new Set(inputs.scopeRows.map((r) => r.standard))]

  const standards: ReportStandard[] = standardIds.map((id) => {
    const standard = standardById.get(id)
    if (!standard) throw new Error(`report: standard ${id} has rows but no reference entry`)
    const lines = inputs.scopeRows
      .filter((r) => r.standard === id && r.period === String(inputs.year))
      .sort((a, b) => a.position - b.position)
    const groups = inputs.groups
      .filter((g) => g.standardId === id)
      .sort((a, b) => a.position - b.position)
    const rows: AppendixRow[] = []
    for (const group of groups) {
      rows.push({ kind: 'group', slug: group.slug, heading: group.heading })
      for (const line of lines.filter((l) => l.group === group.slug)) {
        const next = nextYearTargetRow(id, line.code)
        rows.push({
          kind: 'indicator',
          code: line.code,
          measure: line.measure,
          direction: line.direction,
          name: line.name,
          normative: line.normative?.asPrinted ?? null,
          normativeBound: normativeBound(line),
          targetNextYear: next?.value ?? null,
          // Only when there is one: a report without justifications keeps its bytes and hash.
          ...(next?.justification ? { targetJustification: next.justification } : {}),
          figure: cellOf(line),
        })
      }
    }
    return {
      id,
      name: standard.name,
      agency: standard.agency,
      decree: { number: standard.decreeNumber, date: standard.decreeDate },
      ...(standard.edition ? { edition: standard.edition } : {}),
      appendix: appendixLayout(id, standard.tableTitleKk),
      rows,
      breakdown: breakdownOf(id, inputs),
      missing: inputs.missing[id] ?? NO_MISSING,
    }
  })

  return {
    schema: REPORT_SCHEMA,
    year: inputs.year,
    asOf: inputs.asOf,
    scope: inputs.scope,
    dataVersion: inputs.dataVersion,
    ...(inputs.dataThrough !== undefined ? { dataThrough: inputs.dataThrough } : {}),
    standards,
  }
}

function breakdownOf(standardId: string, inputs: ReportInputs): Breakdown {
  const units = new Map<string, BreakdownUnit>()
  for (const u of inputs.breakdownUnits)
    units.set(u.code, { code: u.code, name: u.name, figures: {} })
  const extra: BreakdownUnit[] = []
  const rows = inputs.breakdownRows
    .filter((r) => r.standard === standardId && r.scope.code !== null)
    .sort((a, b) => a.position - b.position)
  for (const row of rows) {
    const code = row.scope.code!
    let unit = units.get(code)
    if (!unit) {
      unit = { code, name: row.scope.name ?? { kk: code, ru: code, en: code }, figures: {} }
      units.set(code, unit)
      extra.push(unit)
    }
    unit.figures[row.code] = cellOf(row)
  }
  const listed = inputs.breakdownUnits.map((u) => units.get(u.code)!)
  extra.sort((a, b) => a.code.localeCompare(b.code))
  return { level: inputs.breakdownLevel, units: [...listed, ...extra] }
}
