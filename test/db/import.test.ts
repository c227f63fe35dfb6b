// The two-step import (issue 4): each error class of the acceptance list gives a clear message
// located by file · row · column · value, nothing is written when a commit cannot complete,
// re-importing changes nothing, a corrected file updates only the changed rows, undo restores.
// Facts used (seeds/reference): the Kokshetau PSC (KZ-11, Akmola, Asia/Almaty — UTC+5 since
// March 2024) serves the farm certificate on the PSC channel with a 2-calendar-day term; the
// Aktau akimat is in Mangystau (KZ-47).
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  cancelImport,
  commitImport,
  ImportStateError,
  previewImport,
  undoImport,
  type ImportPreview,
} from '../../app/import/import.server'
import { parseEnv } from '../../app/http/env.server'
import { loader as templateLoader } from '../../app/routes/api.v1.import.$kind.$file'
import type { ImportKind } from '../../db/schema'
import { apiTokenFor } from '../support/api-token'
import { describeEachEngine } from '../support/test-db'
import { countStaged, removeDuplicateStaged } from '../../db/queries/imports'

const PSC = 'KZ-11-PSC-kokshetau-city'
const AKTAU = 'KZ-47-AKIMAT-aktau-city'
const FARM = 'private-farm-certificate'
const HEADER =
  'external_id,standard,variant,channel,office,submitted_at,completed_at,result,wait_minutes_submit,wait_minutes_pickup,service_minutes,docs_correct,first_time_correct,suspended_from,suspended_to'

/** A farm-certificate case at the Kokshetau PSC; `over` replaces columns by name. */
function caseLine(id: string, over: Record<string, string> = {}): string {
  const values: Record<string, string> = {
    external_id: id,
    standard: FARM,
    variant: 'standard',
    channel: 'public_service_center',
    office: PSC,
    submitted_at: '2025-02-03T10:00:00+05:00',
    completed_at: '2025-02-04T15:00:00+05:00',
    result: 'issued',
    wait_minutes_submit: '5',
    wait_minutes_pickup: '8',
    service_minutes: '12',
    docs_correct: 'yes',
    first_time_correct: 'yes',
    suspended_from: '',
    suspended_to: '',
    ...over,
  }
  return HEADER.split(',')
    .map((c) => values[c])
    .join(',')
}

const csv = (...lines: string[]) => new TextEncoder().encode(lines.join('\r\n') + '\r\n')

describeEachEngine('import', (ctx) => {
  let source = 0
  /** Each test imports under its own source, so no test sees another's rows. */
  const nextSource = () => `test-${++source}`

  const preview = (
    kind: ImportKind,
    bytes: Uint8Array,
    options: { source?: string; fileName?: string; allowedRegionIds?: number[] } = {},
  ) =>
    previewImport(ctx.db, {
      kind,
      fileName: options.fileName ?? `${kind}.csv`,
      input: bytes,
      source: options.source ?? nextSource(),
      allowedRegionIds: options.allowedRegionIds ?? null,
    })

  const countCases = async (src: string) => {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from cases where source = ${src}`.execute(ctx.db)
    return rows[0]!.n
  }

  const only = (p: ImportPreview) => {
    expect(p.errors).toHaveLength(1)
    return p.errors[0]!
  }

  describe('clean files', () => {
    it('previews 2 new rows, commits them with the derived deadline, and a second import of the same file changes nothing', async () => {
      const src = nextSource()
      const file = csv(
        HEADER,
        caseLine('A-1'),
        caseLine('A-2', { completed_at: '2025-02-06T10:00:00+05:00' }),
      )
      const first = await preview('cases', file, { source: src })
      expect(first).toMatchObject({
        rowsRead: 2,
        rowsValid: 2,
        rowsInvalid: 0,
        rowsNew: 2,
        rowsUpdated: 0,
        rowsUnchanged: 0,
      })
      expect(await countCases(src)).toBe(0) // a preview writes no fact
      await commitImport(ctx.db, first.batchId)
      // Mon 3 Feb + 2 calendar days = Wed 5 Feb (a working day): due_on 2025-02-05 for both.
      const stored = await ctx.db
        .selectFrom('cases')
        .select(['externalId', 'dueOn', 'submittedOn', 'completedOn', 'importBatchId'])
        .where('source', '=', src)
        .orderBy('externalId')
        .execute()
      expect(stored).toEqual([
        {
          externalId: 'A-1',
          dueOn: '2025-02-05',
          submittedOn: '2025-02-03',
          completedOn: '2025-02-04',
          importBatchId: first.batchId,
        },
        {
          externalId: 'A-2',
          dueOn: '2025-02-05',
          submittedOn: '2025-02-03',
          completedOn: '2025-02-06',
          importBatchId: first.batchId,
        },
      ])

      const again = await preview('cases', file, { source: src })
      expect(again).toMatchObject({ rowsValid: 2, rowsNew: 0, rowsUpdated: 0, rowsUnchanged: 2 })
      const result = await commitImport(ctx.db, again.batchId)
      expect(result).toMatchObject({ rowsInserted: 0, rowsUpdated: 0, rowsUnchanged: 2 })
      // Unchanged rows are not rewritten: they still belong to the first batch.
      const owners = await ctx.db
        .selectFrom('cases')
        .select('importBatchId')
        .where('source', '=', src)
        .execute()
      expect(owners.every((o) => o.importBatchId === first.batchId)).toBe(true)
    })

    it('a corrected file updates only the changed row, and undo restores its previous version', async () => {
      const src = nextSource()
      const original = await preview('cases', csv(HEADER, caseLine('B-1'), caseLine('B-2')), {
        source: src,
      })
      await commitImport(ctx.db, original.batchId)
      // B-2 is corrected: completed Thu 6 Feb (late) instead of Tue 4 Feb; B-3 is new.
      const corrected = await preview(
        'cases',
        csv(
          HEADER,
          caseLine('B-1'),
          caseLine('B-2', { completed_at: '06.02.2025 10:00' }),
          caseLine('B-3'),
        ),
        { source: src },
      )
      expect(corrected).toMatchObject({ rowsNew: 1, rowsUpdated: 1, rowsUnchanged: 1 })
      await commitImport(ctx.db, corrected.batchId)
      const completedOn = async (id: string) =>
        (
          await ctx.db
            .selectFrom('cases')
            .select('completedOn')
            .where('source', '=', src)
            .where('externalId', '=', id)
            .executeTakeFirst()
        )?.completedOn
      expect(await completedOn('B-2')).toBe('2025-02-06')
      expect(await countCases(src)).toBe(3)

      // The first batch cannot be undone while the later one changed its rows.
      await expect(undoImport(ctx.db, original.batchId)).rejects.toThrow(ImportStateError)
      await undoImport(ctx.db, corrected.batchId)
      expect(await completedOn('B-2')).toBe('2025-02-04')
      expect(await countCases(src)).toBe(2) // B-3, inserted by the undone batch, is gone
      await undoImport(ctx.db, original.batchId)
      expect(await countCases(src)).toBe(0)
      const statuses = await ctx.db
        .selectFrom('importBatches')
        .select('status')
        .where('id', 'in', [original.batchId, corrected.batchId])
        .execute()
      expect(statuses.map((s) => s.status)).toEqual(['undone', 'undone'])
    })

    it('a commit removes its own staged rows only: a preview waiting beside it keeps its rows and commits whole', async () => {
      const staged = async (batchId?: number) => {
        const { rows } = await sql<{ n: number }>`
          select count(*)::int as n from import_staged_cases
          where ${batchId === undefined ? sql`true` : sql`batch_id = ${batchId}`}`.execute(ctx.db)
        return rows[0]!.n
      }
      const [srcA, srcB] = [nextSource(), nextSource()]
      const a = await preview('cases', csv(HEADER, caseLine('S-1'), caseLine('S-2')), {
        source: srcA,
      })
      const b = await preview(
        'cases',
        csv(HEADER, caseLine('S-1'), caseLine('S-2'), caseLine('S-3')),
        { source: srcB },
      )
      expect(await staged()).toBe(5)
      // A commits while B's three rows wait in the same staging table: they are not touched.
      await commitImport(ctx.db, a.batchId)
      expect(await staged(a.batchId)).toBe(0)
      expect(await staged(b.batchId)).toBe(3)
      expect(await countCases(srcA)).toBe(2)
      // B commits alone: the staging table is emptied.
      await commitImport(ctx.db, b.batchId)
      expect(await staged()).toBe(0)
      expect(await countCases(srcB)).toBe(3)
      // The next preview stages into the emptied table as before.
      const c = await preview('cases', csv(HEADER, caseLine('S-4')), { source: srcA })
      expect(c).toMatchObject({ rowsNew: 1 })
      expect(await staged(c.batchId)).toBe(1)
      await commitImport(ctx.db, c.batchId)
      expect(await countCases(srcA)).toBe(3)
    })

    it('a row the preview found unchanged but another batch changed since is written back at commit', async () => {
      const src = nextSource()
      const file = csv(HEADER, caseLine('U-1'), caseLine('U-2'))
      const original = await preview('cases', file, { source: src })
      await commitImport(ctx.db, original.batchId)
      const again = await preview('cases', file, { source: src })
      expect(again).toMatchObject({ rowsNew: 0, rowsUpdated: 0, rowsUnchanged: 2 })
      // Meanwhile another file corrects U-2: completed Thu 6 Feb instead of Tue 4 Feb.
      const other = await preview(
        'cases',
        csv(HEADER, caseLine('U-2', { completed_at: '06.02.2025 10:00' })),
        { source: src },
      )
      await commitImport(ctx.db, other.batchId)

      const result = await commitImport(ctx.db, again.batchId)
      expect(result).toMatchObject({ rowsInserted: 0, rowsUpdated: 1, rowsUnchanged: 1 })
      const stored = await ctx.db
        .selectFrom('cases')
        .select(['externalId', 'completedOn', 'importBatchId'])
        .where('source', '=', src)
        .orderBy('externalId')
        .execute()
      expect(stored).toEqual([
        { externalId: 'U-1', completedOn: '2025-02-04', importBatchId: original.batchId },
        { externalId: 'U-2', completedOn: '2025-02-04', importBatchId: again.batchId },
      ])
    })

    it('a file previewed as all new, one of whose rows another batch stored since, is written by the upsert, and its undo gives that row back', async () => {
      const src = nextSource()
      const first = await preview('cases', csv(HEADER, caseLine('N-1'), caseLine('N-2')), {
        source: src,
      })
      expect(first).toMatchObject({ rowsNew: 2, rowsUpdated: 0, rowsUnchanged: 0 })
      // Meanwhile another file stores N-2, completed Thu 6 Feb instead of Tue 4 Feb.
      const other = await preview(
        'cases',
        csv(HEADER, caseLine('N-2', { completed_at: '06.02.2025 10:00' })),
        { source: src },
      )
      await commitImport(ctx.db, other.batchId)

      // The plain insert of the all-new batch meets N-2's key: the upsert writes the batch.
      const result = await commitImport(ctx.db, first.batchId)
      expect(result).toMatchObject({ rowsInserted: 1, rowsUpdated: 1, rowsUnchanged: 0 })
      const stored = () =>
        ctx.db
          .selectFrom('cases')
          .select(['externalId', 'completedOn', 'importBatchId'])
          .where('source', '=', src)
          .orderBy('externalId')
          .execute()
      expect(await stored()).toEqual([
        { externalId: 'N-1', completedOn: '2025-02-04', importBatchId: first.batchId },
        { externalId: 'N-2', completedOn: '2025-02-04', importBatchId: first.batchId },
      ])
      // N-2's version of the other batch was saved: the undo deletes N-1 and restores it.
      expect(await undoImport(ctx.db, first.batchId)).toMatchObject({
        rowsRestored: 1,
        rowsDeleted: 1,
      })
      expect(await stored()).toEqual([
        { externalId: 'N-2', completedOn: '2025-02-06', importBatchId: other.batchId },
      ])
    })

    it('a Windows-1251 CSV with Russian headers, semicolons and DD.MM.YYYY dates imports correctly', async () => {
      const src = nextSource()
      const text = [
        'Номер заявления;Стандарт;Вариант;Канал;Место оказания услуги;Дата подачи;Дата исполнения;Результат;Документы оформлены верно',
        `"Ж-1";${FARM};standard;public_service_center;${PSC};06.03.2025 10:00;11.03.2025 12:00;issued;да`,
        `Ж-2;${FARM};standard;public_service_center;${PSC};06.03.2025;;in_progress;нет`,
      ].join('\r\n')
      const bytes = new Uint8Array(Buffer.from(encodeCp1251(text)))
      // Not valid UTF-8: the reader must fall back to Windows-1251.
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
      const p = await preview('cases', bytes, { source: src, fileName: 'заявления.csv' })
      expect(p.errors).toEqual([])
      expect(p).toMatchObject({ rowsValid: 2, rowsNew: 2 })
      await commitImport(ctx.db, p.batchId)
      const stored = await ctx.db
        .selectFrom('cases')
        .select(['externalId', 'submittedAt', 'dueOn', 'docsCorrect', 'result'])
        .where('source', '=', src)
        .orderBy('externalId')
        .execute()
      // Thu 6 Mar + 2 calendar days = Sat 8 Mar (holiday), Sun 9, Mon 10 (day off) → Tue 11 Mar.
      // A local time in Akmola (UTC+5): 10:00 local = 05:00Z; a date alone is local midnight.
      expect(stored).toEqual([
        {
          externalId: 'Ж-1',
          submittedAt: new Date('2025-03-06T05:00:00Z'),
          dueOn: '2025-03-11',
          docsCorrect: true,
          result: 'issued',
        },
        {
          externalId: 'Ж-2',
          submittedAt: new Date('2025-03-05T19:00:00Z'),
          dueOn: '2025-03-11',
          docsCorrect: false,
          result: 'in_progress',
        },
      ])
    })
  })

  describe('errors, each located by file · row · column · value', () => {
    it('a missing required column names the file and the column', async () => {
      const header = HEADER.replace(',submitted_at', '')
      const p = await preview('cases', csv(header, 'X-1'), { fileName: 'march.csv' })
      expect(p).toMatchObject({ fileError: true, status: 'cancelled' })
      expect(only(p)).toEqual({
        file: 'march.csv',
        row: null,
        column: null,
        value: null,
        key: 'import.file.missingColumns',
        params: { file: 'march.csv', columns: 'submitted_at' },
      })
    })

    it('unknown codes: a channel, a standard, an office', async () => {
      const p = await preview(
        'cases',
        csv(
          HEADER,
          caseLine('U-1', { channel: 'by_mail' }),
          caseLine('U-2', { standard: 'fishing-licence' }),
          caseLine('U-3', { office: 'KZ-11-PSC-nowhere' }),
        ),
      )
      expect(p).toMatchObject({ rowsValid: 0, rowsInvalid: 3 })
      expect(p.errors).toEqual([
        expect.objectContaining({
          row: 2,
          column: 'channel',
          value: 'by_mail',
          key: 'import.error.unknownCode',
        }),
        expect.objectContaining({
          row: 3,
          column: 'standard',
          value: 'fishing-licence',
          key: 'import.error.unknownStandard',
        }),
        expect.objectContaining({
          row: 4,
          column: 'office',
          value: 'KZ-11-PSC-nowhere',
          key: 'import.error.unknownOffice',
        }),
      ])
    })

    it('a malformed date: 30 February does not exist', async () => {
      const p = await preview(
        'cases',
        csv(HEADER, caseLine('D-1', { submitted_at: '2025-02-30T10:00' })),
        { fileName: 'feb.csv' },
      )
      expect(only(p)).toEqual({
        file: 'feb.csv',
        row: 2,
        column: 'submitted_at',
        value: '2025-02-30T10:00',
        key: 'import.error.timestamp',
      })
    })

    it('completed before submitted', async () => {
      const p = await preview(
        'cases',
        csv(HEADER, caseLine('C-1', { completed_at: '2025-02-03T09:59:00+05:00' })),
      )
      expect(only(p)).toMatchObject({
        row: 2,
        column: 'completed_at',
        value: '2025-02-03T09:59:00+05:00',
        key: 'import.error.completedBeforeSubmitted',
        params: { submitted: '2025-02-03T10:00:00+05:00' },
      })
    })

    it('a NUL or other control character inside a cell: that cell is named, the other rows staged', async () => {
      // PostgreSQL text cannot hold a NUL. One in a file's first 64 KB makes it a binary file; past
      // them, a stray one from a broken export is refused with its cell.
      const filler = Array.from({ length: 500 }, (_, i) => caseLine(`F-${i}`))
      const p = await preview(
        'cases',
        csv(HEADER, ...filler, caseLine('Z\u00001'), caseLine('Z-2', { office: `${PSC}\u001b` })),
        { fileName: 'nul.csv' },
      )
      expect(p).toMatchObject({ rowsRead: 502, rowsValid: 500, rowsInvalid: 2 })
      expect(p.errors).toEqual([
        {
          file: 'nul.csv',
          row: 502,
          column: 'external_id',
          value: 'Z\\u00001',
          key: 'import.error.controlCharacter',
        },
        {
          file: 'nul.csv',
          row: 503,
          column: 'office',
          value: `${PSC}\\u001b`,
          key: 'import.error.controlCharacter',
        },
      ])
      expect(new TextEncoder().encode([HEADER, ...filler].join('\r\n')).length).toBeGreaterThan(
        65_536,
      )
    })

    it('an id longer than 200 characters (a unique index bounds its keys)', async () => {
      const long = 'X'.repeat(3000)
      const p = await preview('cases', csv(HEADER, caseLine('X'.repeat(200)), caseLine(long)))
      expect(p).toMatchObject({ rowsValid: 1, rowsInvalid: 1 })
      expect(only(p)).toEqual({
        file: 'cases.csv',
        row: 3,
        column: 'external_id',
        value: long,
        key: 'import.error.tooLong',
        params: { max: 200 },
      })
    })

    it('a JSON body with a NUL in a survey id: that cell is named', async () => {
      const body = JSON.stringify([
        { external_id: 'S\u00001', standard: FARM, office: PSC, responded_at: '2025-02-03T10:00' },
      ])
      const p = await preview('surveys', new TextEncoder().encode(body), { fileName: 'nul.json' })
      expect(p.errors).toContainEqual(
        expect.objectContaining({
          row: 1,
          column: 'external_id',
          key: 'import.error.controlCharacter',
        }),
      )
    })

    it('negative minutes', async () => {
      const p = await preview('cases', csv(HEADER, caseLine('N-1', { wait_minutes_pickup: '-3' })))
      expect(only(p)).toMatchObject({
        row: 2,
        column: 'wait_minutes_pickup',
        value: '-3',
        key: 'import.error.negative',
      })
    })

    it('a duplicate id inside a file: the later row is rejected, naming the first', async () => {
      const p = await preview(
        'cases',
        csv(HEADER, caseLine('DUP'), caseLine('OK'), caseLine('DUP')),
      )
      expect(p).toMatchObject({ rowsValid: 2, rowsInvalid: 1 })
      expect(only(p)).toMatchObject({
        row: 4,
        column: 'external_id',
        value: 'DUP',
        key: 'import.error.duplicateId',
        params: { row: 2 },
      })
    })

    it('ids repeated three times and twice, apart in the file: each later row rejected, naming its first', async () => {
      const p = await preview(
        'cases',
        csv(
          HEADER,
          caseLine('R-1'), // row 2
          caseLine('R-2'), // row 3
          caseLine('R-3'), // row 4
          caseLine('R-1'), // row 5: repeats row 2
          caseLine('R-2'), // row 6: repeats row 3
          caseLine('R-1'), // row 7: repeats row 2
        ),
      )
      expect(p).toMatchObject({ rowsValid: 3, rowsInvalid: 3, rowsNew: 3 })
      expect(p.errors.map((e) => [e.row, e.value, e.params])).toEqual([
        [5, 'R-1', { row: 2 }],
        [6, 'R-2', { row: 3 }],
        [7, 'R-1', { row: 2 }],
      ])
      expect(await countStaged(ctx.db, 'cases', p.batchId)).toBe(3)
    })

    it('the search for repeats in SQL, given the ids seen twice: a listed id held once removes nothing', async () => {
      const p = await preview('cases', csv(HEADER, caseLine('L-1'), caseLine('L-2')))
      expect(p).toMatchObject({ rowsValid: 2, rowsInvalid: 0 })
      // 'L-1' listed as a chance meeting of hashes would be: staged once, so not a repeat.
      expect(await removeDuplicateStaged(ctx.db, 'cases', p.batchId, 10, ['L-1', 'L-9'])).toEqual({
        total: 0,
        first: [],
      })
      // An empty list: nothing is searched and nothing removed.
      expect(await removeDuplicateStaged(ctx.db, 'cases', p.batchId, 10, [])).toEqual({
        total: 0,
        first: [],
      })
      expect(await countStaged(ctx.db, 'cases', p.batchId)).toBe(2)
    })

    it('a 1–5 answer of 7', async () => {
      const header = 'external_id,standard,office,responded_at,satisfied_process'
      const p = await preview('surveys', csv(header, `S-7,${FARM},${PSC},2025-02-03,7`))
      expect(only(p)).toMatchObject({
        row: 2,
        column: 'satisfied_process',
        value: '7',
        key: 'import.error.answer',
      })
    })

    it('an office of another region than the user’s', async () => {
      const mangystau = await ctx.db
        .selectFrom('regions')
        .select('id')
        .where('code', '=', 'KZ-47')
        .executeTakeFirstOrThrow()
      const aktau = caseLine('R-2', {
        office: AKTAU,
        channel: 'local_executive_body',
        completed_at: '2025-02-03T10:05:00+05:00',
      })
      const p = await preview('cases', csv(HEADER, caseLine('R-1'), aktau), {
        allowedRegionIds: [mangystau.id],
      })
      expect(p).toMatchObject({ rowsValid: 1, rowsInvalid: 1 })
      expect(only(p)).toMatchObject({
        row: 2,
        column: 'office',
        value: PSC,
        key: 'import.error.officeRegion',
      })
    })

    it('an empty file, and a file with a header only', async () => {
      const empty = await preview('cases', new Uint8Array(0), { fileName: 'empty.csv' })
      expect(only(empty)).toMatchObject({ key: 'import.file.empty', params: { file: 'empty.csv' } })
      const headerOnly = await preview('cases', csv(HEADER), { fileName: 'header.csv' })
      expect(only(headerOnly)).toMatchObject({
        key: 'import.file.noRows',
        params: { file: 'header.csv' },
      })
    })

    it('a binary file renamed .csv', async () => {
      // The first bytes of a PNG image: a NUL byte and control characters.
      const png = new Uint8Array([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
      ])
      const p = await preview('cases', png, { fileName: 'photo.csv' })
      expect(only(p)).toMatchObject({ key: 'import.file.binary', params: { file: 'photo.csv' } })
    })
  })

  describe('templates', () => {
    it('each kind’s CSV and XLSX template (GET /api/v1/import/<kind>/template.*) reads back as a header with no rows', async () => {
      const token = await apiTokenFor(ctx.db, 'regional_qc', 'KZ-11')
      for (const kind of ['cases', 'surveys', 'complaints', 'publications'] as const) {
        for (const file of ['template.csv', 'template.xlsx']) {
          const response = (await templateLoader({
            request: new Request(`http://localhost/api/v1/import/${kind}/${file}`, {
              headers: { Authorization: `Bearer ${token}` },
            }),
            params: { kind, file },
            context: { db: ctx.db, env: parseEnv({} as NodeJS.ProcessEnv), engine: ctx.engine },
          })) as Response
          expect(response.status).toBe(200)
          const bytes = new Uint8Array(await response.arrayBuffer())
          const p = await preview(kind, bytes, { fileName: file })
          expect(only(p)).toMatchObject({ key: 'import.file.noRows' })
        }
      }
    })
  })

  describe('nothing is written when a commit cannot complete', () => {
    it('a file with invalid rows commits nothing unless its valid rows are accepted', async () => {
      const src = nextSource()
      const p = await preview(
        'cases',
        csv(HEADER, caseLine('V-1'), caseLine('V-2', { result: 'lost' })),
        { source: src },
      )
      await expect(commitImport(ctx.db, p.batchId)).rejects.toThrow(/1 invalid rows/)
      expect(await countCases(src)).toBe(0)
      await cancelImport(ctx.db, p.batchId)
      await expect(commitImport(ctx.db, p.batchId, { acceptInvalid: true })).rejects.toThrow(
        /cancelled/,
      )
      expect(await countCases(src)).toBe(0)
    })

    it('a commit that fails half-way leaves the database as before', async () => {
      const src = nextSource()
      const p = await preview('cases', csv(HEADER, caseLine('H-1'), caseLine('H-2')), {
        source: src,
      })
      // Sabotage the second staged row so that its insert violates a foreign key.
      await sql`update import_staged_cases set office_id = -1 where batch_id = ${p.batchId} and row_number = 3`.execute(
        ctx.db,
      )
      await expect(commitImport(ctx.db, p.batchId)).rejects.toThrow()
      expect(await countCases(src)).toBe(0)
      const versions = await sql<{ n: number }>`
        select count(*)::int as n from import_row_versions where batch_id = ${p.batchId}`.execute(
        ctx.db,
      )
      expect(versions.rows[0]!.n).toBe(0)
      const batch = await ctx.db
        .selectFrom('importBatches')
        .select('status')
        .where('id', '=', p.batchId)
        .executeTakeFirstOrThrow()
      expect(batch.status).toBe('preview')
    })

    it('a 50 MB file with one bad row near the end: found, and nothing committed', async () => {
      const src = nextSource()
      // 10,000 rows of ~5 KB each (a free-text comment column, which the import ignores).
      const comment = 'x'.repeat(5000)
      const lines = [`${HEADER},comment`]
      for (let i = 1; i <= 10_000; i++) {
        const bad = i === 9_990
        lines.push(
          `${caseLine(`BIG-${i}`, bad ? { submitted_at: '2025-02-03 25:00' } : {})},${comment}`,
        )
      }
      const bytes = csv(...lines)
      expect(bytes.length).toBeGreaterThan(50_000_000)
      const p = await preview('cases', bytes, { source: src, fileName: 'big.csv' })
      expect(p).toMatchObject({
        rowsRead: 10_000,
        rowsValid: 9_999,
        rowsInvalid: 1,
        rowsNew: 9_999,
      })
      // The header is row 1: the 9,990th data row is row 9,991. 25:00 is no time of day.
      expect(only(p)).toMatchObject({
        file: 'big.csv',
        row: 9_991,
        column: 'submitted_at',
        value: '2025-02-03 25:00',
        key: 'import.error.timestamp',
      })
      await expect(commitImport(ctx.db, p.batchId)).rejects.toThrow(ImportStateError)
      expect(await countCases(src)).toBe(0)
      await cancelImport(ctx.db, p.batchId)
    }, 60_000)
  })

  beforeAll(() => {
    expect(ctx.db).toBeDefined()
  })
})

/** Windows-1251 bytes of a text (ASCII and Cyrillic), the way Excel saves "CSV (разделители)". */
function encodeCp1251(text: string): Uint8Array {
  const out: number[] = []
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code < 0x80) out.push(code)
    else if (code >= 0x410 && code <= 0x44f) out.push(code - 0x410 + 0xc0)
    else if (code === 0x401) out.push(0xa8)
    else if (code === 0x451) out.push(0xb8)
    else throw new Error(`no Windows-1251 byte for ${ch}`)
  }
  return new Uint8Array(out)
}
