// The data version (migration 0008) rises with every write to the tables the indicators read,
// whatever writes them, and the pages' cache (app/indicators/data-cache.server.ts) serves a computation
// again only while the version is the same — so a page never shows numbers older than the data.
import { sql } from 'kysely'
import { beforeAll, expect, it } from 'vitest'
import { cached, cachedIndicators, clearDataCache } from '../../app/indicators/data-cache.server'
import { loadWriteContext, writeCases } from '../../app/facts/fact-writer.server'
import { dataVersion } from '../../db/queries/data-version'
import { FARM, OFFICE, writeGoldenFixture } from '../fixtures/golden'
import { describeEachEngine } from '../support/test-db'
import { NOTHING_MEASURED } from '../support/case-inputs'

const QUERY = { year: 2025, period: 'year' as const, standard: FARM, asOf: '2025-12-31' }

describeEachEngine('data version and the pages’ cache', (ctx) => {
  beforeAll(async () => {
    await writeGoldenFixture(ctx.db)
  })

  it('rises with an insert, an update and a delete of facts, and with a target', async () => {
    const v0 = await dataVersion(ctx.db)
    await writeCases(ctx.db, 'dv', [
      {
        externalId: 'DV-1',
        standardId: FARM,
        channel: 'local_executive_body',
        variant: 'standard',
        officeCode: OFFICE.A1,
        submittedAt: new Date('2025-02-03T10:00:00+05:00'),
        completedAt: new Date('2025-02-03T10:30:00+05:00'),
        result: 'issued',
        ...NOTHING_MEASURED,
      },
    ])
    const v1 = await dataVersion(ctx.db)
    expect(v1).toBeGreaterThan(v0)
    await sql`update cases set docs_correct = true where external_id = 'DV-1'`.execute(ctx.db)
    const v2 = await dataVersion(ctx.db)
    expect(v2).toBeGreaterThan(v1)
    await sql`delete from cases where external_id = 'DV-1'`.execute(ctx.db)
    const v3 = await dataVersion(ctx.db)
    expect(v3).toBeGreaterThan(v2)
    await sql`update targets set comment = 'seen' where status = 'proposed'`.execute(ctx.db)
    expect(await dataVersion(ctx.db)).toBeGreaterThan(v3)
  })

  it('does not rise when nothing the indicators read is written', async () => {
    const before = await dataVersion(ctx.db)
    await sql`select count(*) from cases`.execute(ctx.db)
    await sql`delete from login_attempts where false`.execute(ctx.db)
    expect(await dataVersion(ctx.db)).toBe(before)
  })

  it('serves a computation again at the same version, and computes afresh after a write', async () => {
    clearDataCache(ctx.db)
    const v = await dataVersion(ctx.db)
    const first = await cachedIndicators(ctx.db, v, QUERY)
    expect(await cachedIndicators(ctx.db, v, QUERY)).toBe(first)
    const onTime = (r: typeof first) => r.rows.find((x) => x.code === '1.1')!
    // The golden national farm 1.1: 217 of 236.
    expect(onTime(first)).toMatchObject({ numerator: 217, denominator: 236 })

    // One more late case due on 3 February 2025 (30 minutes against the 10-minute rule).
    const ctxWrite = await loadWriteContext(ctx.db)
    await writeCases(
      ctx.db,
      'dv',
      [
        {
          externalId: 'DV-2',
          standardId: FARM,
          channel: 'local_executive_body',
          variant: 'standard',
          officeCode: OFFICE.A1,
          submittedAt: new Date('2025-02-03T10:00:00+05:00'),
          completedAt: new Date('2025-02-03T10:30:00+05:00'),
          result: 'issued',
          ...NOTHING_MEASURED,
        },
      ],
      ctxWrite,
    )
    const after = await dataVersion(ctx.db)
    expect(after).toBeGreaterThan(v)
    const fresh = await cachedIndicators(ctx.db, after, QUERY)
    expect(fresh).not.toBe(first)
    expect(onTime(fresh)).toMatchObject({ numerator: 217, denominator: 237 })
    await sql`delete from cases where external_id = 'DV-2'`.execute(ctx.db)
  })

  it('shares one computation between concurrent requests and keeps no failure', async () => {
    clearDataCache(ctx.db)
    let runs = 0
    const slow = () =>
      new Promise<number>((resolve) => {
        runs++
        setTimeout(() => resolve(42), 20)
      })
    const [a, b] = await Promise.all([cached(ctx.db, 1, 'k', slow), cached(ctx.db, 1, 'k', slow)])
    expect([a, b, runs]).toEqual([42, 42, 1])
    await expect(cached(ctx.db, 1, 'bad', () => Promise.reject(new Error('x')))).rejects.toThrow()
    expect(await cached(ctx.db, 1, 'bad', async () => 7)).toBe(7)
  })
})
