// 0033 — `cases` loses its index of the batch id alone, `cases_batch (import_batch_id)` (decision
// 0046). It was one of the nine index records every imported case writes (0.5–0.8 s of a million
// rows' commit, measured in a rolled-back COPY). Its readers — the undo's delete and survey
// unlink, the link of a case batch to the answers waiting for it, the regions of a batch in an
// alert — now reach a batch's rows through `(office_id, import_batch_id)` with the offices the
// batch wrote (db/queries/imports.ts, officesOfBatchRows), one probe per office and year, as the
// freshness page and the alerts' offices already did. The other fact tables never had one.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop index cases_batch`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create index cases_batch on cases (import_batch_id) where import_batch_id is not null`.execute(
    db,
  )
}
