// The import's doors besides the page (issue 4): the history and the undo through the CLI
// (`sapa import-history`, `sapa undo-import`) and the API (GET /api/v1/imports, POST
// /api/v1/imports/<id>/undo), each limited to the caller's region; exactly one audit row per
// commit and per undo, from each door, and none for a commit that fails; previews abandoned for
// more than 24 hours closed with their staged rows; an XLSX's named sheet (--sheet); a JSON body
// and a multipart upload to the API; bodies over the size limit refused.
// Facts used (seeds/reference): the Kokshetau PSC is in Akmola (KZ-11) and serves the farm
// certificate on the PSC channel; the Aktau akimat is in Mangystau (KZ-47) and serves it too.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  importCommand,
  importHistoryCommand,
  undoImportCommand,
} from '../../app/cli/import-command'
import { parseEnv } from '../../app/http/env.server'
import {
  commitImport,
  expireAbandonedPreviews,
  ImportStateError,
  previewImport,
  undoImport,
} from '../../app/import/import.server'
import { action as importAction } from '../../app/routes/api.v1.import.$kind'
import { loader as historyLoader } from '../../app/routes/api.v1.imports'
import { action as undoAction } from '../../app/routes/api.v1.imports.$id.undo'
import { auditRows } from '../../db/queries/audit'
import { apiTokenFor } from '../support/api-token'
import { describeEachEngine } from '../support/test-db'

const PSC = 'KZ-11-PSC-kokshetau-city'
const AKTAU = 'KZ-47-AKIMAT-aktau-city'
const FARM = 'private-farm-certificate'
const COLUMNS = [
  'external_id',
  'standard',
  'variant',
  'channel',
  'office',
  'submitted_at',
  'completed_at',
  'result',
]

/** A farm-certificate case: PSC channel at the Kokshetau PSC, akimat channel at the Aktau akimat. */
function caseOf(id: string, office = PSC, completed = '2025-02-04T15:00:00+05:00') {
  return {
    external_id: id,
    standard: FARM,
    variant: 'standard',
    channel: office === PSC ? 'public_service_center' : 'local_executive_body',
    office,
    submitted_at: '2025-02-03T10:00:00+05:00',
    completed_at: completed,
    result: 'issued',
  }
}

type Case = ReturnType<typeof caseOf>

const csvOf = (rows: Case[]) =>
  new TextEncoder().encode(
    [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => r[c as keyof Case]).join(','))].join(
      '\r\n',
    ) + '\r\n',
  )

describeEachEngine('import doors', (ctx) => {
  let serial = 0
  /** Each test imports under its own source, so no test sees another's rows. */
  const nextSource = () => `doors-${++serial}`
  const dir = mkdtempSync(path.join(tmpdir(), 'sapa-import-doors-'))
  const fileOf = (name: string, bytes: Uint8Array) => {
    const target = path.join(dir, name)
    writeFileSync(target, bytes)
    return target
  }
  const context = (env: Record<string, string> = {}) => ({
    db: ctx.db,
    env: parseEnv(env as NodeJS.ProcessEnv),
    engine: ctx.engine,
  })

  const casesOf = async (source: string) =>
    (
      await ctx.db
        .selectFrom('cases')
        .select(['externalId', 'completedAt'])
        .where('source', '=', source)
        .orderBy('externalId')
        .execute()
    ).map((c) => ({
      externalId: c.externalId,
      completedAt: c.completedAt ? new Date(c.completedAt).toISOString() : null,
    }))

  const auditOf = async (batchId: number) =>
    (await auditRows(ctx.db, { entity: 'import_batch', entityId: String(batchId) })).map((r) => ({
      action: r.action,
      userId: r.userId,
      userAgent: r.userAgent,
      before: r.before,
      after: r.after,
    }))

  /** A route's answer; requireUser's 401 is thrown as a Response, as Remix would send it. */
  async function call(
    handler: (args: never) => Promise<unknown>,
    url: string,
    init: { token: string; method?: string; body?: BodyInit; type?: string; params?: object },
    env: Record<string, string> = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { Authorization: `Bearer ${init.token}` }
    if (init.type) headers['Content-Type'] = init.type
    try {
      return (await handler({
        request: new Request(`http://localhost${url}`, {
          method: init.method ?? 'GET',
          headers,
          body: init.body,
        }),
        params: init.params ?? {},
        context: context(env),
      } as never)) as Response
    } catch (thrown) {
      if (thrown instanceof Response) return thrown
      throw thrown
    }
  }

  let admin = ''
  let akmola = ''
  let mangystau = ''
  let ministry = ''
  beforeAll(async () => {
    admin = await apiTokenFor(ctx.db, 'admin')
    akmola = await apiTokenFor(ctx.db, 'regional_qc', 'KZ-11')
    mangystau = await apiTokenFor(ctx.db, 'regional_qc', 'KZ-47')
    ministry = await apiTokenFor(ctx.db, 'ministry_official')
  })

  describe('the CLI', () => {
    it('import-history lists the batch with who, kind, source, file, counts and status; undo-import undoes it; one audit row each', async () => {
      const src = nextSource()
      const file = fileOf('cli.csv', csvOf([caseOf('C-1'), caseOf('C-2')]))
      const imported = await importCommand(ctx.db, ['cases', file, '--source', src])
      expect(imported.exitCode).toBe(0)
      const id = imported.batchId

      const history = JSON.parse(
        await importHistoryCommand(ctx.db, ['--format', 'json', '--limit', '5']),
      )
      expect(history[0]).toMatchObject({
        id,
        kind: 'cases',
        source: src,
        file_name: 'cli.csv',
        status: 'committed',
        user: null,
        rows_read: 2,
        rows_valid: 2,
        rows_invalid: 0,
        rows_new: 2,
        rows_updated: 0,
        rows_unchanged: 0,
      })
      const text = await importHistoryCommand(ctx.db, ['--limit', '1'])
      const [header, line] = text.trimEnd().split('\n')
      expect(header).toMatch(/^id\s+created\s+status\s+kind\s+source\s+file\s+by\s+read\s+new/)
      expect(line).toMatch(
        new RegExp(
          `^${id}\\s.*committed\\s+cases\\s+${src}\\s+cli\\.csv\\s+cli\\s+2\\s+2\\s+0\\s+0\\s+0$`,
        ),
      )

      expect(await undoImportCommand(ctx.db, [String(id)])).toBe(
        `undid batch ${id}: 0 rows restored to their previous version, 2 rows deleted\n`,
      )
      expect(await casesOf(src)).toEqual([])
      await expect(undoImportCommand(ctx.db, [String(id)])).rejects.toThrow(/undone, not committed/)

      const audit = await auditOf(id)
      expect(audit).toEqual([
        {
          action: 'import.commit',
          userId: null,
          userAgent: 'sapa-cli',
          before: null,
          after: {
            kind: 'cases',
            source: src,
            fileName: 'cli.csv',
            rowsRead: 2,
            rowsAccepted: 2,
            rowsRejected: 0,
            rowsInserted: 2,
            rowsUpdated: 0,
            rowsUnchanged: 0,
          },
        },
        {
          action: 'import.undo',
          userId: null,
          userAgent: 'sapa-cli',
          before: { status: 'committed' },
          after: {
            status: 'undone',
            kind: 'cases',
            source: src,
            fileName: 'cli.csv',
            rowsRestored: 0,
            rowsDeleted: 2,
          },
        },
      ])
    })

    it('--sheet reads the named sheet of an XLSX; without it the first sheet, which here has no cases columns', async () => {
      const workbook = new ExcelJS.Workbook()
      workbook.addWorksheet('notes').addRow(['Exported from the regional PSC system'])
      const sheet = workbook.addWorksheet('Өтініштер')
      sheet.addRow(COLUMNS)
      for (const c of [caseOf('X-1'), caseOf('X-2'), caseOf('X-3')]) {
        sheet.addRow(COLUMNS.map((k) => c[k as keyof Case]))
      }
      const file = fileOf('two-sheets.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()))
      const src = nextSource()

      const first = await importCommand(ctx.db, ['cases', file, '--source', src, '--dry-run'])
      expect(first.exitCode).toBe(1)
      expect(first.output).toContain('two-sheets.xlsx')
      expect(first.output).toMatch(
        /external_id, standard, variant, channel, office, submitted_at, result/,
      )

      const missing = await importCommand(ctx.db, [
        'cases',
        file,
        '--source',
        src,
        '--sheet',
        'cases',
      ])
      expect(missing.exitCode).toBe(1)
      expect(missing.output).toContain('there is no sheet named "cases"')

      const named = await importCommand(ctx.db, [
        'cases',
        file,
        '--source',
        src,
        '--sheet',
        'Өтініштер',
      ])
      expect(named.output).toMatch(/committed batch \d+: 3 new, 0 updated, 0 unchanged/)
      expect((await casesOf(src)).map((c) => c.externalId)).toEqual(['X-1', 'X-2', 'X-3'])
    })
  })

  describe('the API', () => {
    it('a multipart upload and a JSON body are imported; the history shows a regional user its region’s batches only; undo is limited the same way; one audit row each', async () => {
      const src = nextSource()
      // Akmola's department uploads its file as a form (the file field), as a browser would.
      const form = new FormData()
      form.set('file', new Blob([csvOf([caseOf('M-1'), caseOf('M-2')])]), 'akmola-form.csv')
      const uploaded = await call(importAction, `/api/v1/import/cases?source=${src}`, {
        token: akmola,
        method: 'POST',
        body: form,
        params: { kind: 'cases' },
      })
      expect(uploaded.status).toBe(200)
      const up = await uploaded.json()
      // Stored in Akmola's source: the name gets the region's prefix (decision 0015).
      expect(up.preview).toMatchObject({
        file_name: 'akmola-form.csv',
        source: `KZ-11/${src}`,
        rows_valid: 2,
      })
      expect(up.committed).toMatchObject({ rows_inserted: 2, rows_updated: 0, rows_unchanged: 0 })
      const akmolaBatch: number = up.committed.batch_id

      // The administrator sends an Aktau case as a JSON array of objects.
      const sent = await call(
        importAction,
        `/api/v1/import/cases?source=${src}-json&file_name=aktau.json`,
        {
          token: admin,
          method: 'POST',
          body: JSON.stringify([caseOf('J-1', AKTAU)]),
          type: 'application/json',
          params: { kind: 'cases' },
        },
      )
      expect(sent.status).toBe(200)
      const js = await sent.json()
      expect(js.preview).toMatchObject({ file_name: 'aktau.json', rows_read: 1, rows_new: 1 })
      const adminBatch: number = js.committed.batch_id
      expect((await casesOf(`${src}-json`)).map((c) => c.externalId)).toEqual(['J-1'])

      const historyOf = async (token: string) => {
        const response = await call(historyLoader, '/api/v1/imports?limit=500', { token })
        return {
          status: response.status,
          body: response.status === 200 ? await response.json() : null,
        }
      }
      const ids = (h: { body: { batches: { id: number }[] } }) => h.body.batches.map((b) => b.id)
      const forAkmola = await historyOf(akmola)
      expect(ids(forAkmola)).toContain(akmolaBatch)
      expect(ids(forAkmola)).not.toContain(adminBatch) // not limited to Akmola: may hold any region
      expect(
        forAkmola.body.batches.find((b: { id: number }) => b.id === akmolaBatch),
      ).toMatchObject({
        kind: 'cases',
        source: `KZ-11/${src}`,
        file_name: 'akmola-form.csv',
        status: 'committed',
        user: { name: 'regional_qc' },
        rows_new: 2,
      })
      expect(ids(await historyOf(mangystau))).not.toContain(akmolaBatch)
      expect(ids(await historyOf(admin))).toEqual(expect.arrayContaining([akmolaBatch, adminBatch]))
      expect((await historyOf(ministry)).status).toBe(403)

      const undo = (id: number, token: string) =>
        call(undoAction, `/api/v1/imports/${id}/undo`, {
          token,
          method: 'POST',
          params: { id: String(id) },
        })
      expect((await undo(adminBatch, akmola)).status).toBe(404)
      expect((await undo(akmolaBatch, mangystau)).status).toBe(404)
      expect((await undo(akmolaBatch, ministry)).status).toBe(403)
      const undone = await undo(akmolaBatch, akmola)
      expect(undone.status).toBe(200)
      expect(await undone.json()).toEqual({
        undone: { batch_id: akmolaBatch, rows_restored: 0, rows_deleted: 2 },
      })
      expect(await casesOf(`KZ-11/${src}`)).toEqual([])
      const again = await undo(akmolaBatch, akmola)
      expect(again.status).toBe(409)
      expect((await again.json()).message).toMatch(/undone, not committed/)

      const batchUser = async (id: number) =>
        (
          await ctx.db
            .selectFrom('importBatches')
            .select('userId')
            .where('id', '=', id)
            .executeTakeFirstOrThrow()
        ).userId
      const akmolaUser = await batchUser(akmolaBatch)
      expect(akmolaUser).not.toBeNull()
      expect((await auditOf(akmolaBatch)).map((a) => [a.action, a.userId])).toEqual([
        ['import.commit', akmolaUser],
        ['import.undo', akmolaUser],
      ])
      expect(await auditOf(adminBatch)).toEqual([
        expect.objectContaining({
          action: 'import.commit',
          userId: await batchUser(adminBatch),
          after: expect.objectContaining({ fileName: 'aktau.json', rowsInserted: 1 }),
        }),
      ])
    })

    it('a body over SAPA_IMPORT_MAX_MB is refused with 413 naming the limit, and nothing is written', async () => {
      const src = nextSource()
      const rows = Array.from({ length: 40 }, (_, i) => caseOf(`BIG-${i}`))
      const bytes = csvOf(rows)
      expect(bytes.length).toBeGreaterThan(2048)
      const env = { SAPA_IMPORT_MAX_MB: String(2 / 1024) } // 2 KB
      const raw = await call(
        importAction,
        `/api/v1/import/cases?source=${src}`,
        { token: admin, method: 'POST', body: bytes, type: 'text/csv', params: { kind: 'cases' } },
        env,
      )
      expect(raw.status).toBe(413)
      expect(await raw.json()).toEqual({
        error: 'payload_too_large',
        message: 'the file is larger than the limit of 0.00195 MB',
        limit_bytes: 2048,
      })
      const form = new FormData()
      form.set('file', new Blob([bytes]), 'big.csv')
      const multipart = await call(
        importAction,
        `/api/v1/import/cases?source=${src}`,
        { token: admin, method: 'POST', body: form, params: { kind: 'cases' } },
        env,
      )
      expect(multipart.status).toBe(413)
      expect(await casesOf(src)).toEqual([])
    })
  })

  describe('audit and undo rules', () => {
    it('a commit that fails writes no audit row; the retried commit writes one', async () => {
      const src = nextSource()
      const p = await previewImport(ctx.db, {
        kind: 'cases',
        fileName: 'fails.csv',
        input: csvOf([caseOf('F-1'), caseOf('F-2')]),
        source: src,
      })
      await sql`update import_staged_cases set office_id = -1 where batch_id = ${p.batchId} and row_number = 3`.execute(
        ctx.db,
      )
      await expect(commitImport(ctx.db, p.batchId)).rejects.toThrow()
      expect(await auditOf(p.batchId)).toEqual([])
      const office = await ctx.db
        .selectFrom('offices')
        .select('id')
        .where('code', '=', PSC)
        .executeTakeFirstOrThrow()
      await sql`update import_staged_cases set office_id = ${office.id} where batch_id = ${p.batchId}`.execute(
        ctx.db,
      )
      await commitImport(ctx.db, p.batchId)
      expect((await auditOf(p.batchId)).map((a) => a.action)).toEqual(['import.commit'])
    })

    it('a batch whose rows a later batch changed is undone only after that one; undo restores the earlier version', async () => {
      const src = nextSource()
      const commit = async (rows: Case[]) => {
        const p = await previewImport(ctx.db, {
          kind: 'cases',
          fileName: 'v.csv',
          input: csvOf(rows),
          source: src,
        })
        await commitImport(ctx.db, p.batchId)
        return p.batchId
      }
      const first = await commit([caseOf('U-1'), caseOf('U-2')])
      // The corrected file: U-1 completed a day later, U-3 new.
      const second = await commit([
        caseOf('U-1', PSC, '2025-02-05T15:00:00+05:00'),
        caseOf('U-2'),
        caseOf('U-3'),
      ])
      await expect(undoImport(ctx.db, first)).rejects.toMatchObject({
        code: 'laterBatch',
        params: { batch: first, later: second },
      })
      const undone = await undoImport(ctx.db, second)
      expect(undone).toEqual({ batchId: second, rowsRestored: 1, rowsDeleted: 1 })
      expect(await casesOf(src)).toEqual([
        { externalId: 'U-1', completedAt: '2025-02-04T10:00:00.000Z' },
        { externalId: 'U-2', completedAt: '2025-02-04T10:00:00.000Z' },
      ])
      expect(await undoImport(ctx.db, first)).toEqual({
        batchId: first,
        rowsRestored: 0,
        rowsDeleted: 2,
      })
      expect(await casesOf(src)).toEqual([])
    })

    it('the undo guard follows commit order, not batch ids: a batch previewed first and committed last is the later one', async () => {
      const src = nextSource()
      const previewOf = async (rows: Case[]) =>
        (
          await previewImport(ctx.db, {
            kind: 'cases',
            fileName: 'o.csv',
            input: csvOf(rows),
            source: src,
          })
        ).batchId
      // First previewed (the lower id), committed second: it updates O-1, which the other wrote.
      const first = await previewOf([caseOf('O-1', PSC, '2025-02-05T15:00:00+05:00')])
      const second = await previewOf([caseOf('O-1'), caseOf('O-2')])
      expect(first).toBeLessThan(second)
      await commitImport(ctx.db, second)
      await commitImport(ctx.db, first)
      await expect(undoImport(ctx.db, second)).rejects.toMatchObject({
        code: 'laterBatch',
        params: { batch: second, later: first },
      })
      expect(await undoImport(ctx.db, first)).toEqual({
        batchId: first,
        rowsRestored: 1,
        rowsDeleted: 0,
      })
      expect(await undoImport(ctx.db, second)).toEqual({
        batchId: second,
        rowsRestored: 0,
        rowsDeleted: 2,
      })
      expect(await casesOf(src)).toEqual([])
    })

    it('an undo that would delete or rewrite rows another batch wrote (their versions were never saved) is refused, and nothing moves', async () => {
      // Batches committed side by side before commits took turns saved no versions of the rows
      // they updated: here the versions are deleted by hand to make such batches.
      const src = nextSource()
      const commit = async (rows: Case[]) => {
        const p = await previewImport(ctx.db, {
          kind: 'cases',
          fileName: 'w.csv',
          input: csvOf(rows),
          source: src,
        })
        await commitImport(ctx.db, p.batchId)
        return p.batchId
      }
      const loseVersions = (batch: number) =>
        sql`delete from import_row_versions where batch_id = ${batch}`.execute(ctx.db)
      const later = (day: number) => `2025-02-0${day}T15:00:00+05:00`

      // b updates W-2 (a's) and inserts W-3, and its version of W-2 is lost: 2 rows carry b's id,
      // b inserted 1 — undoing b would delete W-2, which a wrote.
      await commit([caseOf('W-1'), caseOf('W-2')])
      const b = await commit([caseOf('W-2', PSC, later(5)), caseOf('W-3')])
      await loseVersions(b)
      const before = await casesOf(src)
      await expect(undoImport(ctx.db, b)).rejects.toMatchObject({
        code: 'otherBatchRows',
        params: { batch: b, count: 1 },
      })
      expect(await casesOf(src)).toEqual(before)

      // d updates W-1 (a's, version saved); e updates it again, its version lost: e's change is
      // invisible to the later-batch guard, yet undoing d would rewrite e's W-1 with a's.
      const d = await commit([caseOf('W-1', PSC, later(6))])
      const e = await commit([caseOf('W-1', PSC, later(7))])
      await loseVersions(e)
      const beforeD = await casesOf(src)
      expect(beforeD.find((r) => r.externalId === 'W-1')!.completedAt).toBe(
        '2025-02-07T10:00:00.000Z',
      )
      await expect(undoImport(ctx.db, d)).rejects.toMatchObject({
        code: 'otherBatchRows',
        params: { batch: d, count: 1 },
      })
      expect(await casesOf(src)).toEqual(beforeD)
    })

    it('a preview whose staged rows were lost (an unlogged table after a crash) cannot be committed', async () => {
      const p = await previewImport(ctx.db, {
        kind: 'cases',
        fileName: 'lost.csv',
        input: csvOf([caseOf('L-1')]),
        source: nextSource(),
      })
      await sql`delete from import_staged_cases where batch_id = ${p.batchId}`.execute(ctx.db)
      await expect(commitImport(ctx.db, p.batchId)).rejects.toMatchObject({ code: 'stagedLost' })
    })
  })

  describe('abandoned previews', () => {
    it('a preview left for more than 24 hours is closed, its staged rows deleted, when the next preview starts; a younger one stays', async () => {
      const staged = async (batchId: number) =>
        (
          await sql<{ n: number }>`
            select count(*)::int as n from import_staged_cases where batch_id = ${batchId}`.execute(
            ctx.db,
          )
        ).rows[0]!.n
      const status = async (batchId: number) =>
        (
          await ctx.db
            .selectFrom('importBatches')
            .select('status')
            .where('id', '=', batchId)
            .executeTakeFirstOrThrow()
        ).status
      const open = (id: string) =>
        previewImport(ctx.db, {
          kind: 'cases',
          fileName: `${id}.csv`,
          input: csvOf([caseOf(id), caseOf(`${id}-b`)]),
          source: nextSource(),
        })
      const old = await open('OLD')
      const young = await open('YOUNG')
      await sql`update import_batches set created_at = now() - interval '25 hours' where id = ${old.batchId}`.execute(
        ctx.db,
      )
      await sql`update import_batches set created_at = now() - interval '23 hours' where id = ${young.batchId}`.execute(
        ctx.db,
      )
      expect(await staged(old.batchId)).toBe(2)

      const next = await open('NEXT')
      expect(await status(old.batchId)).toBe('cancelled')
      expect(await staged(old.batchId)).toBe(0)
      expect(await status(young.batchId)).toBe('preview')
      expect(await staged(young.batchId)).toBe(2)
      expect(await status(next.batchId)).toBe('preview')
      await expect(commitImport(ctx.db, old.batchId)).rejects.toBeInstanceOf(ImportStateError)

      // On server start: the same cleanup, told the time. Two hours on, the young one goes too.
      const later = new Date(Date.now() + 2 * 60 * 60 * 1000)
      expect(await expireAbandonedPreviews(ctx.db, later)).toBe(1)
      expect(await status(young.batchId)).toBe('cancelled')
      expect(await staged(young.batchId)).toBe(0)
      expect(await status(next.batchId)).toBe('preview')
    })
  })

  // Issue 19: a survey file's answers are read on the file's scale, through each door (the Import
  // page's door: test/e2e/imports-page.test.ts). Stored answers are read back as satisfied or not.
  describe('the survey answer scale, through the CLI and the API', () => {
    const SURVEY = [
      'external_id',
      'standard',
      'office',
      'responded_at',
      'satisfied_process',
      'satisfied_information',
      'satisfied_complaint_procedure',
      'satisfied_complaint_timeline',
      'satisfied_courtesy',
    ].join(',')
    const line = (id: string, ...answers: string[]) =>
      [id, FARM, PSC, '2025-02-03', ...[0, 1, 2, 3, 4].map((i) => answers[i] ?? '')].join(',')
    const surveyCsv = (...lines: string[]) =>
      new TextEncoder().encode([SURVEY, ...lines].join('\r\n') + '\r\n')
    /** In a 1–5 file (row 5's 4 makes it so): only 1s, 1s and blanks, a single 1. */
    const scores = surveyCsv(
      line('S-ones', '1', '1', '1', '1', '1'),
      line('S-blanks', '1', '', '1'),
      line('S-single', '1'),
      line('S-four', '4'),
    )
    /** A yes/no file (the words make it so): 1 and 0 are yes and no. */
    const yesNo = surveyCsv(line('Y-1', '1', '0', '', '', 'да'), line('Y-2', '0', '1', 'жоқ'))
    /** Words and a 5: row 2's "да" cannot be read on the 1–5 scale the 5 sets. */
    const mixed = surveyCsv(line('M-1', 'да', '1'), line('M-2', '5', '1'))
    /** Only 0 and 1: either scale. */
    const bits = surveyCsv(line('B-1', '1', '1'), line('B-2', '1'))

    /** Per stored response of a source: process, information and courtesy satisfied. */
    const satisfiedOf = async (source: string) =>
      (
        await ctx.db
          .selectFrom('surveyResponses')
          .select([
            'externalId',
            'scale',
            'processSatisfied',
            'informationSatisfied',
            'courtesySatisfied',
          ])
          .where('source', '=', source)
          .orderBy('externalId')
          .execute()
      ).map((r) => [
        r.externalId,
        r.scale,
        r.processSatisfied,
        r.informationSatisfied,
        r.courtesySatisfied,
      ])

    // By hand: in the 1–5 file every 1 is not satisfied, the 4 is; in the yes/no file 1 is.
    const SCORES_STORED = [
      ['S-blanks', '1-5', false, null, null],
      ['S-four', '1-5', true, null, null],
      ['S-ones', '1-5', false, false, false],
      ['S-single', '1-5', false, null, null],
    ]
    const YES_NO_STORED = [
      ['Y-1', 'yes-no', true, false, true],
      ['Y-2', 'yes-no', false, true, null],
    ]
    const SCALE_TEXT = 'Answers read as the 1–5 scale: 4 and 5 count as satisfied'

    it('the CLI: 1s in a 1–5 file are not satisfied, 1/0 in a yes/no file keep their meaning, a mixed file is refused by row, a 0/1-only file needs --survey-scale', async () => {
      const run = async (name: string, bytes: Uint8Array, source: string, ...more: string[]) =>
        importCommand(ctx.db, ['surveys', fileOf(name, bytes), '--source', source, ...more])

      const src = nextSource()
      const scored = await run('scores.csv', scores, src)
      expect(scored.exitCode).toBe(0)
      expect(scored.output).toContain(SCALE_TEXT)
      expect(scored.output).toContain('row 5, satisfied_process: "4"')
      expect(await satisfiedOf(src)).toEqual(SCORES_STORED)

      const words = nextSource()
      const worded = await run('yes-no.csv', yesNo, words)
      expect(worded.exitCode).toBe(0)
      expect(worded.output).toContain('Answers read as yes/no')
      expect(await satisfiedOf(words)).toEqual(YES_NO_STORED)

      const mix = nextSource()
      const refused = await run('mixed.csv', mixed, mix)
      expect(refused.exitCode).toBe(1)
      expect(refused.output).toContain(
        'mixed.csv · row 2 · satisfied_process · "да" · a yes/no answer, but this file holds scores from 2 to 5 (row 3, satisfied_process: "5")',
      )
      expect(refused.output).toContain('nothing written')
      expect(await satisfiedOf(mix)).toEqual([])

      const ask = nextSource()
      const asked = await run('bits.csv', bits, ask)
      expect(asked.exitCode).toBe(1)
      expect(asked.output).toContain('The answers of this file are only 0 and 1')
      expect(asked.output).toContain(
        'nothing written: add --survey-scale yes-no or --survey-scale 1-5',
      )
      expect(await satisfiedOf(ask)).toEqual([])
      const told = await run('bits.csv', bits, ask, '--survey-scale', '1-5')
      expect(told.exitCode).toBe(0)
      expect(told.output).toContain('The scale was stated for this import.')
      expect(await satisfiedOf(ask)).toEqual([
        ['B-1', '1-5', false, false, null],
        ['B-2', '1-5', false, null, null],
      ])
      await expect(run('bits.csv', bits, ask, '--survey-scale', 'ten')).rejects.toThrow(
        /--survey-scale must be yes-no or 1-5/,
      )
    })

    it('the API: the same four files; survey_scale answers the question a 0/1-only file asks', async () => {
      const post = (source: string, bytes: Uint8Array, extra = '') =>
        call(importAction, `/api/v1/import/surveys?source=${source}&lang=en${extra}`, {
          token: akmola,
          method: 'POST',
          body: new Uint8Array(bytes),
          type: 'text/csv',
          params: { kind: 'surveys' },
        })

      // akmola@demo.kz writes through its region's sources: `x` is stored as `KZ-11/x` (0015).
      const inRegion = (source: string) => `KZ-11/${source}`
      const src = nextSource()
      const scored = await post(src, scores)
      expect(scored.status).toBe(200)
      const body = await scored.json()
      expect(body.preview.survey_scale).toMatchObject({
        scale: '1-5',
        basis: 'answers',
        evidence: { row: 5, column: 'satisfied_process', value: '4' },
      })
      expect(body.preview.survey_scale.message).toContain(SCALE_TEXT)
      expect(await satisfiedOf(inRegion(src))).toEqual(SCORES_STORED)

      const words = nextSource()
      expect((await post(words, yesNo)).status).toBe(200)
      expect(await satisfiedOf(inRegion(words))).toEqual(YES_NO_STORED)

      const mix = nextSource()
      const refused = await post(mix, mixed, '&accept_valid=0')
      expect(refused.status).toBe(422)
      const errors = (await refused.json()).preview.errors
      expect(errors).toEqual([
        {
          file: 'surveys.csv',
          row: 2,
          column: 'satisfied_process',
          value: 'да',
          code: 'import.error.scale.wordInScaleFile',
          message: expect.stringContaining(
            'a yes/no answer, but this file holds scores from 2 to 5',
          ),
        },
      ])
      expect(await satisfiedOf(inRegion(mix))).toEqual([])

      const ask = nextSource()
      const asked = await post(ask, bits)
      expect(asked.status).toBe(422)
      const question = await asked.json()
      expect(question.committed).toBeNull()
      expect(question.preview).toMatchObject({
        status: 'cancelled',
        survey_scale: { scale: null, basis: 'unconfirmed' },
      })
      expect(question.preview.survey_scale.message).toContain('Say which scale the file uses')
      expect(await satisfiedOf(inRegion(ask))).toEqual([])
      const told = await post(ask, bits, '&survey_scale=yes-no')
      expect(told.status).toBe(200)
      expect(await satisfiedOf(inRegion(ask))).toEqual([
        ['B-1', 'yes-no', true, true, null],
        ['B-2', 'yes-no', true, null, null],
      ])
      expect((await post(ask, bits, '&survey_scale=ten')).status).toBe(400)
    })
  })
})
