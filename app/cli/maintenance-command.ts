// Operator commands after a reference-data edit: `sapa recompute-deadlines --from YYYY-MM-DD
// [--standard ID]` (after a calendar or deadline-rule change; rebuilds the rollups too, since a
// rule's maximum wait feeds them) and `sapa rebuild-rollups` (after a region-history change).
import { parseArgs } from 'node:util'
import type { Db } from '../../db/client.server'
import { rebuildRollups } from '../../db/queries/rollups'
import { recomputeDeadlines } from '../facts/deadline-recompute.server'
import { UsageError } from './usage-error'

export async function recomputeDeadlinesCommand(db: Db, args: string[]): Promise<string> {
  const { values } = parseArgs({
    args,
    options: { from: { type: 'string' }, standard: { type: 'string' } },
  })
  if (!values.from || !/^\d{4}-\d{2}-\d{2}$/.test(values.from)) {
    throw new UsageError(
      '--from YYYY-MM-DD is required: the first submission day a change can affect',
    )
  }
  const result = await recomputeDeadlines(db, { fromDay: values.from, standardId: values.standard })
  await rebuildRollups(db)
  return JSON.stringify(result, null, 2) + '\n'
}

export async function rebuildRollupsCommand(db: Db): Promise<string> {
  await rebuildRollups(db)
  return 'rollups rebuilt from the base tables\n'
}
