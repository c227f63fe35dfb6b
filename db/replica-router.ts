// Reads on streaming replicas (DATABASE_READ_URL, decision 0034). A Kysely driver that sends every
// statement to the primary, except a plain read (one SELECT outside a transaction) made inside a
// read scope (db/read-scope.ts) — those go to a replica that has replayed the primary's WAL at
// least up to the position read together with the data version. The scope reads that pair once,
// on the primary, and the page states that version; a replica behind it is waited for (bounded by
// `waitMs`, polled), otherwise the reads go to the primary. A replica that cannot be reached or
// fails is skipped for `retryMs`, then tried again. After any write in a scope (a session touched,
// an audit row) the rest of that scope reads from the primary, so a request always reads its own
// writes.
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
  CompiledQuery as Compiled,
} from 'kysely'
import { currentReadScope } from './read-scope'

export interface ReplicaOptions {
  /** How long a scope waits for a replica to replay the primary's position, in ms. */
  waitMs: number
  /** Between two looks at a lagging replica, in ms. */
  pollMs?: number
  /** How long a failed replica is left alone before it is tried again, in ms. */
  retryMs?: number
  log?: (message: string) => void
}

/** The primary's state a scope's reads must not be older than. */
interface Floor {
  version: number
  lsn: bigint
}

interface ScopeState {
  floor: Promise<Floor> | null
  reader: Promise<Replica | null> | null
  wrote: boolean
}

/** What /healthz reports of the replicas (numbered from 1, without their addresses). */
export interface ReplicaStatus {
  replicas: { replica: number; state: 'up' | 'down'; reads: number }[]
  /** Scopes whose reads went to the primary: no replica had caught up in time, or none was up. */
  primaryScopes: number
  /** How long the last scope that looked for a replica waited, and the longest wait, in ms. */
  lastWaitMs: number
  maxWaitMs: number
}

/** "16/B374D848" → a number that orders like the WAL. */
export function parseLsn(text: string): bigint {
  const [high = '0', low = '0'] = text.split('/')
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`)
}

// Statements that look like reads but change something, or hold something on the server they run
// on (an advisory lock taken on a replica would guard nothing). Such a statement goes to the
// primary; anything a replica refuses as a write (SQLSTATE 25006) is run on the primary as well.
// cases_make_year_partitions (migration 0032) makes tables.
const NOT_A_PLAIN_READ =
  /\b(insert|update|delete|merge|truncate|nextval|setval|pg_notify|pg_(try_)?advisory\w*|cases_make_year_partitions|into)\b|\bfor\s+(no\s+key\s+)?update\b|\bfor\s+(key\s+)?share\b/i

export function isPlainRead(query: CompiledQuery): boolean {
  const kind = query.query.kind
  if (kind !== 'SelectQueryNode' && kind !== 'RawNode') return false
  return /^\s*(select|with)\b/i.test(query.sql) && !NOT_A_PLAIN_READ.test(query.sql)
}

/** Whether a failed read says the replica is gone ('down'), declined it ('declined') or neither. */
export function replicaTrouble(error: unknown): 'down' | 'declined' | null {
  const code = (error as { code?: unknown } | null)?.code
  // No SQLSTATE: the network or the client (ECONNREFUSED, "Connection terminated unexpectedly").
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return 'down'
  // 08: connection exception; 57P0x: shut down, cannot connect now; 53: out of resources.
  if (code.startsWith('08') || code.startsWith('57P') || code.startsWith('53')) return 'down'
  // 40001 on a standby: canceled by a conflict with recovery; 25006: a write on a read-only server.
  if (code === '40001' || code === '25006') return 'declined'
  return null
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** One statement on a fresh connection of a driver. */
async function runOn(driver: Driver, query: CompiledQuery): Promise<QueryResult<unknown>> {
  const connection = await driver.acquireConnection()
  try {
    return await connection.executeQuery(query)
  } finally {
    await driver.releaseConnection(connection)
  }
}

/** The least time a replica's look is given before it counts as failed, in ms. */
const LOOK_MS = 1_000

const FLOOR_SQL = Compiled.raw(
  'select (select version from data_version) as version, pg_current_wal_lsn()::text as lsn',
)
const REPLICA_SQL = Compiled.raw(
  'select pg_is_in_recovery() as standby, pg_last_wal_replay_lsn()::text as lsn, ' +
    '(select version from data_version) as version',
)

class Replica {
  state: 'up' | 'down' = 'up'
  reads = 0
  private retryAt = 0

  constructor(
    readonly number: number,
    readonly driver: Driver,
    private readonly retryMs: number,
    private readonly log: (message: string) => void,
  ) {}

  usable(now: number): boolean {
    return this.state === 'up' || now >= this.retryAt
  }

  failed(reason: string): void {
    if (this.state === 'up') this.log(`replica ${this.number} skipped: ${reason}`)
    this.state = 'down'
    this.retryAt = Date.now() + this.retryMs
  }

  answered(): void {
    if (this.state === 'down') this.log(`replica ${this.number} answers again`)
    this.state = 'up'
  }

  /**
   * 'current' when it has replayed `floor`, 'behind' when not yet, 'failed' when it is no use —
   * also when it has not answered within `timeoutMs` (a connection that hangs).
   */
  async look(floor: Floor, timeoutMs: number): Promise<'current' | 'behind' | 'failed'> {
    let timer: NodeJS.Timeout | undefined
    const silence = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs)
    })
    try {
      const answer = await Promise.race([runOn(this.driver, REPLICA_SQL), silence])
      const row = answer.rows[0] as {
        standby: boolean
        lsn: string | null
        version: number | null
      }
      if (!row.standby) {
        this.failed('it is not a standby (pg_is_in_recovery() is false)')
        return 'failed'
      }
      this.answered()
      const caughtUp =
        row.lsn !== null && parseLsn(row.lsn) >= floor.lsn && (row.version ?? 0) >= floor.version
      return caughtUp ? 'current' : 'behind'
    } catch (error) {
      this.failed(message(error))
      return 'failed'
    } finally {
      clearTimeout(timer)
    }
  }
}

export class ReplicaRouter {
  private readonly replicas: Replica[]
  private turn = 0
  private primaryScopes = 0
  private lastWaitMs = 0
  private maxWaitMs = 0
  private readonly waitMs: number
  private readonly pollMs: number

  constructor(
    readonly primary: Driver,
    replicaDrivers: Driver[],
    options: ReplicaOptions,
  ) {
    const log = options.log ?? ((m: string) => console.warn(`[sapa] ${m}`))
    this.replicas = replicaDrivers.map(
      (driver, i) => new Replica(i + 1, driver, options.retryMs ?? 1_000, log),
    )
    this.waitMs = options.waitMs
    this.pollMs = options.pollMs ?? 5
  }

  async init(): Promise<void> {
    await Promise.all([this.primary, ...this.replicas.map((r) => r.driver)].map((d) => d.init()))
  }

  async destroy(): Promise<void> {
    await Promise.all([this.primary, ...this.replicas.map((r) => r.driver)].map((d) => d.destroy()))
  }

  status(): ReplicaStatus {
    return {
      replicas: this.replicas.map((r) => ({ replica: r.number, state: r.state, reads: r.reads })),
      primaryScopes: this.primaryScopes,
      lastWaitMs: this.lastWaitMs,
      maxWaitMs: this.maxWaitMs,
    }
  }

  /** This router's state in the caller's read scope, or null outside one. */
  scopeState(): ScopeState | null {
    const scope = currentReadScope()
    if (!scope) return null
    let state = scope.states.get(this) as ScopeState | undefined
    if (!state) scope.states.set(this, (state = { floor: null, reader: null, wrote: false }))
    return state
  }

  /** The data version (and the primary's WAL position with it), read once per scope. */
  floorOf(state: ScopeState): Promise<Floor> {
    if (!state.floor) {
      const floor = runOn(this.primary, FLOOR_SQL).then(({ rows }) => {
        const row = rows[0] as { version: number | null; lsn: string }
        return { version: row.version ?? 0, lsn: parseLsn(row.lsn) }
      })
      floor.catch(() => {
        if (state.floor === floor) state.floor = null
      })
      state.floor = floor
    }
    return state.floor
  }

  async read(state: ScopeState, query: CompiledQuery): Promise<QueryResult<unknown>> {
    if (!state.wrote) {
      state.reader ??= this.floorOf(state).then((floor) => this.choose(floor))
      const replica = await state.reader
      if (replica) {
        try {
          const result = await runOn(replica.driver, query)
          replica.reads++
          return result
        } catch (error) {
          const trouble = replicaTrouble(error)
          if (!trouble) throw error
          if (trouble === 'down') replica.failed(message(error))
          // The rest of this scope reads from the primary.
          state.reader = Promise.resolve(null)
        }
      }
    }
    return runOn(this.primary, query)
  }

  /** A replica that has replayed `floor`, waiting up to waitMs for one; null: use the primary. */
  private async choose(floor: Floor): Promise<Replica | null> {
    const started = performance.now()
    const first = this.turn++ % this.replicas.length
    const now = Date.now()
    let candidates = [...this.replicas.slice(first), ...this.replicas.slice(0, first)].filter((r) =>
      r.usable(now),
    )
    let chosen: Replica | null = null
    while (candidates.length > 0) {
      // A look that hangs gives up with the wait (a connection attempt gives up after 1 s).
      const answers = await Promise.all(
        candidates.map((r) => r.look(floor, Math.max(this.waitMs, LOOK_MS))),
      )
      chosen = candidates.find((_, i) => answers[i] === 'current') ?? null
      if (chosen) break
      candidates = candidates.filter((_, i) => answers[i] === 'behind')
      if (performance.now() - started + this.pollMs > this.waitMs) break
      if (candidates.length > 0) await sleep(this.pollMs)
    }
    this.lastWaitMs = Math.round(performance.now() - started)
    this.maxWaitMs = Math.max(this.maxWaitMs, this.lastWaitMs)
    if (!chosen) this.primaryScopes++
    return chosen
  }
}

/** A connection that picks its server per statement (see the top of this file). */
class RoutingConnection implements DatabaseConnection {
  private inner: Promise<DatabaseConnection> | null = null

  constructor(private readonly router: ReplicaRouter) {}

  /** The primary connection this one is bound to from now on. */
  pin(): Promise<DatabaseConnection> {
    return (this.inner ??= this.router.primary.acquireConnection())
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const state = this.router.scopeState()
    if (state) {
      const read = isPlainRead(query)
      if (read && !this.inner) return (await this.router.read(state, query)) as QueryResult<R>
      if (!read) state.wrote = true
    }
    return (await this.pin()).executeQuery<R>(query)
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize?: number) {
    const state = this.router.scopeState()
    if (state) state.wrote = true
    yield* (await this.pin()).streamQuery<R>(query, chunkSize)
  }

  async release(): Promise<void> {
    if (!this.inner) return
    const inner = await this.inner.catch(() => null)
    if (inner) await this.router.primary.releaseConnection(inner)
  }
}

class RoutingDriver implements Driver {
  constructor(private readonly router: ReplicaRouter) {}
  init = () => this.router.init()
  destroy = () => this.router.destroy()
  acquireConnection = async (): Promise<DatabaseConnection> => new RoutingConnection(this.router)
  releaseConnection = (c: DatabaseConnection) => (c as RoutingConnection).release()

  // A transaction is the primary's, whatever it holds.
  private primaryOf = (c: DatabaseConnection) => (c as RoutingConnection).pin()
  beginTransaction = async (c: DatabaseConnection, settings: TransactionSettings) =>
    this.router.primary.beginTransaction(await this.primaryOf(c), settings)
  commitTransaction = async (c: DatabaseConnection) =>
    this.router.primary.commitTransaction(await this.primaryOf(c))
  rollbackTransaction = async (c: DatabaseConnection) =>
    this.router.primary.rollbackTransaction(await this.primaryOf(c))
  savepoint = async (c: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) =>
    this.router.primary.savepoint!(await this.primaryOf(c), name, compile)
  rollbackToSavepoint = async (
    c: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ) => this.router.primary.rollbackToSavepoint!(await this.primaryOf(c), name, compile)
  releaseSavepoint = async (
    c: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ) => this.router.primary.releaseSavepoint!(await this.primaryOf(c), name, compile)
}

/** PostgreSQL's dialect with the routing driver. */
export function routingDialect(router: ReplicaRouter): Dialect {
  return {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new RoutingDriver(router),
    createQueryCompiler: () => new PostgresQueryCompiler(),
    createIntrospector: (db: Kysely<any>) => new PostgresIntrospector(db),
  }
}

// Kept on the database object under a global symbol, like db/copy-from.ts's engine: the Remix
// bundle's copy of this module must find the router that server.ts's copy made.
const ROUTER = Symbol.for('sapa.db.replicaRouter')

export function registerRouter(db: object, router: ReplicaRouter): void {
  Object.defineProperty(db, ROUTER, { value: router })
}

export function routerOf(db: object): ReplicaRouter | null {
  return (db as { [ROUTER]?: ReplicaRouter })[ROUTER] ?? null
}

/**
 * Inside a read scope on a database with replicas: the data version this scope's reads were
 * checked against (read on the primary, once per scope). Null elsewhere: read it as usual.
 */
export function scopedDataVersion(db: object): Promise<number> | null {
  const router = routerOf(db)
  const state = router?.scopeState()
  if (!router || !state) return null
  return router.floorOf(state).then((floor) => floor.version)
}

/** The replicas' state for /healthz, or null on a database without replicas. */
export function replicaStatus(db: object): ReplicaStatus | null {
  return routerOf(db)?.status() ?? null
}
