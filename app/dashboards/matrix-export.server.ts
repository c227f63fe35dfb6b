// The regions × indicators matrix and the ranking of regions as download tables (CSV / XLSX via
// table-export.server.ts), built from the very rows the page renders — so a download holds what
// the user sees, in the user's scope. Shared by the national overview and the standard view.
import type { IndicatorStatus } from '../domain/indicator-status'
import type { IndicatorCell } from '../indicators/indicator-cell'
import type { MatrixRow } from './standard-view.server'
import type { ExportColumn, ExportTable, ExportValue } from '../exports/table-export.server'
import type { Translator } from '../i18n/translate'

export interface ExportHeaders {
  regionCode: string
  region: string
  rank: string
  value: string
  status: string
  numerator: string
  denominator: string
}

/** The headers in the reader's language (the overview's column names). */
export function exportHeaders({ t }: Pick<Translator, 't'>): ExportHeaders {
  return {
    regionCode: t('dashboard.overview.col.regionCode'),
    region: t('dashboard.overview.col.region'),
    rank: t('dashboard.overview.col.rank'),
    value: t('dashboard.overview.col.value'),
    status: t('dashboard.overview.col.status'),
    numerator: t('dashboard.overview.col.numerator'),
    denominator: t('dashboard.overview.col.denominator'),
  }
}

export interface ExportIndicatorColumn {
  /** The key of the column's cells in MatrixRow.cells. */
  key: string
  /** The column's name as the page shows it, e.g. "1.1 On time" (with the standard if several). */
  label: string
}

/** Code of the nation's row in a download (the ISO 3166-1 code; regions are KZ-xx). */
export const NATION_CODE = 'KZ'

/**
 * One row per region (the nation first, when present); per indicator its value (a percentage)
 * and its status in words — the status is never left to a colour.
 */
export function matrixExportTable(input: {
  name: string
  title: string
  headers: ExportHeaders
  columns: ExportIndicatorColumn[]
  rows: MatrixRow[]
  statusText: (status: IndicatorStatus) => string
}): ExportTable {
  const { headers } = input
  const columns: ExportColumn[] = [
    { key: 'regionCode', label: headers.regionCode },
    { key: 'region', label: headers.region },
    ...input.columns.flatMap((c, i): ExportColumn[] => [
      { key: `v${i}`, label: `${c.label}, %`, percent: true },
      { key: `s${i}`, label: `${c.label} — ${headers.status}` },
    ]),
  ]
  const rows = input.rows.map((row) => {
    const out: Record<string, ExportValue> = {
      regionCode: row.code ?? NATION_CODE,
      region: row.name,
    }
    input.columns.forEach((c, i) => {
      const cell: IndicatorCell | undefined = row.cells[c.key]
      out[`v${i}`] = cell?.value ?? null
      out[`s${i}`] = input.statusText(cell?.status ?? 'no_data')
    })
    return out
  })
  return { name: input.name, title: input.title, columns, rows }
}

export interface RankingEntry {
  code: string
  name: string
  cell: IndicatorCell | null
}

/**
 * The ranking as the page lists it (best first, regions without data last), with the
 * numerator and denominator behind each value. Regions without data have no rank.
 */
export function rankingExportTable(input: {
  name: string
  title: string
  headers: ExportHeaders
  ranking: RankingEntry[]
  statusText: (status: IndicatorStatus) => string
}): ExportTable {
  const { headers } = input
  return {
    name: input.name,
    title: input.title,
    columns: [
      { key: 'rank', label: headers.rank },
      { key: 'regionCode', label: headers.regionCode },
      { key: 'region', label: headers.region },
      { key: 'value', label: headers.value, percent: true },
      { key: 'status', label: headers.status },
      { key: 'numerator', label: headers.numerator },
      { key: 'denominator', label: headers.denominator },
    ],
    rows: input.ranking.map((r, i) => ({
      rank: r.cell?.value != null ? i + 1 : null,
      regionCode: r.code,
      region: r.name,
      value: r.cell?.value ?? null,
      status: input.statusText(r.cell?.status ?? 'no_data'),
      numerator: r.cell?.numerator ?? 0,
      denominator: r.cell?.denominator ?? 0,
    })),
  }
}
