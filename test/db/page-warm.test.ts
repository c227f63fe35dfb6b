// The dashboards' warming after an import (decision 0037), on both engines. An import's commit and
// its undo each enqueue one `pages.warm` job for the data version they leave (its unique key);
// the runner that claims it computes the overview and the region pages of every active account's
// scope, so that the first view of such a page after the import finds every number computed
// (no computation at all: the data cache's misses do not move), while a scope no account has —
// here the ministry's before a ministry account exists — is not computed for anybody.
import { sql } from 'kysely'
import { beforeAll, expect, it } from 'vitest'
import { scopeOf, type Scope } from '../../app/accounts/policy.server'
import { CLI_SOURCE } from '../../app/accounts/audit.server'
import { createUser } from '../../app/accounts/auth.server'
import { regionDashboard } from '../../app/dashboards/region-dashboard.server'
import { nationalOverviewPage } from '../../app/dashboards/national-overview.server'
import { commitImport, previewImport, undoImport } from '../../app/import/import.server'
import { clearDataCache, dataCacheCounts } from '../../app/indicators/data-cache.server'
import { jobRegistry } from '../../app/monitoring/job-registry.server'
import { JobRunner } from '../../app/monitoring/job-runner.server'
import { dataVersion } from '../../db/queries/data-version'
import { findRegionId } from '../../db/queries/indicator-context'
import { OFFICE, writeGoldenFixture } from '../fixtures/golden'
import { farmCaseFile } from '../support/farm-case-file'
import { describeEachEngine } from '../support/test-db'

const ALL: Scope = { regions: 'all', standards: 'all' }
const SYSTEM = { userId: null, source: CLI_SOURCE }

describeEachEngine('pages.warm after an import', (ctx) => {
  let akmola: Scope
  const clock = { now: new Date() }
  let runner: JobRunner

  /** The misses a page's first view causes: 0 when every number it needs was computed. */
  const missesOf = async (view: () => Promise<unknown>) => {
    const before = dataCacheCounts(ctx.db).misses
    await view()
    return dataCacheCounts(ctx.db).misses - before
  }
  const regionPage = (code: string, scope: Scope) => () =>
    regionDashboard(ctx.db, code, {}, 'ru', clock.now, scope, { open: [] })
  const warmJobs = async () =>
    (
      await sql<{ uniqueKey: string; status: string }>`
        select unique_key, status from jobs where kind = 'pages.warm' order by id`.execute(ctx.db)
    ).rows

  beforeAll(async () => {
    await writeGoldenFixture(ctx.db)
    // The only account: Akmola's quality controller.
    await createUser(
      ctx.db,
      {
        email: 'qc-akmola@test.kz',
        name: 'QC Akmola',
        role: 'regional_qc',
        regionCode: 'KZ-11',
        password: 'a long enough password',
      },
      SYSTEM,
    )
    const regionId = (await findRegionId(ctx.db, 'KZ-11'))!
    akmola = scopeOf({
      id: 0,
      email: 'qc-akmola@test.kz',
      name: 'QC Akmola',
      role: 'regional_qc',
      regionId,
      regionCode: 'KZ-11',
      agencyId: null,
    })
    runner = new JobRunner({
      db: ctx.db,
      registry: jobRegistry({ mailer: null }),
      runnerId: 'warm-test',
      clock: () => clock.now,
    })
  })

  it('a commit and its undo each enqueue one warm job for the data version they leave', async () => {
    const before = (await warmJobs()).length
    const preview = await previewImport(ctx.db, {
      kind: 'cases',
      fileName: 'cases.csv',
      input: farmCaseFile([
        {
          id: 'W-1',
          office: OFFICE.P1,
          submitted: '2025-10-03T10:00:00+05:00',
          completed: '2025-10-03T15:00:00+05:00',
        },
      ]),
      source: 'warm-test',
      allowedRegionIds: null,
    })
    await commitImport(ctx.db, preview.batchId, { alerts: false })
    const afterCommit = await dataVersion(ctx.db)
    expect((await warmJobs()).slice(before)).toEqual([
      { uniqueKey: `pages.warm:${afterCommit}`, status: 'queued' },
    ])
    await undoImport(ctx.db, preview.batchId, { alerts: false })
    const afterUndo = await dataVersion(ctx.db)
    expect(afterUndo).not.toBe(afterCommit)
    expect((await warmJobs()).slice(before).map((j) => j.uniqueKey)).toEqual([
      `pages.warm:${afterCommit}`,
      `pages.warm:${afterUndo}`,
    ])
  })

  it('after the job, the first view of an account’s pages computes nothing; other scopes are left cold', async () => {
    clearDataCache(ctx.db)
    clock.now = new Date(Date.now() + 60_000)
    const pass = await runner.runDue()
    expect(pass.failed).toBe(0)
    expect((await warmJobs()).every((j) => j.status === 'done')).toBe(true)

    // Akmola's own region page and its overview: every number already there.
    expect(await missesOf(regionPage('KZ-11', akmola))).toBe(0)
    expect(await missesOf(() => nationalOverviewPage(ctx.db, {}, 'en', clock.now, akmola))).toBe(0)
    // The ministry's view of the same region (another scope: another key) was not computed:
    // no account has that scope, and the warm job computes for the accounts' scopes only.
    expect(await missesOf(regionPage('KZ-47', ALL))).toBeGreaterThan(0)
  })

  it('a ministry account brings the national scope: every region page warm after the next job', async () => {
    await createUser(
      ctx.db,
      {
        email: 'ministry@test.kz',
        name: 'Ministry',
        role: 'ministry_official',
        password: 'a long enough password',
      },
      SYSTEM,
    )
    // A write raises the data version (the account is not data): a new import does.
    const preview = await previewImport(ctx.db, {
      kind: 'cases',
      fileName: 'cases.csv',
      input: farmCaseFile([
        {
          id: 'W-2',
          office: OFFICE.P1,
          submitted: '2025-11-03T10:00:00+05:00',
          completed: '2025-11-03T15:00:00+05:00',
        },
      ]),
      source: 'warm-test',
      allowedRegionIds: null,
    })
    await commitImport(ctx.db, preview.batchId, { alerts: false })
    clearDataCache(ctx.db)
    clock.now = new Date(clock.now.getTime() + 60_000)
    expect((await runner.runDue()).failed).toBe(0)
    for (const code of ['KZ-11', 'KZ-47', 'KZ-71']) {
      expect(await missesOf(regionPage(code, ALL)), code).toBe(0)
    }
    expect(await missesOf(() => nationalOverviewPage(ctx.db, {}, 'kk', clock.now, ALL))).toBe(0)
    expect(await missesOf(regionPage('KZ-11', akmola))).toBe(0)
    // Three scopes' pages computed in one job: more than the default minute on a busy machine.
  }, 180_000)
})
