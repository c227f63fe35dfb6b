// The inbox (/inbox) and the header's unread count: each alert a user received, newest first,
// its figures in words in the user's language and a link to the page that shows its cause with
// the right filters; mark one or all as read (POST with the CSRF token).
import type { Db } from '../../db/client.server'
import {
  inboxRows,
  markRead,
  standardNames,
  unreadCount,
  type InboxRow,
} from '../../db/queries/alerts'
import { drillHref, officeHref } from '../dashboards/drill-links'
import type { AlertRule } from '../domain/alert-rules'
import { yearOf } from '../domain/reporting-period'
import type { Language } from '../i18n/languages'
import { translatorFor } from '../i18n/messages.server'
import type { Translator } from '../i18n/translate'

export const INBOX_LIMIT = 200

export interface InboxLine {
  deliveryId: number
  rule: AlertRule
  unread: boolean
  /** The rule's name, saying target or normative for the indicator rules. */
  title: string
  text: string
  href: string
  raisedAt: string
  resolvedAt: string | null
}

type Names = { kk: string; ru: string; en: string }
const str = (v: unknown) => (typeof v === 'string' ? v : '')
const num = (v: unknown) => (typeof v === 'number' ? v : null)
const nameIn = (v: unknown, lang: Language, fallback: string) => {
  const names = v as Names | undefined
  return names?.[lang] ?? fallback
}

function monthWords(tr: Translator, month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return new Intl.DateTimeFormat(tr.locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)))
}

/** A figure in the one number style (docs/domain.md §12): two decimals only near the reference. */
const percent = (tr: Translator, v: number | null, reference: number | null = null) =>
  v === null ? '—' : tr.percent(v, reference)

/**
 * What an indicator alert was judged against: its target when the figures carry one, else the
 * normative (docs/domain.md §6). Alerts stored before `reference` was written say it by `target`.
 */
export function alertReference(figures: Record<string, unknown>): 'target' | 'normative' {
  if (figures.reference === 'target' || figures.reference === 'normative') return figures.reference
  return num(figures.target) !== null ? 'target' : 'normative'
}

/** An alert's title: the rule, and for the indicator rules whether the target or the normative. */
export function alertTitle(row: Pick<InboxRow, 'rule' | 'figures'>, tr: Translator): string {
  return row.rule === 'indicator_fails' || row.rule === 'projected_miss'
    ? tr.t(`alerts.title.${row.rule}.${alertReference(row.figures)}`)
    : tr.t(`alerts.rule.${row.rule}`)
}

/** An alert's figures in words. */
export function alertText(
  row: Pick<InboxRow, 'rule' | 'figures' | 'standardId' | 'period'>,
  tr: Translator,
  standards: Map<string, Names>,
): string {
  const f = row.figures
  const office = nameIn(f.officeName, tr.lang, str(f.office))
  const indicator = nameIn(f.indicatorName, tr.lang, '')
  const target = num(f.target)
  const normative = str(f.normative) ? Number(str(f.normative)) : null
  const threshold = target ?? (normative !== null && Number.isFinite(normative) ? normative : null)
  const reference =
    target !== null
      ? tr.reference(target)
      : threshold !== null
        ? tr.reference(threshold)
        : str(f.normative)
          ? `${str(f.normative)} %`
          : '—'
  switch (row.rule) {
    case 'indicator_fails':
      return tr.t(`alerts.text.indicator_fails.${alertReference(f)}`, {
        office,
        indicator,
        month: monthWords(tr, row.period),
        value: percent(tr, num(f.value), threshold),
        numerator: tr.number(num(f.numerator) ?? 0),
        denominator: tr.number(num(f.denominator) ?? 0),
        reference,
      })
    case 'projected_miss':
      return tr.t(`alerts.text.projected_miss.${alertReference(f)}`, {
        office,
        indicator,
        year: row.period,
        value: percent(tr, num(f.projected), threshold),
        low: percent(tr, num(f.low), threshold),
        high: percent(tr, num(f.high), threshold),
        reference,
      })
    case 'overdue_open':
      return tr.t('alerts.text.overdue_open', {
        office,
        standard: standards.get(row.standardId)?.[tr.lang] ?? row.standardId,
        count: tr.number(num(f.count) ?? 0),
        threshold: tr.number(num(f.threshold) ?? 0),
      })
    case 'office_stale':
      return tr.t('alerts.text.office_stale', {
        office,
        days: tr.number(num(f.days) ?? 0),
        date: str(f.latestOn) ? tr.date(str(f.latestOn)) : '—',
        threshold: tr.number(num(f.staleAfterDays) ?? 0),
      })
    case 'import_invalid_rows':
      return tr.t('alerts.text.import_invalid_rows', {
        batch: String(num(f.batch) ?? ''),
        file: str(f.fileName) || str(f.source),
        rejected: tr.number(num(f.rejected ?? f.rowsRejected) ?? 0),
        accepted: tr.number(num(f.rowsAccepted) ?? 0),
      })
  }
}

/** The page that shows an alert's cause, with its filters. */
export function alertHref(
  row: Pick<InboxRow, 'rule' | 'figures' | 'standardId' | 'measure' | 'period'>,
  raisedAt: Date,
): string {
  const office = str(row.figures.office)
  switch (row.rule) {
    case 'indicator_fails': {
      const [year, month] = row.period.split('-').map(Number) as [number, number]
      return drillHref(row.standardId, row.measure, { year, month, office })
    }
    case 'projected_miss':
      return officeHref(office, Number(row.period), row.standardId)
    case 'overdue_open':
      return officeHref(office, yearOf(raisedAt.toISOString().slice(0, 10)), row.standardId)
    case 'office_stale': {
      const region = str(row.figures.region)
      return `/data?${new URLSearchParams({ ...(region ? { region } : {}), kind: 'cases', stale: '1' })}`
    }
    case 'import_invalid_rows':
      return '/imports'
  }
}

export async function inboxPage(db: Db, userId: number, lang: Language) {
  const tr = translatorFor(lang)
  const [rows, names] = await Promise.all([inboxRows(db, userId, INBOX_LIMIT), standardNames(db)])
  const standards = new Map(names.map((s) => [s.id, { kk: s.nameKk, ru: s.nameRu, en: s.nameEn }]))
  const lines: InboxLine[] = rows.map((row) => ({
    deliveryId: row.deliveryId,
    rule: row.rule,
    unread: row.readAt === null,
    title: alertTitle(row, tr),
    text: alertText(row, tr, standards),
    href: alertHref(row, new Date(row.raisedAt)),
    raisedAt: new Date(row.raisedAt).toISOString(),
    resolvedAt: row.resolvedAt ? new Date(row.resolvedAt).toISOString() : null,
  }))
  return { lines, unread: lines.filter((l) => l.unread).length }
}

export { markRead, unreadCount }
