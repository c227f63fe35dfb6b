// Issue 13, points 1 and 2, on both engines: the three suggestions the issue found on /targets
// (farm certificate, Akmola — 3.3 Online 0 %, 4.1 justified complaints 50 % from 1 of 2, 4.2
// complaints on time 0 %) become normative-bounded values with their reasons, on the same data;
// and a value weaker than the normative needs a written justification — refused without one
// (422 at the form), stored, audited, shown in the history and printed in the annual report.
//
// The data, worked by hand: in 2026, one office of Akmola's 21 farm-certificate offices (the
// Kokshetau city akimat) completes 2 cases and receives 1 justified complaint, decided late; one
// publication record for 2026 says "not published". So, for 2026:
//   3.3 info_online: 0 published of 21 serving; 1 office with a record → coverage 1 of 21, low
//   4.1 justified complaints: 1 complaint / 2 completed cases = 50 %; coverage 1 of 21, low
//   4.2 complaints on time: 0 of 1 (term ended, decided late) = 0 %; coverage 1 of 21, low
// 1 < 21 / 2: low coverage (decision 0004). 2025 holds nothing: no office has data (for 3.3 the
// engine still counts 0 of 21 offices published — 0 of 21 with a record is "no data" for a base).
import { execFileSync } from 'node:child_process'
import { beforeAll, expect, it } from 'vitest'
import { insertUser } from '../../db/queries/accounts'
import type { Role } from '../../db/schema'
import type { AccountUser } from '../../app/accounts/policy.server'
import { assembleReport } from '../../app/annual-reports/editions.server'
import {
  loadWriteContext,
  writeCases,
  writeComplaints,
  writePublications,
} from '../../app/facts/fact-writer.server'
import { submitTargetForm, targetFormResponse } from '../../app/targets/form-action.server'
import { targetHistoryPage } from '../../app/targets/history-page.server'
import { targetsPage, type TargetCell } from '../../app/targets/page.server'
import { targetNotesOf } from '../../reports/commentary'
import { renderReport } from '../../reports/render'
import { reportTexts } from '../../reports/texts.server'
import { kk } from '../../app/i18n/kk'
import { FARM, OFFICE, at } from '../fixtures/golden'
import { describeEachEngine } from '../support/test-db'
import { NOTHING_MEASURED } from '../support/case-inputs'

/** 3 December 2026, 10:00 in Astana: 2026 is still running. */
const DEC_2026 = new Date('2026-12-03T10:00:00+05:00')
/** 10 January 2027: 2026 is complete. */
const JAN_2027 = new Date('2027-01-10T10:00:00+05:00')
const SOURCE = { ip: '203.0.113.9', userAgent: 'target-suggestions-test' }

describeEachEngine('suggestions that respect the rules, and the guard on approval', (ctx) => {
  let chair: AccountUser
  let akmola: AccountUser

  async function addUser(
    email: string,
    role: Role,
    extra: { regionCode?: string; agencyId?: string },
  ) {
    const regionId = extra.regionCode
      ? (
          await ctx.db
            .selectFrom('regions')
            .select('id')
            .where('code', '=', extra.regionCode)
            .executeTakeFirstOrThrow()
        ).id
      : null
    const id = await insertUser(
      ctx.db,
      {
        email,
        name: email.split('@')[0]!,
        role,
        regionId,
        agencyId: extra.agencyId ?? null,
        passwordHash: 'x',
      },
      DEC_2026,
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

  const cellsOf = async (now: Date, user: AccountUser) => {
    const page = await targetsPage(
      ctx.db,
      user,
      { year: 2026, standard: FARM, region: 'KZ-11' },
      'en',
      now,
    )
    const cell = (code: string) => page.units[0]!.cells.find((c) => c.code === code)!
    return { page, cell }
  }

  beforeAll(async () => {
    chair = await addUser('chair@suggestions.test', 'agency_chair', {
      agencyId: 'ministry-of-agriculture',
    })
    akmola = await addUser('akmola@suggestions.test', 'regional_qc', { regionCode: 'KZ-11' })
    const write = await loadWriteContext(ctx.db)
    const farmCase = (n: number) => ({
      externalId: `S13-${n}`,
      standardId: FARM,
      channel: 'local_executive_body' as const,
      variant: 'standard' as const,
      officeCode: OFFICE.A1,
      submittedAt: at('2026-03-02', '10:00'),
      completedAt: at('2026-03-02', '10:05'),
      result: 'issued' as const,
      ...NOTHING_MEASURED,
    })
    await writeCases(ctx.db, 'issue-13', [farmCase(1), farmCase(2)], write)
    // Received Mon 2 March 2026; 30 calendar days → Wed 1 April; decided 10 April: late.
    await writeComplaints(
      ctx.db,
      'issue-13',
      [
        {
          externalId: 'S13-C1',
          standardId: FARM,
          officeCode: OFFICE.A1,
          receivedAt: at('2026-03-02', '12:00'),
          justified: true,
          decidedAt: at('2026-04-10', '10:00'),
          upheld: true,
          reviewTermDays: null,
        },
      ],
      write,
    )
    await writePublications(
      ctx.db,
      [{ officeCode: OFFICE.A1, standardId: FARM, year: 2026, published: false, url: null }],
      write,
    )
  })

  it('on 3 December 2026 the figures of 2026 to date are the issue’s, but the base is 2025 (no data): the normative, with the reason', async () => {
    const { page, cell } = await cellsOf(DEC_2026, chair)
    expect(page.baseYear).toBe(2025)
    // What the issue saw, now shown as this year's value only.
    expect(cell('3.3').current?.value).toBe(0)
    expect(cell('4.1').current?.value).toBe(50)
    expect(cell('4.2').current?.value).toBe(0)
    // 3.3 band 40-50 → its bottom 40; 4.1 maximum 1 → 1; 4.2 minimum 100 → 100.
    const expected: [string, number][] = [
      ['3.3', 40],
      ['4.1', 1],
      ['4.2', 100],
    ]
    for (const [code, value] of expected) {
      expect(cell(code).suggestion, code).toEqual({
        value,
        insufficient: 'no_data',
        steps: [{ kind: 'start_normative', value, reason: 'no_data' }],
      })
    }
  })

  it('on 10 January 2027 the same data is a complete year, but 1 of 21 offices is low coverage: the normative, with that reason', async () => {
    const { page, cell } = await cellsOf(JAN_2027, chair)
    expect(page.baseYear).toBe(2026)
    const bases: [string, number, number, number, { low: number; high: number }, number][] = [
      // code, numerator, denominator, value, 95 % Wilson interval (test/unit: 0/21, 1/2, 0/1), suggestion
      ['3.3', 0, 21, 0, { low: 0, high: 15.46 }, 40],
      ['4.1', 1, 2, 50, { low: 9.45, high: 90.55 }, 1],
      ['4.2', 0, 1, 0, { low: 0, high: 79.35 }, 100],
    ]
    for (const [code, numerator, denominator, value, interval, suggested] of bases) {
      const c: TargetCell = cell(code)
      expect(c.base, code).toEqual({
        year: 2026,
        numerator,
        denominator,
        value,
        status: 'fails',
        interval,
        coverage: { contributing: 1, serving: 21, low: true },
      })
      expect(c.suggestion, code).toEqual({
        value: suggested,
        insufficient: 'low_coverage',
        steps: [{ kind: 'start_normative', value: suggested, reason: 'low_coverage' }],
      })
    }
  })

  it('a proposal weaker than the normative without a justification is a 422; with one it is stored and audited', async () => {
    const indicatorId = cellsOf(DEC_2026, akmola).then(({ cell }) => cell('4.1').indicatorId)
    const form = (fields: Record<string, string>) => {
      const data = new FormData()
      for (const [k, v] of Object.entries(fields)) data.append(k, v)
      return data
    }
    const base = {
      intent: 'propose',
      indicatorId: String(await indicatorId),
      year: '2027',
      region: 'KZ-11',
    }
    const actor = { user: akmola, source: SOURCE, now: DEC_2026 }
    // 4.1 at 2 % is above the maximum 1 %: weaker.
    const refused = await targetFormResponse(
      ctx.db,
      actor,
      form({ ...base, value: '2' }),
      'http://x/targets',
    )
    expect(refused).toMatchObject({
      init: { status: 422 },
      data: { ok: false, errors: { justification: 'justification' } },
    })
    expect(
      await submitTargetForm(ctx.db, actor, form({ ...base, value: '2', justification: '   ' })),
    ).toMatchObject({
      ok: false,
      errors: { justification: 'justification' },
    })
    const none = await ctx.db
      .selectFrom('targets')
      .select('id')
      .where('indicatorId', '=', await indicatorId)
      .execute()
    expect(none).toEqual([])
    const why = 'Бір ғана кеңседе 2 іс: алғашқы жыл, 2 % шағымдар шегі'
    expect(
      await submitTargetForm(ctx.db, actor, form({ ...base, value: '2', justification: why })),
    ).toEqual({ ok: true, done: 'proposed', count: 1 })
    const row = await ctx.db
      .selectFrom('targets')
      .select(['id', 'value', 'status', 'justification', 'decisionJustification'])
      .where('indicatorId', '=', await indicatorId)
      .executeTakeFirstOrThrow()
    expect(row).toMatchObject({
      value: 2,
      status: 'proposed',
      justification: why,
      decisionJustification: null,
    })
    const audit = await ctx.db
      .selectFrom('auditLog')
      .select(['action', 'after'])
      .where('entity', '=', 'target')
      .where('entityId', '=', String(row.id))
      .execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]!.after).toMatchObject({
      value: 2,
      weakerThanNormative: true,
      weakerThanPreviousApproved: false,
      previousApproved: null,
      justification: why,
    })

    // The chair approves it: without words of the chair's own, a 422 and nothing changes.
    const approve = {
      intent: 'approve',
      targetId: String(row.id),
      orderNumber: 'АШМ-13',
      orderDate: '2026-12-02',
    }
    const chairActor = { user: chair, source: SOURCE, now: DEC_2026 }
    const refusedApproval = await targetFormResponse(
      ctx.db,
      chairActor,
      form(approve),
      'http://x/targets',
    )
    expect(refusedApproval).toMatchObject({ init: { status: 422 } })
    expect(
      (
        await ctx.db
          .selectFrom('targets')
          .select('status')
          .where('id', '=', row.id)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe('proposed')
    const chairWhy = 'Министрдің бұйрығы: 2027 жылы өңірде тек бір кеңсе'
    expect(
      await submitTargetForm(ctx.db, chairActor, form({ ...approve, justification: chairWhy })),
    ).toEqual({
      ok: true,
      done: 'approved',
      count: 1,
    })
    const approved = await ctx.db
      .selectFrom('targets')
      .select(['status', 'justification', 'decisionJustification'])
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow()
    expect(approved).toEqual({
      status: 'approved',
      justification: why,
      decisionJustification: chairWhy,
    })
    const approvalAudit = await ctx.db
      .selectFrom('auditLog')
      .select(['action', 'after'])
      .where('entity', '=', 'target')
      .where('entityId', '=', String(row.id))
      .where('action', '=', 'target.approve')
      .executeTakeFirstOrThrow()
    expect(approvalAudit.after).toMatchObject({
      weakerThanNormative: true,
      justification: chairWhy,
      proposerJustification: why,
    })

    // Shown in the history.
    const history = await targetHistoryPage(
      ctx.db,
      chair,
      { indicator: await indicatorId, year: 2027, region: 'KZ-11' },
      'en',
    )
    expect(history.rows).toMatchObject([
      { id: row.id, justification: why, decisionJustification: chairWhy },
    ])

    // Printed in the notes of the 2026 annual report (column 3 is next year's target: 2 % for 4.1).
    const model = await assembleReport(
      ctx.db,
      { year: 2026, regionCode: 'KZ-11' },
      { asOf: '2026-12-03' },
    )
    const line = model.standards
      .find((s) => s.id === FARM)!
      .rows.find((r) => r.kind === 'indicator' && r.code === '4.1')
    expect(line).toMatchObject({ targetNextYear: 2, targetJustification: chairWhy })
    const notes = targetNotesOf(model, reportTexts('en'))
    expect(notes).toHaveLength(1)
    expect(notes[0]!.lines).toHaveLength(1)
    expect(notes[0]!.lines[0]).toContain('4.1, 2027')
    expect(notes[0]!.lines[0]).toContain('weaker than the normative (1)')
    expect(notes[0]!.lines[0]).toContain(chairWhy)
    // And in the PDF's text layer, in Kazakh (words joined again where a line wrapped).
    const pdf = await renderReport(
      model,
      { status: 'draft', renderedAt: '2026-12-03T05:00:00.000Z' },
      'pdf',
      'kk',
    )
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' }).replace(
      /[\s\u00a0\u202f]+/g,
      ' ',
    )
    expect(text).toContain(kk['suggestion.report.title'])
    expect(text).toContain(chairWhy)
  })

  it('a value weaker than the last approved target needs a justification too, even above the normative', async () => {
    // 5.1 courtesy (minimum 85) in Akmola: approve 90 for 2026 first; then 87 for 2027 is above
    // the normative but easier than 90.
    const { cell } = await cellsOf(DEC_2026, chair)
    const indicatorId = cell('5.1').indicatorId
    const form = (fields: Record<string, string>) => {
      const data = new FormData()
      for (const [k, v] of Object.entries(fields)) data.append(k, v)
      return data
    }
    const chairActor = { user: chair, source: SOURCE, now: DEC_2026 }
    const first = {
      intent: 'propose',
      indicatorId: String(indicatorId),
      year: '2026',
      region: 'KZ-11',
      value: '90',
    }
    expect(await submitTargetForm(ctx.db, chairActor, form(first))).toEqual({
      ok: true,
      done: 'proposed',
      count: 1,
    })
    const id90 = (
      await ctx.db
        .selectFrom('targets')
        .select('id')
        .where('indicatorId', '=', indicatorId)
        .where('year', '=', 2026)
        .executeTakeFirstOrThrow()
    ).id
    expect(
      await submitTargetForm(
        ctx.db,
        chairActor,
        form({
          intent: 'approve',
          targetId: String(id90),
          orderNumber: 'А-1',
          orderDate: '2026-12-01',
        }),
      ),
    ).toEqual({ ok: true, done: 'approved', count: 1 })
    // Lowering the approved 2026 value itself (a change, 90 → 88) is weakening it as well.
    expect(
      await submitTargetForm(ctx.db, chairActor, form({ ...first, value: '88' })),
    ).toMatchObject({ ok: false, errors: { justification: 'justification' } })
    const next = { ...first, year: '2027', value: '87' }
    expect(await submitTargetForm(ctx.db, chairActor, form(next))).toMatchObject({
      ok: false,
      errors: { justification: 'justification' },
    })
    expect(await submitTargetForm(ctx.db, chairActor, form({ ...next, value: '90' }))).toEqual({
      ok: true,
      done: 'proposed',
      count: 1,
    })
    // And the suggestion for 2027 now starts from the last approved target, 90 (the base, 2025,
    // has no answers); 90 is past the minimum 85, and as the approved target it stands.
    expect((await cellsOf(DEC_2026, chair)).cell('5.1').suggestion).toEqual({
      value: 90,
      insufficient: 'no_data',
      steps: [{ kind: 'start_target', value: 90, reason: 'no_data', year: 2026 }],
    })
  })
})
