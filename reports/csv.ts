// The report as CSV: one row per standard × indicator × unit (the scope itself, then each unit of
// the breakdown), with every number behind the value. Column names are stable machine keys
// (English, snake_case) whatever the report language; names and status labels are in the report
// language. Numbers are written with a dot. UTF-8 with a BOM, so that Excel reads Kazakh letters.
import { toCsv } from '../app/exports/csv-writer'
import { indicatorLines, type Edition, type Figure, type ReportModel } from './model'
import { reportTexts } from './texts.server'
import type { ReportLanguage } from './model'

export const CSV_COLUMNS = [
  'year',
  'as_of',
  'scope',
  'scope_code',
  'unit_level',
  'unit_code',
  'unit_name',
  'standard',
  'standard_name',
  'group',
  'code',
  'indicator',
  'normative',
  'target_next_year',
  'target',
  'value',
  'numerator',
  'denominator',
  'status',
  'status_label',
  'ci_low',
  'ci_high',
  'offices_contributing',
  'offices_serving',
  'low_coverage',
  'edition',
  'data_version',
] as const

export type CsvColumn = (typeof CSV_COLUMNS)[number]
type CsvRow = Record<CsvColumn, string | number | null>

export const editionLabel = (edition: Edition) =>
  edition.status === 'draft' ? 'draft' : `v${edition.version}`

export function reportCsv(model: ReportModel, edition: Edition, lang: ReportLanguage): string {
  const x = reportTexts(lang)
  const rows: CsvRow[] = []
  for (const standard of model.standards) {
    const groupOf = new Map<string, string>()
    let group = ''
    for (const row of standard.rows) {
      if (row.kind === 'group') group = x.name(row.heading)
      else groupOf.set(row.code, group)
    }
    const lines = indicatorLines(standard)
    const units: {
      level: string
      code: string | null
      name: string
      figure: (c: string) => Figure | undefined
    }[] = [
      {
        level: model.scope.level,
        code: model.scope.code,
        name: x.scope(model),
        figure: (code) => lines.find((l) => l.code === code)?.figure,
      },
      ...standard.breakdown.units.map((u) => ({
        level: standard.breakdown.level,
        code: u.code,
        name: x.name(u.name),
        figure: (code: string) => u.figures[code],
      })),
    ]
    for (const unit of units) {
      for (const line of lines) {
        const f = unit.figure(line.code)
        if (!f) continue
        const atScope = unit === units[0]
        rows.push({
          year: model.year,
          as_of: model.asOf,
          scope: model.scope.level,
          scope_code: model.scope.code,
          unit_level: unit.level,
          unit_code: unit.code,
          unit_name: unit.name,
          standard: standard.id,
          standard_name: x.name(standard.name),
          group: groupOf.get(line.code) ?? '',
          code: line.code,
          indicator: x.name(line.name),
          normative: line.normative,
          // Next year's target is the scope's (column 3 of the appendix); units carry none.
          target_next_year: atScope ? line.targetNextYear : null,
          target: f.target,
          value: f.value,
          numerator: f.numerator,
          denominator: f.denominator,
          status: f.status,
          status_label: x.msg(`reports.statuses.${f.status}`),
          ci_low: f.ciLow,
          ci_high: f.ciHigh,
          offices_contributing: f.contributing,
          offices_serving: f.serving,
          low_coverage: f.lowCoverage ? 'yes' : 'no',
          edition: editionLabel(edition),
          data_version: model.dataVersion,
        })
      }
    }
  }
  return (
    '\uFEFF' +
    toCsv(
      rows,
      CSV_COLUMNS.map((c) => ({ header: c, value: (r: CsvRow) => r[c] })),
    )
  )
}
