// What an import batch can be, and why committing, cancelling or undoing one is refused: the codes
// the import page shows with `imports.status.<status>` and `imports.state.<code>`. Plain (not
// .server) because the page renders them and the server raises them (import.server.ts).
import type { ImportBatchesTable } from '../../db/schema'
import type { Selectable } from 'kysely'

export type BatchStatus = Selectable<ImportBatchesTable>['status']

/** Why a batch cannot be committed, cancelled or undone. */
export type ImportStateCode =
  | 'notFound'
  | 'notPreview'
  | 'invalidRows'
  | 'stagedLost'
  | 'storedOutsideRegion'
  | 'notCommitted'
  | 'laterBatch'
  | 'otherBatchRows'
  | 'scaleUnconfirmed'
  | 'scaleNotAsked'
