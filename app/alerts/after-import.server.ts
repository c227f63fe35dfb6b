// The alerts after an import's commit or undo (decision 0030): evaluated after the import's
// transaction, for the offices the batch wrote only (an import of one office's file looks at one
// office, however many alerts stand elsewhere). A failure is logged, never thrown: the import has
// been written and stays written; the next evaluation (the CLI, the daily job) catches up.
import type { Db } from '../../db/client.server'
import { evaluateAlerts } from './evaluate.server'

export async function alertsAfterImport(
  db: Db,
  options: {
    batchId: number
    event: 'commit' | 'undo'
    offices: readonly number[]
    /** The batch may concern the import rule: committed with rows left out, or undone. */
    leftOut: boolean
    now?: Date
  },
): Promise<void> {
  try {
    await evaluateAlerts(db, {
      now: options.now,
      trigger: options.event === 'commit' ? 'import_commit' : 'import_undo',
      offices: options.offices,
      batch: options.leftOut ? { id: options.batchId, event: options.event } : undefined,
    })
  } catch (error) {
    console.error(
      `[sapa] alerts after the ${options.event} of import batch ${options.batchId} failed:`,
      error instanceof Error ? error.message : error,
    )
  }
}
