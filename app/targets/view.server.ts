// What both target pages (/targets and /targets/history) show alike: one proposal or decision as
// a row.
import type { TargetRow } from '../../db/queries/targets'
import type { TargetStatus } from '../../db/schema'

export interface TargetRef {
  id: number
  value: number
  status: TargetStatus
  comment: string | null
  proposedBy: string | null
  proposedAt: string | null
  decidedBy: string | null
  decidedAt: string | null
  orderNumber: string | null
  orderDate: string | null
  decisionComment: string | null
  /** Why a value weaker than the normative or the previous target was proposed / approved. */
  justification: string | null
  decisionJustification: string | null
}

export function refOf(row: TargetRow): TargetRef {
  return {
    id: row.id,
    value: row.value,
    status: row.status,
    comment: row.comment,
    proposedBy: row.proposedByName,
    proposedAt: row.proposedAt?.toISOString() ?? null,
    decidedBy: row.decidedByName,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    orderNumber: row.orderNumber,
    orderDate: row.orderDate,
    decisionComment: row.decisionComment,
    justification: row.justification,
    decisionJustification: row.decisionJustification,
  }
}
