// POST /api/v1/imports/<id>/undo — undoes a committed batch: the rows it updated get their
// previous version back, the rows it inserted are deleted; one audit row. 404 for a batch the
// caller does not reach (another region's), 409 when the batch is not committed, a batch
// committed later changed the same rows (undo that one first), or the undo would delete or
// rewrite rows another batch wrote (decision 0015).
import type { ActionFunctionArgs } from '@remix-run/node'
import { auditSource } from '~/accounts/audit.server'
import { apiJson, apiNotFound, parseInput } from '~/http/request-input.server'
import { importAccess, ImportBatchParams } from '~/import/api.server'
import { ImportBatchNotFound, ImportStateError, undoImport } from '~/import/import.server'
import { apiForbidden, requireUser } from '~/accounts/policy.server'

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context)
  if (request.method !== 'POST') return apiJson({ error: 'method_not_allowed' }, 405)
  const access = await importAccess(context.db, request, user)
  if (!access) return apiForbidden()
  const id = parseInput(ImportBatchParams, params)
  if (!id.ok) return apiNotFound(`no import batch "${params.id}"`)
  try {
    const undone = await undoImport(context.db, id.value.id, {
      actor: { userId: user.id, source: auditSource(request, context) },
      scope: access.scope,
    })
    return apiJson({
      undone: {
        batch_id: undone.batchId,
        rows_restored: undone.rowsRestored,
        rows_deleted: undone.rowsDeleted,
      },
    })
  } catch (error) {
    if (error instanceof ImportBatchNotFound) return apiNotFound(error.message)
    if (error instanceof ImportStateError) {
      return apiJson({ error: 'conflict', message: error.message }, 409)
    }
    throw error
  }
}

export async function loader({ request, context }: ActionFunctionArgs) {
  await requireUser(request, context)
  return apiJson({ error: 'method_not_allowed', message: 'POST to undo the batch' }, 405)
}
