// The administrator's door for a definition file (/admin/standards): a check writes nothing and
// answers the errors with their paths (translated by the page) or the difference and the text to
// confirm; the confirmation stores it with one audit row naming the administrator.
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { standardsAdminAction } from '../../app/admin/standards-page.server'
import { insertUser } from '../../db/queries/accounts'
import { describeEachEngine } from '../support/test-db'

const NOW = new Date('2026-11-23T06:00:00Z')
const FILE = 'docs/examples/example-standard.json'

describeEachEngine('/admin/standards', (ctx) => {
  const form = (fields: Record<string, string | Blob>) => {
    const data = new FormData()
    for (const [k, v] of Object.entries(fields)) data.set(k, v)
    return data
  }

  it('checks, shows the difference, then stores on confirmation with an audit row', async () => {
    const userId = await insertUser(
      ctx.db,
      {
        email: 'standards-admin@test.kz',
        name: 'admin',
        role: 'admin',
        regionId: null,
        agencyId: null,
        passwordHash: 'not-a-real-hash',
      },
      NOW,
    )
    const actor = {
      userId,
      email: 'standards-admin@test.kz',
      source: { ip: '127.0.0.1', userAgent: 'test' },
    }
    const text = readFileSync(FILE, 'utf8')
    const standards = async () =>
      (await ctx.db.selectFrom('standards').select('id').execute()).length

    // Nothing chosen: said so, nothing written.
    expect(await standardsAdminAction(ctx.db, form({}), actor)).toMatchObject({
      ok: false,
      noFile: true,
    })

    // A broken file: its errors with their paths; nothing written.
    const broken = JSON.parse(text)
    broken.editions[0].deadline_rules[0].channel = 'post_office'
    const refused = await standardsAdminAction(
      ctx.db,
      form({ file: new File([JSON.stringify(broken)], 'broken.json') }),
      actor,
    )
    expect(refused).toMatchObject({
      ok: false,
      problems: [
        {
          path: 'editions[0].deadline_rules[0].channel',
          key: 'admin.standards.error.unknownChannel',
          params: { value: 'post_office' },
        },
      ],
    })
    expect(await standards()).toBe(5)

    // The example file: a check is a dry run — one change (a new standard), nothing written.
    const checked = await standardsAdminAction(
      ctx.db,
      form({ file: new File([text], 'example-standard.json') }),
      actor,
    )
    expect(checked).toMatchObject({
      ok: true,
      created: true,
      stored: false,
      standardId: 'example-archive-certificate',
      definition: text,
    })
    expect(checked.ok && checked.changes.map((c) => c.path)).toEqual([''])
    expect(await standards()).toBe(5)

    // Confirmed: stored, one audit row by this administrator.
    const stored = await standardsAdminAction(
      ctx.db,
      form({ definition: text, confirm: '1' }),
      actor,
    )
    expect(stored).toMatchObject({ ok: true, stored: true, definition: null })
    expect(await standards()).toBe(6)
    const audit = await ctx.db
      .selectFrom('auditLog')
      .select(['userId', 'action', 'entityId'])
      .where('action', '=', 'reference.standard')
      .execute()
    expect(audit).toEqual([
      { userId, action: 'reference.standard', entityId: 'example-archive-certificate' },
    ])

    // The same file again: nothing to store.
    expect(
      await standardsAdminAction(ctx.db, form({ definition: text, confirm: '1' }), actor),
    ).toMatchObject({ ok: true, unchanged: true, stored: false })
  })
})
