// The SQL of the two-step import (issue 4): batches, staged rows, the set-based commit and undo.
// Staging writes the rows as they are read into binary COPY payloads of a few megabytes, one COPY
// statement each (decision 0012). A commit is two statements over all of a batch's staged rows:
// record the previous version (to_jsonb, snake_case keys — read back only by
// jsonb_populate_record in undo) of every stored row it changes, then one
// `insert … select … on conflict do update … where changed` that skips unchanged rows, so the
// rollup triggers fire once (each day's rollup row is written once, not once per slice) and
// re-importing a file rewrites nothing. The rows a batch inserted are known by their
// import_batch_id (decision 0011): no per-row bookkeeping for the million new rows of a file.
import { sql, type Insertable, type RawBuilder } from 'kysely'
import type { Db } from '../client.server'
import { BinaryCopyWriter } from '../copy-binary'
import { copyFrom } from '../copy-from'
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
  /** The natural key: what the compare, the previous versions and the undo join on. */
  key: string[]
  /**
   * The partition key of a table kept by year (cases by submission, migration 0032): the preview
   * makes the partitions it needs, and the upsert's conflict target holds it after the key (a
   * partition's unique index must).
   */
  yearOf?: string
  /** The columns an import writes and compares. */
  data: string[]
  /**
   * The order a commit writes its rows in, so that the table's indexes fill page after page
   * rather than at random. Cases go by office first (decision 0014): four of their indexes lead
   * with the office, and within an office the three standard-and-date indexes still advance by
   * date — 64–71 s instead of 80–81 s for a million rows into an empty table.
   */
  order: string
}

const ENTITIES: Record<ImportKind, EntitySql> = {
  cases: {
    table: 'cases',
    stage: 'import_staged_cases',
    key: ['source', 'external_id'],
    yearOf: 'submitted_on',
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
      'max_wait_minutes',
    ],
    order: 'office_id, standard_id, submitted_on',
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
      // The scale the file was read with (decision 0018): compared, so that a re-import with
      // the scale corrected updates the rows.
      'scale',
      ...[
        'process',
        'information',
        'complaint_procedure',
        'complaint_timeline',
        'courtesy',
      ].flatMap((q) => [`${q}_yes`, `${q}_score`]),
    ],
    order: 'standard_id, responded_on',
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
      'review_term_stated',
      'term_ends_at',
      'received_on',
      'term_ends_on',
    ],
    order: 'standard_id, received_on',
  },
  publications: {
    table: 'info_publications',
    stage: 'import_staged_publications',
    key: ['office_id', 'standard_id', 'year'],
    data: ['published', 'url'],
    order: 'office_id, standard_id, year',
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
  batch: {
    kind: ImportKind
    source: string
    fileName: string
    userId: number | null
    /** The regions the batch is limited to (null: every region). */
    regionIds: readonly number[] | null
  },
): Promise<number> {
  const { id } = await db
    .insertInto('importBatches')
    .values({
      ...batch,
      regionIds: batch.regionIds === null ? null : sql<number[]>`${[...batch.regionIds]}::int[]`,
    })
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
    commitSeq?: number
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

/**
 * Which batches a caller reaches: every batch (null), or those limited to regions all within
 * `regionIds` — a regional user's own and its region colleagues' uploads, never an unrestricted
 * batch, which may hold rows of other regions.
 */
export type BatchScope = readonly number[] | null

function inScope(scope: BatchScope) {
  return scope === null
    ? sql<boolean>`true`
    : sql<boolean>`b.region_ids is not null and b.region_ids <@ ${[...scope]}::int[]`
}

/** What a batch's history line shows (a single batch adds its errors). */
const BATCH_SUMMARY = [
  'b.id',
  'b.kind',
  'b.source',
  'b.fileName',
  'b.userId',
  'u.name as userName',
  'u.email as userEmail',
  'b.createdAt',
  'b.committedAt',
  'b.undoneAt',
  'b.status',
  'b.rowsRead',
  'b.rowsAccepted',
  'b.rowsRejected',
  'b.rowsInserted',
  'b.rowsUpdated',
  'b.rowsUnchanged',
  'b.regionIds',
] as const

export async function batchById(db: Db, id: number, scope: BatchScope = null) {
  return db
    .selectFrom('importBatches as b')
    .leftJoin('users as u', 'u.id', 'b.userId')
    .select([...BATCH_SUMMARY, 'b.errors'])
    .where('b.id', '=', id)
    .where(inScope(scope))
    .executeTakeFirst()
}

export type BatchSummary = Awaited<ReturnType<typeof recentBatches>>[number]

export async function recentBatches(db: Db, options: { limit: number; scope?: BatchScope }) {
  return db
    .selectFrom('importBatches as b')
    .leftJoin('users as u', 'u.id', 'b.userId')
    .select(BATCH_SUMMARY)
    .where(inScope(options.scope ?? null))
    .orderBy('b.id', 'desc')
    .limit(options.limit)
    .execute()
}

/** The batch, locked for the rest of the transaction (two commits of one batch wait in line). */
export async function lockBatch(db: Db, id: number) {
  const { rows } = await sql<{
    status: 'preview' | 'committed' | 'cancelled' | 'undone'
    kind: ImportKind
    source: string
    fileName: string | null
    userId: number | null
    regionIds: number[] | null
    rowsRead: number
    rowsAccepted: number
    rowsRejected: number
    /** Once committed: the rows the commit inserted. */
    rowsInserted: number
    /** Until the commit: the rows the preview found unchanged. */
    rowsUnchanged: number
    commitSeq: number | null
  }>`
    select status, kind, source, file_name, user_id, region_ids, rows_read, rows_accepted,
      rows_rejected, rows_inserted, rows_unchanged, commit_seq
    from import_batches where id = ${id} for update`.execute(db)
  return rows[0]
}

/** A batch's kind (it never changes), read before its turn is taken. */
export async function kindOfBatch(db: Db, id: number): Promise<ImportKind | undefined> {
  const row = await db
    .selectFrom('importBatches')
    .select('kind')
    .where('id', '=', id)
    .executeTakeFirst()
  return row?.kind
}

/**
 * The advisory lock's first key: "Sapa import" (0x53415049). Its second is the turn of TURNS.
 * Cases and surveys share a turn: a commit of either links survey responses to cases
 * (linkSurveysToCasesOfBatch), and one that ran beside the other would not see the other's
 * uncommitted rows — a survey whose case came in at the same moment would stay unlinked.
 */
const TURN_LOCK = 0x53415049
const TURNS: Record<ImportKind, number> = { cases: 1, surveys: 1, complaints: 2, publications: 3 }

/**
 * Waits for the commits and undos of the same kind to finish, and holds the turn until this
 * transaction ends (decision 0015). Each later statement of the transaction then sees every row
 * the others wrote: the previous version of each row this commit updates is saved, and the undo
 * guard sees every batch committed before. Works on PGlite too (one connection: never waits).
 */
export async function takeImportTurn(db: Db, kind: ImportKind): Promise<void> {
  await sql`select pg_advisory_xact_lock(${TURN_LOCK}::integer, ${TURNS[kind]}::integer)`.execute(
    db,
  )
}

/** The next place in the order of commits (drawn while holding the kind's turn). */
export async function nextCommitSeq(db: Db): Promise<number> {
  const { rows } = await sql<{ n: number }>`select nextval('import_commit_seq') as n`.execute(db)
  return Number(rows[0]!.n)
}

/**
 * Closes the previews nobody committed or cancelled since `before` (a tab closed on the preview):
 * their staged rows are deleted and the batches marked cancelled. Returns how many.
 */
export async function expirePreviews(db: Db, before: Date): Promise<number> {
  const { rows } = await sql<{ id: number; kind: ImportKind }>`
    update import_batches set status = 'cancelled'
    where status = 'preview' and created_at < ${before}
    returning id, kind`.execute(db)
  for (const kind of new Set(rows.map((r) => r.kind))) {
    const ids = rows.filter((r) => r.kind === kind).map((r) => r.id)
    await sql`delete from ${sql.raw(ENTITIES[kind].stage)} where batch_id = any(${ids}::int[])`.execute(
      db,
    )
  }
  return rows.length
}

// ── staging ─────────────────────────────────────────────────────────────────────────────────────

/** A row to stage (its batch is given once, to the StagedRowWriter). */
export type StagedRow =
  | Omit<Insertable<ImportStagedCasesTable>, 'batchId'>
  | Omit<Insertable<ImportStagedSurveysTable>, 'batchId'>
  | Omit<Insertable<ImportStagedComplaintsTable>, 'batchId'>
  | Omit<Insertable<ImportStagedPublicationsTable>, 'batchId'>

/**
 * How a staged column travels in the binary COPY payload: instants (Date, or ISO text) as
 * timestamps, civil dates ('YYYY-MM-DD') as dates, and numbers, booleans and text as themselves.
 */
interface StageColumn {
  name: string
  /** The staged row's property (camelCase). */
  key: string
  type: 'instant' | 'day' | 'int2' | 'int4' | 'bool' | 'text'
}

const MS_PER_DAY = 86_400_000

const BOOLEANS = new Set([
  'docs_correct',
  'first_time_correct',
  'justified',
  'upheld',
  'published',
  'review_term_stated',
])
const INTEGERS = new Set([
  'row_number',
  'office_id',
  'wait_minutes_submit',
  'wait_minutes_pickup',
  'service_minutes',
  'review_term_days',
  'max_wait_minutes',
  'year',
])

function stageColumn(name: string): StageColumn {
  const key = name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
  if (name.endsWith('_at') || name === 'suspended_from' || name === 'suspended_to') {
    return { name, key, type: 'instant' }
  }
  if (name.endsWith('_on')) return { name, key, type: 'day' }
  if (name.endsWith('_score')) return { name, key, type: 'int2' }
  if (name.endsWith('_yes') || BOOLEANS.has(name)) return { name, key, type: 'bool' }
  if (INTEGERS.has(name)) return { name, key, type: 'int4' }
  return { name, key, type: 'text' }
}

const STAGE_COLUMNS = Object.fromEntries(
  (Object.keys(ENTITIES) as ImportKind[]).map((kind) => [
    kind,
    ['row_number', ...ENTITIES[kind].key, ...ENTITIES[kind].data].map(stageColumn),
  ]),
) as Record<ImportKind, StageColumn[]>

/** 'YYYY-MM-DD' → days since 1970-01-01, remembered: a file's dates repeat a few hundred days. */
const dayNumbers = new Map<string, number>()

function dayNumberOf(value: unknown): number {
  const s = String(value)
  let n = dayNumbers.get(s)
  if (n === undefined) {
    n = Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / MS_PER_DAY
    if (dayNumbers.size < 100_000) dayNumbers.set(s, n)
  }
  return n
}

const instantMs = (v: unknown) => (v instanceof Date ? v.getTime() : Date.parse(String(v)))

/** Any kind's staged row, column by column (STAGE_COLUMNS). */
function columnsEncoder(columns: StageColumn[]) {
  return (w: BinaryCopyWriter, row: StagedRow) => {
    const values = row as unknown as Record<string, unknown>
    for (const column of columns) {
      const v = values[column.key]
      if (v === null || v === undefined) {
        w.nullField()
        continue
      }
      switch (column.type) {
        case 'instant':
          w.timestamptz(instantMs(v))
          break
        case 'day':
          w.date(dayNumberOf(v))
          break
        case 'int2':
          w.int2(Number(v))
          break
        case 'int4':
          w.int4(Number(v))
          break
        case 'bool':
          w.bool(Boolean(v))
          break
        default:
          w.text(String(v))
      }
    }
  }
}

type StagedCase = Omit<Insertable<ImportStagedCasesTable>, 'batchId'>

const orNull = <T>(v: T | null | undefined): T | null => (v === undefined ? null : v)
const instantOrNull = (v: Date | string | null | undefined) =>
  v === null || v === undefined ? null : instantMs(v)
const dayOrNull = (v: string | null | undefined) =>
  v === null || v === undefined ? null : dayNumberOf(v)

/** The columns encodeCase writes, in order: checked against STAGE_COLUMNS when the module loads. */
const ENCODED_CASE_COLUMNS =
  'row_number source external_id standard_id variant channel office_id submitted_at ' +
  'completed_at result wait_minutes_submit wait_minutes_pickup service_minutes docs_correct ' +
  'first_time_correct suspended_from suspended_to due_at submitted_on completed_on due_on ' +
  'max_wait_minutes'
if (STAGE_COLUMNS.cases.map((c) => c.name).join(' ') !== ENCODED_CASE_COLUMNS) {
  throw new Error('encodeCase no longer writes the staged case columns: update it with ENTITIES')
}

/**
 * A staged case, field by field in STAGE_COLUMNS.cases order (row number, key, data): the same
 * bytes as columnsEncoder writes, without looking each property up by name a million times.
 */
function encodeCase(w: BinaryCopyWriter, row: StagedRow): void {
  const c = row as StagedCase
  w.int4(c.rowNumber)
  w.text(c.source)
  w.text(c.externalId)
  w.text(c.standardId)
  w.text(c.variant)
  w.text(c.channel)
  w.int4(c.officeId)
  w.timestamptz(instantMs(c.submittedAt))
  w.timestamptz(instantOrNull(c.completedAt))
  w.text(c.result)
  w.int4(orNull(c.waitMinutesSubmit))
  w.int4(orNull(c.waitMinutesPickup))
  w.int4(orNull(c.serviceMinutes))
  w.bool(orNull(c.docsCorrect))
  w.bool(orNull(c.firstTimeCorrect))
  w.timestamptz(instantOrNull(c.suspendedFrom))
  w.timestamptz(instantOrNull(c.suspendedTo))
  w.timestamptz(instantOrNull(c.dueAt))
  w.date(dayNumberOf(c.submittedOn))
  w.date(dayOrNull(c.completedOn))
  w.date(dayOrNull(c.dueOn))
  w.int4(c.maxWaitMinutes)
}

/**
 * Encodes a batch's staged rows, as they are read, into binary COPY payloads of a few megabytes
 * (db/copy-binary.ts): the import keeps no rows in memory, and PostgreSQL reads a payload several
 * times faster than the same rows as statement parameters (decision 0012).
 */
export class StagedRowWriter {
  private readonly writer: BinaryCopyWriter
  private readonly encode: (w: BinaryCopyWriter, row: StagedRow) => void

  constructor(
    readonly kind: ImportKind,
    private readonly batchId: number,
    chunkBytes?: number,
  ) {
    this.writer = new BinaryCopyWriter(STAGE_COLUMNS[kind].length + 1, chunkBytes)
    this.encode = kind === 'cases' ? encodeCase : columnsEncoder(STAGE_COLUMNS[kind])
  }

  /** Adds a row; returns a payload to stage (stagePayload) once one is full. */
  add(row: StagedRow): Uint8Array | null {
    this.writer.beginRow()
    this.writer.int4(this.batchId)
    this.encode(this.writer, row)
    return this.writer.endRow()
  }

  /** The rows added since the last payload, as one (null when there are none). */
  finish(): Uint8Array | null {
    return this.writer.finish()
  }
}

/** Writes one payload of a StagedRowWriter into the kind's staging table (COPY). */
export async function stagePayload(db: Db, kind: ImportKind, payload: Uint8Array): Promise<void> {
  const columns = ['batch_id', ...STAGE_COLUMNS[kind].map((c) => c.name)]
  await copyFrom(db, { table: ENTITIES[kind].stage, columns, format: 'binary' }, payload)
}

export async function deleteStaged(db: Db, kind: ImportKind, batchId: number): Promise<void> {
  await sql`delete from ${sql.raw(ENTITIES[kind].stage)} where batch_id = ${batchId}`.execute(db)
}

/**
 * The committed batch's staged rows, removed inside the commit's transaction: the whole staging
 * table is emptied (TRUNCATE) when it holds no other batch's rows, else the batch's rows are
 * deleted. A million rows: 0.45 s to delete and 0.8 s to vacuum afterwards, against a few ms.
 * The table is locked first, so that no preview can stage rows between the look and the TRUNCATE:
 * a preview's next COPY waits for the commit to end. Returns 'emptied' when it truncated (nothing
 * left to vacuum).
 */
export async function clearStagedOfCommit(
  db: Db,
  kind: ImportKind,
  batchId: number,
): Promise<'emptied' | 'deleted'> {
  const stage = sql.raw(ENTITIES[kind].stage)
  await sql`lock table ${stage} in access exclusive mode`.execute(db)
  const { rows } = await sql<{ others: boolean }>`
    select exists (select 1 from ${stage} where batch_id <> ${batchId}) as others`.execute(db)
  if (rows[0]!.others) {
    await deleteStaged(db, kind, batchId)
    return 'deleted'
  }
  await sql`truncate ${stage}`.execute(db)
  return 'emptied'
}

/**
 * Removes the staged rows whose key (external id; for publications office, standard and year)
 * an earlier staged row of the batch already has: a file may hold a row once. Done in SQL after
 * staging so that the import's memory does not grow with the file. Returns how many were removed
 * and the first `limit` of them, by row, with the row they repeat.
 *
 * `candidates`: the external ids the preview saw more than once (app/import/repeated-keys.ts), a
 * list that holds every repeated one; only those are searched, and none when it is empty. Null:
 * every staged key is searched (a publication's key, or too many candidates).
 */
export async function removeDuplicateStaged(
  db: Db,
  kind: ImportKind,
  batchId: number,
  limit: number,
  candidates: readonly string[] | null = null,
): Promise<{ total: number; first: { rowNumber: number; firstRow: number; value: string }[] }> {
  const e = ENTITIES[kind]
  const key = e.key.filter((k) => k !== 'source')
  const value = kind === 'publications' ? 'year' : 'external_id'
  if (candidates !== null && value !== 'external_id') {
    throw new Error(`the ${kind} staged rows are not keyed by external id`)
  }
  if (candidates !== null && candidates.length === 0) return { total: 0, first: [] }
  const among =
    candidates === null ? sql`` : sql` and external_id = any(${[...candidates]}::text[])`
  const { rows } = await sql<{ rowNumber: number; firstRow: number; value: string; total: number }>`
    with dup as materialized (
      select ${sql.raw(key.join(', '))}, min(row_number) as first_row
      from ${sql.raw(e.stage)} where batch_id = ${batchId}${among}
      group by ${sql.raw(key.join(', '))} having count(*) > 1
    ), removed as (
      delete from ${sql.raw(e.stage)} s using dup d
      where s.batch_id = ${batchId} and ${sql.raw(key.map((k) => `s.${k} = d.${k}`).join(' and '))}
        and s.row_number > d.first_row
      returning s.row_number, d.first_row, s.${sql.raw(value)}::text as value
    )
    select row_number, first_row, value, (count(*) over ())::int as total
    from removed order by row_number limit ${limit}`.execute(db)
  return {
    total: rows[0]?.total ?? 0,
    first: rows.map(({ rowNumber, firstRow, value }) => ({ rowNumber, firstRow, value })),
  }
}

/**
 * Fresh planner statistics after a large staging: the row count, and the columns the duplicate
 * search, the compare and the commit group and join on (every column's: 0.4 s instead of 0.26 s
 * per million rows).
 */
export async function analyzeStaged(db: Db, kind: ImportKind): Promise<void> {
  const e = ENTITIES[kind]
  await sql`analyze ${sql.raw(e.stage)} (${sql.raw(['batch_id', ...e.key].join(', '))})`.execute(db)
}

/**
 * After a commit: VACUUM the kind's staging table when the commit deleted rows from it (without
 * it the embedded database, which has no autovacuum, misjudged the next batch's plan), and
 * ANALYZE the table the commit wrote when it wrote at least `analyzeAfterRows` rows.
 */
export async function tidyAfterCommit(
  db: Db,
  kind: ImportKind,
  rowsWritten: number,
  staged: 'emptied' | 'deleted',
  analyzeAfterRows = 20_000,
): Promise<void> {
  if (staged === 'deleted') await sql`vacuum ${sql.raw(ENTITIES[kind].stage)}`.execute(db)
  if (rowsWritten >= analyzeAfterRows) {
    await sql`analyze ${sql.raw(ENTITIES[kind].table)}`.execute(db)
  }
}

export async function countStaged(db: Db, kind: ImportKind, batchId: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from ${sql.raw(ENTITIES[kind].stage)}
    where batch_id = ${batchId}`.execute(db)
  return rows[0]!.n
}

/** How the staged rows compare with the stored ones: new, changed, or the same. */
export async function compareStaged(
  db: Db,
  kind: ImportKind,
  batchId: number,
): Promise<{
  inserted: number
  updated: number
  unchanged: number
  /** For a table kept by year: the first and last year of the staged rows (null if none). */
  years: { first: number; last: number } | null
}> {
  const e = ENTITIES[kind]
  const years = e.yearOf
    ? sql`, extract(year from min(s.${sql.raw(e.yearOf)}))::int as first_year,
        extract(year from max(s.${sql.raw(e.yearOf)}))::int as last_year`
    : sql`, null::int as first_year, null::int as last_year`
  const { rows } = await sql<{
    inserted: number
    updated: number
    unchanged: number
    firstYear: number | null
    lastYear: number | null
  }>`
    select
      count(*) filter (where t.${sql.raw(e.key[0]!)} is null)::int as inserted,
      count(*) filter (where t.${sql.raw(e.key[0]!)} is not null and ${sql.raw(changed(e, 's'))})::int
        as updated,
      count(*) filter (where t.${sql.raw(e.key[0]!)} is not null and not ${sql.raw(changed(e, 's'))})::int
        as unchanged${years}
    from ${sql.raw(e.stage)} s
    left join ${sql.raw(e.table)} t on ${sql.raw(joinOn(e))}
    where s.batch_id = ${batchId}`.execute(db)
  const { firstYear, lastYear, ...counts } = rows[0]!
  return {
    ...counts,
    years: firstYear !== null && lastYear !== null ? { first: firstYear, last: lastYear } : null,
  }
}

// ── commit ──────────────────────────────────────────────────────────────────────────────────────

/**
 * The first staged row of a region-limited batch that would replace a stored row whose office
 * lies outside `regionIds` (the office's current region, as the row check reads it), or null.
 * Since sources belong to a region (decision 0015) such a stored row can only predate that rule;
 * the commit refuses rather than let a region rewrite another's record.
 */
export async function stagedOverRowOutside(
  db: Db,
  kind: ImportKind,
  batchId: number,
  regionIds: readonly number[],
): Promise<{ rowNumber: number; office: string } | null> {
  const e = ENTITIES[kind]
  const { rows } = await sql<{ rowNumber: number; office: string }>`
    select s.row_number, o.code as office
    from ${sql.raw(e.stage)} s
    join ${sql.raw(e.table)} t on ${sql.raw(joinOn(e))}
    join offices o on o.id = t.office_id
    where s.batch_id = ${batchId}
      and not exists (
        select 1 from office_regions orr
        where orr.office_id = t.office_id and orr.valid_to is null
          and orr.region_id = any(${[...regionIds]}::int[]))
    order by s.row_number
    limit 1`.execute(db)
  return rows[0] ?? null
}

/** SQLSTATE of a unique index's refusal. */
const UNIQUE_VIOLATION = '23505'

/**
 * Writes all staged rows of a batch, inside the commit's transaction: records the previous
 * version of the rows it changes, then upserts the changed and new rows, which carry the batch's
 * id. Returns how many rows were inserted and updated (the others were unchanged).
 *
 * `skipUnchanged` (when the preview found unchanged rows): staged rows equal to their stored row
 * are left out before the upsert. ON CONFLICT … WHERE locks every conflicting row even when it
 * does not update it — a million unchanged rows cost 23.6 s of row locks; the anti-join costs a
 * lookup per staged row, which a file of new rows would pay for nothing. The upsert's own
 * `where changed` still decides: the filter only spares work.
 *
 * `allNew` (when the preview found no stored row for any staged key): a plain INSERT, under a
 * savepoint, instead of the upsert — no speculative insertion (a probe of the key's index before
 * each row, and the insertion confirmed after it) and no previous versions to look for (decision
 * 0035). A row another writer stored with one of the keys since the preview makes it fail with
 * unique_violation: rolled back to the savepoint, the batch is written by the upsert as always.
 */
export async function commitStaged(
  db: Db,
  kind: ImportKind,
  batchId: number,
  options: { skipUnchanged?: boolean; allNew?: boolean } = {},
): Promise<{ inserted: number; updated: number }> {
  const e = ENTITIES[kind]
  const ofBatch = sql`s.batch_id = ${batchId}`
  const columns = [...e.key, ...e.data]
  const staged = sql`select ${sql.raw(list('s', columns))}, ${batchId}::integer
      from ${sql.raw(e.stage)} s
      where ${ofBatch}`
  const order = sql`order by ${sql.raw(list('s', e.order.split(', ')))}`
  const into = sql`insert into ${sql.raw(e.table)} as t (${sql.raw(columns.join(', '))}, import_batch_id)`
  const notUnchanged = options.skipUnchanged
    ? sql` and not exists (select 1 from ${sql.raw(e.table)} t
        where ${sql.raw(joinOn(e))} and not ${sql.raw(changed(e, 's'))})`
    : sql``
  // The rollup triggers aggregate the whole batch at the end of the statement: at 64 MB most of
  // their sorts and hash tables of a million rows stay in memory; at the default 4 MB all spill.
  await sql`set local work_mem = '64MB'`.execute(db)
  // No JIT compilation for the statement and its triggers: their plans over a million rows cost
  // enough for PostgreSQL to compile and optimise each one with LLVM, which took longer than it
  // saved (a million new cases: 1.1–1.4 s more with it, decision 0043). PGlite, which has no JIT
  // provider, accepts the setting.
  await sql`set local jit = off`.execute(db)
  if (options.allNew) {
    await sql`savepoint commit_all_new`.execute(db)
    try {
      const inserted = await sql`${into} ${staged} ${order}`.execute(db)
      await sql`release savepoint commit_all_new`.execute(db)
      return { inserted: Number(inserted.numAffectedRows ?? 0), updated: 0 }
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error
      await sql`rollback to savepoint commit_all_new`.execute(db)
    }
  }
  await sql`
    insert into import_row_versions (batch_id, entity, entity_id, action, previous)
    select ${batchId}, ${e.table}, t.id, 'updated', to_jsonb(t)
    from ${sql.raw(e.stage)} s join ${sql.raw(e.table)} t on ${sql.raw(joinOn(e))}
    where ${ofBatch} and ${sql.raw(changed(e, 's'))}`.execute(db)

  // A table kept by year finds a stored record in the upsert only on the same day: the records
  // whose day the file corrects are rewritten here first (PostgreSQL moves each to its year's
  // partition), and the upsert then leaves them as they are.
  let moved = 0
  if (e.yearOf) {
    const result = await sql`
      update ${sql.raw(e.table)} t
      set ${sql.raw(e.data.map((c) => `${c} = s.${c}`).join(', '))},
        import_batch_id = ${batchId}, updated_at = now()
      from ${sql.raw(e.stage)} s
      where ${ofBatch} and ${sql.raw(joinOn(e))}
        and t.${sql.raw(e.yearOf)} <> s.${sql.raw(e.yearOf)}`.execute(db)
    moved = Number(result.numAffectedRows ?? 0)
  }

  const set = [
    ...e.data.map((c) => `${c} = excluded.${c}`),
    // A survey's case link is resolved again (linkSurveysToCases) when its case id changes.
    ...(kind === 'surveys'
      ? [
          'case_id = case when t.case_external_id is distinct from excluded.case_external_id then null else t.case_id end',
          'case_submitted_on = case when t.case_external_id is distinct from excluded.case_external_id then null else t.case_submitted_on end',
        ]
      : []),
    'import_batch_id = excluded.import_batch_id',
    'updated_at = now()',
  ]
  // A row the upsert inserted took its id from the table's sequence during the statement; a row
  // it updated kept the id it had, at most the sequence's last value before it. (The xmax of the
  // row version, which told the two apart before, cannot be read from a partitioned table.)
  const { rows: last } = await sql<{ id: string }>`
    select (case when is_called then last_value else last_value - 1 end)::text as id
    from ${sql.raw(`${e.table}_id_seq`)}`.execute(db)
  const idBefore = last[0]!.id
  const { rows } = await sql<{ inserted: number; updated: number }>`
    with written as (
      ${into} ${staged}${notUnchanged}
      ${order}
      on conflict (${sql.raw([...e.key, ...(e.yearOf ? [e.yearOf] : [])].join(', '))}) do update set ${sql.raw(set.join(', '))}
      where ${sql.raw(changed(e, 'excluded'))}
      returning t.id > ${idBefore}::bigint as inserted
    )
    select count(*) filter (where inserted)::int as inserted,
      count(*) filter (where not inserted)::int as updated
    from written`.execute(db)
  return { inserted: rows[0]!.inserted, updated: rows[0]!.updated + moved }
}

/** Links survey responses to their cases by external id, for the rows a batch wrote. */
export async function linkSurveysToCasesOfBatch(
  db: Db,
  batchId: number,
  kind: 'cases' | 'surveys',
): Promise<void> {
  await linkSurveysStatement(batchId, kind).execute(db)
}

/**
 * The statement of linkSurveysToCasesOfBatch. For a batch of cases it reaches the answers through
 * survey_responses_waiting (migration 0027): only answers not yet linked can take a case. For a
 * batch of answers it reaches each one's case through the key index of cases (source,
 * external_id), one probe per source: an answer does not name its case's source, and without the
 * list of sources the planner would intersect the office's and the standard's cases for every
 * answer. The sources are read from that index by a loose scan (one step per distinct source),
 * so the condition on them keeps every case and only opens the index.
 */
export function linkSurveysStatement(batchId: number, kind: 'cases' | 'surveys') {
  // A batch of cases with no answer waiting at all (most imports) reads none of its cases: the
  // first condition is evaluated once, before the join (a million cases' probes took 0.7 s).
  const written =
    kind === 'cases'
      ? sql`exists (select 1 from survey_responses w
          where w.case_id is null and w.case_external_id is not null)
        and ${rowsOfBatch('cases', 'c', batchId)}`
      : sql`s.import_batch_id = ${batchId} and c.source = any(array(
          with recursive src(source) as (
            select min(source) from cases
            union all
            select (select min(source) from cases where source > src.source)
            from src where src.source is not null)
          select source from src where source is not null))`
  return sql`
    update survey_responses s set case_id = c.id, case_submitted_on = c.submitted_on
    from cases c
    where ${written} and s.case_id is null and s.case_external_id is not null
      and c.external_id = s.case_external_id
      and c.standard_id = s.standard_id and c.office_id = s.office_id`
}

// ── undo ────────────────────────────────────────────────────────────────────────────────────────

/**
 * A batch committed after this one (by commit order, not by id: a batch previewed first may be
 * committed last) that changed one of the rows this batch wrote, and still stands — undo would
 * lose its change: its version of the row records this batch as the row's writer before it.
 */
export async function laterBatchOverRows(
  db: Db,
  kind: ImportKind,
  batchId: number,
  commitSeq: number,
): Promise<number | null> {
  const { rows } = await sql<{ id: number }>`
    select w.batch_id as id
    from import_batches b
    join import_row_versions w on w.batch_id = b.id
    where b.status = 'committed' and b.commit_seq > ${commitSeq}
      and w.entity = ${ENTITIES[kind].table} and w.action = 'updated'
      and (w.previous ->> 'import_batch_id')::integer = ${batchId}
    order by b.commit_seq
    limit 1`.execute(db)
  return rows[0]?.id ?? null
}

/**
 * Restores the previous version of every row the batch updated, then deletes the rows it
 * inserted — those still carrying its id: no later batch has changed them (laterBatchOverRows
 * refuses the undo otherwise), and the restored rows carry their earlier writer's again.
 * Only rows that still carry the batch's id are restored. Returns how many of each, and how
 * many previous versions the batch saved: the caller refuses the undo (its transaction rolls
 * back) when fewer rows were restored than saved, or more deleted than the batch inserted —
 * rows another batch wrote, possible only for batches committed side by side before the
 * commits took turns (decision 0015).
 */
export async function undoBatchRows(
  db: Db,
  kind: ImportKind,
  batchId: number,
): Promise<{ restored: number; deleted: number; versions: number }> {
  const e = ENTITIES[kind]
  const restoredColumns = [
    ...e.data,
    ...(kind === 'surveys' ? ['case_id', 'case_submitted_on'] : []),
    'import_batch_id',
    'updated_at',
  ]
  const restored = await sql`
    update ${sql.raw(e.table)} t
    set ${sql.raw(restoredColumns.map((c) => `${c} = p.${c}`).join(', '))}
    from import_row_versions v,
      jsonb_populate_record(null::${sql.raw(e.table)}, v.previous) p
    where v.batch_id = ${batchId} and v.entity = ${e.table} and v.action = 'updated'
      and t.id = v.entity_id and t.import_batch_id = ${batchId}`.execute(db)
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from import_row_versions
    where batch_id = ${batchId} and entity = ${e.table} and action = 'updated'`.execute(db)
  if (kind === 'cases') {
    // Survey responses linked to a case the undo removes keep their case_external_id.
    await sql`update survey_responses set case_id = null, case_submitted_on = null
      where case_id in (select c.id from cases c where ${rowsOfBatch('cases', 'c', batchId)})`.execute(
      db,
    )
  }
  const deleted = await sql`
    delete from ${sql.raw(e.table)} t where ${rowsOfBatch(e.table, 't', batchId)}`.execute(db)
  return {
    restored: Number(restored.numAffectedRows ?? 0),
    deleted: Number(deleted.numAffectedRows ?? 0),
    versions: rows[0]!.n,
  }
}

/**
 * The offices whose figures a batch's commit or undo moves (for the alerts evaluated after it,
 * decision 0030): the offices of the rows carrying its id, and the previous offices of the rows
 * it updated. Read inside the commit (after writing) or the undo (before undoing).
 */
export async function officesWrittenByBatch(
  db: Db,
  kind: ImportKind,
  batchId: number,
): Promise<number[]> {
  const e = ENTITIES[kind]
  const { rows } = await sql<{ officeId: number }>`
    ${officesOfBatchRows(e.table, batchId)}
    union
    select (previous ->> 'office_id')::integer from import_row_versions
    where batch_id = ${batchId} and entity = ${e.table} and previous ? 'office_id'
    order by 1`.execute(db)
  return rows.map((r) => r.officeId)
}

/**
 * The offices of the rows of a fact table that carry a batch's id (`batchId` a number or a
 * column of the enclosing query), as a query of one column: office by office through the table's
 * `(office_id, import_batch_id)` index, one probe per office (and year, for cases) instead of
 * reading every row the batch wrote (a million: 0.47 s against 0.03 s, decision 0043). It is how
 * the rows of a batch are found: no index holds the batch's id alone (migration 0033), so "the
 * rows of batch X" reads `office_id = any(array(…)) and import_batch_id = X`.
 *
 * The probe is a LATERAL subquery with LIMIT 1, which PostgreSQL runs once per office as
 * written; an EXISTS would be turned into a join, and the planner then read the batch's offices
 * out of a scan of every row it wrote whenever the table looked small to it — inside a commit,
 * whose new rows have no statistics yet, a million rows' offices took 0.28–0.49 s (decision 0046).
 */
export function officesOfBatchRows(table: string, batchId: number | RawBuilder<unknown>) {
  return sql<{ officeId: number }>`select o.id as office_id from offices o
    cross join lateral (select 1 from ${sql.raw(table)} t
      where t.office_id = o.id and t.import_batch_id = ${batchId} limit 1) w`
}

/** The rows of a fact table (as `alias`) that carry a batch's id, through their offices. */
function rowsOfBatch(table: string, alias: string, batchId: number) {
  return sql`${sql.raw(alias)}.office_id = any(array(${officesOfBatchRows(table, batchId)}))
    and ${sql.raw(alias)}.import_batch_id = ${batchId}`
}
