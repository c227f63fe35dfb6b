// Staging by binary COPY (db/copy-binary.ts, db/copy-from.ts, decision 0012): what a preview
// stages is read back exactly as written, on each engine — text in any script, NULLs, instants
// on both sides of PostgreSQL's 2000-01-01 epoch to the millisecond, civil dates, booleans and
// small integers — and a batch split into several payloads arrives whole.
import { sql } from 'kysely'
import { expect, it } from 'vitest'
import {
  insertBatch,
  stagePayload,
  StagedRowWriter,
  type StagedRow,
} from '../../db/queries/imports'
import type { ImportKind } from '../../db/schema'
import { describeEachEngine } from '../support/test-db'

/** Writes the rows through a StagedRowWriter (payloads of `chunkBytes`) and stages them. */
async function stage(
  db: Parameters<typeof stagePayload>[0],
  kind: ImportKind,
  rows: StagedRow[],
  chunkBytes?: number,
): Promise<{ batchId: number; payloads: number }> {
  const batchId = await insertBatch(db, {
    kind,
    source: 'staging-test',
    fileName: 'rows.csv',
    userId: null,
    regionIds: null,
  })
  const writer = new StagedRowWriter(kind, batchId, chunkBytes)
  let payloads = 0
  for (const row of rows) {
    const payload = writer.add(row)
    if (payload) {
      payloads++
      await stagePayload(db, kind, payload)
    }
  }
  const last = writer.finish()
  if (last) {
    payloads++
    await stagePayload(db, kind, last)
  }
  return { batchId, payloads }
}

describeEachEngine('import staging (binary COPY)', (ctx) => {
  it('a case reads back as staged: Kazakh and quoted text, NULLs, instants around 2000-01-01 to the ms', async () => {
    const { batchId } = await stage(ctx.db, 'cases', [
      {
        rowNumber: 2,
        source: 'staging-test',
        externalId: 'Әр-"1"\\№ 7',
        standardId: 'private-farm-certificate',
        variant: 'standard',
        channel: 'public_service_center',
        officeId: 1,
        // 1 ms before PostgreSQL's epoch, and an instant past 2038 (beyond 32-bit seconds).
        submittedAt: new Date('1999-12-31T23:59:59.999Z'),
        completedAt: new Date('2040-06-30T12:34:56.789Z'),
        result: 'issued',
        waitMinutesSubmit: 0,
        waitMinutesPickup: null,
        serviceMinutes: 125,
        docsCorrect: false,
        firstTimeCorrect: true,
        suspendedFrom: null,
        suspendedTo: null,
        dueAt: new Date('2000-01-01T00:00:00.000Z'),
        submittedOn: '2000-01-01',
        completedOn: '2040-06-30',
        dueOn: '1999-12-31',
        maxWaitMinutes: 15,
      },
    ])
    const { rows } = await sql<Record<string, unknown>>`
      select row_number, external_id, office_id, result, wait_minutes_submit, wait_minutes_pickup,
        service_minutes, docs_correct, first_time_correct, suspended_from,
        to_char(submitted_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS') as submitted,
        to_char(completed_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS') as completed,
        to_char(due_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS') as due,
        submitted_on::text as submitted_on, completed_on::text as completed_on,
        due_on::text as due_on, max_wait_minutes
      from import_staged_cases where batch_id = ${batchId}`.execute(ctx.db)
    expect(rows).toEqual([
      {
        rowNumber: 2,
        externalId: 'Әр-"1"\\№ 7',
        officeId: 1,
        result: 'issued',
        waitMinutesSubmit: 0,
        waitMinutesPickup: null,
        serviceMinutes: 125,
        docsCorrect: false,
        firstTimeCorrect: true,
        suspendedFrom: null,
        submitted: '1999-12-31 23:59:59.999',
        completed: '2040-06-30 12:34:56.789',
        due: '2000-01-01 00:00:00.000',
        submittedOn: '2000-01-01',
        completedOn: '2040-06-30',
        dueOn: '1999-12-31',
        maxWaitMinutes: 15,
      },
    ])
  })

  it('a payload the table refuses fails with the server’s error, and the database goes on', async () => {
    const writer = new StagedRowWriter('publications', 1)
    writer.add({
      rowNumber: 2,
      officeId: 1,
      standardId: 'x',
      year: 2025,
      published: true,
      url: null,
    })
    const payload = writer.finish()!
    // Seven fields a row (batch, row, office, standard, year, published, url) where a staged case
    // has twenty-two.
    await expect(stagePayload(ctx.db, 'cases', payload)).rejects.toThrow(/field count|22/)
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(ctx.db)
    expect(rows).toEqual([{ one: 1 }])
    await stagePayload(ctx.db, 'publications', payload)
  })

  it('a batch cut into payloads of ~200 bytes arrives whole: 25 surveys, 1–5 scores and yes/no', async () => {
    const surveys: StagedRow[] = Array.from({ length: 25 }, (_, i) => ({
      rowNumber: i + 2,
      source: 'staging-test',
      externalId: `S-${i}`,
      caseExternalId: i % 2 ? null : `C-${i}`,
      standardId: 'private-farm-certificate',
      officeId: 1,
      respondedOn: '2025-03-06',
      processYes: null,
      processScore: ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5,
      informationYes: i % 3 === 0,
      informationScore: null,
      complaintProcedureYes: null,
      complaintProcedureScore: null,
      complaintTimelineYes: null,
      complaintTimelineScore: null,
      courtesyYes: true,
      courtesyScore: null,
    }))
    const { batchId, payloads } = await stage(ctx.db, 'surveys', surveys, 200)
    // A survey row is 133–138 bytes (a 2-byte count, 18 × 4-byte lengths, 56 bytes of fixed values
    // and 3–8 of ids), the header 19: one row stays under 200 bytes, two pass it, so each payload
    // ends after its second row — 12 of two rows and a last of one.
    expect(payloads).toBe(13)
    const { rows } = await sql<{ n: number; scores: number; yes: number; linked: number }>`
      select count(*)::int as n, sum(process_score)::int as scores,
        count(*) filter (where information_yes)::int as yes,
        count(case_external_id)::int as linked
      from import_staged_surveys where batch_id = ${batchId}`.execute(ctx.db)
    // Scores cycle 1..5 over 25 rows: 5 × 15 = 75; information yes for i = 0, 3, …, 24: 9 rows;
    // a case id on the 13 even rows.
    expect(rows).toEqual([{ n: 25, scores: 75, yes: 9, linked: 13 }])
  })
})
