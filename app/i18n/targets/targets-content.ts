// The texts of the target-approval pages (/targets, /targets/history): kk.ts, ru.ts and en.ts
// each satisfy this shape, so a missing text is a type error. Loaders send the one language the
// page needs. `{name}` marks a parameter.
import type { Role, TargetStatus } from '../../../db/schema'
import type { TargetFieldError } from '../../targets/forms.server'

export interface TargetsContent {
  title: string
  intro: string
  filters: {
    year: string
    standard: string
    region: string
    allUnits: string
    nation: string
    show: string
  }
  /** What the reader's role may do here. */
  roleNote: Record<Role, string>
  method: {
    title: string
    rules: string[]
  }
  table: {
    caption: string
    indicator: string
    normative: string
    targetThis: string
    current: string
    suggested: string
    next: string
    actions: string
    none: string
    noData: string
    inherited: string
    history: string
  }
  /** How each step of the suggestion is described; `{value}` etc. are formatted percentages. */
  steps: Record<
    | 'start_current'
    | 'start_target'
    | 'start_normative'
    | 'kept_target'
    | 'capped_normative'
    | 'kept_target_past_normative'
    | 'capped_bound'
    | 'capped_band'
    | 'start_target_insufficient'
    | 'start_normative_insufficient',
    string
  >
  noSuggestion: string
  next: {
    approved: string
    pending: string
    rejected: string
    none: string
    inherited: string
    order: string
    by: string
    locked: string
  }
  /** The flag of a proposal easier than the previous year's approved target. */
  easier: string
  forms: {
    propose: string
    proposeChange: string
    value: string
    comment: string
    submitProposal: string
    approve: string
    reject: string
    orderNumber: string
    orderDate: string
    decisionComment: string
    reason: string
    submitApprove: string
    submitReject: string
    approveAllTitle: string
    approveAllIntro: string
    approveAllEasier: string
    submitApproveAll: string
    readOnly: string
    /** A proposer's row while its proposal awaits the chair. */
    waiting: string
  }
  /** The justification's message is the flat key `suggestion.error.justification` (decision 0025). */
  errors: Record<Exclude<TargetFieldError, 'justification'>, string>
  done: Record<'proposed' | 'approved' | 'rejected' | 'approved-all', string>
  status: Record<TargetStatus, string>
  history: {
    title: string
    intro: string
    back: string
    previousYear: string
    empty: string
    value: string
    status: string
    proposed: string
    decided: string
    order: string
    comment: string
    decisionComment: string
    supersedes: string
    supersededBy: string
  }
}
