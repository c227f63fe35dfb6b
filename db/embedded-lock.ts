// PGlite serves one process at a time. The process that opens the embedded database writes its
// pid to DATA_DIR/sapa.lock; another process finds it and says so plainly instead of failing
// obscurely inside WASM.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export class EmbeddedDatabaseBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by ${holder.what} (pid ${holder.pid}, since ` +
        `${holder.since}). PGlite serves one process at a time: stop that process first, or set ` +
        `DATABASE_URL to use PostgreSQL, which serves many.`,
    )
    this.name = 'EmbeddedDatabaseBusyError'
  }
}

interface LockHolder {
  pid: number
  what: string
  since: string
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Takes the lock or throws EmbeddedDatabaseBusyError; returns the release function. */
export function acquireEmbeddedLock(dataDir: string, what: string): () => void {
  mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, 'sapa.lock')
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as LockHolder
    if (holder.pid !== process.pid && isAlive(holder.pid)) {
      throw new EmbeddedDatabaseBusyError(dataDir, holder)
    }
  } catch (error) {
    if (error instanceof EmbeddedDatabaseBusyError) throw error
    // no lock file, or a stale / unreadable one: take it over
  }
  const mine: LockHolder = { pid: process.pid, what, since: new Date().toISOString() }
  writeFileSync(file, JSON.stringify(mine))
  return () => {
    try {
      const holder = JSON.parse(readFileSync(file, 'utf8')) as LockHolder
      if (holder.pid === process.pid) rmSync(file)
    } catch {
      // already gone
    }
  }
}
