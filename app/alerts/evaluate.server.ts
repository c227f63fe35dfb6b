// One evaluation of the alert rules (decision 0030): under a PostgreSQL advisory lock (one at a
// time however many processes; PGlite has the same function), each rule of the registry observes
// what holds now within the offices looked at, planAlerts decides what to raise and resolve, the
// raised alerts go to their recipients through each delivery, and every raise and resolve is one
// audit row. After an import only the batch's offices are looked at; the CLI looks at all.
import type { Db } from '../../db/client.server'
import {
  alertOffices,
  alertReaders,
  overdueThreshold,
  raiseAlert,
  resolveAlert,
  takeAlertsLock,
} from '../../db/queries/alerts'
import { audit } from '../accounts/audit.server'
import {
  lastCompleteMonth,
  planAlerts,
  recipientsOf,
  type AlertFinding,
  type StoredAlert,
} from '../domain/alert-rules'
import { todayInKazakhstan } from '../domain/reporting-period'
import { DELIVERIES } from './deliveries.server'
import { readerOf } from './readers.server'
import { memoisedEngine, RULES, type EvaluationContext } from './rules.server'

export type AlertTrigger = 'import_commit' | 'import_undo' | 'cli' | 'daily'

export interface EvaluateOptions {
  now?: Date
  trigger: AlertTrigger
  /** Plan only: nothing is stored, delivered or audited. */
  dryRun?: boolean
  /** The offices to look at (ids); omitted: every office (a full evaluation). */
  offices?: readonly number[]
  /** The import batch whose commit or undo is evaluated. */
  batch?: { id: number; event: 'commit' | 'undo' }
}

export interface AlertChange {
  id: number | null
  rule: string
  scopeKind: string
  scopeId: number
  period: string
  standardId: string
  measure: string
  figures?: Record<string, unknown>
  recipients?: number
}

export interface EvaluationResult {
  month: string
  officesLooked: number | 'all'
  raised: AlertChange[]
  resolved: AlertChange[]
  deliveries: number
}

const ALERTS_SOURCE = { ip: null, userAgent: 'sapa-alerts' }

function changeOf(
  f: AlertFinding | StoredAlert,
  id: number | null,
  extra: Partial<AlertChange> = {},
): AlertChange {
  return {
    id,
    rule: f.rule,
    scopeKind: f.scopeKind,
    scopeId: f.scopeId,
    period: f.period,
    standardId: f.standardId,
    measure: f.measure,
    ...extra,
  }
}

export async function evaluateAlerts(db: Db, options: EvaluateOptions): Promise<EvaluationResult> {
  const now = options.now ?? new Date()
  const today = todayInKazakhstan(now)
  const { month, lastDay } = lastCompleteMonth(today)
  const officeIds = options.offices ? [...new Set(options.offices)] : null
  if (officeIds !== null && officeIds.length === 0 && !options.batch) {
    // Nothing moved (a file imported again): nothing to look at.
    return { month, officesLooked: 0, raised: [], resolved: [], deliveries: 0 }
  }
  return db.transaction().execute(async (trx) => {
    await takeAlertsLock(trx)
    const ctx: EvaluationContext = {
      db: trx,
      now,
      today,
      month,
      monthEnd: lastDay,
      offices:
        officeIds !== null && officeIds.length === 0 ? [] : await alertOffices(trx, officeIds),
      officeIds,
      batch: options.batch ?? null,
      overdueThreshold: await overdueThreshold(trx),
      compute: memoisedEngine(trx),
    }
    const raise: AlertFinding[] = []
    const resolve: StoredAlert[] = []
    for (const rule of RULES) {
      const observed = await rule.observe(ctx)
      const plan = planAlerts(observed.findings, observed.stored, observed.covers)
      raise.push(...plan.raise)
      resolve.push(...plan.resolve)
    }
    const result: EvaluationResult = {
      month,
      officesLooked: officeIds === null ? 'all' : officeIds.length,
      raised: [],
      resolved: [],
      deliveries: 0,
    }
    const readers = raise.length > 0 ? (await alertReaders(trx)).map(readerOf) : []
    for (const finding of raise) {
      const recipients = recipientsOf(finding, readers)
      if (options.dryRun) {
        result.raised.push(
          changeOf(finding, null, { figures: finding.figures, recipients: recipients.length }),
        )
        continue
      }
      const id = await raiseAlert(trx, finding, now)
      const channels: Record<string, number[]> = {}
      for (const delivery of DELIVERIES) {
        const userIds = recipients
          .filter((r) => r.channels.includes(delivery.channel))
          .map((r) => r.userId)
        channels[delivery.channel] = userIds
        result.deliveries += await delivery.deliver(trx, { id, finding }, userIds, now)
      }
      await audit(
        trx,
        {
          userId: null,
          action: 'alert.raise',
          entity: 'alert',
          entityId: id,
          after: {
            ...changeOf(finding, id),
            figures: finding.figures,
            recipients: recipients.map((r) => r.userId),
            channels,
            trigger: options.trigger,
          },
          source: ALERTS_SOURCE,
        },
        now,
      )
      result.raised.push(
        changeOf(finding, id, { figures: finding.figures, recipients: recipients.length }),
      )
    }
    for (const alert of resolve) {
      if (!options.dryRun) {
        await resolveAlert(trx, alert.id, now)
        await audit(
          trx,
          {
            userId: null,
            action: 'alert.resolve',
            entity: 'alert',
            entityId: alert.id,
            before: { resolvedAt: null },
            after: { ...changeOf(alert, alert.id), trigger: options.trigger },
            source: ALERTS_SOURCE,
          },
          now,
        )
      }
      result.resolved.push(changeOf(alert, alert.id))
    }
    return result
  })
}
