// What changed between two editions of a report: per standard, indicator and unit (the scope
// itself and each unit of the breakdown), the value, the status, the counts, the target and —
// for the scope — next year's target. Pure: a function of the two snapshots.
import type { IndicatorStatus } from '../app/domain/indicator-status'
import { indicatorLines, type Figure, type Names, type ReportModel } from './model'

export type ChangedField = 'value' | 'status' | 'counts' | 'target' | 'targetNextYear'

export interface Change {
  standardId: string
  standardName: Names
  code: string
  indicatorName: Names
  /** The unit: null code for the report's own scope (nation or region). */
  unit: { code: string | null; name: Names | null }
  field: ChangedField
  before: number | string | null
  after: number | string | null
}

interface Entry {
  standardName: Names
  indicatorName: Names
  unitName: Names | null
  figure: Figure
  targetNextYear?: number | null
}

function entries(model: ReportModel): Map<string, Entry> {
  const map = new Map<string, Entry>()
  for (const s of model.standards) {
    for (const line of indicatorLines(s)) {
      map.set(`${s.id}|${line.code}|`, {
        standardName: s.name,
        indicatorName: line.name,
        unitName: model.scope.name,
        figure: line.figure,
        targetNextYear: line.targetNextYear,
      })
      for (const unit of s.breakdown.units) {
        const figure = unit.figures[line.code]
        if (!figure) continue
        map.set(`${s.id}|${line.code}|${unit.code}`, {
          standardName: s.name,
          indicatorName: line.name,
          unitName: unit.name,
          figure,
        })
      }
    }
  }
  return map
}

const counts = (f: Figure | undefined) => (f ? `${f.numerator}/${f.denominator}` : null)

export function diffReports(before: ReportModel, after: ReportModel): Change[] {
  const a = entries(before)
  const b = entries(after)
  const keys = [...new Set([...a.keys(), ...b.keys()])]
  const changes: Change[] = []
  for (const key of keys) {
    const [standardId, code, unitCode] = key.split('|') as [string, string, string]
    const old = a.get(key)
    const now = b.get(key)
    const any = (now ?? old)!
    const push = (field: ChangedField, x: number | string | null, y: number | string | null) => {
      if (x === y) return
      changes.push({
        standardId,
        standardName: any.standardName,
        code,
        indicatorName: any.indicatorName,
        unit: { code: unitCode || null, name: any.unitName },
        field,
        before: x,
        after: y,
      })
    }
    push('value', old?.figure.value ?? null, now?.figure.value ?? null)
    push(
      'status',
      (old?.figure.status ?? null) as IndicatorStatus | null,
      (now?.figure.status ?? null) as IndicatorStatus | null,
    )
    push('counts', counts(old?.figure), counts(now?.figure))
    push('target', old?.figure.target ?? null, now?.figure.target ?? null)
    if (!unitCode) push('targetNextYear', old?.targetNextYear ?? null, now?.targetNextYear ?? null)
  }
  // The order of the later edition's report: standard, indicator, scope first, then units.
  const order = new Map<string, number>()
  let i = 0
  for (const s of [...after.standards, ...before.standards]) {
    if (!order.has(s.id)) order.set(s.id, i++)
  }
  const fieldOrder: ChangedField[] = ['value', 'status', 'counts', 'target', 'targetNextYear']
  return changes.sort(
    (x, y) =>
      (order.get(x.standardId) ?? 0) - (order.get(y.standardId) ?? 0) ||
      x.code.localeCompare(y.code, 'en', { numeric: true }) ||
      (x.unit.code === null ? -1 : 0) - (y.unit.code === null ? -1 : 0) ||
      (x.unit.code ?? '').localeCompare(y.unit.code ?? '') ||
      fieldOrder.indexOf(x.field) - fieldOrder.indexOf(y.field),
  )
}
