// Upserts of the fact tables, keyed by (source, external_id): a re-sent row replaces the stored
// one. Rows arrive complete (derived keys included) from app/facts/fact-writer.server.ts.
import { sql } from 'kysely'
import type { Db } from '../client.server'
import type { Insertable } from 'kysely'
import { makeCaseYearPartitionsFor } from './case-partitions'
import type {
  CasesTable,
  ComplaintsTable,
  InfoPublicationsTable,
  SurveyResponsesTable,
} from '../schema'

const BATCH = 1000

function* batches<T>(rows: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH)
}

/** Every column but the key, set from the incoming row (`excluded`). */
function setAllFrom<T extends object>(sample: T, key: string[]) {
  const set: Record<string, unknown> = {}
  for (const column of Object.keys(sample)) {
    if (!key.includes(column))
      set[column] = sql.ref(`excluded.${column.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`)
  }
  set.updatedAt = sql`now()`
  return set
}

export async function upsertCases(db: Db, rows: Insertable<CasesTable>[]): Promise<void> {
  await makeCaseYearPartitionsFor(
    db,
    rows.map((r) => r.submittedOn),
  )
  for (const batch of batches(rows)) {
    // Cases are kept by year of submission (0032): the conflict target carries the day, so a
    // stored case whose day the new row corrects is moved to it first, and the upsert then
    // finds it there.
    await sql`
      update cases t set submitted_on = v.submitted_on, updated_at = now()
      from unnest(${batch.map((r) => r.source)}::text[], ${batch.map((r) => r.externalId)}::text[],
        ${batch.map((r) => r.submittedOn)}::date[]) as v(source, external_id, submitted_on)
      where t.source = v.source and t.external_id = v.external_id
        and t.submitted_on <> v.submitted_on`.execute(db)
    await db
      .insertInto('cases')
      .values(batch)
      .onConflict((oc) =>
        oc
          .columns(['source', 'externalId', 'submittedOn'])
          .doUpdateSet(setAllFrom(batch[0]!, ['source', 'externalId', 'submittedOn'])),
      )
      .execute()
  }
}

export async function upsertSurveyResponses(
  db: Db,
  rows: Insertable<SurveyResponsesTable>[],
): Promise<void> {
  for (const batch of batches(rows)) {
    await db
      .insertInto('surveyResponses')
      .values(batch)
      .onConflict((oc) =>
        oc
          .columns(['source', 'externalId'])
          .doUpdateSet(setAllFrom(batch[0]!, ['source', 'externalId'])),
      )
      .execute()
  }
}

export async function upsertComplaints(db: Db, rows: Insertable<ComplaintsTable>[]): Promise<void> {
  for (const batch of batches(rows)) {
    await db
      .insertInto('complaints')
      .values(batch)
      .onConflict((oc) =>
        oc
          .columns(['source', 'externalId'])
          .doUpdateSet(setAllFrom(batch[0]!, ['source', 'externalId'])),
      )
      .execute()
  }
}

export async function upsertInfoPublications(
  db: Db,
  rows: Insertable<InfoPublicationsTable>[],
): Promise<void> {
  for (const batch of batches(rows)) {
    await db
      .insertInto('infoPublications')
      .values(batch)
      .onConflict((oc) =>
        oc
          .columns(['officeId', 'standardId', 'year'])
          .doUpdateSet(setAllFrom(batch[0]!, ['officeId', 'standardId', 'year'])),
      )
      .execute()
  }
}

/** Survey responses name their case by external id: link them to the stored case ids. */
export async function linkSurveysToCases(db: Db, source: string): Promise<void> {
  await sql`
    update survey_responses s set case_id = c.id, case_submitted_on = c.submitted_on
    from cases c
    where s.source = ${source} and s.case_id is null and s.case_external_id is not null
      and c.external_id = s.case_external_id
      and c.standard_id = s.standard_id and c.office_id = s.office_id`.execute(db)
}

export interface CaseTimesRow {
  id: number
  officeId: number
  standardId: string
  channel: string
  variant: string
  submittedAt: Date
  completedAt: Date | null
  suspendedFrom: Date | null
  suspendedTo: Date | null
  dueAt: Date | null
  maxWaitMinutes: number
}

/** Cases submitted on or after a day (optionally of one standard), by id, a page at a time. */
export async function casesForRecompute(
  db: Db,
  options: { fromDay: string; standardId?: string; afterId: number; limit: number },
): Promise<CaseTimesRow[]> {
  let query = db
    .selectFrom('cases')
    .select([
      'id',
      'officeId',
      'standardId',
      'channel',
      'variant',
      'submittedAt',
      'completedAt',
      'suspendedFrom',
      'suspendedTo',
      'dueAt',
      'maxWaitMinutes',
    ])
    .where('submittedOn', '>=', options.fromDay)
    .where('id', '>', options.afterId)
    .orderBy('id')
    .limit(options.limit)
  if (options.standardId) query = query.where('standardId', '=', options.standardId)
  return query.execute()
}

/** The deadline and the queue maximum of the cases whose rule or calendar moved them. */
export async function updateCaseDeadlines(
  db: Db,
  rows: { id: number; dueAt: Date | null; dueOn: string | null; maxWaitMinutes: number }[],
): Promise<void> {
  if (rows.length === 0) return
  const values = sql.join(
    rows.map(
      (r) =>
        sql`(${r.id}::bigint, ${r.dueAt}::timestamptz, ${r.dueOn}::date, ${r.maxWaitMinutes}::integer)`,
    ),
    sql`, `,
  )
  await sql`
    update cases c set due_at = v.due_at, due_on = v.due_on, max_wait_minutes = v.max_wait_minutes,
      updated_at = now()
    from (values ${values}) as v(id, due_at, due_on, max_wait_minutes)
    where c.id = v.id`.execute(db)
}

/** Complaints received on or after a day (optionally of one standard). */
export async function complaintsForRecompute(db: Db, fromDay: string, standardId?: string) {
  let query = db
    .selectFrom('complaints')
    .select([
      'id',
      'officeId',
      'standardId',
      'receivedAt',
      'reviewTermDays',
      'reviewTermStated',
      'termEndsAt',
    ])
    .where('receivedOn', '>=', fromDay)
  if (standardId) query = query.where('standardId', '=', standardId)
  return query.execute()
}

export async function updateComplaintTerms(
  db: Db,
  rows: { id: number; reviewTermDays: number; termEndsAt: Date; termEndsOn: string }[],
): Promise<void> {
  if (rows.length === 0) return
  const values = sql.join(
    rows.map(
      (r) =>
        sql`(${r.id}::bigint, ${r.reviewTermDays}::integer, ${r.termEndsAt}::timestamptz, ${r.termEndsOn}::date)`,
    ),
    sql`, `,
  )
  await sql`
    update complaints k set review_term_days = v.review_term_days, term_ends_at = v.term_ends_at,
      term_ends_on = v.term_ends_on, updated_at = now()
    from (values ${values}) as v(id, review_term_days, term_ends_at, term_ends_on)
    where k.id = v.id`.execute(db)
}

// ── bulk inserts of generated data (demo, benchmarks): plain inserts, no conflict handling ──

/** Inserts cases and returns their references (id and submission day) by external id. */
export async function insertCases(
  db: Db,
  rows: Insertable<CasesTable>[],
): Promise<Map<string, { id: number; submittedOn: string }>> {
  const ids = new Map<string, { id: number; submittedOn: string }>()
  await makeCaseYearPartitionsFor(
    db,
    rows.map((r) => r.submittedOn),
  )
  for (const batch of batches(rows)) {
    const inserted = await db
      .insertInto('cases')
      .values(batch)
      .returning(['id', 'externalId', 'submittedOn'])
      .execute()
    for (const r of inserted) ids.set(r.externalId, { id: r.id, submittedOn: r.submittedOn })
  }
  return ids
}

export async function insertSurveyResponses(db: Db, rows: Insertable<SurveyResponsesTable>[]) {
  for (const batch of batches(rows)) await db.insertInto('surveyResponses').values(batch).execute()
}

export async function insertComplaints(db: Db, rows: Insertable<ComplaintsTable>[]) {
  for (const batch of batches(rows)) await db.insertInto('complaints').values(batch).execute()
}

/** Publication records that do not exist yet (a record an import wrote is kept). */
export async function insertPublicationsIfAbsent(
  db: Db,
  rows: Insertable<InfoPublicationsTable>[],
) {
  for (const batch of batches(rows)) {
    await db
      .insertInto('infoPublications')
      .values(batch)
      .onConflict((oc) => oc.columns(['officeId', 'standardId', 'year']).doNothing())
      .execute()
  }
}

/** Removes the cases, survey responses and complaints of one source. */
export async function deleteFactsOfSource(db: Db, source: string) {
  await db.deleteFrom('surveyResponses').where('source', '=', source).execute()
  await db.deleteFrom('complaints').where('source', '=', source).execute()
  await db.deleteFrom('cases').where('source', '=', source).execute()
}

export async function analyze(db: Db) {
  await sql`analyze`.execute(db)
}
