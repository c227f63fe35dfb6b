// GET /healthz: the server is up and its database answers.
import type { Db } from '../db/client.server'
import { pingDatabase } from '../db/queries/health'

export interface Health {
  httpStatus: 200 | 503
  body: { status: 'ok' | 'error'; database: 'postgres' | 'pglite'; message?: string }
}

export async function checkHealth(db: Db, engine: 'postgres' | 'pglite'): Promise<Health> {
  try {
    await pingDatabase(db)
    return { httpStatus: 200, body: { status: 'ok', database: engine } }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { httpStatus: 503, body: { status: 'error', database: engine, message } }
  }
}
