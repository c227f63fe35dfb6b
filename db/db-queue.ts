// The embedded database's queue (decision 0016): PGlite is one PostgreSQL session, so one flow
// at a time may use it — a statement, or a whole transaction (Kysely keeps its connection from
// BEGIN to COMMIT), or a COPY. The others wait here, first come first served. A request of the
// server that would wait longer than its limit gets DatabaseBusyError instead (answered as 503
// with Retry-After); imports and everything outside a request (start-up, the CLI, tests) wait
// their turn however long it takes.
import { AsyncLocalStorage } from 'node:async_hooks'

/** How long a flow may wait for the database; null: as long as it takes. */
export interface DbWaitScope {
  waitMs: number | null
  /** Set when a flow of this scope was turned away: the Retry-After it was given (seconds). */
  refusedRetryAfter?: number
}

/**
 * The current request's wait limit. Kept in the global symbol registry: the server (run from the
 * sources) sets it around each request, while the Remix bundle holds its own copy of this module.
 */
const SCOPE_KEY = Symbol.for('sapa.db.waitScope')
const registry = globalThis as unknown as Record<symbol, AsyncLocalStorage<DbWaitScope>>
const waitScope = (registry[SCOPE_KEY] ??= new AsyncLocalStorage<DbWaitScope>())

/** Runs `fn` (a request's handling) with a wait limit for every database access it makes. */
export function withDbWaitLimit<T>(waitMs: number | null, fn: () => T): T {
  return waitScope.run({ waitMs }, fn)
}

/** The Retry-After (seconds) of a refusal in the current request, if it had one. */
export function refusedRetryAfter(): number | undefined {
  return waitScope.getStore()?.refusedRetryAfter
}

/** The database stayed busy longer than the caller may wait. */
export class DatabaseBusyError extends Error {
  /** Seconds after which a retry has a fair chance (the Retry-After header). */
  readonly retryAfterSeconds: number
  readonly waitedMs: number
  /** For code that holds another copy of this module (the Remix bundle): test the name. */
  static is(error: unknown): error is DatabaseBusyError {
    return error instanceof Error && error.name === 'DatabaseBusyError'
  }

  constructor(waitedMs: number, retryAfterSeconds: number) {
    super(
      `the embedded database is busy (waited ${Math.round(waitedMs)} ms): try again in ` +
        `${retryAfterSeconds} s`,
    )
    this.name = 'DatabaseBusyError'
    this.waitedMs = waitedMs
    this.retryAfterSeconds = retryAfterSeconds
  }
}

export interface QueueState {
  /** A flow holds the database. */
  busy: boolean
  /** Since when the current flow holds it (ms ago), 0 when idle. */
  heldMs: number
  /** How long the statement now running has run (ms), 0 when none runs. */
  statementMs: number
  /** Since the last statement finished (ms): the database makes progress while this stays low. */
  sinceProgressMs: number
  /** Flows waiting their turn. */
  waiting: number
  /** Statements finished since the database was opened. */
  statements: number
}

interface Waiter {
  grant: () => void
  refuse: (error: Error) => void
  since: number
}

export class DbQueue {
  private held = false
  private heldSince = 0
  private statementSince = 0
  private running = 0
  private lastProgress = performance.now()
  private finished = 0
  private readonly waiters: Waiter[] = []
  private closedWith: Error | null = null

  /** Waits for the database (FIFO); the caller must release() it once done. */
  acquire(): Promise<void> {
    if (this.closedWith) return Promise.reject(this.closedWith)
    if (!this.held && this.waiters.length === 0) {
      this.take()
      return Promise.resolve()
    }
    const scope = waitScope.getStore()
    const waitMs = scope?.waitMs ?? null
    return new Promise<void>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined
      const waiter: Waiter = {
        since: performance.now(),
        grant: () => {
          clearTimeout(timer)
          this.take()
          resolve()
        },
        refuse: (error) => {
          clearTimeout(timer)
          reject(error)
        },
      }
      this.waiters.push(waiter)
      if (waitMs !== null) {
        timer = setTimeout(() => {
          const at = this.waiters.indexOf(waiter)
          if (at < 0) return
          this.waiters.splice(at, 1)
          const retryAfter = this.retryAfter()
          if (scope) scope.refusedRetryAfter = retryAfter
          reject(new DatabaseBusyError(performance.now() - waiter.since, retryAfter))
        }, waitMs)
        timer.unref?.()
      }
    })
  }

  release(): void {
    if (!this.held) return
    this.held = false
    this.heldSince = 0
    const next = this.waiters.shift()
    if (next) next.grant()
  }

  /** Runs one statement of the current holder, recording how long it runs (health check). */
  async track<T>(statement: () => Promise<T>): Promise<T> {
    this.running++
    this.statementSince = performance.now()
    try {
      return await statement()
    } finally {
      this.running--
      this.statementSince = 0
      this.lastProgress = performance.now()
      this.finished++
    }
  }

  state(): QueueState {
    const now = performance.now()
    return {
      busy: this.held,
      heldMs: this.held ? Math.round(now - this.heldSince) : 0,
      statementMs: this.running > 0 ? Math.round(now - this.statementSince) : 0,
      sinceProgressMs: Math.round(now - this.lastProgress),
      waiting: this.waiters.length,
      statements: this.finished,
    }
  }

  /** The database is gone (closed, or its thread died): every waiter and later caller fails. */
  close(error: Error): void {
    this.closedWith = error
    for (const waiter of this.waiters.splice(0)) waiter.refuse(error)
  }

  private take() {
    this.held = true
    this.heldSince = performance.now()
  }

  /** A retry after the current holder's time so far (at least 1 s, at most a minute). */
  private retryAfter(): number {
    const held = this.held ? (performance.now() - this.heldSince) / 1000 : 1
    return Math.min(60, Math.max(1, Math.ceil(held)))
  }
}
