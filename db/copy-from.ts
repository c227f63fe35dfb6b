// COPY … FROM STDIN on either engine, for bulk writes (the import's staging, decision 0012): the
// rows travel as one COPY payload, which PostgreSQL reads several times faster than the same rows
// as statement parameters. Kysely has no COPY, so each database created by client.server.ts
// registers its engine here: on PostgreSQL the payload goes through the COPY sub-protocol on a
// connection of the pool, on PGlite the same statement reads it from '/dev/blob', in its turn in
// the embedded database's queue like every other statement (decision 0016). Outside a
// transaction only (a Kysely transaction's connection is not reachable from here).
import type { Kysely } from 'kysely'
import type pg from 'pg'
import type { QueueState } from './db-queue'
import type { DB } from './schema'

/** client.server.ts's Db, named here without importing it back (it imports this module). */
type Db = Kysely<DB>

type Engine =
  | { kind: 'postgres'; pool: pg.Pool }
  | {
      kind: 'pglite'
      /** Runs a COPY statement with its payload, in the queue's order. */
      copy: (sql: string, data: Uint8Array) => Promise<number>
      queueState: () => QueueState
      dump: () => Promise<Blob>
    }

/**
 * Where a database keeps its engine: a symbol of the global registry, so that a database opened by
 * one copy of this module (server.ts, run from the sources) is understood by another (the Remix
 * server bundle's, which server.ts hands the database to).
 */
const ENGINE = Symbol.for('sapa.db.engine')

/** Called by client.server.ts for every database it opens. */
export function registerEngine(db: Db, engine: Engine): void {
  Object.defineProperty(db, ENGINE, { value: engine })
}

export interface CopyTarget {
  table: string
  columns: readonly string[]
  format: 'binary' | 'text'
}

/** The engine a database was opened on (undefined for a transaction or a foreign Kysely). */
export function engineOf(db: Db): Engine | undefined {
  return (db as unknown as Record<symbol, Engine | undefined>)[ENGINE]
}

/** Writes `data` (a complete COPY payload of `target.format`) into the table; returns the rows. */
export async function copyFrom(db: Db, target: CopyTarget, data: Uint8Array): Promise<number> {
  const engine = engineOf(db)
  if (!engine) {
    throw new Error('COPY needs the database itself (one opened by createDb), not a transaction')
  }
  const head = `copy ${target.table} (${target.columns.join(', ')})`
  const format = `with (format ${target.format})`
  if (engine.kind === 'pglite') {
    return engine.copy(`${head} from '/dev/blob' ${format}`, data)
  }
  const client = await engine.pool.connect()
  // A connection that breaks during the COPY is released as broken (the pool drops it).
  let broken: Error | undefined
  const onError = (error: Error) => (broken = error)
  client.on('error', onError)
  try {
    return await new Promise<number>((resolve, reject) => {
      const copy = new CopyIn(`${head} from stdin ${format}`, data, (error, rows) => {
        if (error) reject(error)
        else resolve(rows)
      })
      void client.query(copy as unknown as pg.QueryConfig)
    })
  } finally {
    client.off('error', onError)
    client.release(broken)
  }
}

/** The part of pg's connection that the COPY sub-protocol uses (pg/lib/connection.js). */
interface CopyConnection {
  query(text: string): void
  sendCopyFromChunk(chunk: Buffer): void
  endCopyFrom(): void
}

/**
 * A pg "submittable" (the interface pg-copy-streams implements): pg's client hands it the
 * connection once it is its turn and forwards the server's messages to it. The whole payload is
 * sent at once — callers bound its size — then CopyDone; the server answers CommandComplete
 * ("COPY n") or an error, then ReadyForQuery.
 */
class CopyIn {
  private rows = 0
  private settled = false

  constructor(
    private readonly text: string,
    private readonly data: Uint8Array,
    private readonly done: (error: Error | null, rows: number) => void,
  ) {}

  submit(connection: CopyConnection): void {
    connection.query(this.text)
  }

  handleCopyInResponse(connection: CopyConnection): void {
    // CopyData messages carry at most 1 GB; a payload is a few megabytes, sent in 64 KB pieces.
    const data = Buffer.from(this.data.buffer, this.data.byteOffset, this.data.byteLength)
    const piece = 64 * 1024
    for (let at = 0; at < data.length; at += piece) {
      connection.sendCopyFromChunk(data.subarray(at, Math.min(at + piece, data.length)))
    }
    connection.endCopyFrom()
  }

  handleCommandComplete(message: { text?: string }): void {
    this.rows = Number(/^COPY (\d+)/.exec(message.text ?? '')?.[1] ?? 0)
  }

  handleError(error: Error): void {
    this.settle(error)
  }

  handleReadyForQuery(): void {
    this.settle(null)
  }

  // Not expected from COPY FROM; present because pg calls them on whatever query is active.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}

  private settle(error: Error | null): void {
    if (this.settled) return
    this.settled = true
    this.done(error, this.rows)
  }
}
