// The database computes the measures the registry defines (app/domain/measures.ts, decision
// 0032): the rollup trigger functions, rollups_rebuild(), the late-cases index and the check of
// indicators.measure installed in a migrated database are the statements db/measure-sql.ts makes
// from the registry, text for text — and a database whose copies fell behind the registry (a rule
// changed since it was migrated) gets them installed again and its rollups rebuilt on its next
// migration run.
import { sql } from 'kysely'
import { beforeAll, expect, it } from 'vitest'
import { writeCases } from '../../app/facts/fact-writer.server'
import { periodsOfYear } from '../../app/domain/periods'
import { MEASURES } from '../../app/domain/measures'
import { migrateToLatest } from '../../db/migrate'
import { derivedObjects } from '../../db/measure-sql'
import { fingerprint } from '../../db/measure-sql-sync'
import { measureCounts, type CountsQuery } from '../../db/queries/indicators'
import { firstOfficeServing, NOTHING_MEASURED } from '../support/case-inputs'
import { describeEachEngine } from '../support/test-db'

/** The body between the dollar quotes of a `create … function … as $$ … $$` statement. */
const bodyOf = (statement: string) => statement.split('$$')[1]

describeEachEngine('SQL made from the measure registry', (ctx) => {
  beforeAll(async () => {
    const base = {
      standardId: 'private-farm-certificate',
      channel: 'public_service_center' as const,
      variant: 'standard' as const,
      officeCode: await firstOfficeServing(
        ctx.db,
        'private-farm-certificate',
        'public_service_center',
      ),
      ...NOTHING_MEASURED,
    }
    // Farm certificate at a Public Service Center: 2 calendar days (decision 0002). Submitted
    // Tue 4 March 2025 10:00 local: due at the end of Thu 6 March.
    await writeCases(ctx.db, 'registry-test', [
      // Completed Wed 5 March: on time.
      {
        ...base,
        externalId: 'on-time',
        result: 'issued',
        submittedAt: new Date('2025-03-04T05:00:00Z'),
        completedAt: new Date('2025-03-05T05:00:00Z'),
      },
      // Refused on Mon 10 March: a result, but after the deadline — late.
      {
        ...base,
        externalId: 'late',
        result: 'refused',
        submittedAt: new Date('2025-03-04T05:00:00Z'),
        completedAt: new Date('2025-03-10T05:00:00Z'),
      },
    ])
  })

  it('the installed rollup functions are the registry’s statements, text for text', async () => {
    const functions = derivedObjects().filter((o) => o.kind === 'function')
    expect(functions.map((f) => f.name)).toContain('cases_rollup_insert')
    for (const f of functions) {
      const { rows } = await sql<{ source: string }>`
        select prosrc as source from pg_proc where proname = ${f.name}`.execute(ctx.db)
      expect(rows, f.name).toHaveLength(1)
      expect(rows[0]!.source, f.name).toBe(bodyOf(f.install[0]!))
    }
  })

  it('measure_sql records every object with the fingerprint of the registry’s statements', async () => {
    const { rows } = await sql<{ name: string; fingerprint: string }>`
      select name, fingerprint from measure_sql order by name`.execute(ctx.db)
    const expected = derivedObjects()
      .map((o) => ({ name: o.name, fingerprint: fingerprint(o) }))
      .sort((a, b) => a.name.localeCompare(b.name))
    expect(rows).toEqual(expected)
  })

  it('the late-cases index and the measure check exist; the check admits exactly the registry’s keys', async () => {
    const index = await sql<{ n: number }>`
      select count(*)::int as n from pg_indexes where indexname = 'cases_late_by_office'`.execute(
      ctx.db,
    )
    expect(index.rows[0]!.n).toBe(1)
    const check = await sql<{ definition: string }>`
      select pg_get_constraintdef(oid) as definition from pg_constraint
      where conname = 'indicators_measure_check'`.execute(ctx.db)
    for (const measure of MEASURES) expect(check.rows[0]!.definition).toContain(`'${measure}'`)
    await expect(
      sql`update indicators set measure = 'no_such_measure' where id = (select min(id) from indicators)`.execute(
        ctx.db,
      ),
    ).rejects.toThrow(/indicators_measure_check/)
  })

  it('a database whose copies fell behind the registry gets them again, and its rollups rebuilt, on the next migration run', async () => {
    const q: CountsQuery = {
      year: 2025,
      granularity: 'year',
      periods: periodsOfYear(2025, 'year', '2025-12-31'),
      standardId: 'private-farm-certificate',
    }
    const onTime = async (source: 'rollup' | 'plain') =>
      (await measureCounts(ctx.db, { ...q, source })).find((r) => r.measure === 'on_time')
    // The two cases above: 1 of 2 on time.
    expect(await onTime('plain')).toMatchObject({ numerator: 1, denominator: 2 })
    expect(await onTime('rollup')).toMatchObject({ numerator: 1, denominator: 2 })

    // An older rule in the database: the insert trigger counts every case as on time, its
    // rollups hold that, and the late-cases index is gone.
    await sql
      .raw(
        `create or replace function cases_rollup_insert() returns trigger language plpgsql as $$
  begin
    insert into rollup_cases_due as r (office_id, region_id, standard_id, channel, day, cases, on_time)
    select d.office_id, orr.region_id, d.standard_id, d.channel, d.due_on, count(*), count(*)
    from new_rows d join office_regions orr on orr.office_id = d.office_id
      and d.due_on >= orr.valid_from and d.due_on <= coalesce(orr.valid_to, '9999-12-31')
    where d.due_on is not null
    group by d.office_id, orr.region_id, d.standard_id, d.channel, d.due_on
    on conflict (standard_id, day, office_id, channel) do update
      set cases = r.cases + excluded.cases, on_time = r.on_time + excluded.on_time;
    return null;
  end $$`,
      )
      .execute(ctx.db)
    await sql`update rollup_cases_due set on_time = cases`.execute(ctx.db)
    await sql`drop index cases_late_by_office`.execute(ctx.db)
    await sql`update measure_sql set fingerprint = 'an older rule'
      where name in ('cases_rollup_insert', 'cases_late_by_office')`.execute(ctx.db)
    expect(await onTime('rollup')).toMatchObject({ numerator: 2, denominator: 2 })

    expect(await migrateToLatest(ctx.db)).toEqual([])

    expect(await onTime('rollup')).toMatchObject({ numerator: 1, denominator: 2 })
    const { rows } = await sql<{ source: string }>`
      select prosrc as source from pg_proc where proname = 'cases_rollup_insert'`.execute(ctx.db)
    const insert = derivedObjects().find((o) => o.name === 'cases_rollup_insert')!
    expect(rows[0]!.source).toBe(bodyOf(insert.install[0]!))
    const index = await sql<{ n: number }>`
      select count(*)::int as n from pg_indexes where indexname = 'cases_late_by_office'`.execute(
      ctx.db,
    )
    expect(index.rows[0]!.n).toBe(1)
  })
})
