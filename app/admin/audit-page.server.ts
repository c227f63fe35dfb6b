// /admin/audit: the audit log filtered by action, user, entity, date range (Astana days) and part
// of the entity id; 50 rows a page, newest first; /admin/audit/export downloads the whole
// filtered set (up to EXPORT_LIMIT rows) through app/exports/table-export.server.ts.
import { TZDate } from '@date-fns/tz'
import { z } from 'zod'
import { calendarDay, optionalField, pageNumber } from '../http/input-schemas.server'
import type { Db } from '../../db/client.server'
import {
  auditFilterChoices,
  auditLogRows,
  searchAuditLog,
  type AuditFilter,
  type AuditLogRow,
} from '../../db/queries/audit-search'
import { auditDiff, auditDiffLine } from '../domain/audit-diff'
import type { Translator } from '../i18n/translate'
import { formatDateTime } from '../i18n/admin/date-time'
import { displayTimeZone } from '../i18n/format'
import type { Language } from '../i18n/languages'
import { tableDownload, type ExportFormat, type ExportTable } from '../exports/table-export.server'

export const AUDIT_PAGE_SIZE = 50
export const EXPORT_LIMIT = 100_000

const Day = calendarDay()

export const AuditQuery = z.object({
  action: optionalField(z.string().max(100)),
  user: optionalField(z.coerce.number().int().positive()),
  entity: optionalField(z.string().max(100)),
  from: optionalField(Day),
  to: optionalField(Day),
  q: optionalField(z.string().trim().min(1).max(200)),
  page: optionalField(pageNumber),
})
export type AuditQuery = z.output<typeof AuditQuery>

/** The start of an Astana day (plus `addDays`) as an instant. */
function startOfDay(day: string, addDays = 0): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(new TZDate(y, m - 1, d + addDays, displayTimeZone).getTime())
}

function filterOf(query: AuditQuery): AuditFilter {
  return {
    action: query.action,
    userId: query.user,
    entity: query.entity,
    from: query.from ? startOfDay(query.from) : undefined,
    // "To" is inclusive: rows before the start of the next day.
    until: query.to ? startOfDay(query.to, 1) : undefined,
    entityIdContains: query.q,
  }
}

function rowView(lang: Language, row: AuditLogRow) {
  return {
    id: row.id,
    at: formatDateTime(lang, row.at),
    atIso: row.at.toISOString(),
    userEmail: row.userEmail,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    changes: auditDiff(row.before, row.after),
    ip: row.ip,
    userAgent: row.userAgent,
  }
}

/** The query string of a filter (for the pagination and export links). */
function searchOf(query: AuditQuery, extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries({ ...query, page: undefined, ...extra })) {
    if (value !== undefined && value !== '') params.set(key, String(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

export async function auditPage(db: Db, query: AuditQuery, lang: Language) {
  const page = query.page ?? 1
  const [result, choices] = await Promise.all([
    searchAuditLog(db, filterOf(query), {
      limit: AUDIT_PAGE_SIZE,
      offset: (page - 1) * AUDIT_PAGE_SIZE,
    }),
    auditFilterChoices(db),
  ])
  const pages = Math.max(1, Math.ceil(result.total / AUDIT_PAGE_SIZE))
  return {
    filters: {
      action: query.action ?? '',
      user: query.user ? String(query.user) : '',
      entity: query.entity ?? '',
      from: query.from ?? '',
      to: query.to ?? '',
      q: query.q ?? '',
    },
    choices,
    rows: result.rows.map((row) => rowView(lang, row)),
    total: result.total,
    page,
    pages,
    newerHref: page > 1 ? searchOf(query, { page: page - 1 }) : null,
    olderHref: page < pages ? searchOf(query, { page: page + 1 }) : null,
    exportHref: `/admin/audit/export${searchOf(query, { export: 'csv' })}`,
  }
}

export async function auditDownload(
  db: Db,
  query: AuditQuery,
  { t }: Pick<Translator, 't'>,
  format: ExportFormat,
): Promise<Response> {
  const rows = await auditLogRows(db, filterOf(query), { limit: EXPORT_LIMIT })
  const table: ExportTable = {
    name: 'sapa-audit-log',
    title: t('admin.audit.title'),
    columns: [
      { key: 'id', label: 'id' },
      { key: 'at', label: `${t('admin.audit.col.at')} (UTC)`, date: true },
      { key: 'user', label: t('admin.audit.col.user') },
      { key: 'action', label: t('admin.audit.col.action') },
      { key: 'entity', label: t('admin.audit.col.entity') },
      { key: 'entityId', label: 'entity_id' },
      { key: 'change', label: t('admin.audit.col.change') },
      { key: 'before', label: 'before' },
      { key: 'after', label: 'after' },
      { key: 'ip', label: t('admin.audit.col.ip') },
      { key: 'userAgent', label: t('admin.audit.col.userAgent') },
    ],
    rows: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      user: r.userEmail,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      change: auditDiffLine(auditDiff(r.before, r.after)),
      before: r.before === null ? null : JSON.stringify(r.before),
      after: r.after === null ? null : JSON.stringify(r.after),
      ip: r.ip,
      userAgent: r.userAgent,
    })),
  }
  return tableDownload(table, format)
}
