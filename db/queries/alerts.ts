// The SQL of alerts (issue 14, decision 0030): stored alerts and their deliveries, the readers an
// alert may reach (with their subscription or their role's defaults), the inbox, subscriptions,
// role defaults and the overdue threshold, and the few facts the rules read beside the engine.
import { sql } from 'kysely'
import type { Db } from '../client.server'
import type {
  AlertChannel,
  AlertFinding,
  AlertRule,
  StoredAlert,
} from '../../app/domain/alert-rules'
import type { Role } from '../schema'
import { officesOfBatchRows } from './imports'

// ── the advisory lock ────────────────────────────────────────────────────────────────────────

/** One evaluation at a time, in any number of processes: held to the end of the transaction. */
export const ALERTS_LOCK_KEY = 70_140_018

export async function takeAlertsLock(db: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(${ALERTS_LOCK_KEY})`.execute(db)
}

// ── facts beside the engine ──────────────────────────────────────────────────────────────────

export interface AlertOffice {
  id: number
  code: string
  regionId: number
  regionCode: string
  nameKk: string
  nameRu: string
  nameEn: string
}

/** Offices with their current region: those listed, or every office (null). */
export async function alertOffices(
  db: Db,
  officeIds: readonly number[] | null,
): Promise<AlertOffice[]> {
  const only = officeIds === null ? sql`true` : sql`o.id = any(${[...officeIds]}::int[])`
  const { rows } = await sql<AlertOffice>`
    select o.id, o.code, r.id as region_id, r.code as region_code,
      o.name_kk, o.name_ru, o.name_en
    from offices o
    join office_regions orr on orr.office_id = o.id and orr.valid_to is null
    join regions r on r.id = orr.region_id
    where ${only}
    order by o.code`.execute(db)
  return rows
}

/** Open cases past their deadline at `now`, per office × standard (of the offices listed). */
export async function openOverdueCounts(
  db: Db,
  officeIds: readonly number[] | null,
  now: Date,
): Promise<{ officeId: number; standardId: string; count: number }[]> {
  return (await openOverdueStatement(officeIds, now).execute(db)).rows
}

/**
 * The statement behind openOverdueCounts (also for its plan in tests): the open cases are read
 * from their own index (cases_open_by_office, migration 0029), not from every case of the office.
 */
export function openOverdueStatement(officeIds: readonly number[] | null, now: Date) {
  const only = officeIds === null ? sql`true` : sql`office_id = any(${[...officeIds]}::int[])`
  return sql<{ officeId: number; standardId: string; count: number }>`
    select office_id, standard_id, count(*)::int as count
    from cases
    where ${only} and completed_at is null and due_at is not null and due_at < ${now}
    group by office_id, standard_id
    order by office_id, standard_id`
}

export interface AlertBatch {
  id: number
  kind: string
  source: string
  fileName: string | null
  status: string
  rowsAccepted: number
  rowsRejected: number
  committedAt: Date | null
  /** The regions of the batch: its own limit, else the regions of the offices it wrote. */
  regionIds: number[]
}

// The offices a batch wrote, table by table, through each table's (office_id, import_batch_id)
// index (officesOfBatchRows): no index holds the batch's id alone.
const BATCH_COLUMNS = sql`b.id, b.kind, b.source, b.file_name, b.status, b.rows_accepted,
  b.rows_rejected, b.committed_at,
  coalesce(b.region_ids, array(
    select distinct orr.region_id
    from (${officesOfBatchRows('cases', sql`b.id`)}
          union ${officesOfBatchRows('survey_responses', sql`b.id`)}
          union ${officesOfBatchRows('complaints', sql`b.id`)}
          union ${officesOfBatchRows('info_publications', sql`b.id`)}) w
    join office_regions orr on orr.office_id = w.office_id and orr.valid_to is null)) as region_ids`

export async function alertBatch(db: Db, batchId: number): Promise<AlertBatch | undefined> {
  const { rows } = await sql<AlertBatch>`
    select ${BATCH_COLUMNS} from import_batches b where b.id = ${batchId}`.execute(db)
  return rows[0]
}

/** Committed batches with rows left out, committed since `since`. */
export async function batchesWithRowsLeftOut(db: Db, since: Date): Promise<AlertBatch[]> {
  const { rows } = await sql<AlertBatch>`
    select ${BATCH_COLUMNS} from import_batches b
    where b.status = 'committed' and b.rows_rejected > 0 and b.committed_at >= ${since}
    order by b.id`.execute(db)
  return rows
}

// ── stored alerts ────────────────────────────────────────────────────────────────────────────

/** The stored alerts of some rules, open or resolved; of the offices listed (null: all). */
export async function storedAlerts(
  db: Db,
  rules: readonly AlertRule[],
  officeIds: readonly number[] | null,
): Promise<StoredAlert[]> {
  if (rules.length === 0) return []
  const only =
    officeIds === null
      ? sql`true`
      : sql`a.scope_kind = 'office' and a.scope_id = any(${[...officeIds]}::int[])`
  const { rows } = await sql<StoredAlert>`
    select a.id, a.rule, a.scope_kind, a.scope_id, a.region_id, a.period, a.standard_id,
      a.measure, a.resolved_at
    from alerts a
    where a.rule = any(${[...rules]}::text[]) and ${only}`.execute(db)
  return rows
}

/** The stored alerts of one import batch (rule import_invalid_rows). */
export async function storedAlertsOfBatch(db: Db, batchId: number): Promise<StoredAlert[]> {
  const { rows } = await sql<StoredAlert>`
    select a.id, a.rule, a.scope_kind, a.scope_id, a.region_id, a.period, a.standard_id,
      a.measure, a.resolved_at
    from alerts a
    where a.rule = 'import_invalid_rows' and a.period = ${`batch-${batchId}`}`.execute(db)
  return rows
}

/** Stores a new alert, or raises a resolved one again (same key): its id. */
export async function raiseAlert(db: Db, finding: AlertFinding, now: Date): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    insert into alerts (rule, scope_kind, scope_id, region_id, period, standard_id, measure,
      figures, raised_at)
    values (${finding.rule}, ${finding.scopeKind}, ${finding.scopeId}, ${finding.regionId},
      ${finding.period}, ${finding.standardId}, ${finding.measure},
      ${JSON.stringify(finding.figures)}::jsonb, ${now})
    on conflict (rule, scope_kind, scope_id, period, standard_id, measure) do update
      set figures = excluded.figures, raised_at = excluded.raised_at, resolved_at = null
    returning id`.execute(db)
  return rows[0]!.id
}

export async function resolveAlert(db: Db, alertId: number, now: Date): Promise<void> {
  await sql`update alerts set resolved_at = ${now}
    where id = ${alertId} and resolved_at is null`.execute(db)
}

/** Delivers an alert into users' inboxes (a raised-again alert becomes unread again). */
export async function insertDeliveries(
  db: Db,
  alertId: number,
  userIds: readonly number[],
  channel: AlertChannel,
  now: Date,
): Promise<number> {
  if (userIds.length === 0) return 0
  const result = await sql`
    insert into alert_deliveries (alert_id, user_id, channel, delivered_at)
    select ${alertId}, u, ${channel}, ${now} from unnest(${[...userIds]}::int[]) u
    on conflict (alert_id, user_id, channel) do update
      set delivered_at = excluded.delivered_at, read_at = null`.execute(db)
  return Number(result.numAffectedRows ?? 0)
}

// ── readers, subscriptions, defaults, settings ───────────────────────────────────────────────

export interface ReaderRow {
  userId: number
  role: Role
  regionId: number | null
  /** An agency chair's agency's standards (null for the other roles). */
  agencyStandards: string[] | null
  /** The stored subscription (null: none — the role's defaults apply). */
  rules: string[] | null
  regionIds: number[] | null
  standardIds: string[] | null
  channels: string[] | null
  digest: boolean | null
  defaultRules: string[] | null
  defaultChannels: string[] | null
  defaultDigest: boolean | null
}

const READER_COLUMNS = sql`u.id as user_id, u.role, u.region_id,
  case when u.role = 'agency_chair' then array(
    select s.id from standards s where s.agency_id = u.agency_id order by s.id) end as agency_standards,
  s.rules, s.region_ids, s.standard_ids, s.channels, s.digest,
  d.rules as default_rules, d.channels as default_channels, d.digest as default_digest`

/** Every active user, with what they asked for. */
export async function alertReaders(db: Db): Promise<ReaderRow[]> {
  const { rows } = await sql<ReaderRow>`
    select ${READER_COLUMNS}
    from users u
    left join alert_subscriptions s on s.user_id = u.id
    left join alert_role_defaults d on d.role = u.role
    where u.active
    order by u.id`.execute(db)
  return rows
}

export async function alertReader(db: Db, userId: number): Promise<ReaderRow | undefined> {
  const { rows } = await sql<ReaderRow>`
    select ${READER_COLUMNS}
    from users u
    left join alert_subscriptions s on s.user_id = u.id
    left join alert_role_defaults d on d.role = u.role
    where u.id = ${userId}`.execute(db)
  return rows[0]
}

export interface SubscriptionRow {
  rules: string[]
  regionIds: number[] | null
  standardIds: string[] | null
  channels: string[]
  digest: boolean
  /** The language of the alert mails; omitted: kept (Kazakh for a new subscription). */
  language?: 'kk' | 'ru' | 'en'
}

export async function saveSubscription(db: Db, userId: number, s: SubscriptionRow): Promise<void> {
  await sql`
    insert into alert_subscriptions (user_id, rules, region_ids, standard_ids, channels, digest,
      language)
    values (${userId}, ${s.rules}::text[], ${s.regionIds}::int[], ${s.standardIds}::text[],
      ${s.channels}::text[], ${s.digest}, ${s.language ?? 'kk'})
    on conflict (user_id) do update set rules = excluded.rules, region_ids = excluded.region_ids,
      standard_ids = excluded.standard_ids, channels = excluded.channels,
      digest = excluded.digest,
      language = ${s.language ? sql`excluded.language` : sql`alert_subscriptions.language`},
      updated_at = now()`.execute(db)
}

export interface MailRecipientRow {
  userId: number
  email: string
  name: string
  language: 'kk' | 'ru' | 'en'
}

/** Where and in which language alert mails reach these users (active ones only). */
export async function mailRecipients(
  db: Db,
  userIds: readonly number[],
): Promise<MailRecipientRow[]> {
  if (userIds.length === 0) return []
  const { rows } = await sql<MailRecipientRow>`
    select u.id as user_id, u.email, u.name, coalesce(s.language, 'kk') as language
    from users u left join alert_subscriptions s on s.user_id = u.id
    where u.id = any(${[...userIds]}::int[]) and u.active
    order by u.id`.execute(db)
  return rows
}

// ── unsubscribe links (0019) ─────────────────────────────────────────────────────────────────

export async function insertUnsubscribeNonce(
  db: Db,
  nonce: string,
  userId: number,
  purpose: 'alerts-email',
  now: Date,
): Promise<void> {
  await sql`insert into unsubscribe_tokens (nonce, user_id, purpose, created_at)
    values (${nonce}, ${userId}, ${purpose}, ${now})`.execute(db)
}

export async function unsubscribeNonce(
  db: Db,
  nonce: string,
): Promise<{ userId: number; purpose: string; usedAt: Date | null } | undefined> {
  const { rows } = await sql<{ userId: number; purpose: string; usedAt: Date | null }>`
    select user_id, purpose, used_at from unsubscribe_tokens where nonce = ${nonce}`.execute(db)
  return rows[0]
}

/** The address an unsubscribe link's page names; undefined: no such user. */
export async function userEmail(db: Db, userId: number): Promise<string | undefined> {
  const { rows } = await sql<{ email: string }>`
    select email from users where id = ${userId}`.execute(db)
  return rows[0]?.email
}

/** Marks the nonce used; false when it was used already (or is unknown). */
export async function useUnsubscribeNonce(db: Db, nonce: string, now: Date): Promise<boolean> {
  const result = await sql`update unsubscribe_tokens set used_at = ${now}
    where nonce = ${nonce} and used_at is null`.execute(db)
  return Number(result.numAffectedRows ?? 0) === 1
}

export interface RoleDefaultRow {
  role: Role
  rules: string[]
  channels: string[]
  digest: boolean
}

export async function roleDefaults(db: Db): Promise<RoleDefaultRow[]> {
  const { rows } = await sql<RoleDefaultRow>`
    select role, rules, channels, digest from alert_role_defaults order by role`.execute(db)
  return rows
}

export async function saveRoleDefault(db: Db, row: RoleDefaultRow): Promise<void> {
  await sql`
    insert into alert_role_defaults (role, rules, channels, digest)
    values (${row.role}, ${row.rules}::text[], ${row.channels}::text[], ${row.digest})
    on conflict (role) do update set rules = excluded.rules, channels = excluded.channels,
      digest = excluded.digest, updated_at = now()`.execute(db)
}

export async function overdueThreshold(db: Db): Promise<number> {
  const { rows } = await sql<{ threshold: number }>`
    select overdue_open_threshold as threshold from alert_settings`.execute(db)
  return rows[0]?.threshold ?? 10
}

export async function saveOverdueThreshold(db: Db, threshold: number): Promise<void> {
  await sql`
    insert into alert_settings (id, overdue_open_threshold) values (true, ${threshold})
    on conflict (id) do update set overdue_open_threshold = excluded.overdue_open_threshold,
      updated_at = now()`.execute(db)
}

// ── the inbox ────────────────────────────────────────────────────────────────────────────────

export interface InboxRow {
  deliveryId: number
  alertId: number
  rule: AlertRule
  scopeKind: 'office' | 'region'
  scopeId: number
  period: string
  standardId: string
  measure: string
  figures: Record<string, unknown>
  raisedAt: Date
  resolvedAt: Date | null
  readAt: Date | null
}

/** A user's inbox, newest first (each alert the user received). */
export async function inboxRows(db: Db, userId: number, limit: number): Promise<InboxRow[]> {
  const { rows } = await sql<InboxRow>`
    select d.id as delivery_id, a.id as alert_id, a.rule, a.scope_kind, a.scope_id, a.period,
      a.standard_id, a.measure, a.figures, a.raised_at, a.resolved_at, d.read_at
    from alert_deliveries d join alerts a on a.id = d.alert_id
    where d.user_id = ${userId} and d.channel = 'inbox'
    order by d.delivered_at desc, d.id desc
    limit ${limit}`.execute(db)
  return rows
}

export async function unreadCount(db: Db, userId: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from alert_deliveries
    where user_id = ${userId} and channel = 'inbox' and read_at is null`.execute(db)
  return rows[0]?.n ?? 0
}

/** Marks one delivery (or all, null) of the user read: how many changed. */
export async function markRead(
  db: Db,
  userId: number,
  deliveryId: number | null,
  now: Date,
): Promise<number> {
  const only = deliveryId === null ? sql`true` : sql`id = ${deliveryId}`
  const result = await sql`
    update alert_deliveries set read_at = ${now}
    where user_id = ${userId} and read_at is null and ${only}`.execute(db)
  return Number(result.numAffectedRows ?? 0)
}

/** Standards' names (the overdue rule's sentence names the standard). */
export async function standardNames(
  db: Db,
): Promise<{ id: string; nameKk: string; nameRu: string; nameEn: string }[]> {
  const { rows } = await sql<{ id: string; nameKk: string; nameRu: string; nameEn: string }>`
    select id, name_kk, name_ru, name_en from standards order by id`.execute(db)
  return rows
}

/** Regions' ids, codes and names (the subscription form). */
export async function regionChoices(
  db: Db,
): Promise<{ id: number; code: string; nameKk: string; nameRu: string; nameEn: string }[]> {
  const { rows } = await sql<{
    id: number
    code: string
    nameKk: string
    nameRu: string
    nameEn: string
  }>`select id, code, name_kk, name_ru, name_en from regions order by code`.execute(db)
  return rows
}

// ── the weekly digest ────────────────────────────────────────────────────────────────────────

export interface DigestAlertRow extends StoredAlert {
  figures: Record<string, unknown>
  raisedAt: Date
}

/** Alerts raised or resolved since `since`, and every alert still open. */
export async function digestAlerts(db: Db, since: Date): Promise<DigestAlertRow[]> {
  const { rows } = await sql<DigestAlertRow>`
    select a.id, a.rule, a.scope_kind, a.scope_id, a.region_id, a.period, a.standard_id,
      a.measure, a.figures, a.raised_at, a.resolved_at
    from alerts a
    where a.resolved_at is null or a.raised_at >= ${since} or a.resolved_at >= ${since}
    order by a.raised_at, a.id`.execute(db)
  return rows
}
