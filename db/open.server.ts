// Opens the database a process will use (PGlite under DATA_DIR unless DATABASE_URL is set),
// takes the embedded-database lock, and brings the schema up to date.
import { createDb, type Db } from './client.server'
import { acquireEmbeddedLock } from './embedded-lock'
import { migrateToLatest } from './migrate'

export interface OpenDatabaseOptions {
  databaseUrl?: string
  /** Streaming replicas of DATABASE_URL for the reads of read scopes (decision 0034). */
  replicas?: { urls: string[]; waitMs: number }
  dataDir: string
  /** Who holds the embedded database, for the message another process sees. */
  purpose: string
  migrate?: boolean
}

export interface OpenDatabase {
  db: Db
  engine: 'postgres' | 'pglite'
  close: () => Promise<void>
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenDatabase> {
  const release = options.databaseUrl
    ? () => {}
    : acquireEmbeddedLock(options.dataDir, options.purpose)
  try {
    const db = options.databaseUrl
      ? await createDb({ kind: 'postgres', url: options.databaseUrl, replicas: options.replicas })
      : await createDb({ kind: 'pglite', dataDir: options.dataDir })
    if (options.migrate !== false) await migrateToLatest(db)
    let closed = false
    return {
      db,
      engine: options.databaseUrl ? 'postgres' : 'pglite',
      close: async () => {
        if (closed) return
        closed = true
        await db.destroy()
        release()
      },
    }
  } catch (error) {
    release()
    throw error
  }
}
