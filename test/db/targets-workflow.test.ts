// The target-approval workflow (issue 5) on both engines: who may propose, approve and reject
// (docs/domain.md §1, app/accounts/policy.server.ts), the locking and superseding of approved
// values (the targets trigger of 0001 and app/targets/workflow.server.ts), one audit row per
// action, and the indicator engine reading approved targets only — worked on the golden fixture
// (test/fixtures/golden.ts). Each test works on its own indicator × year × region cells, so none
// depends on another.
import { sql } from 'kysely'
import { beforeAll, expect, it } from 'vitest'
import type { Db } from '../../db/client.server'
import { insertUser } from '../../db/queries/accounts'
import type { Role } from '../../db/schema'
import { computeIndicators } from '../../app/indicators/engine.server'
import type { AccountUser } from '../../app/accounts/policy.server'
import { TargetForbidden, TargetNotFound } from '../../app/targets/errors.server'
import { submitTargetForm } from '../../app/targets/form-action.server'
import { targetsPage } from '../../app/targets/page.server'
import {
  approveAllTargets,
  approveTarget,
  proposeTarget,
  rejectTarget,
  type Actor,
} from '../../app/targets/workflow.server'
import { FARM, LAND_OWNERSHIP, writeGoldenFixture } from '../fixtures/golden'
import { describeEachEngine } from '../support/test-db'

const NOW = new Date('2026-11-20T10:00:00+05:00')
const SOURCE = { ip: '203.0.113.7', userAgent: 'targets-workflow-test' }
const ORDER_DATE = '2026-11-19'
/**
 * Most values here are below the farm normative 100 (or below the previous approved target):
 * since decision 0025 such a value needs a written justification, which these workflow tests
 * give; the guard itself is proven in test/db/target-suggestions.test.ts.
 */
const WHY = 'Жаңа кеңсе: бірінші жыл'

describeEachEngine('the target-approval workflow', (ctx) => {
  const users = {} as Record<
    'admin' | 'ministry' | 'akmola' | 'mangystau' | 'landChair' | 'agriChair',
    AccountUser
  >
  const as = (user: AccountUser): Actor => ({ user, source: SOURCE, now: NOW })
  /**
   * Proposals are open for this year and the next (decision 0019). Each test works on a year of
   * its own, so each proposes as on 20 November of the year before (NOW itself for 2027).
   */
  const propose = (user: AccountUser, input: Parameters<typeof proposeTarget>[2]) =>
    proposeTarget(
      ctx.db,
      { user, source: SOURCE, now: new Date(`${input.year - 1}-11-20T10:00:00+05:00`) },
      { justification: WHY, ...input },
    )

  async function addUser(
    db: Db,
    email: string,
    role: Role,
    extra: { regionCode?: string; agencyId?: string } = {},
  ): Promise<AccountUser> {
    const regionId = extra.regionCode ? await regionIdOf(extra.regionCode) : null
    const id = await insertUser(
      db,
      {
        email,
        name: email.split('@')[0]!,
        role,
        regionId,
        agencyId: extra.agencyId ?? null,
        passwordHash: 'not-a-real-hash',
      },
      NOW,
    )
    return {
      id,
      email,
      name: email.split('@')[0]!,
      role,
      regionId,
      regionCode: extra.regionCode ?? null,
      agencyId: extra.agencyId ?? null,
    }
  }

  const regionIdOf = async (code: string) =>
    (
      await ctx.db
        .selectFrom('regions')
        .select('id')
        .where('code', '=', code)
        .executeTakeFirstOrThrow()
    ).id

  const indicatorIdOf = async (standard: string, code: string) =>
    (
      await ctx.db
        .selectFrom('indicators')
        .select('id')
        .where('standardId', '=', standard)
        .where('code', '=', code)
        .executeTakeFirstOrThrow()
    ).id

  const targetRow = (id: number) =>
    ctx.db
      .selectFrom('targets')
      .select([
        'id',
        'value',
        'status',
        'proposedBy',
        'decidedBy',
        'orderNumber',
        'orderDate',
        'supersedesId',
        'decisionComment',
        'comment',
      ])
      .where('id', '=', id)
      .executeTakeFirstOrThrow()

  const auditOf = (id: number) =>
    ctx.db
      .selectFrom('auditLog')
      .select(['action', 'userId', 'entity', 'entityId', 'before', 'after', 'ip', 'userAgent'])
      .where('entity', '=', 'target')
      .where('entityId', '=', String(id))
      .orderBy('id')
      .execute()

  const firstId = (outcome: Awaited<ReturnType<typeof proposeTarget>>) => {
    if (!outcome.ok) throw new Error(`expected success, got ${JSON.stringify(outcome.errors)}`)
    return outcome.ids[0]!
  }

  const order = (number: string) => ({
    orderNumber: number,
    orderDate: ORDER_DATE,
    justification: WHY,
  })

  beforeAll(async () => {
    await writeGoldenFixture(ctx.db)
    users.admin = await addUser(ctx.db, 'admin@targets.test', 'admin')
    users.ministry = await addUser(ctx.db, 'ministry@targets.test', 'ministry_official')
    users.akmola = await addUser(ctx.db, 'akmola@targets.test', 'regional_qc', {
      regionCode: 'KZ-11',
    })
    users.mangystau = await addUser(ctx.db, 'mangystau@targets.test', 'regional_qc', {
      regionCode: 'KZ-47',
    })
    users.landChair = await addUser(ctx.db, 'land-chair@targets.test', 'agency_chair', {
      agencyId: 'land-resources-management-agency',
    })
    users.agriChair = await addUser(ctx.db, 'agri-chair@targets.test', 'agency_chair', {
      agencyId: 'ministry-of-agriculture',
    })
  })

  it('a proposal approved by the chair of its agency is locked: an UPDATE of it is refused', async () => {
    const indicatorId = await indicatorIdOf(FARM, '1.2')
    const id = firstId(
      await propose(users.akmola, {
        indicatorId,
        year: 2027,
        region: 'KZ-11',
        value: 92.5,
        comment: 'Кезекті қысқарту',
      }),
    )
    expect(await targetRow(id)).toMatchObject({
      status: 'proposed',
      value: 92.5,
      proposedBy: users.akmola.id,
      decidedBy: null,
    })

    const approved = await approveTarget(ctx.db, as(users.agriChair), {
      targetId: id,
      ...order('АШМ-215'),
    })
    expect(approved).toEqual({ ok: true, ids: [id] })
    expect(await targetRow(id)).toMatchObject({
      status: 'approved',
      value: 92.5,
      decidedBy: users.agriChair.id,
      orderNumber: 'АШМ-215',
      orderDate: ORDER_DATE,
    })

    // Locked in the database itself, whatever door tries.
    await expect(
      ctx.db.updateTable('targets').set({ value: 80 }).where('id', '=', id).execute(),
    ).rejects.toThrow(/locked/)
    await expect(ctx.db.deleteFrom('targets').where('id', '=', id).execute()).rejects.toThrow(
      /only a draft can be deleted/,
    )
    // …and by the workflow: no second decision, no proposal of the same value.
    expect(
      await approveTarget(ctx.db, as(users.agriChair), { targetId: id, ...order('АШМ-216') }),
    ).toEqual({ ok: false, errors: { form: 'notPending' } })
    expect(
      await rejectTarget(ctx.db, as(users.agriChair), { targetId: id, comment: 'қайта' }),
    ).toEqual({ ok: false, errors: { form: 'notPending' } })
    expect(
      await propose(users.akmola, {
        indicatorId,
        year: 2027,
        region: 'KZ-11',
        value: 92.5,
      }),
    ).toEqual({ ok: false, errors: { value: 'same' } })
    expect((await targetRow(id)).value).toBe(92.5)
  })

  it('rejecting a proposal keeps the approved value in force', async () => {
    const indicatorId = await indicatorIdOf(FARM, '2.1')
    const first = firstId(
      await propose(users.admin, {
        indicatorId,
        year: 2028,
        region: 'nation',
        value: 90,
      }),
    )
    await approveTarget(ctx.db, as(users.agriChair), { targetId: first, ...order('АШМ-1') })
    const change = firstId(
      await propose(users.agriChair, {
        indicatorId,
        year: 2028,
        region: 'nation',
        value: 85,
      }),
    )
    const rejected = await rejectTarget(ctx.db, as(users.agriChair), {
      targetId: change,
      comment: 'Төмендетуге негіз жоқ',
    })
    expect(rejected).toEqual({ ok: true, ids: [change] })
    expect(await targetRow(change)).toMatchObject({
      status: 'rejected',
      value: 85,
      decidedBy: users.agriChair.id,
      orderNumber: null,
      decisionComment: 'Төмендетуге негіз жоқ',
    })
    expect(await targetRow(first)).toMatchObject({ status: 'approved', value: 90 })
    // A rejected value is final.
    await expect(
      ctx.db.updateTable('targets').set({ status: 'approved' }).where('id', '=', change).execute(),
    ).rejects.toThrow(/final/)
  })

  it('a chair of another agency (and a ministry official) can neither approve nor reject', async () => {
    const id = firstId(
      await propose(users.akmola, {
        indicatorId: await indicatorIdOf(FARM, '1.2'),
        year: 2029,
        region: 'KZ-11',
        value: 95,
      }),
    )
    for (const user of [users.landChair, users.ministry]) {
      await expect(
        approveTarget(ctx.db, as(user), { targetId: id, ...order('ЖРБА-1') }),
      ).rejects.toBeInstanceOf(TargetForbidden)
      await expect(
        rejectTarget(ctx.db, as(user), { targetId: id, comment: 'жоқ' }),
      ).rejects.toBeInstanceOf(TargetForbidden)
      await expect(
        approveAllTargets(ctx.db, as(user), {
          standard: FARM,
          targetIds: [id],
          ...order('ЖРБА-2'),
        }),
      ).rejects.toBeInstanceOf(TargetForbidden)
    }
    expect((await targetRow(id)).status).toBe('proposed')
    expect((await auditOf(id)).map((a) => a.action)).toEqual(['target.propose'])
  })

  it('a regional user cannot decide, nor propose for another region or the nation', async () => {
    const indicatorId = await indicatorIdOf(FARM, '2.2')
    const before = await ctx.db
      .selectFrom('targets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    for (const region of ['KZ-47', 'nation']) {
      await expect(
        propose(users.akmola, { indicatorId, year: 2030, region, value: 99 }),
      ).rejects.toBeInstanceOf(TargetForbidden)
    }
    await expect(
      propose(users.ministry, {
        indicatorId,
        year: 2030,
        region: 'KZ-11',
        value: 99,
      }),
    ).rejects.toBeInstanceOf(TargetForbidden)
    const after = await ctx.db
      .selectFrom('targets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(after.n).toBe(before.n)

    const own = firstId(
      await propose(users.akmola, {
        indicatorId,
        year: 2030,
        region: 'KZ-11',
        value: 99,
      }),
    )
    await expect(
      approveTarget(ctx.db, as(users.akmola), { targetId: own, ...order('1') }),
    ).rejects.toBeInstanceOf(TargetForbidden)
    await expect(
      rejectTarget(ctx.db, as(users.akmola), { targetId: own, comment: 'x' }),
    ).rejects.toBeInstanceOf(TargetForbidden)
    // The other region's department cannot decide either, even on its own standard's values.
    await expect(
      approveTarget(ctx.db, as(users.mangystau), { targetId: own, ...order('1') }),
    ).rejects.toBeInstanceOf(TargetForbidden)
    expect((await targetRow(own)).status).toBe('proposed')
  })

  it('a change after approval supersedes the old value only when it is approved', async () => {
    const indicatorId = await indicatorIdOf(LAND_OWNERSHIP, '1.1')
    const cell = { indicatorId, year: 2031, region: 'nation' }
    const old = firstId(await propose(users.landChair, { ...cell, value: 91 }))
    await approveTarget(ctx.db, as(users.landChair), { targetId: old, ...order('ЖРБА-10') })
    const change = firstId(await propose(users.landChair, { ...cell, value: 93 }))
    // Proposed only: the old value is still the approved one.
    expect(await targetRow(old)).toMatchObject({ status: 'approved', value: 91 })
    expect(await targetRow(change)).toMatchObject({ status: 'proposed', supersedesId: null })
    // A second proposal for the same value waits for the first decision.
    expect(await propose(users.admin, { ...cell, value: 94 })).toEqual({
      ok: false,
      errors: { value: 'pending' },
    })

    await approveTarget(ctx.db, as(users.landChair), { targetId: change, ...order('ЖРБА-11') })
    expect(await targetRow(old)).toMatchObject({
      status: 'superseded',
      value: 91,
      orderNumber: 'ЖРБА-10',
    })
    expect(await targetRow(change)).toMatchObject({
      status: 'approved',
      value: 93,
      orderNumber: 'ЖРБА-11',
      supersedesId: old,
    })
    const approved = await ctx.db
      .selectFrom('targets')
      .select('value')
      .where('indicatorId', '=', indicatorId)
      .where('year', '=', 2031)
      .where('status', '=', 'approved')
      .execute()
    expect(approved).toEqual([{ value: 93 }])
  })

  it('the engine applies approved targets only: Mangystau farm 1.1 (94.89 %) fails 95, meets 90 once approved', async () => {
    // Golden fixture: Mangystau farm 1.1 = (80 + 50) / (84 + 53) = 130 / 137 = 94.89 %. Its own
    // 90 is only proposed, so the national 95 applies → fails. Approving the 90 makes it the
    // region's target → 94.89 ≥ 90 → meets. The nation (217 / 236 = 91.95 %) keeps 95 → fails.
    const query = { year: 2025, period: 'year' as const, standard: FARM, asOf: '2025-12-31' }
    const farm11 = async (region?: string) =>
      (await computeIndicators(ctx.db, { ...query, region })).rows.find((r) => r.code === '1.1')!
    const proposed = await ctx.db
      .selectFrom('targets as t')
      .innerJoin('regions as r', 'r.id', 't.regionId')
      .select(['t.id', 't.value', 't.status'])
      .where('t.indicatorId', '=', await indicatorIdOf(FARM, '1.1'))
      .where('t.year', '=', 2025)
      .where('r.code', '=', 'KZ-47')
      .executeTakeFirstOrThrow()
    expect(proposed).toMatchObject({ value: 90, status: 'proposed' })

    const beforeRow = await farm11('KZ-47')
    expect([beforeRow.numerator, beforeRow.denominator, beforeRow.value]).toEqual([130, 137, 94.89])
    expect([beforeRow.target, beforeRow.status]).toEqual([95, 'fails'])

    await approveTarget(ctx.db, as(users.agriChair), {
      targetId: proposed.id,
      orderNumber: 'АШМ-2024-12',
      orderDate: '2024-12-20',
      justification: WHY,
    })
    const afterRow = await farm11('KZ-47')
    expect([afterRow.value, afterRow.target, afterRow.status]).toEqual([94.89, 90, 'meets'])
    const nation = await farm11()
    expect([nation.value, nation.target, nation.status]).toEqual([91.95, 95, 'fails'])
  })

  it('each action writes exactly one audit row: who, before → after, from where', async () => {
    const indicatorId = await indicatorIdOf(FARM, '3.2')
    const cell = { indicatorId, year: 2032, region: 'KZ-11' }
    const first = firstId(await propose(users.akmola, { ...cell, value: 80, comment: 'Жаңа жүйе' }))
    expect(await auditOf(first)).toEqual([
      {
        action: 'target.propose',
        userId: users.akmola.id,
        entity: 'target',
        entityId: String(first),
        before: null,
        after: {
          indicatorId,
          standardId: FARM,
          code: '3.2',
          year: 2032,
          region: 'KZ-11',
          value: 80,
          status: 'proposed',
          comment: 'Жаңа жүйе',
          previousYearTarget: null,
          easierThanPreviousYear: false,
          // 80 < the normative 100 of 3.2: the guard's record (decision 0025).
          weakerThanNormative: true,
          weakerThanPreviousApproved: false,
          previousApproved: null,
          justification: WHY,
        },
        ip: SOURCE.ip,
        userAgent: SOURCE.userAgent,
      },
    ])

    await approveTarget(ctx.db, as(users.agriChair), { targetId: first, ...order('АШМ-32') })
    const [, approval, ...rest] = await auditOf(first)
    expect(rest).toEqual([])
    expect(approval).toMatchObject({
      action: 'target.approve',
      userId: users.agriChair.id,
      before: { status: 'proposed', value: 80, replacedTargetId: null, replacedValue: null },
      after: {
        status: 'approved',
        value: 80,
        orderNumber: 'АШМ-32',
        orderDate: ORDER_DATE,
        supersededTargetId: null,
      },
      ip: SOURCE.ip,
      userAgent: SOURCE.userAgent,
    })

    const second = firstId(await propose(users.akmola, { ...cell, value: 75 }))
    await rejectTarget(ctx.db, as(users.agriChair), { targetId: second, comment: 'Жеңілдету' })
    const secondRows = await auditOf(second)
    expect(secondRows.map((r) => [r.action, r.userId])).toEqual([
      ['target.propose', users.akmola.id],
      ['target.reject', users.agriChair.id],
    ])
    expect(secondRows[0]!.before).toEqual({
      approvedTargetId: first,
      value: 80,
      status: 'approved',
    })
    expect(secondRows[1]).toMatchObject({
      before: { status: 'proposed', value: 75 },
      after: { status: 'rejected', value: 75, comment: 'Жеңілдету' },
    })
  })

  it('approve-all approves what the chair saw under one order, one audit row per target', async () => {
    // Farm 2.2 national: 95 approved for 2033; the 2034 proposal of 90 is easier (90 < 95).
    const docs = await indicatorIdOf(FARM, '2.2')
    const queue = await indicatorIdOf(FARM, '1.2')
    const base = firstId(
      await propose(users.admin, {
        indicatorId: docs,
        year: 2033,
        region: 'nation',
        value: 95,
      }),
    )
    await approveTarget(ctx.db, as(users.agriChair), { targetId: base, ...order('АШМ-33') })
    const easier = firstId(
      await propose(users.admin, {
        indicatorId: docs,
        year: 2034,
        region: 'nation',
        value: 90,
      }),
    )
    expect((await auditOf(easier))[0]!.after).toMatchObject({
      previousYearTarget: 95,
      easierThanPreviousYear: true,
    })
    const regional = firstId(
      await propose(users.akmola, {
        indicatorId: queue,
        year: 2034,
        region: 'KZ-11',
        value: 97,
      }),
    )
    const stale = firstId(
      await propose(users.mangystau, {
        indicatorId: queue,
        year: 2034,
        region: 'KZ-47',
        value: 96,
      }),
    )
    await rejectTarget(ctx.db, as(users.agriChair), { targetId: stale, comment: 'жоқ' })

    // One id was decided meanwhile: nothing is approved.
    expect(
      await approveAllTargets(ctx.db, as(users.agriChair), {
        standard: FARM,
        targetIds: [easier, regional, stale],
        ...order('АШМ-34'),
      }),
    ).toEqual({ ok: false, errors: { form: 'changed' } })
    expect((await targetRow(easier)).status).toBe('proposed')
    expect((await targetRow(regional)).status).toBe('proposed')

    expect(
      await approveAllTargets(ctx.db, as(users.agriChair), {
        standard: FARM,
        targetIds: [easier, regional],
        ...order('АШМ-34'),
      }),
    ).toEqual({ ok: true, ids: [easier, regional] })
    for (const id of [easier, regional]) {
      expect(await targetRow(id)).toMatchObject({ status: 'approved', orderNumber: 'АШМ-34' })
      const rows = await auditOf(id)
      expect(rows.map((r) => r.action)).toEqual(['target.propose', 'target.approve'])
      expect(rows[1]!.after).toMatchObject({ orderNumber: 'АШМ-34', orderDate: ORDER_DATE })
    }
    expect((await auditOf(easier))[1]!.after).toMatchObject({ easierThanPreviousYear: true })
  })

  it('a posted form comes back with errors by field, checked after the role', async () => {
    const indicatorId = await indicatorIdOf(FARM, '4.4')
    const form = (fields: Record<string, string>) => {
      const data = new FormData()
      for (const [k, v] of Object.entries(fields)) data.append(k, v)
      return data
    }
    const proposal = { intent: 'propose', indicatorId: String(indicatorId), year: '2027' }
    expect(
      await submitTargetForm(
        ctx.db,
        as(users.akmola),
        form({ ...proposal, region: 'KZ-11', value: '101' }),
      ),
    ).toMatchObject({
      ok: false,
      formKey: `propose:${indicatorId}:KZ-11`,
      errors: { value: 'range' },
    })
    expect(
      await submitTargetForm(
        ctx.db,
        as(users.akmola),
        form({ ...proposal, region: 'KZ-11', value: 'тоқсан' }),
      ),
    ).toMatchObject({ ok: false, errors: { value: 'number' } })
    // A refused role learns nothing from validation: 403 first.
    await expect(
      submitTargetForm(ctx.db, as(users.akmola), form({ ...proposal, region: 'KZ-47', value: '' })),
    ).rejects.toBeInstanceOf(TargetForbidden)
    // Kazakh and Russian write a decimal comma.
    expect(
      await submitTargetForm(
        ctx.db,
        as(users.akmola),
        form({ ...proposal, region: 'KZ-11', value: '92,5' }),
      ),
    ).toEqual({ ok: true, done: 'proposed', count: 1 })
    const pending = await ctx.db
      .selectFrom('targets')
      .select(['id', 'value'])
      .where('indicatorId', '=', indicatorId)
      .where('year', '=', 2027)
      .executeTakeFirstOrThrow()
    expect(pending.value).toBe(92.5)

    const approve = { intent: 'approve', targetId: String(pending.id) }
    expect(
      await submitTargetForm(
        ctx.db,
        as(users.agriChair),
        form({ ...approve, orderNumber: ' ', orderDate: '2026-13-01' }),
      ),
    ).toMatchObject({ ok: false, errors: { orderNumber: 'required', orderDate: 'date' } })
    expect(
      await submitTargetForm(
        ctx.db,
        as(users.agriChair),
        form({ ...approve, orderNumber: 'А-1', orderDate: '2026-11-21' }),
      ),
    ).toMatchObject({ ok: false, errors: { orderDate: 'future' } })
    expect(
      await submitTargetForm(
        ctx.db,
        as(users.agriChair),
        form({ intent: 'reject', targetId: String(pending.id), comment: '' }),
      ),
    ).toMatchObject({ ok: false, errors: { comment: 'required' } })
    expect((await targetRow(pending.id)).status).toBe('proposed')
  })

  it('the page shows a regional user its own region only, and a chair its agency only', async () => {
    const regional = await targetsPage(
      ctx.db,
      users.akmola,
      { year: 2025, standard: FARM },
      'en',
      NOW,
    )
    expect(regional.units.map((u) => [u.key, u.canPropose])).toEqual([['KZ-11', true]])
    expect(regional.canDecide).toBe(false)
    // Akmola farm 1.1, 2025: 87 / 99 = 87.88 % against its own target 85 → meets. 2025 is over
    // on 20 November 2026, so it is the suggestion's base (decision 0025); the suggested 2026
    // target is never weaker than the normative 100 → 100.
    const onTime = regional.units[0]!.cells.find((c) => c.code === '1.1')!
    expect(onTime.current).toEqual({ value: 87.88, status: 'meets' })
    expect(onTime.target).toEqual({ value: 85, inherited: false })
    expect(onTime.base).toMatchObject({ year: 2025, numerator: 87, denominator: 99, value: 87.88 })
    expect(onTime.lastApproved).toEqual({ value: 85, year: 2025 })
    expect(onTime.suggestion.value).toBe(100)
    expect(onTime.suggestion.steps.at(-1)).toEqual({
      kind: 'raised_to_normative',
      value: 100,
      normative: 100,
    })
    await expect(
      targetsPage(
        ctx.db,
        users.akmola,
        { year: 2025, standard: FARM, region: 'nation' },
        'en',
        NOW,
      ),
    ).rejects.toBeInstanceOf(TargetNotFound)
    await expect(
      targetsPage(ctx.db, users.akmola, { year: 2025, standard: FARM, region: 'KZ-47' }, 'en', NOW),
    ).rejects.toBeInstanceOf(TargetNotFound)
    await expect(
      targetsPage(ctx.db, users.landChair, { year: 2025, standard: FARM }, 'en', NOW),
    ).rejects.toBeInstanceOf(TargetNotFound)

    const chair = await targetsPage(ctx.db, users.landChair, { year: 2025 }, 'kk', NOW)
    expect(chair.standards.every((s) => s.id.startsWith('land-'))).toBe(true)
    expect(chair.canDecide).toBe(true)
    expect(chair.units[0]!.key).toBe('nation')
    expect(chair.units.length).toBeGreaterThan(17)
    // Land ownership 1.1, nation, 2025: 56 / 65 = 86.15 % below the national target 90 → the
    // suggested 2026 target is kept at 90.
    const ownership = await targetsPage(
      ctx.db,
      users.landChair,
      { year: 2025, standard: LAND_OWNERSHIP, region: 'nation' },
      'en',
      NOW,
    )
    const nationOnTime = ownership.units[0]!.cells.find((c) => c.code === '1.1')!
    expect(nationOnTime.current).toEqual({ value: 86.15, status: 'fails' })
    expect(nationOnTime.suggestion.value).toBe(90)
  })

  it('on 20 November 2026 a target is proposed for 2026 or 2027 only: 2001, 2025, 2028, 9999 are a field error on the year, nothing written', async () => {
    // Farm 3.1 in Akmola: a cell no other test uses. NOW is 20 November 2026 in Astana, so the
    // open years are the current one (2026) and the next (2027).
    const indicatorId = await indicatorIdOf(FARM, '3.1')
    const count = async () =>
      (
        await ctx.db
          .selectFrom('targets')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('indicatorId', '=', indicatorId)
          .executeTakeFirstOrThrow()
      ).n
    const before = await count()
    for (const year of [2001, 2025, 2028, 9999]) {
      expect(
        await proposeTarget(ctx.db, as(users.akmola), {
          indicatorId,
          year,
          region: 'KZ-11',
          value: 90,
        }),
        String(year),
      ).toEqual({ ok: false, errors: { year: 'closedYear' } })
    }
    // The form door: the same field error (a 400 with the form's errors), never a 500 — 9999 and
    // 2001 used to pass the form's schema (2000–2100) or fail it as a malformed form.
    const form = (year: string) => {
      const data = new FormData()
      for (const [k, v] of Object.entries({
        intent: 'propose',
        indicatorId: String(indicatorId),
        year,
        region: 'KZ-11',
        value: '90',
      })) {
        data.append(k, v)
      }
      return data
    }
    for (const year of ['2001', '9999', '-1']) {
      expect(await submitTargetForm(ctx.db, as(users.akmola), form(year)), year).toMatchObject({
        ok: false,
        intent: 'propose',
        formKey: `propose:${indicatorId}:KZ-11`,
        errors: { year: 'closedYear' },
      })
    }
    expect(await count()).toBe(before)
    // The role comes first: another region's value is refused before its year is looked at.
    await expect(
      proposeTarget(ctx.db, as(users.akmola), {
        indicatorId,
        year: 2001,
        region: 'KZ-47',
        value: 90,
      }),
    ).rejects.toBeInstanceOf(TargetForbidden)
    // The two open years are accepted.
    for (const year of [2026, 2027]) {
      firstId(
        await proposeTarget(ctx.db, as(users.akmola), {
          indicatorId,
          year,
          region: 'KZ-11',
          value: 90,
          justification: WHY,
        }),
      )
    }
    expect(await count()).toBe(before + 2)
  })

  it('the page offers proposal forms only while its next year is open: not for 2021 seen in 2026', async () => {
    // Reporting year 2020 → the forms would propose for 2021, a closed year on 20 November 2026.
    const past = await targetsPage(ctx.db, users.akmola, { year: 2020, standard: FARM }, 'en', NOW)
    expect(past.units.map((u) => [u.key, u.canPropose])).toEqual([['KZ-11', false]])
    // Reporting year 2026 → next year 2027: open.
    const now = await targetsPage(ctx.db, users.akmola, { year: 2026, standard: FARM }, 'en', NOW)
    expect(now.units.map((u) => [u.key, u.canPropose])).toEqual([['KZ-11', true]])
  })

  it('the audit rows of the workflow are append-only like every other', async () => {
    await expect(
      sql`update audit_log set action = 'x' where action = 'target.propose'`.execute(ctx.db),
    ).rejects.toThrow()
  })
})
