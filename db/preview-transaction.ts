// A change done in a transaction and then, when it is only a preview, rolled back. The
// confirmation steps of the administration pages ask what an edit would do — how many deadlines a
// removed holiday moves, how many sessions a deactivation ends — by doing it and rolling it back,
// so the preview and the change run the same code and cannot disagree. Nothing of a preview stays:
// neither the edit nor its audit row.
import type { Transaction } from 'kysely'
import type { DB } from './schema'
import type { Db } from './client.server'

class RolledBack<T> extends Error {
  constructor(readonly value: T) {
    super('preview rolled back')
  }
}

/**
 * Runs `change` in one transaction and commits it, or — with `preview` — rolls it back and
 * returns what it would have done. A change that throws is rolled back either way.
 */
export async function changeOrPreview<T>(
  db: Db,
  preview: boolean,
  change: (tx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction().execute(async (tx) => {
      const value = await change(tx)
      if (preview) throw new RolledBack(value)
      return value
    })
  } catch (error) {
    if (error instanceof RolledBack) return error.value as T
    throw error
  }
}
