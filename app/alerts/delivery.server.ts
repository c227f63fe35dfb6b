// How an alert reaches its recipients (decision 0030). One implementation per channel: the
// in-app inbox here; e-mail (the mail outbox of app/monitoring/) in email-delivery.server.ts —
// both listed in DELIVERIES (deliveries.server.ts); the evaluation does not change.
import type { Db } from '../../db/client.server'
import { insertDeliveries } from '../../db/queries/alerts'
import type { AlertChannel, AlertFinding } from '../domain/alert-rules'

export interface RaisedAlert {
  id: number
  finding: AlertFinding
}

export interface AlertDelivery {
  channel: AlertChannel
  /** Hands the alert to these users on this channel, inside the evaluation's transaction. */
  deliver: (db: Db, alert: RaisedAlert, userIds: readonly number[], now: Date) => Promise<number>
}

/** The in-app inbox: one unread line per recipient (a raised-again alert is unread again). */
export const inboxDelivery: AlertDelivery = {
  channel: 'inbox',
  deliver: (db, alert, userIds, now) => insertDeliveries(db, alert.id, userIds, 'inbox', now),
}
