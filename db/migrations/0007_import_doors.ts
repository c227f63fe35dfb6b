// 0007 — the import's doors and its speed (issue 4, decision 0011):
// - import_batches.region_ids: the regions whose offices a batch was limited to when it was
//   uploaded (null: every region — an administrator or the CLI operator). A regional user's
//   history and undo reach exactly the batches limited to its own region; kept on the batch so
//   that a later change of the uploader's account does not move the batch.
// - a partial index of the open previews, for the cleanup of abandoned ones (cheap at each preview).
// - staging tables UNLOGGED and without their foreign key to import_batches: staged rows are a
//   preview's scratch copy, written a million at a time; WAL and one foreign-key check per row
//   were a third of the staging cost. The code deletes a batch's staged rows when it is committed,
//   cancelled or abandoned, and a commit checks that all its staged rows are there (an unlogged
//   table is emptied by crash recovery: such a preview must be uploaded again).
import { sql, type Kysely } from 'kysely'

const STAGES = [
  'import_staged_cases',
  'import_staged_surveys',
  'import_staged_complaints',
  'import_staged_publications',
]

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table import_batches add column region_ids integer[]`.execute(db)
  // Batches uploaded before: a regional user's batches were limited to its region.
  await sql`
    update import_batches b set region_ids = array[u.region_id]
    from users u where u.id = b.user_id and u.role = 'regional_qc'`.execute(db)
  await sql`create index import_batches_open_previews on import_batches (created_at)
    where status = 'preview'`.execute(db)
  for (const stage of STAGES) {
    await sql.raw(`alter table ${stage} drop constraint ${stage}_batch_id_fkey`).execute(db)
    await sql.raw(`alter table ${stage} set unlogged`).execute(db)
  }
}
