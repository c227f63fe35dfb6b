// An administrator's reference-data edits on both engines: a calendar edit moves exactly the
// deadlines (and complaint terms) whose term counts the edited day, the month's on-time indicator
// follows, and each save writes exactly one audit row with before → after; a deadline rule's new
// term moves only that rule's cases; refused edits change nothing and write no audit row.
// Every expected date below is counted by hand from docs/domain.md §5 (a working-day term ends on
// the N-th working day after the submission day; a calendar-day term on the N-th day, moved to the
// next working day if that is a day off) and the seeded 2025 calendar.
import { expect, it } from 'vitest'
import {
  addCalendarDay,
  removeCalendarDay,
  setDeadlineTerm,
} from '../../app/admin/reference-changes.server'
import type { AdminActor } from '../../app/admin/actor.server'
import { CLI_SOURCE } from '../../app/accounts/audit.server'
import { createUser } from '../../app/accounts/auth.server'
import { writeCases, writeComplaints, type CaseInput } from '../../app/facts/fact-writer.server'
import { computeIndicators } from '../../app/indicators/engine.server'
import { periodsOfYear } from '../../app/domain/periods'
import { auditRows } from '../../db/queries/audit'
import { findRegionId } from '../../db/queries/indicator-context'
import { measureCounts, type CountsQuery } from '../../db/queries/indicators'
import { describeEachEngine } from '../support/test-db'
import { NOTHING_MEASURED } from '../support/case-inputs'

const at = (iso: string) => new Date(iso)

describeEachEngine('admin reference edits', (ctx) => {
  let actor: AdminActor
  let office: string

  async function setUp() {
    if (actor) return
    const userId = await createUser(
      ctx.db,
      {
        email: 'reference-admin@admin.test',
        name: 'Reference admin',
        role: 'admin',
        password: 'a long enough password',
      },
      { userId: null, source: CLI_SOURCE },
    )
    actor = {
      userId,
      email: 'reference-admin@admin.test',
      source: { ip: '10.9.0.1', userAgent: 'vitest admin' },
    }
    // A land-relations department of Akmola (KZ-11, Asia/Almaty: UTC+5 since March 2024).
    office = (
      await ctx.db
        .selectFrom('offices')
        .select('code')
        .where('code', 'like', 'KZ-11-LRD-%')
        .orderBy('code')
        .executeTakeFirstOrThrow()
    ).code
  }

  const caseOf = (
    standardId: string,
    variant: CaseInput['variant'],
    submittedAt: string,
    completedAt: string,
  ): Omit<CaseInput, 'externalId'> => ({
    standardId,
    channel: 'land_relations_authority',
    variant,
    officeCode: office,
    submittedAt: at(submittedAt),
    completedAt: at(completedAt),
    result: 'issued',
    ...NOTHING_MEASURED,
  })

  async function dueOn(source: string) {
    const rows = await ctx.db
      .selectFrom('cases')
      .select(['externalId', 'dueOn'])
      .where('source', '=', source)
      .orderBy('externalId')
      .execute()
    return Object.fromEntries(rows.map((r) => [r.externalId, r.dueOn]))
  }

  /**
   * The daily rollups (kept by triggers, read by the engine) agree with the plain computation
   * over the base tables: the recomputed deadlines reached them in the save's transaction.
   */
  async function expectRollupsFollow() {
    const q: CountsQuery = {
      year: 2025,
      granularity: 'month',
      periods: periodsOfYear(2025, 'month', '2025-12-31'),
      regionId: await findRegionId(ctx.db, 'KZ-11'),
    }
    const key = (r: { standardId: string; measure: string; periodStart: string }) =>
      `${r.standardId}|${r.measure}|${r.periodStart}`
    const counts = async (source: 'plain' | 'rollup') =>
      (await measureCounts(ctx.db, { ...q, source }))
        .filter((r) => r.denominator !== 0 || r.numerator !== 0)
        .map((r) => ({ key: key(r), numerator: r.numerator, denominator: r.denominator }))
        .sort((a, b) => a.key.localeCompare(b.key))
    const plain = await counts('plain')
    expect(plain.length).toBeGreaterThan(0)
    expect(await counts('rollup')).toEqual(plain)
  }

  async function onTime(standard: string, period: string) {
    const result = await computeIndicators(ctx.db, {
      year: 2025,
      period: 'month',
      standard,
      region: 'KZ-11',
      asOf: '2025-12-31',
    })
    const row = result.rows.find((r) => r.measure === 'on_time' && r.period === period)!
    return { numerator: row.numerator, denominator: row.denominator, value: row.value }
  }

  it('a holiday added on Friday 7 November 2025 moves the 6-working-day terms that count it, and only those', async () => {
    await setUp()
    const lease = (submitted: string, completed: string) =>
      caseOf('land-lease-act', 'grant', submitted, completed)
    await writeCases(ctx.db, 'calendar-edit', [
      // Mon 3 Nov 10:00 local: 4, 5, 6, 7, 10, 11 → due Tue 11 Nov; completed Wed 12 Nov: late.
      { externalId: 'A', ...lease('2025-11-03T05:00:00Z', '2025-11-12T06:00:00Z') },
      // Mon 3 Nov → due Tue 11 Nov; completed Mon 10 Nov: on time.
      { externalId: 'B', ...lease('2025-11-03T05:00:00Z', '2025-11-10T06:00:00Z') },
      // Mon 17 Nov: 18, 19, 20, 21, 24, 25 → Tue 25 Nov; completed that day: on time.
      { externalId: 'C', ...lease('2025-11-17T05:00:00Z', '2025-11-25T06:00:00Z') },
      // Tue 21 Oct: 22, 23, 24, (25 Sat holiday, 26 Sun, 27 Mon transferred day off) 28, 29,
      // 30 → Thu 30 Oct; completed 29 Oct: on time.
      { externalId: 'D', ...lease('2025-10-21T05:00:00Z', '2025-10-29T06:00:00Z') },
    ])
    await writeComplaints(ctx.db, 'calendar-edit', [
      {
        externalId: 'K',
        standardId: 'land-lease-act',
        officeCode: office,
        // Wed 8 Oct + 30 calendar days = Fri 7 Nov, a working day: the term ends then.
        receivedAt: at('2025-10-08T05:00:00Z'),
        justified: true,
        decidedAt: null,
        upheld: null,
        reviewTermDays: 30,
      },
    ])
    const termOfK = async () =>
      (
        await ctx.db
          .selectFrom('complaints')
          .select('termEndsOn')
          .where('source', '=', 'calendar-edit')
          .executeTakeFirstOrThrow()
      ).termEndsOn

    expect(await dueOn('calendar-edit')).toEqual({
      A: '2025-11-11',
      B: '2025-11-11',
      C: '2025-11-25',
      D: '2025-10-30',
    })
    expect(await termOfK()).toBe('2025-11-07')
    // November 1.1: A late, B and C on time → 2 / 3 = 66.67 %.
    expect(await onTime('land-lease-act', '2025-11')).toEqual({
      numerator: 2,
      denominator: 3,
      value: 66.67,
    })

    const added = await addCalendarDay(
      ctx.db,
      {
        day: '2025-11-07',
        kind: 'holiday',
        nameKk: 'Сынақ мереке күні',
        nameRu: 'Тестовый праздник',
        nameEn: 'Test holiday',
      },
      actor,
    )
    // The terms that reach 7 Nov reach back to K's receipt (8 Oct): A, B, C and D submitted
    // since are checked; A and B move to Wed 12 Nov (4, 5, 6, 10, 11, 12); K's 30th day is now a
    // day off → Mon 10 Nov.
    expect(added).toEqual({
      ok: true,
      casesChecked: 4,
      casesChanged: 2,
      complaintsChecked: 1,
      complaintsChanged: 1,
    })
    expect(await dueOn('calendar-edit')).toEqual({
      A: '2025-11-12',
      B: '2025-11-12',
      C: '2025-11-25',
      D: '2025-10-30',
    })
    expect(await termOfK()).toBe('2025-11-10')
    await expectRollupsFollow()
    // A, completed on its new last day, is on time: 3 / 3.
    expect(await onTime('land-lease-act', '2025-11')).toEqual({
      numerator: 3,
      denominator: 3,
      value: 100,
    })
    // October is untouched: D, 1 / 1.
    expect(await onTime('land-lease-act', '2025-10')).toEqual({
      numerator: 1,
      denominator: 1,
      value: 100,
    })

    const addRows = await auditRows(ctx.db, {
      action: 'reference.calendar',
      entityId: '2025-11-07',
    })
    expect(addRows).toHaveLength(1)
    expect(addRows[0]).toMatchObject({
      userId: actor.userId,
      entity: 'calendar_day',
      before: null,
      after: {
        day: '2025-11-07',
        kind: 'holiday',
        nameKk: 'Сынақ мереке күні',
        nameRu: 'Тестовый праздник',
        nameEn: 'Test holiday',
        casesChanged: 2,
        complaintsChanged: 1,
      },
      ip: '10.9.0.1',
      userAgent: 'vitest admin',
    })

    // Asked first (the page's first step): the same counts as the removal below — 2 cases and
    // 1 complaint would move — and nothing written: the deadlines still follow the holiday and
    // there is still one audit row.
    const asked = await removeCalendarDay(ctx.db, { day: '2025-11-07' }, actor, new Date(), true)
    expect(asked).toMatchObject({ ok: true, preview: true, casesChanged: 2, complaintsChanged: 1 })
    expect(await dueOn('calendar-edit')).toEqual({
      A: '2025-11-12',
      B: '2025-11-12',
      C: '2025-11-25',
      D: '2025-10-30',
    })
    expect(await termOfK()).toBe('2025-11-10')
    expect(
      await auditRows(ctx.db, { action: 'reference.calendar', entityId: '2025-11-07' }),
    ).toHaveLength(1)

    // Removing the day puts every deadline back, and is one more audit row.
    const removed = await removeCalendarDay(ctx.db, { day: '2025-11-07' }, actor)
    expect(removed).toMatchObject({ ok: true, casesChanged: 2, complaintsChanged: 1 })
    expect(await dueOn('calendar-edit')).toEqual({
      A: '2025-11-11',
      B: '2025-11-11',
      C: '2025-11-25',
      D: '2025-10-30',
    })
    expect(await termOfK()).toBe('2025-11-07')
    expect(await onTime('land-lease-act', '2025-11')).toMatchObject({ numerator: 2 })
    await expectRollupsFollow()
    const rows = await auditRows(ctx.db, { action: 'reference.calendar', entityId: '2025-11-07' })
    expect(rows).toHaveLength(2)
    expect(rows[1]).toMatchObject({
      userId: actor.userId,
      before: { day: '2025-11-07', kind: 'holiday', nameEn: 'Test holiday' },
      after: { casesChanged: 2, complaintsChanged: 1 },
    })
  })

  it('a refused calendar edit changes nothing and writes no audit row', async () => {
    await setUp()
    const before = (await auditRows(ctx.db, { action: 'reference.calendar' })).length
    const names = { nameKk: 'Күн', nameRu: 'День', nameEn: 'Day' }
    // Thursday 4 December 2025 is a weekday: it cannot be a transferred working day.
    expect(
      await addCalendarDay(
        ctx.db,
        { day: '2025-12-04', kind: 'transfer_working_day', ...names },
        actor,
      ),
    ).toEqual({ ok: false, error: 'transferWorkingDayOnWeekday', field: 'kind' })
    // Saturday 6 December cannot be a transferred day off.
    expect(
      await addCalendarDay(
        ctx.db,
        { day: '2025-12-06', kind: 'transfer_day_off', ...names },
        actor,
      ),
    ).toEqual({ ok: false, error: 'transferDayOffOnWeekend', field: 'kind' })
    // 16 December (Independence Day) is already in the calendar.
    expect(
      await addCalendarDay(ctx.db, { day: '2025-12-16', kind: 'holiday', ...names }, actor),
    ).toEqual({ ok: false, error: 'exists', field: 'day' })
    expect(
      await addCalendarDay(ctx.db, { day: '2025-02-30', kind: 'holiday', ...names }, actor),
    ).toEqual({ ok: false, error: 'notADate', field: 'day' })
    expect(
      await addCalendarDay(
        ctx.db,
        { day: '2025-12-05', kind: 'holiday', ...names, nameRu: ' ' },
        actor,
      ),
    ).toEqual({ ok: false, error: 'required', field: 'nameRu' })
    expect(await removeCalendarDay(ctx.db, { day: '2025-12-05' }, actor)).toEqual({
      ok: false,
      error: 'notFound',
      field: 'day',
    })
    expect(await auditRows(ctx.db, { action: 'reference.calendar' })).toHaveLength(before)
    const december = await ctx.db
      .selectFrom('calendarDays')
      .select('day')
      .where('day', '>=', '2025-12-01')
      .where('day', '<=', '2025-12-31')
      .execute()
    expect(december.map((d) => d.day)).toEqual(['2025-12-16'])
  })

  it('a deadline rule set from 4 working days to 7 calendar days moves only that rule’s cases', async () => {
    await setUp()
    const permanent = (variant: CaseInput['variant'], submitted: string, completed: string) =>
      caseOf('land-permanent-use-act', variant, submitted, completed)
    await writeCases(ctx.db, 'rule-edit', [
      // Duplicate, Mon 8 Sep 2025: 9, 10, 11, 12 → Fri 12 Sep; completed Mon 15 Sep: late.
      {
        externalId: 'P1',
        ...permanent('duplicate', '2025-09-08T05:00:00Z', '2025-09-15T06:00:00Z'),
      },
      // Grant (6 working days), Mon 8 Sep: 9 … 16 → Tue 16 Sep; completed 16 Sep: on time.
      { externalId: 'P2', ...permanent('grant', '2025-09-08T05:00:00Z', '2025-09-16T06:00:00Z') },
      // Duplicate, Wed 10 Sep: 11, 12, 15, 16 → Tue 16 Sep; completed 16 Sep: on time.
      {
        externalId: 'P3',
        ...permanent('duplicate', '2025-09-10T05:00:00Z', '2025-09-16T06:00:00Z'),
      },
    ])
    expect(await dueOn('rule-edit')).toEqual({
      P1: '2025-09-12',
      P2: '2025-09-16',
      P3: '2025-09-16',
    })
    expect(await onTime('land-permanent-use-act', '2025-09')).toEqual({
      numerator: 2,
      denominator: 3,
      value: 66.67,
    })

    const key = {
      standardId: 'land-permanent-use-act',
      channel: 'land_relations_authority',
      variant: 'duplicate',
    }
    const saved = await setDeadlineTerm(
      ctx.db,
      { ...key, termAmount: '7', termUnit: 'calendar_days' },
      actor,
    )
    // The standard's three cases are checked; the two duplicates move: 8 + 7 = Mon 15 Sep (a
    // working day), 10 + 7 = Wed 17 Sep. The grant keeps its 6 working days.
    expect(saved).toEqual({
      ok: true,
      casesChecked: 3,
      casesChanged: 2,
      complaintsChecked: 0,
      complaintsChanged: 0,
    })
    expect(await dueOn('rule-edit')).toEqual({
      P1: '2025-09-15',
      P2: '2025-09-16',
      P3: '2025-09-17',
    })
    await expectRollupsFollow()
    // P1, completed on 15 Sep, is now on time: 3 / 3.
    expect(await onTime('land-permanent-use-act', '2025-09')).toEqual({
      numerator: 3,
      denominator: 3,
      value: 100,
    })
    const rows = await auditRows(ctx.db, {
      action: 'reference.deadline_rule',
      entityId: 'land-permanent-use-act/land_relations_authority/duplicate',
    })
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      userId: actor.userId,
      entity: 'deadline_rule',
      before: { termAmount: 4, termUnit: 'working_days' },
      after: { termAmount: 7, termUnit: 'calendar_days', casesChanged: 2 },
      ip: '10.9.0.1',
    })

    // The same values again, a zero or an over-long term: refused, no audit row, rule unchanged.
    for (const [form, error] of [
      [{ termAmount: '7', termUnit: 'calendar_days' }, 'unchanged'],
      [{ termAmount: '0', termUnit: 'working_days' }, 'tooSmall'],
      [{ termAmount: '366', termUnit: 'calendar_days' }, 'tooLarge'],
    ] as const) {
      expect(await setDeadlineTerm(ctx.db, { ...key, ...form }, actor)).toMatchObject({
        ok: false,
        error,
      })
    }
    expect(
      await setDeadlineTerm(
        ctx.db,
        { ...key, variant: 'standard', termAmount: '3', termUnit: 'working_days' },
        actor,
      ),
    ).toEqual({ ok: false, error: 'notFound' })
    expect(await auditRows(ctx.db, { action: 'reference.deadline_rule' })).toHaveLength(1)
    const rule = await ctx.db
      .selectFrom('deadlineRules')
      .select(['termAmount', 'termUnit'])
      .where('standardId', '=', key.standardId)
      .where('channel', '=', 'land_relations_authority')
      .where('variant', '=', 'duplicate')
      .executeTakeFirstOrThrow()
    expect(rule).toEqual({ termAmount: 7, termUnit: 'calendar_days' })
  })
})
