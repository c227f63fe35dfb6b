// What both target pages (/targets and /targets/history) show alike: one proposal or decision as
// a row, and the pages' texts in the reader's language.
import type { TargetRow } from '../../db/queries/targets'
import type { TargetStatus } from '../../db/schema'
import type { Language } from '../i18n/languages'
import type { TargetsContent } from '../i18n/targets/targets-content'
import { pageTexts } from '../i18n/page-texts.server'

const en = pageTexts('targets', 'en')
const kk = pageTexts('targets', 'kk')
const ru = pageTexts('targets', 'ru')

export const texts: Record<Language, TargetsContent> = { kk, ru, en }

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
  }
}
