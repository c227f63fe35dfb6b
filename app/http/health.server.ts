// GET /healthz: the server is up and its database answers. On the embedded database a long
// statement (an import's commit) holds the one session for seconds: waiting behind it would make
// the check as slow as the import, so while the queue is busy the answer comes from its state —
// 200 with what it is doing while statements keep finishing, 503 once one has run longer than the
// stuck limit, or when the database's thread is gone (decision 0016).
import { embeddedQueueState, type Db } from '../../db/client.server'
import { DatabaseBusyError, withDbWaitLimit, type QueueState } from '../../db/db-queue'
import { pingDatabase } from '../../db/queries/health'
import { replicaStatus, type ReplicaStatus } from '../../db/replica-router'

export interface Health {
  httpStatus: 200 | 503
  body: {
    status: 'ok' | 'error'
    database: 'postgres' | 'pglite'
    message?: string
    /** The embedded database is serving another flow (an import): what it is doing. */
    busy?: { heldMs: number; statementMs: number; sinceProgressMs: number; waiting: number }
    /** With DATABASE_READ_URL: each replica's state and reads, the waits (decision 0034). */
    replicas?: ReplicaStatus
  }
}

export interface HealthLimits {
  /** A statement running longer than this (ms) counts as stuck: 503. */
  stuckMs: number
  /** How long the check itself waits for an idle embedded database (ms). */
  pingWaitMs?: number
}

export async function checkHealth(
  db: Db,
  engine: 'postgres' | 'pglite',
  limits: HealthLimits,
): Promise<Health> {
  const queue = embeddedQueueState(db)
  if (queue?.busy) return fromQueue(engine, queue, limits)
  try {
    await withDbWaitLimit(limits.pingWaitMs ?? 500, () => pingDatabase(db))
    const replicas = replicaStatus(db)
    return {
      httpStatus: 200,
      body: { status: 'ok', database: engine, ...(replicas ? { replicas } : {}) },
    }
  } catch (error) {
    // The queue filled up between the look and the ping: answer from its state after all.
    const now = embeddedQueueState(db)
    if (DatabaseBusyError.is(error) && now) return fromQueue(engine, now, limits)
    const message = error instanceof Error ? error.message : String(error)
    return { httpStatus: 503, body: { status: 'error', database: engine, message } }
  }
}

function fromQueue(engine: 'postgres' | 'pglite', queue: QueueState, limits: HealthLimits): Health {
  const busy = {
    heldMs: queue.heldMs,
    statementMs: queue.statementMs,
    sinceProgressMs: queue.sinceProgressMs,
    waiting: queue.waiting,
  }
  if (queue.statementMs > limits.stuckMs) {
    const message = `one statement has run for ${Math.round(queue.statementMs / 1000)} s (limit ${Math.round(limits.stuckMs / 1000)} s)`
    return { httpStatus: 503, body: { status: 'error', database: engine, message, busy } }
  }
  return { httpStatus: 200, body: { status: 'ok', database: engine, busy } }
}
