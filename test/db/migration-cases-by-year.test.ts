// Migration 0032 (decision 0044) on a database that already holds cases: every stored case moves
// into its year's partition with its id, the figures (rollups) stay as they were, a survey
// answer's link gets its case's submission day, an undo's saved answer version too; the down
// migration gives back the plain table, its key and the reference by id, and up runs again.
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { sapaMigrator } from '../../db/migrate'
import type { Db } from '../../db/client.server'
import { loadReferenceData } from '../../seeds/load-reference'
import { engines, openEmptyTestDb } from '../support/test-db'

const FARM = 'private-farm-certificate'

/** The cases as stored: id, key, day, and the table that holds each. */
async function cases(db: Db) {
  const { rows } = await sql<{ id: string; externalId: string; day: string; holder: string }>`
    select id::text, external_id, submitted_on::text as day, tableoid::regclass::text as holder
    from cases order by id`.execute(db)
  return rows
}

/** Every rollup table's rows, as text, in a stable order: the figures the dashboards read. */
async function rollups(db: Db) {
  const { rows: tables } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_name like 'rollup\\_%'
    order by table_name`.execute(db)
  const all: Record<string, string[]> = {}
  for (const { name } of tables) {
    const { rows } = await sql<{ row: string }>`
      select t::text as row from ${sql.table(name)} t order by 1`.execute(db)
    all[name] = rows.map((r) => r.row)
  }
  return all
}

async function answers(db: Db) {
  const { rows } = await sql<{ externalId: string; caseId: string | null }>`
    select external_id, case_id::text from survey_responses order by external_id`.execute(db)
  return rows
}

for (const engine of engines) {
  describe(`migration 0032 over stored cases [${engine}]`, () => {
    it('moves every case into its year with its id and figures, links answers by id and day, and goes back down', async () => {
      const { db, close } = await openEmptyTestDb(engine)
      try {
        const migrator = sapaMigrator(db)
        expect((await migrator.migrateTo('0031_lighter_import_indexes')).error).toBeUndefined()
        await loadReferenceData(db)
        const { rows } = await sql<{ id: number }>`select s.office_id as id from office_services s
          where s.standard_id = ${FARM} and s.channel = 'public_service_center'
          order by s.office_id limit 1`.execute(db)
        const office = rows[0]!.id
        await sql`insert into cases (source, external_id, standard_id, variant, channel, office_id,
            submitted_at, submitted_on, completed_at, completed_on, result, wait_minutes_submit,
            due_at, due_on, max_wait_minutes)
          values
            ('m', 'a-2024', ${FARM}, 'standard', 'public_service_center', ${office},
              '2024-11-04T05:00:00Z', '2024-11-04', '2024-11-05T05:00:00Z', '2024-11-05', 'issued',
              12, '2024-11-06T18:59:59Z', '2024-11-06', 15),
            ('m', 'b-2025', ${FARM}, 'standard', 'public_service_center', ${office},
              '2025-06-30T05:00:00Z', '2025-06-30', '2025-07-01T05:00:00Z', '2025-07-01', 'issued',
              20, '2025-07-02T18:59:59Z', '2025-07-02', 15),
            ('m', 'c-2025', ${FARM}, 'standard', 'public_service_center', ${office},
              '2025-07-01T05:00:00Z', '2025-07-01', null, null, 'in_progress',
              null, '2025-07-03T18:59:59Z', '2025-07-03', 15)`.execute(db)
        await sql`insert into survey_responses (source, external_id, case_id, case_external_id,
            standard_id, office_id, responded_on, process_yes)
          select 'm', 'answer-1', c.id, c.external_id, ${FARM}, ${office}::integer, date '2025-07-02', true
          from cases c where c.external_id = 'b-2025'
          union all
          select 'm', 'answer-2', null, 'unknown', ${FARM}, ${office}::integer, date '2025-07-02', false`.execute(
          db,
        )
        // An answer's saved version (an import updated it): linked to the 2024 case.
        const { rows: batch } = await sql<{ id: number }>`
          insert into import_batches (kind, source, file_name)
          values ('surveys', 'm', 'answers.csv') returning id`.execute(db)
        await sql`insert into import_row_versions (batch_id, entity, entity_id, action, previous)
          select ${batch[0]!.id}, 'survey_responses', s.id, 'updated',
            to_jsonb(s) || jsonb_build_object('case_id', c.id)
          from survey_responses s, cases c
          where s.external_id = 'answer-1' and c.external_id = 'a-2024'`.execute(db)

        const casesBefore = await cases(db)
        expect(casesBefore.every((c) => c.holder === 'cases')).toBe(true)
        const rollupsBefore = await rollups(db)
        expect(rollupsBefore.rollup_cases_submitted!.length).toBeGreaterThan(0)
        const answersBefore = await answers(db)

        expect((await migrator.migrateTo('0032_cases_by_year')).error).toBeUndefined()
        expect(await cases(db)).toEqual(
          casesBefore.map((c) => ({ ...c, holder: `cases_${c.day.slice(0, 4)}` })),
        )
        expect(await rollups(db)).toEqual(rollupsBefore)
        expect(await answers(db)).toEqual(answersBefore)
        const linked = await sql<{ externalId: string; day: string | null }>`
          select external_id, case_submitted_on::text as day from survey_responses
          order by external_id`.execute(db)
        expect(linked.rows).toEqual([
          { externalId: 'answer-1', day: '2025-06-30' },
          { externalId: 'answer-2', day: null },
        ])
        const saved = await sql<{ day: string }>`
          select previous ->> 'case_submitted_on' as day from import_row_versions`.execute(db)
        expect(saved.rows).toEqual([{ day: '2024-11-04' }])
        // New cases continue the same ids.
        const { rows: next } = await sql<{ id: string }>`
          insert into cases (source, external_id, standard_id, variant, channel, office_id,
            submitted_at, submitted_on, result, max_wait_minutes)
          values ('m', 'd-2025', ${FARM}, 'standard', 'public_service_center', ${office},
            '2025-08-01T05:00:00Z', '2025-08-01', 'in_progress', 15)
          returning id::text`.execute(db)
        expect(BigInt(next[0]!.id)).toBeGreaterThan(BigInt(casesBefore.at(-1)!.id))
        await sql`delete from cases where external_id = 'd-2025'`.execute(db)
        // (Its day's rollup row stays, at zero, as the rollups keep a day once counted.)
        const rollupsUp = await rollups(db)

        expect((await migrator.migrateDown()).error).toBeUndefined()
        expect(await cases(db)).toEqual(casesBefore)
        expect(await rollups(db)).toEqual(rollupsUp)
        const keys = await sql<{ name: string; definition: string }>`
          select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
          where conrelid in ('cases'::regclass, 'survey_responses'::regclass)
            and contype in ('p', 'u', 'f') and conname like any (array['cases_%', '%case%'])
          order by conname`.execute(db)
        expect(keys.rows).toEqual([
          { name: 'cases_pkey', definition: 'PRIMARY KEY (id)' },
          { name: 'cases_source_external_id_key', definition: 'UNIQUE (source, external_id)' },
          {
            name: 'survey_responses_case_id_fkey',
            definition: 'FOREIGN KEY (case_id) REFERENCES cases(id)',
          },
        ])

        expect((await migrator.migrateTo('0032_cases_by_year')).error).toBeUndefined()
        expect((await cases(db)).map((c) => c.holder)).toEqual([
          'cases_2024',
          'cases_2025',
          'cases_2025',
        ])
      } finally {
        await close()
      }
    }, 180_000)
  })
}
