// The demo dataset is deterministic, big enough, covers every region, channel, variant and
// standard, and carries the variation the dashboards need to show something.
import { beforeAll, expect, it } from 'vitest'
import {
  calendarExceptions,
  complaintReviewDays,
  demoRules,
  demoServices,
} from '../../db/queries/demo-inputs'
import {
  generateDemoDataset,
  type DemoDataset,
  type DemoInputs,
} from '../../seeds/demo/generate-demo'
import { DEFAULT_DEMO_OPTIONS, demoOptions, loadDemoData } from '../../seeds/demo/load-demo'
import { describeEachEngine } from '../support/test-db'

describeEachEngine('demo data', (ctx) => {
  let inputs: DemoInputs
  let full: DemoDataset

  beforeAll(async () => {
    inputs = {
      services: await demoServices(ctx.db),
      rules: await demoRules(ctx.db),
      calendar: await calendarExceptions(ctx.db),
      complaintReviewDays: await complaintReviewDays(ctx.db),
    }
    full = generateDemoDataset(inputs, DEFAULT_DEMO_OPTIONS)
  })

  it('is deterministic: the same seed gives the same rows', () => {
    const small = { ...DEFAULT_DEMO_OPTIONS, scale: 0.02 }
    const a = generateDemoDataset(inputs, small)
    const b = generateDemoDataset(inputs, small)
    expect(b.cases).toEqual(a.cases)
    expect(b.surveys).toEqual(a.surveys)
    expect(b.complaints).toEqual(a.complaints)
  })

  it('has at least 100,000 cases over the two demo years, with surveys and complaints', () => {
    expect(full.cases.length).toBeGreaterThanOrEqual(100_000)
    const years = new Set(full.cases.map((c) => c.submittedAt.getUTCFullYear()))
    expect([...years].sort()).toEqual([2024, 2025])
    expect(full.surveys.length).toBeGreaterThan(5_000)
    expect(full.complaints.length).toBeGreaterThan(200)
  })

  it('covers every standard × channel × variant that has a deadline rule', () => {
    const seen = new Set(full.cases.map((c) => `${c.standardId}|${c.channel}|${c.variant}`))
    for (const rule of inputs.rules) {
      expect(seen, `${rule.standardId} ${rule.channel} ${rule.variant}`).toContain(
        `${rule.standardId}|${rule.channel}|${rule.variant}`,
      )
    }
  })

  it('covers every current region that has an office serving a standard', () => {
    const regionOf = new Map(inputs.services.map((s) => [s.officeId, s.regionKey]))
    const withCases = new Set(full.cases.map((c) => regionOf.get(c.officeId)))
    const served = new Set(inputs.services.map((s) => s.regionKey))
    expect(withCases).toEqual(served)
    expect(served.size).toBeGreaterThanOrEqual(17)
  })

  it('has open overdue cases, still-suspended cases, late and refused cases', () => {
    const now = new Date('2026-11-23T00:00:00Z')
    const openOverdue = full.cases.filter(
      (c) => c.result === 'in_progress' && c.dueAt !== null && c.dueAt < now,
    )
    expect(openOverdue.length).toBeGreaterThan(0)
    expect(openOverdue.length).toBeLessThan(full.cases.length * 0.01)
    expect(full.cases.some((c) => c.result === 'suspended' && c.suspendedTo === null)).toBe(true)
    const late = full.cases.filter((c) => c.completedAt && c.dueAt && c.completedAt > c.dueAt)
    const share = late.length / full.cases.length
    expect(share).toBeGreaterThan(0.02)
    expect(share).toBeLessThan(0.2)
    expect(full.cases.some((c) => c.result === 'refused')).toBe(true)
  })

  it('makes some regions clearly better than others (on-time share differs by > 5 points)', () => {
    const regionOf = new Map(inputs.services.map((s) => [s.officeId, s.regionKey]))
    const byRegion = new Map<string, { onTime: number; due: number }>()
    for (const c of full.cases) {
      if (!c.completedAt || !c.dueAt) continue
      const key = regionOf.get(c.officeId)!
      const agg = byRegion.get(key) ?? { onTime: 0, due: 0 }
      agg.due++
      if (c.completedAt <= c.dueAt) agg.onTime++
      byRegion.set(key, agg)
    }
    const shares = [...byRegion.values()].map((a) => a.onTime / a.due)
    expect(Math.max(...shares) - Math.min(...shares)).toBeGreaterThan(0.05)
  })

  // Thursday 3 December 2026, 10:00 in Astana (UTC+5).
  const today = new Date('2026-12-03T05:00:00Z')

  it('runs from January two years back to the day before today, the current year’s months in full', () => {
    const options = { ...demoOptions(today), scale: 0.05 }
    expect(options.years).toEqual([2024, 2025, 2026])
    const data = generateDemoDataset(inputs, options)
    const days = data.cases.map((c) => c.submittedOn).sort()
    expect(days[0]!.slice(0, 7)).toBe('2024-01')
    // Nothing on or after 3 December 2026 (working days: the last is Wednesday 2 December).
    expect(days[days.length - 1]! < '2026-12-03').toBe(true)
    expect(days[days.length - 1]!.slice(0, 7)).toBe('2026-12')
    // Every month of 2026 to November holds about as many cases as the same month of 2025
    // (the same season weights; the year factor 0.97 vs 1.03 and chance aside): within 25 %.
    const perMonth = new Map<string, number>()
    for (const d of days) perMonth.set(d.slice(0, 7), (perMonth.get(d.slice(0, 7)) ?? 0) + 1)
    for (let m = 1; m <= 11; m++) {
      const month = String(m).padStart(2, '0')
      const now = perMonth.get(`2026-${month}`) ?? 0
      const before = perMonth.get(`2025-${month}`) ?? 0
      expect(now, month).toBeGreaterThan(before * 0.75)
      expect(now, month).toBeLessThan(before * 1.25)
    }
    // The same today, the same rows.
    expect(generateDemoDataset(inputs, options).cases).toEqual(data.cases)
  })

  it('writes what it generated (a small scale), and a reload replaces it rather than adding', async () => {
    const demo = { scale: 0.01 }
    const first = await loadDemoData(ctx.db, { demo, today })
    const second = await loadDemoData(ctx.db, { demo, today })
    // Approved targets are locked: the reload keeps the ones the first load approved.
    expect({ ...second, targets: first.targets }).toEqual(first)
    expect(second.targets).toBe(0)
    const approved = await ctx.db
      .selectFrom('targets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('orderNumber', 'like', 'DEMO-%')
      .executeTakeFirstOrThrow()
    expect(approved.n).toBe(first.targets)
    const counts = await ctx.db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('source', '=', 'demo')
      .executeTakeFirstOrThrow()
    expect(counts.n).toBe(first.cases)
    const surveys = await ctx.db
      .selectFrom('surveyResponses')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(surveys.n).toBe(first.surveys)
  })
})
