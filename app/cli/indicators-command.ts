// `sapa indicators --year 2025 [--period …] [--standard …] [--region …] [--district …]
//   [--office …] [--channel …] [--as-of YYYY-MM-DD] [--by …] [--format json|csv]`:
// the same rows as GET /api/v1/indicators, projections included. The operator has database access and acts as an
// administrator unless `--as <email>` names a user, whose scope then applies.
import { parseArgs } from 'node:util'
import type { Db } from '../../db/client.server'
import { toCsv } from '../exports/csv-writer'
import {
  indicatorsWithProjectionsInScope,
  wireRowsWithProjections,
} from '../indicators/projection.server'
import {
  IndicatorQueryInput,
  indicatorRowToWire,
  toIndicatorQuery,
  type IndicatorWireRow,
} from '../indicators/query.server'
import { UnknownScopeError } from '../indicators/engine.server'
import { AccessDenied, OPERATOR_SCOPE, userScope } from '../accounts/policy.server'
import { userForSignIn } from '../../db/queries/accounts'
import { UsageError } from './usage-error'

const FLAGS = [
  'year',
  'period',
  'standard',
  'region',
  'district',
  'office',
  'channel',
  'as-of',
  'by',
  'format',
  'as',
] as const

export async function indicatorsCommand(db: Db, args: string[], now = new Date()): Promise<string> {
  const { values } = parseArgs({
    args,
    options: Object.fromEntries(FLAGS.map((f) => [f, { type: 'string' as const }])),
    strict: true,
  })
  const {
    format = 'csv',
    'as-of': asOf,
    as: asEmail,
    ...rest
  } = values as Record<string, string | undefined>
  if (format !== 'csv' && format !== 'json') throw new UsageError('--format must be csv or json')
  const input = IndicatorQueryInput.safeParse(
    Object.fromEntries(Object.entries({ ...rest, as_of: asOf }).filter(([, v]) => v !== undefined)),
  )
  if (!input.success) {
    const issue = input.error.issues[0]!
    throw new UsageError(
      `--${String(issue.path[0] ?? 'year').replace('as_of', 'as-of')}: ${issue.message}`,
    )
  }
  let scope = OPERATOR_SCOPE
  if (asEmail !== undefined) {
    const user = await userForSignIn(db, asEmail)
    if (!user || !user.active) throw new UsageError(`--as: no active user ${asEmail}`)
    scope = await userScope(db, user)
  }
  try {
    const result = await indicatorsWithProjectionsInScope(
      db,
      scope,
      toIndicatorQuery(input.data, now),
    )
    const rows = wireRowsWithProjections(result.rows, result.projections)
    if (format === 'json') return JSON.stringify(rows, null, 2) + '\n'
    // CSV: the projection flattened into four columns after the row's own.
    const columns = Object.keys(
      indicatorRowToWire(emptyRowForHeader()),
    ) as (keyof IndicatorWireRow)[]
    type Row = (typeof rows)[number]
    return toCsv(rows, [
      ...columns.map((c) => ({ header: c, value: (r: Row) => r[c] })),
      { header: 'projection_value', value: (r: Row) => r.projection?.value ?? null },
      { header: 'projection_low', value: (r: Row) => r.projection?.low ?? null },
      { header: 'projection_high', value: (r: Row) => r.projection?.high ?? null },
      { header: 'projection_verdict', value: (r: Row) => r.projection?.verdict ?? null },
    ])
  } catch (error) {
    if (error instanceof UnknownScopeError) throw new UsageError(error.message)
    if (error instanceof AccessDenied) throw new UsageError(`--as ${asEmail}: ${error.reason}`)
    throw error
  }
}

function emptyRowForHeader() {
  return {
    standard: '',
    code: '',
    position: 0,
    name: { kk: '', ru: '', en: '' },
    group: 'timeliness' as const,
    measure: 'on_time' as const,
    direction: 'higher_is_better' as const,
    scope: { level: 'nation' as const, code: null, name: null },
    period: '',
    numerator: 0,
    denominator: 0,
    value: null,
    normative: null,
    target: null,
    status: 'no_data' as const,
    edition: { number: 0, standing: 'in_force' as const, spans: [] },
    ciLow: null,
    ciHigh: null,
    coverage: { contributing: 0, serving: 0, low: false },
  }
}
