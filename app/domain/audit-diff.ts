// The compact "before → after" of an audit row for people: every key of either side in a stable
// order, with its old and new value as short text (null where the key was absent). A key whose
// value did not change is kept as context (which user, which day) and marked `same`, as is every
// key of a row that has only one side (a sign-in's `after`: a record, not a change).
// Pure, so the page and the CSV export show the same thing.

export interface AuditChange {
  key: string
  before: string | null
  after: string | null
  same: boolean
}

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null
  if (typeof value === 'string') return value
  return JSON.stringify(value)
}

export function auditDiff(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): AuditChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])]
  return keys.map((key) => {
    const b = text(before?.[key])
    const a = text(after?.[key])
    const same = b === a || before === null || after === null
    return { key, before: b, after: a, same }
  })
}

/** One line: `email: a@b.kz; active: true → false; sessionsEnded: — → 2` (— where absent). */
export function auditDiffLine(changes: AuditChange[]): string {
  return changes
    .map((c) =>
      c.same
        ? `${c.key}: ${c.after ?? c.before ?? '—'}`
        : `${c.key}: ${c.before ?? '—'} → ${c.after ?? '—'}`,
    )
    .join('; ')
}
