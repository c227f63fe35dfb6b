// Migration 0026 on a database that already holds facts: each stored case gets the queue maximum
// of the rule of the edition in force on its submission day (not the latest edition's), each
// complaint whether its term was its own (it differs from its standard's), and the rollups,
// rebuilt by the measure sync that follows, equal the plain computation.
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { periodsOfYear } from '../../app/domain/periods'
import { migrateToLatest, sapaMigrator } from '../../db/migrate'
import { measureCounts } from '../../db/queries/indicators'
import { loadReferenceData } from '../../seeds/load-reference'
import { engines, openEmptyTestDb } from '../support/test-db'

const FARM = 'private-farm-certificate'

for (const engine of engines) {
  describe(`migration 0026 over stored facts [${engine}]`, () => {
    it('stores the maximum of the edition in force on each submission day, and the complaints’ own terms', async () => {
      const { db, close } = await openEmptyTestDb(engine)
      try {
        const migrator = sapaMigrator(db)
        const before = await migrator.migrateTo('0023_standard_editions')
        expect(before.error).toBeUndefined()
        await loadReferenceData(db)
        // Edition 2 of the farm certificate from 1 July 2025: the PSC's maximum wait 15 minutes
        // (edition 1: 10). The identity rows mirror it, as the store does.
        await sql`insert into standard_editions (standard_id, edition, act_name_kk, act_name_ru,
            act_name_en, act_number, act_date, valid_from, valid_to, amendments, source)
          select standard_id, 2, act_name_kk, act_name_ru, act_name_en, 'TEST-2', '2025-06-15',
            '2025-07-01', null, '[]', 'test'
          from standard_editions where standard_id = ${FARM} and edition = 1`.execute(db)
        await sql`insert into edition_deadline_rules
          select standard_id, 2, channel, variant, term_amount, term_unit,
            case when channel = 'public_service_center' then 15 else max_wait_minutes end,
            max_service_minutes, term_as_printed_kk, interpretation_en, interpretation_ru,
            interpretation_kk, source
          from edition_deadline_rules where standard_id = ${FARM} and edition = 1`.execute(db)
        await sql`update deadline_rules set max_wait_minutes = 15
          where standard_id = ${FARM} and channel = 'public_service_center'`.execute(db)
        const { rows } = await sql<{ id: number }>`select s.office_id as id from office_services s
          where s.standard_id = ${FARM} and s.channel = 'public_service_center'
          order by s.office_id limit 1`.execute(db)
        const office = rows[0]!.id
        // Two cases waited 12 minutes: one submitted on 30 June (edition 1: over its 10), one on
        // 1 July (edition 2: within its 15). A complaint with the standard's 30 days, one with 15.
        await sql`insert into cases (source, external_id, standard_id, variant, channel, office_id,
            submitted_at, submitted_on, completed_at, completed_on, result, wait_minutes_submit,
            due_at, due_on)
          values
            ('m', 'june', ${FARM}, 'standard', 'public_service_center', ${office},
              '2025-06-30T05:00:00Z', '2025-06-30', '2025-07-01T05:00:00Z', '2025-07-01', 'issued',
              12, '2025-07-02T18:59:59Z', '2025-07-02'),
            ('m', 'july', ${FARM}, 'standard', 'public_service_center', ${office},
              '2025-07-01T05:00:00Z', '2025-07-01', '2025-07-02T05:00:00Z', '2025-07-02', 'issued',
              12, '2025-07-03T18:59:59Z', '2025-07-03')`.execute(db)
        await sql`insert into complaints (source, external_id, standard_id, office_id, received_at,
            received_on, justified, review_term_days, term_ends_at, term_ends_on)
          values
            ('m', 'default', ${FARM}, ${office}, '2025-07-01T05:00:00Z', '2025-07-01', true, 30,
              '2025-07-31T18:59:59Z', '2025-07-31'),
            ('m', 'own', ${FARM}, ${office}, '2025-07-01T05:00:00Z', '2025-07-01', true, 15,
              '2025-07-16T18:59:59Z', '2025-07-16')`.execute(db)

        expect(await migrateToLatest(db)).toContain('0026_edition_terms_per_record')

        const cases = await sql<{ externalId: string; maxWaitMinutes: number }>`
          select external_id, max_wait_minutes from cases order by external_id`.execute(db)
        expect(cases.rows).toEqual([
          { externalId: 'july', maxWaitMinutes: 15 },
          { externalId: 'june', maxWaitMinutes: 10 },
        ])
        const complaints = await sql<{ externalId: string; reviewTermStated: boolean }>`
          select external_id, review_term_stated from complaints order by external_id`.execute(db)
        expect(complaints.rows).toEqual([
          { externalId: 'default', reviewTermStated: false },
          { externalId: 'own', reviewTermStated: true },
        ])
        // 1.2 by month: June 0 of 1 (12 > 10), July 1 of 1 (12 ≤ 15) — plain and rolled up.
        const counts = async (source: 'plain' | 'rollup') =>
          (
            await measureCounts(db, {
              year: 2025,
              granularity: 'month',
              periods: periodsOfYear(2025, 'month', '2025-12-31'),
              standardId: FARM,
              source,
            })
          )
            .filter((r) => r.measure === 'queue_wait_ok' && r.denominator > 0)
            .map((r) => [r.periodStart, r.numerator, r.denominator])
            .sort()
        expect(await counts('plain')).toEqual([
          ['2025-06-01', 0, 1],
          ['2025-07-01', 1, 1],
        ])
        expect(await counts('rollup')).toEqual(await counts('plain'))
      } finally {
        await close()
      }
    }, 180_000)
  })
}
