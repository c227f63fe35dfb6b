// The audit page's query on both engines: newest first, 50 a page, each filter (action, user,
// entity, Astana-day date range, part of the entity id) and their combination, and the CSV export
// of the same filter.
import { expect, it } from 'vitest'
import { AUDIT_PAGE_SIZE, auditDownload, auditPage } from '../../app/admin/audit-page.server'
import { CLI_SOURCE } from '../../app/accounts/audit.server'
import { createUser } from '../../app/accounts/auth.server'
import { insertAuditRow } from '../../db/queries/audit'
import { describeEachEngine } from '../support/test-db'
import { translatorFor } from '../../app/i18n/messages.server'

const en = translatorFor('en')

describeEachEngine('audit log search', (ctx) => {
  let seeded: { alice: number; bob: number } | undefined

  // 60 `test.probe` rows an hour apart from 1 March 2031 00:00 Astana (= 28 Feb 19:00 UTC),
  // alternately by Alice and Bob, on entities `probe` with ids p-0 … p-59, plus one `test.other`
  // row. The year 2031 keeps them apart from anything else in the log.
  async function seed() {
    if (seeded) return seeded
    const make = (email: string) =>
      createUser(
        ctx.db,
        { email, name: email, role: 'ministry_official', password: 'long enough password' },
        { userId: null, source: CLI_SOURCE },
      )
    const alice = await make('alice@audit.test')
    const bob = await make('bob@audit.test')
    const start = Date.UTC(2031, 1, 28, 19)
    for (let i = 0; i < 60; i++) {
      await insertAuditRow(
        ctx.db,
        {
          userId: i % 2 === 0 ? alice : bob,
          action: 'test.probe',
          entity: 'probe',
          entityId: `p-${i}`,
          before: { n: i },
          after: { n: i + 1 },
          ip: '10.1.1.1',
          userAgent: 'probe agent',
        },
        new Date(start + i * 3_600_000),
      )
    }
    await insertAuditRow(
      ctx.db,
      {
        userId: null,
        action: 'test.other',
        entity: 'other',
        entityId: 'P-7x',
        before: null,
        after: { note: 'other' },
        ip: null,
        userAgent: null,
      },
      new Date(start),
    )
    seeded = { alice, bob }
    return seeded
  }

  it('pages the filtered log 50 at a time, newest first', async () => {
    await seed()
    const first = await auditPage(ctx.db, { action: 'test.probe' }, 'en')
    expect(first.total).toBe(60)
    expect(first.pages).toBe(2)
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE)
    expect(first.rows[0]!.entityId).toBe('p-59')
    expect(first.rows[49]!.entityId).toBe('p-10')
    expect(first.olderHref).toBe('?action=test.probe&page=2')
    expect(first.newerHref).toBeNull()
    const second = await auditPage(ctx.db, { action: 'test.probe', page: 2 }, 'en')
    expect(second.rows.map((r) => r.entityId)).toEqual(
      Array.from({ length: 10 }, (_, i) => `p-${9 - i}`),
    )
    // before → after of a row, and its time in Astana (p-59: 1 March 00:00 + 59 h = 3 March 11:00).
    expect(first.rows[0]!.changes).toEqual([{ key: 'n', before: '59', after: '60', same: false }])
    expect(first.rows[0]!.at).toBe('3 Mar 2031, 11:00:00')
  })

  it('filters by user, entity, Astana days and part of the entity id', async () => {
    const { bob } = await seed()
    // Bob has the odd rows: 30 of them.
    expect((await auditPage(ctx.db, { action: 'test.probe', user: bob }, 'en')).total).toBe(30)
    expect((await auditPage(ctx.db, { entity: 'other' }, 'en')).total).toBe(1)
    // 2 March 2031 in Astana is hours 24 … 47 of the sequence: 24 rows; to 1 March inclusive,
    // hours 0 … 23 (+ the other row at hour 0) = 25.
    const march2 = await auditPage(
      ctx.db,
      { action: 'test.probe', from: '2031-03-02', to: '2031-03-02' },
      'en',
    )
    expect(march2.total).toBe(24)
    expect(march2.rows.at(-1)!.entityId).toBe('p-24')
    expect(march2.rows[0]!.entityId).toBe('p-47')
    expect((await auditPage(ctx.db, { from: '2031-03-01', to: '2031-03-01' }, 'en')).total).toBe(25)
    // "p-5" is in p-5 and p-50 … p-59; case-insensitive "P-7" also finds the other row's P-7x.
    expect((await auditPage(ctx.db, { q: 'p-5' }, 'en')).total).toBe(11)
    expect((await auditPage(ctx.db, { q: 'P-7' }, 'en')).total).toBe(2)
    // Combined: Bob's rows on 2 March are the odd ids 25 … 47; those containing a "3" are 31,
    // 33, 35, 37, 39 and 43.
    const combined = await auditPage(
      ctx.db,
      { user: bob, from: '2031-03-02', to: '2031-03-02', q: '3' },
      'en',
    )
    expect(combined.rows.map((r) => r.entityId)).toEqual([
      'p-43',
      'p-39',
      'p-37',
      'p-35',
      'p-33',
      'p-31',
    ])
  })

  it('the CSV export carries the same filtered rows, newest first', async () => {
    await seed()
    const response = await auditDownload(ctx.db, { entity: 'probe', q: 'p-5' }, en, 'csv')
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/)
    expect(lines).toHaveLength(1 + 11)
    expect(lines[0]).toMatch(/^id,When \(UTC\),Who,Action,Entity,entity_id,Before → after,/)
    expect(lines[1]).toContain('p-59')
    expect(lines[1]).toContain('n: 59 → 60')
    expect(lines[11]).toContain('p-5,')
  })
})
