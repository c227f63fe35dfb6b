// The embedded database as the main thread sees it (decision 0016): PGlite runs in a worker
// thread (db/pglite-worker.js) so that a long statement never holds the server's event loop, and
// every access — Kysely's queries and transactions, and the import's COPY — goes through one FIFO
// queue (db/db-queue.ts) on its one session. Kysely's own PGlite dialect ran the WASM on the main
// thread (a 50,000-row commit held every request, /healthz included, for seconds), serialized
// Kysely's statements with a lock nobody else could see, and the staging COPY went around it.
import { Worker } from 'node:worker_threads'
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type TransactionSettings,
} from 'kysely'
import { DbQueue } from './db-queue'
import { typeParserKinds } from './type-parsers'

interface Answer {
  id: number
  ok: boolean
  value?: unknown
  error?: Record<string, unknown> & { message: string }
}

interface RawResult {
  rows: Record<string, unknown>[]
  affectedRows: number | null
}

/** An error of the database, rebuilt with PostgreSQL's fields (code, detail, constraint …). */
function rebuildError(data: Record<string, unknown> & { message: string }): Error {
  const error = new Error(data.message)
  for (const [key, value] of Object.entries(data)) {
    if (key !== 'message' && key !== 'stack')
      (error as unknown as Record<string, unknown>)[key] = value
  }
  return error
}

/** The embedded database's thread: one message per operation, answered in turn. */
export class EmbeddedDatabase {
  readonly queue = new DbQueue()
  private nextId = 1
  private readonly pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void }
  >()
  private failure: Error | null = null
  private closing: Promise<void> | null = null

  private constructor(private readonly worker: Worker) {
    worker.on('message', (answer: Answer) => {
      const call = this.pending.get(answer.id)
      if (!call) return
      this.pending.delete(answer.id)
      if (answer.ok) call.resolve(answer.value)
      else call.reject(rebuildError(answer.error!))
    })
    const fail = (error: Error) => {
      this.failure ??= error
      this.queue.close(this.failure)
      for (const call of this.pending.values()) call.reject(this.failure)
      this.pending.clear()
    }
    worker.on('error', fail)
    worker.on('exit', (code) =>
      fail(new Error(`the embedded database's thread stopped (exit code ${code})`)),
    )
  }

  /** Starts the thread and opens the database in it (a data dir, a dump to load, or memory). */
  static async open(options: {
    dataDir: string | null
    loadDataDir?: Blob
  }): Promise<EmbeddedDatabase> {
    const loadDataDir = options.loadDataDir
      ? new Uint8Array(await options.loadDataDir.arrayBuffer())
      : null
    const worker = new Worker(new URL('./pglite-worker.js', import.meta.url), {
      workerData: { dataDir: options.dataDir, loadDataDir, parserKinds: typeParserKinds },
      transferList: loadDataDir ? [loadDataDir.buffer as ArrayBuffer] : [],
    })
    // Until it is open, the thread's first message, or its failure, settles the opening.
    let onMessage!: (answer: { ready: boolean; error?: Answer['error'] }) => void
    let onError!: (error: Error) => void
    let onExit!: (code: number) => void
    const opened = new Promise<{ ready: boolean; error?: Answer['error'] }>((resolve, reject) => {
      onMessage = resolve
      onError = reject
      onExit = (code) =>
        reject(new Error(`the embedded database's thread stopped (exit code ${code})`))
      worker.once('message', onMessage).once('error', onError).once('exit', onExit)
    })
    const ready = await opened.finally(() => {
      // (never removeAllListeners: the Worker's own newListener hooks start its message port)
      worker.off('message', onMessage).off('error', onError).off('exit', onExit)
    })
    if (!ready.ready) {
      await worker.terminate()
      throw rebuildError(ready.error ?? { message: 'the embedded database did not open' })
    }
    return new EmbeddedDatabase(worker)
  }

  private call<T>(message: Record<string, unknown>, transfer: ArrayBuffer[] = []): Promise<T> {
    if (this.failure) return Promise.reject(this.failure)
    const id = this.nextId++
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject })
      this.worker.postMessage({ ...message, id }, transfer)
    })
  }

  /** One statement; the caller holds the queue. */
  query(sql: string, params: readonly unknown[]): Promise<RawResult> {
    return this.queue.track(() => this.call<RawResult>({ op: 'query', sql, params }))
  }

  /** COPY … FROM '/dev/blob' with `data` as the payload; waits its turn in the queue. */
  async copy(sql: string, data: Uint8Array): Promise<number> {
    await this.queue.acquire()
    try {
      const copy = new Uint8Array(data) // transferred to the thread: the caller keeps its bytes
      const result = await this.queue.track(() =>
        this.call<RawResult>({ op: 'copy', sql, data: copy }, [copy.buffer as ArrayBuffer]),
      )
      return result.affectedRows ?? 0
    } finally {
      this.queue.release()
    }
  }

  /** The whole data directory as a tar (PGlite's dumpDataDir), e.g. a template for tests. */
  async dump(): Promise<Blob> {
    await this.queue.acquire()
    try {
      const bytes = await this.call<Uint8Array>({ op: 'dump' })
      return new Blob([bytes as Uint8Array<ArrayBuffer>])
    } finally {
      this.queue.release()
    }
  }

  /** Closes the database once the flows before this call are done, then stops the thread. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      if (!this.failure) {
        await this.queue.acquire()
        try {
          await this.call({ op: 'close' })
        } finally {
          this.queue.close(new Error('the embedded database is closed'))
        }
      }
      await this.worker.terminate()
    })()
    return this.closing
  }
}

/** Kysely over the embedded database: a connection is the queue's turn. */
export class EmbeddedDialect implements Dialect {
  constructor(private readonly database: EmbeddedDatabase) {}

  createAdapter() {
    return new PostgresAdapter()
  }

  createDriver(): Driver {
    return new EmbeddedDriver(this.database)
  }

  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db)
  }

  createQueryCompiler() {
    return new PostgresQueryCompiler()
  }
}

class EmbeddedConnection implements DatabaseConnection {
  constructor(private readonly database: EmbeddedDatabase) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const { rows, affectedRows } = await this.database.query(compiled.sql, compiled.parameters)
    return {
      rows: rows as R[],
      numAffectedRows: affectedRows === null ? undefined : BigInt(affectedRows),
    }
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported by the embedded database')
  }
}

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`

class EmbeddedDriver implements Driver {
  private readonly connection: EmbeddedConnection

  constructor(private readonly database: EmbeddedDatabase) {
    this.connection = new EmbeddedConnection(database)
  }

  async init(): Promise<void> {}

  /** Kysely asks for a connection per statement, or once for a whole transaction. */
  async acquireConnection(): Promise<DatabaseConnection> {
    await this.database.queue.acquire()
    return this.connection
  }

  async releaseConnection(): Promise<void> {
    this.database.queue.release()
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    const modes = [
      settings.isolationLevel ? `isolation level ${settings.isolationLevel}` : null,
      settings.accessMode ?? null,
    ].filter(Boolean)
    await connection.executeQuery(CompiledQuery.raw(`start transaction ${modes.join(', ')}`))
  }

  async commitTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('commit'))
  }

  async rollbackTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('rollback'))
  }

  async savepoint(connection: DatabaseConnection, name: string) {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${quoteIdentifier(name)}`))
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string) {
    await connection.executeQuery(
      CompiledQuery.raw(`rollback to savepoint ${quoteIdentifier(name)}`),
    )
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string) {
    await connection.executeQuery(CompiledQuery.raw(`release savepoint ${quoteIdentifier(name)}`))
  }

  async destroy(): Promise<void> {
    await this.database.close()
  }
}
