// The SQL of the two-step import (issue 4): batches, staged rows, the set-based commit and undo.
// A commit slice is two statements: record the previous version (to_jsonb, snake_case keys — read
// back only by jsonb_populate_record in undo) of every stored row the slice changes, then one
// `insert … select … on conflict do update … where changed` that skips unchanged rows, so the
// rollup triggers fire once per statement and re-importing a file rewrites nothing.
import { sql, type Insertable, type RawBuilder } from 'kysely'
import type { Db } from '../client.server'
import type {
  ImportKind,
  ImportStagedCasesTable,
  ImportStagedComplaintsTable,
  ImportStagedPublicationsTable,
  ImportStagedSurveysTable,
} from '../schema'

interface EntitySql {
  table: 'cases' | 'survey_responses' | 'complaints' | 'info_publications'
  stage: string
  /** The natural key: the upsert's conflict target. */
  key: string[]
  /** The columns an import writes and compares. */
  data: string[]
}

const ENTITIES: Record<ImportKind, EntitySql> = {
  cases: {
    table: 'cases',
    stage: 'import_staged_cases',
    key: ['source', 'external_id'],
    data: [
      'standard_id',
      'variant',
      'channel',
      'office_id',
      'submitted_at',
      'completed_at',
      'result',
      'wait_minutes_submit',
      'wait_minutes_pickup',
      'service_minutes',
      'docs_correct',
      'first_time_correct',
      'suspended_from',
      'suspended_to',
      'due_at',
      'submitted_on',
      'completed_on',
      'due_on',
    ],
  },
  surveys: {
    table: 'survey_responses',
    stage: 'import_staged_surveys',
    key: ['source', 'external_id'],
    data: [
      'case_external_id',
      'standard_id',
      'office_id',
      'responded_on',
      ...[
        'process',
        'information',
        'complaint_procedure',
        'complaint_timeline',
        'courtesy',
      ].flatMap((q) => [`${q}_yes`, `${q}_score`]),
    ],
  },
  complaints: {
    table: 'complaints',
    stage: 'import_staged_complaints',
    key: ['source', 'external_id'],
    data: [
      'standard_id',
      'office_id',
      'received_at',
      'justified',
      'decided_at',
      'upheld',
      'review_term_days',
      'term_ends_at',
      'received_on',
      'term_ends_on',
    ],
  },
  publications: {
    table: 'info_publications',
    stage: 'import_staged_publications',
    key: ['office_id', 'standard_id', 'year'],
    data: ['published', 'url'],
  },
}

const list = (prefix: string, columns: string[]) => columns.map((c) => `${prefix}.${c}`).join(', ')

function joinOn(e: EntitySql): string {
  return e.key.map((k) => `t.${k} = s.${k}`).join(' and ')
}

function changed(e: EntitySql, newer: 's' | 'excluded'): string {
  return `(${list('t', e.data)}) is distinct from (${list(newer, e.data)})`
}

// ── batches ─────────────────────────────────────────────────────────────────────────────────────

export async function insertBatch(
  db: Db,
  batch: { kind: ImportKind; source: string; fileName: string; userId: number | null },
): Promise<number> {
  const { id } = await db
    .insertInto('importBatches')
    .values(batch)
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export interface BatchCounts {
  rowsRead: number
  rowsAccepted: number
  rowsRejected: number
  rowsInserted: number
  rowsUpdated: number
  rowsUnchanged: number
}

export async function updateBatch(
  db: Db,
  id: number,
  values: Partial<BatchCounts> & {
    status?: 'preview' | 'committed' | 'cancelled' | 'undone'
    errors?: unknown[]
    committedAt?: Date
    undoneAt?: Date
  },
): Promise<void> {
  const { errors, ...rest } = values
  await db
    .updateTable('importBatches')
    .set({ ...rest, ...(errors ? { errors: sql`${JSON.stringify(errors)}::jsonb` } : {}) })
    .where('id', '=', id)
    .execute()
}

/** What a batch's history line shows (a single batch adds its errors). */
const BATCH_SUMMARY = [
  'id',
  'kind',
  'source',
  'fileName',
  'userId',
  'createdAt',
  'committedAt',
  'undoneAt',
  'status',
  'rowsRead',
  'rowsAccepted',
  'rowsRejected',
  'rowsInserted',
  'rowsUpdated',
  'rowsUnchanged',
] as const

export async function batchById(db: Db, id: number) {
  return db
    .selectFrom('importBatches')
    .select([...BATCH_SUMMARY, 'errors'])
    .where('id', '=', id)
    .executeTakeFirst()
}

/** The batch, locked for the rest of the transaction (two commits of one batch wait in line). */
export async function lockBatch(db: Db, id: number) {
  const { rows } = await sql<{ status: string; kind: ImportKind; rowsRejected: number }>`
    select status, kind, rows_rejected from import_batches where id = ${id} for update`.execute(db)
  return rows[0]
}

export async function recentBatches(db: Db, limit = 50) {
  return db
    .selectFrom('importBatches')
    .select(BATCH_SUMMARY)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
}

// ── staging ─────────────────────────────────────────────────────────────────────────────────────

export type StagedRow =
  | Insertable<ImportStagedCasesTable>
  | Insertable<ImportStagedSurveysTable>
  | Insertable<ImportStagedComplaintsTable>
  | Insertable<ImportStagedPublicationsTable>

const STAGE_TABLE = {
  cases: 'importStagedCases',
  surveys: 'importStagedSurveys',
  complaints: 'importStagedComplaints',
  publications: 'importStagedPublications',
} as const

export async function stageRows(db: Db, kind: ImportKind, rows: StagedRow[]): Promise<void> {
  if (rows.length === 0) return
  // Each kind's rows match its table; the union is narrowed by `kind` at the caller.
  await db
    .insertInto(STAGE_TABLE[kind])
    .values(rows as Insertable<ImportStagedCasesTable>[])
    .execute()
}

export async function deleteStaged(db: Db, kind: ImportKind, batchId: number): Promise<void> {
  await db.deleteFrom(STAGE_TABLE[kind]).where('batchId', '=', batchId).execute()
}

/** How the staged rows compare with the stored ones: new, changed, or the same. */
export async function compareStaged(
  db: Db,
  kind: ImportKind,
  batchId: number,
): Promise<{ inserted: number; updated: number; unchanged: number }> {
  const e = ENTITIES[kind]
  const { rows } = await sql<{ inserted: number; updated: number; unchanged: number }>`
    select
      count(*) filter (where t.${sql.raw(e.key[0]!)} is null)::int as inserted,
      count(*) filter (where t.${sql.raw(e.key[0]!)} is not null and ${sql.raw(changed(e, 's'))})::int
        as updated,
      count(*) filter (where t.${sql.raw(e.key[0]!)} is not null and not ${sql.raw(changed(e, 's'))})::int
        as unchanged
    from ${sql.raw(e.stage)} s
    left join ${sql.raw(e.table)} t on ${sql.raw(joinOn(e))}
    where s.batch_id = ${batchId}`.execute(db)
  return rows[0]!
}

export async function stagedRowNumberRange(db: Db, kind: ImportKind, batchId: number) {
  const { rows } = await sql<{ last: number | null }>`
    select max(row_number) as last from ${sql.raw(ENTITIES[kind].stage)} where batch_id = ${batchId}`.execute(
    db,
  )
  return rows[0]?.last ?? 0
}

// ── commit ──────────────────────────────────────────────────────────────────────────────────────

/**
 * Writes the staged rows numbered (after, upTo] of a batch: records the previous version of the
 * rows it changes, upserts the changed and new rows, records the new ones. Run inside the
 * commit's transaction.
 */
export async function commitSlice(
  db: Db,
  kind: ImportKind,
  batchId: number,
  after: number,
  upTo: number,
): Promise<void> {
  const e = ENTITIES[kind]
  const inSlice = sql`s.batch_id = ${batchId} and s.row_number > ${after} and s.row_number <= ${upTo}`
  await sql`
    insert into import_row_versions (batch_id, entity, entity_id, action, previous)
    select ${batchId}, ${e.table}, t.id, 'updated', to_jsonb(t)
    from ${sql.raw(e.stage)} s join ${sql.raw(e.table)} t on ${sql.raw(joinOn(e))}
    where ${inSlice} and ${sql.raw(changed(e, 's'))}`.execute(db)

  const columns = [...e.key, ...e.data]
  const set = [
    ...e.data.map((c) => `${c} = excluded.${c}`),
    // A survey's case link is resolved again (linkSurveysToCases) when its case id changes.
    ...(kind === 'surveys'
      ? [
          'case_id = case when t.case_external_id is distinct from excluded.case_external_id then null else t.case_id end',
        ]
      : []),
    'import_batch_id = excluded.import_batch_id',
    'updated_at = now()',
  ]
  await sql`
    with written as (
      insert into ${sql.raw(e.table)} as t (${sql.raw(columns.join(', '))}, import_batch_id)
      select ${sql.raw(list('s', columns))}, ${batchId}::integer
      from ${sql.raw(e.stage)} s
      where ${inSlice}
      order by s.row_number
      on conflict (${sql.raw(e.key.join(', '))}) do update set ${sql.raw(set.join(', '))}
      where ${sql.raw(changed(e, 'excluded'))}
      returning t.id
    )
    insert into import_row_versions (batch_id, entity, entity_id, action, previous)
    select ${batchId}, ${e.table}, w.id, 'inserted', null
    from written w
    where not exists (
      select 1 from import_row_versions v
      where v.batch_id = ${batchId} and v.entity = ${e.table} and v.entity_id = w.id)`.execute(db)
}

/** Links survey responses to their cases by external id, for the rows a batch wrote. */
export async function linkSurveysToCasesOfBatch(
  db: Db,
  batchId: number,
  kind: 'cases' | 'surveys',
): Promise<void> {
  const written = kind === 'cases' ? sql`c.import_batch_id` : sql`s.import_batch_id`
  await sql`
    update survey_responses s set case_id = c.id
    from cases c
    where ${written} = ${batchId} and s.case_id is null and s.case_external_id is not null
      and c.external_id = s.case_external_id
      and c.standard_id = s.standard_id and c.office_id = s.office_id`.execute(db)
}

export async function writtenCounts(db: Db, batchId: number) {
  const { rows } = await sql<{ inserted: number; updated: number }>`
    select count(*) filter (where action = 'inserted')::int as inserted,
      count(*) filter (where action = 'updated')::int as updated
    from import_row_versions where batch_id = ${batchId}`.execute(db)
  return rows[0]!
}

// ── undo ────────────────────────────────────────────────────────────────────────────────────────

/** A later committed batch that wrote one of this batch's rows (undo would lose its change). */
export async function laterBatchOverRows(db: Db, batchId: number): Promise<number | null> {
  const { rows } = await sql<{ id: number }>`
    select w.batch_id as id
    from import_row_versions v
    join import_row_versions w on w.entity = v.entity and w.entity_id = v.entity_id
      and w.batch_id > v.batch_id
    join import_batches b on b.id = w.batch_id and b.status = 'committed'
    where v.batch_id = ${batchId}
    limit 1`.execute(db)
  return rows[0]?.id ?? null
}

/** Restores the previous version of every row the batch updated, and deletes the rows it inserted. */
export async function undoBatchRows(db: Db, kind: ImportKind, batchId: number): Promise<void> {
  const e = ENTITIES[kind]
  const restored = [
    ...e.data,
    ...(kind === 'surveys' ? ['case_id'] : []),
    'import_batch_id',
    'updated_at',
  ]
  await sql`
    update ${sql.raw(e.table)} t
    set ${sql.raw(restored.map((c) => `${c} = p.${c}`).join(', '))}
    from import_row_versions v,
      jsonb_populate_record(null::${sql.raw(e.table)}, v.previous) p
    where v.batch_id = ${batchId} and v.entity = ${e.table} and v.action = 'updated'
      and t.id = v.entity_id`.execute(db)
  const inserted: RawBuilder<unknown> = sql`
    select entity_id from import_row_versions
    where batch_id = ${batchId} and entity = ${e.table} and action = 'inserted'`
  if (kind === 'cases') {
    // Survey responses linked to a case the undo removes keep their case_external_id.
    await sql`update survey_responses set case_id = null where case_id in (${inserted})`.execute(db)
  }
  await sql`delete from ${sql.raw(e.table)} where id in (${inserted})`.execute(db)
}
