// Stored deadlines follow a calendar edit: a new day off inside a case's term moves its
// deadline by one working day; cases not affected keep theirs.
import { expect, it } from 'vitest'
import { recomputeDeadlines } from '../../app/facts/deadline-recompute.server'
import { writeCases, writeComplaints } from '../../app/facts/fact-writer.server'
import { describeEachEngine } from '../support/test-db'
import { NOTHING_MEASURED } from '../support/case-inputs'

describeEachEngine('deadline recomputation', (ctx) => {
  it('moves a 6-working-day deadline when a day off is added inside the term, and only that one', async () => {
    const office = await ctx.db
      .selectFrom('offices')
      .select('code')
      .where('code', 'like', 'KZ-11-LRD-%')
      .orderBy('code')
      .executeTakeFirstOrThrow()
    const base = {
      standardId: 'land-lease-act',
      channel: 'land_relations_authority' as const,
      variant: 'grant' as const,
      officeCode: office.code,
      completedAt: null,
      result: 'in_progress' as const,
      ...NOTHING_MEASURED,
    }
    // Monday 2 June 2025 10:00 Astana (05:00Z): 6 working days after it, Friday 6 June being
    // Kurban Ait → 3, 4, 5, 9, 10, 11 → Wed 11 June. Monday 14 July 2025: 15, 16, 17, 18, 21,
    // 22 → Tue 22 July.
    await writeCases(ctx.db, 'recompute-test', [
      { ...base, externalId: 'june', submittedAt: new Date('2025-06-02T05:00:00Z') },
      { ...base, externalId: 'july', submittedAt: new Date('2025-07-14T05:00:00Z') },
    ])
    await writeComplaints(ctx.db, 'recompute-test', [
      {
        externalId: 'k-june',
        standardId: 'land-lease-act',
        officeCode: office.code,
        // Received Mon 2 June: 30 calendar days → Wed 2 July 2025 (a working day).
        receivedAt: new Date('2025-06-02T05:00:00Z'),
        justified: true,
        decidedAt: null,
        upheld: null,
        reviewTermDays: 30,
      },
    ])
    const dueOf = async () =>
      Object.fromEntries(
        (
          await ctx.db
            .selectFrom('cases')
            .select(['externalId', 'dueOn'])
            .where('source', '=', 'recompute-test')
            .execute()
        ).map((r) => [r.externalId, r.dueOn]),
      )
    expect(await dueOf()).toEqual({ june: '2025-06-11', july: '2025-07-22' })

    // An administrator declares Thursday 5 June 2025 a day off (a hypothetical transfer).
    await ctx.db
      .insertInto('calendarDays')
      .values({
        day: '2025-06-05',
        kind: 'transfer_day_off',
        nameKk: 'Сынақ демалыс күні',
        nameRu: 'Тестовый выходной',
        nameEn: 'Test day off',
        source: 'test',
      })
      .execute()
    const result = await recomputeDeadlines(ctx.db, { fromDay: '2025-05-01' })
    // June case: 3, 4, 9, 10, 11, 12 → Thu 12 June. July case unchanged.
    expect(await dueOf()).toEqual({ june: '2025-06-12', july: '2025-07-22' })
    expect(result.casesChanged).toBe(1)
    // The complaint's 30th day (2 July) is unaffected by a day off in June.
    expect(result.complaintsChanged).toBe(0)
  })
})
