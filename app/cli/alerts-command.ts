// `sapa alerts run [--dry-run] [--at DATE]`: a full evaluation of the alert rules (every office,
// every rule), printing what it raised and resolved — or, with --dry-run, what it would.
// --at evaluates as of that day (noon in Kazakhstan): the last complete month before it.
import { parseArgs } from 'node:util'
import type { Db } from '../../db/client.server'
import { evaluateAlerts, type AlertChange } from '../alerts/evaluate.server'
import { UsageError } from './usage-error'

function line(change: AlertChange): string {
  const what = [change.standardId, change.measure].filter(Boolean).join(' ')
  const recipients = change.recipients === undefined ? '' : ` → ${change.recipients} recipient(s)`
  return `  ${change.rule}  ${change.scopeKind} ${change.scopeId}${
    typeof change.figures?.office === 'string' ? ` (${change.figures.office})` : ''
  }  ${change.period}${what ? `  ${what}` : ''}${recipients}`
}

export async function alertsCommand(db: Db, args: string[]): Promise<string> {
  const [sub, ...rest] = args
  if (sub !== 'run') throw new UsageError('usage: sapa alerts run [--dry-run] [--at YYYY-MM-DD]')
  const { values } = parseArgs({
    args: rest,
    options: { 'dry-run': { type: 'boolean' }, at: { type: 'string' } },
  })
  let now = new Date()
  if (values.at !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.at) || Number.isNaN(Date.parse(values.at))) {
      throw new UsageError('--at takes a date, YYYY-MM-DD')
    }
    now = new Date(`${values.at}T12:00:00+05:00`)
  }
  const dryRun = values['dry-run'] === true
  const result = await evaluateAlerts(db, { now, trigger: 'cli', dryRun })
  const out = [
    `alerts evaluated for ${result.month} (every office)${dryRun ? ' — dry run, nothing written' : ''}`,
    `${dryRun ? 'would be raised' : 'raised'}: ${result.raised.length}`,
    ...result.raised.map(line),
    `${dryRun ? 'would be resolved' : 'resolved'}: ${result.resolved.length}`,
    ...result.resolved.map(line),
  ]
  if (!dryRun) out.push(`inbox deliveries: ${result.deliveries}`)
  return out.join('\n') + '\n'
}
