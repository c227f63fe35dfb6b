// Alerts (issue 14, decision 0030), the pure part: which alerts an evaluation raises and resolves
// given what it observed and what is already stored, who receives an alert (the reader's scope
// first, then the subscription), and what is wrong with a subscription a user asks for. No I/O:
// the caller passes the facts, the stored alerts, the users and "now".

/** The rules, in the order the pages list them. A new rule is one entry here and one in app/alerts/rules.server.ts. */
export const ALERT_RULES = [
  'indicator_fails',
  'projected_miss',
  'overdue_open',
  'office_stale',
  'import_invalid_rows',
] as const
export type AlertRule = (typeof ALERT_RULES)[number]

/** Rules about imports reach only the roles that import (administrators, regional departments). */
export const IMPORT_RULES: readonly AlertRule[] = ['import_invalid_rows']

/**
 * Rules about an office as a whole (no one standard) reach only the roles that read every
 * standard: never an agency chair, whose scope is its agency's standards.
 */
export const WHOLE_OFFICE_RULES: readonly AlertRule[] = ['office_stale']

/** May a role have this rule at all (scope aside)? */
export function ruleForRole(rule: AlertRule, role: AlertRole): boolean {
  if (IMPORT_RULES.includes(rule)) return role === 'admin' || role === 'regional_qc'
  if (WHOLE_OFFICE_RULES.includes(rule)) return role !== 'agency_chair'
  return true
}

export const ALERT_CHANNELS = ['inbox', 'email'] as const
export type AlertChannel = (typeof ALERT_CHANNELS)[number]

export type AlertRole = 'admin' | 'ministry_official' | 'regional_qc' | 'agency_chair'

/** What makes an alert one alert: it fires once per key. */
export interface AlertKey {
  rule: AlertRule
  scopeKind: 'office' | 'region'
  scopeId: number
  /**
   * 'YYYY-MM' (a month — for office_stale the month of the office's latest case), 'YYYY' (a
   * year), 'batch-N' (an import batch).
   */
  period: string
  /** '' when the alert is about no one standard (an import batch). */
  standardId: string
  /** The indicator code within the standard, '' when none. */
  measure: string
}

/** A condition that holds now: an alert to raise unless it is open already. */
export interface AlertFinding extends AlertKey {
  /** The region the scope lies in: who may read the alert. */
  regionId: number
  /** The figures that raised it, as stored with the alert (names in kk/ru/en included). */
  figures: Record<string, unknown>
}

export interface StoredAlert extends AlertKey {
  id: number
  regionId: number
  resolvedAt: Date | string | null
}

export function alertKeyOf(key: AlertKey): string {
  return [key.rule, key.scopeKind, key.scopeId, key.period, key.standardId, key.measure].join('|')
}

export interface AlertPlan {
  /** New alerts, and resolved ones whose condition holds again (raised again, same key). */
  raise: AlertFinding[]
  /** Open alerts the evaluation covered whose condition no longer holds. */
  resolve: StoredAlert[]
}

/**
 * What an evaluation changes. `findings` are the conditions that hold now within what it looked
 * at; `covers` says whether an alert lies within what it looked at (an evaluation after an import
 * looks at the batch's offices only: an open alert of another office is left alone); `stored`
 * are the stored alerts it may concern, open or resolved. An open alert whose finding is still
 * there is neither raised again nor resolved.
 */
export function planAlerts(
  findings: readonly AlertFinding[],
  stored: readonly StoredAlert[],
  covers: (key: AlertKey) => boolean,
): AlertPlan {
  const storedByKey = new Map(stored.map((a) => [alertKeyOf(a), a]))
  const found = new Set<string>()
  const raise: AlertFinding[] = []
  for (const finding of findings) {
    const key = alertKeyOf(finding)
    if (found.has(key)) continue
    found.add(key)
    const existing = storedByKey.get(key)
    if (!existing || existing.resolvedAt !== null) raise.push(finding)
  }
  const resolve = stored.filter(
    (a) => a.resolvedAt === null && covers(a) && !found.has(alertKeyOf(a)),
  )
  return { raise, resolve }
}

// ── recipients ───────────────────────────────────────────────────────────────────────────────

/** What a user wants (a stored subscription, or the role's defaults). null: any within scope. */
export interface AlertPreferences {
  rules: readonly AlertRule[]
  regionIds: readonly number[] | null
  standardIds: readonly string[] | null
  channels: readonly AlertChannel[]
}

export interface AlertReader {
  userId: number
  role: AlertRole
  /** A regional department's region (null for the other roles). */
  regionId: number | null
  /** The standards the user reads: 'all', or an agency chair's agency's standards. */
  standards: 'all' | readonly string[]
  preferences: AlertPreferences
}

/** Does the user's role read what the alert is about? (docs/domain.md §1.) */
export function readsAlert(reader: AlertReader, alert: AlertFinding | StoredAlert): boolean {
  if (!ruleForRole(alert.rule, reader.role)) return false
  if (
    reader.role === 'regional_qc' &&
    (reader.regionId === null || reader.regionId !== alert.regionId)
  )
    return false
  if (reader.standards !== 'all') {
    if (alert.standardId === '' || !reader.standards.includes(alert.standardId)) return false
  }
  return true
}

/** Does the user's subscription ask for the alert (scope aside)? */
export function wantsAlert(
  preferences: AlertPreferences,
  alert: AlertFinding | StoredAlert,
): boolean {
  if (!preferences.rules.includes(alert.rule)) return false
  if (preferences.regionIds !== null && !preferences.regionIds.includes(alert.regionId))
    return false
  if (
    preferences.standardIds !== null &&
    alert.standardId !== '' &&
    !preferences.standardIds.includes(alert.standardId)
  )
    return false
  return true
}

export interface Recipient {
  userId: number
  channels: AlertChannel[]
}

/** Who receives an alert, on which channels: scope first (never widened by a subscription). */
export function recipientsOf(
  alert: AlertFinding | StoredAlert,
  readers: readonly AlertReader[],
): Recipient[] {
  return readers
    .filter((r) => readsAlert(r, alert) && wantsAlert(r.preferences, alert))
    .filter((r) => r.preferences.channels.length > 0)
    .map((r) => ({ userId: r.userId, channels: [...r.preferences.channels] }))
}

// ── subscriptions ────────────────────────────────────────────────────────────────────────────

export type SubscriptionProblem =
  | { field: 'regions'; code: 'outsideScope'; value: number }
  | { field: 'standards'; code: 'outsideScope'; value: string }
  | { field: 'rules'; code: 'notForRole'; value: AlertRule }
  | { field: 'channels'; code: 'none' }

/**
 * What the field checks cannot see in a subscription: a region or a standard beyond what the
 * user's role reads, an import rule for a role that does not import, no channel at all.
 */
export function subscriptionProblems(
  preferences: AlertPreferences,
  reader: Pick<AlertReader, 'role' | 'regionId' | 'standards'>,
): SubscriptionProblem[] {
  const problems: SubscriptionProblem[] = []
  if (reader.role === 'regional_qc') {
    for (const id of preferences.regionIds ?? []) {
      if (id !== reader.regionId)
        problems.push({ field: 'regions', code: 'outsideScope', value: id })
    }
  }
  if (reader.standards !== 'all') {
    for (const id of preferences.standardIds ?? []) {
      if (!reader.standards.includes(id))
        problems.push({ field: 'standards', code: 'outsideScope', value: id })
    }
  }
  for (const rule of preferences.rules) {
    if (!ruleForRole(rule, reader.role))
      problems.push({ field: 'rules', code: 'notForRole', value: rule })
  }
  if (preferences.channels.length === 0) problems.push({ field: 'channels', code: 'none' })
  return problems
}

/** The rules a role may subscribe to. */
export function rulesForRole(role: AlertRole): AlertRule[] {
  return ALERT_RULES.filter((rule) => ruleForRole(rule, role))
}

// ── periods ──────────────────────────────────────────────────────────────────────────────────

/** The last complete month before the day `today` ('YYYY-MM-DD'): 'YYYY-MM' and its last day. */
export function lastCompleteMonth(today: string): { month: string; lastDay: string } {
  const [y, m] = today.split('-').map(Number) as [number, number]
  const year = m === 1 ? y - 1 : y
  const month = m === 1 ? 12 : m - 1
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const mm = String(month).padStart(2, '0')
  return { month: `${year}-${mm}`, lastDay: `${year}-${mm}-${String(lastDay).padStart(2, '0')}` }
}

/** The overdue rule's condition: strictly more open overdue cases than the threshold. */
export function overdueAboveThreshold(openOverdue: number, threshold: number): boolean {
  return openOverdue > threshold
}
