// The SQL of the monthly region report by e-mail (issue 14, decision 0031): who asked for it
// (one region per user, in their language), and the one row per user and month that makes the
// monthly job send each report once, whatever triggers it again.
import { sql } from 'kysely'
import type { Db } from '../client.server'
import type { AccountUser } from './accounts'

type Language = 'kk' | 'ru' | 'en'

export interface MonthlyReportChoice {
  regionId: number
  regionCode: string
  language: Language
}

export async function monthlyReportChoice(
  db: Db,
  userId: number,
): Promise<MonthlyReportChoice | undefined> {
  const { rows } = await sql<MonthlyReportChoice>`
    select m.region_id, r.code as region_code, m.language
    from monthly_report_subscriptions m join regions r on r.id = m.region_id
    where m.user_id = ${userId}`.execute(db)
  return rows[0]
}

export async function saveMonthlyReportChoice(
  db: Db,
  userId: number,
  choice: { regionId: number; language: Language },
): Promise<void> {
  await sql`
    insert into monthly_report_subscriptions (user_id, region_id, language)
    values (${userId}, ${choice.regionId}, ${choice.language})
    on conflict (user_id) do update set region_id = excluded.region_id,
      language = excluded.language, updated_at = now()`.execute(db)
}

/** True when there was one to delete. */
export async function deleteMonthlyReportChoice(db: Db, userId: number): Promise<boolean> {
  const result = await sql`delete from monthly_report_subscriptions
    where user_id = ${userId}`.execute(db)
  return Number(result.numAffectedRows ?? 0) > 0
}

export interface MonthlyReportSubscriber extends MonthlyReportChoice {
  /** The account, whose role and region make the scope the report is limited to. */
  user: AccountUser
}

/** Every active user who asked for the report. */
export async function monthlyReportSubscribers(db: Db): Promise<MonthlyReportSubscriber[]> {
  const { rows } = await sql<
    AccountUser & { chosenRegionId: number; chosenRegionCode: string; language: Language }
  >`
    select u.id, u.email, u.name, u.role, u.region_id, ur.code as region_code, u.agency_id,
      m.region_id as chosen_region_id, r.code as chosen_region_code, m.language
    from monthly_report_subscriptions m
    join users u on u.id = m.user_id
    join regions r on r.id = m.region_id
    left join regions ur on ur.id = u.region_id
    where u.active
    order by u.id`.execute(db)
  return rows.map(({ chosenRegionId, chosenRegionCode, language, ...user }) => ({
    user,
    regionId: chosenRegionId,
    regionCode: chosenRegionCode,
    language,
  }))
}

/** Whether this user's report of this month is queued already. */
export async function monthlyReportQueued(db: Db, userId: number, month: string): Promise<boolean> {
  const { rows } = await sql<{ one: number }>`
    select 1 as one from monthly_report_sends
    where user_id = ${userId} and month = ${month}`.execute(db)
  return rows.length > 0
}

/**
 * Claims the user's report of the month: true for the first claim only — the primary key is the
 * guard against a second run of the job, in this process or another (a concurrent insert waits
 * for the first to commit, then finds the row). In the caller's transaction, before its mail.
 */
export async function claimMonthlyReport(
  db: Db,
  send: { userId: number; month: string; regionId: number; now: Date },
): Promise<boolean> {
  const result = await sql`
    insert into monthly_report_sends (user_id, month, region_id, queued_at)
    values (${send.userId}, ${send.month}, ${send.regionId}, ${send.now})
    on conflict (user_id, month) do nothing`.execute(db)
  return Number(result.numAffectedRows ?? 0) === 1
}

export async function setMonthlyReportMail(
  db: Db,
  userId: number,
  month: string,
  mailId: number,
): Promise<void> {
  await sql`update monthly_report_sends set mail_id = ${mailId}
    where user_id = ${userId} and month = ${month}`.execute(db)
}
