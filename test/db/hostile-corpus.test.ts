// The hostile-input corpus (issue 18; test/support/hostile-corpus.ts) through the import, on each
// engine: every case gets exactly the answer written beside it — the file error's message key
// with its row and column, or the row errors (row, column, key) — and nothing stored changes: the
// fact tables read the same before and after the whole corpus, and no staged row is left.
// The file is fed in 64 KB chunks, as an HTTP body or a file stream arrives.
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import { cancelImport, previewImport } from '../../app/import/import.server'
import type { Db } from '../../db/client.server'
import {
  CORPUS_NOW,
  hostileCorpus,
  hugeFieldPulled,
  type HostileCase,
} from '../support/hostile-corpus'
import { describeEachEngine } from '../support/test-db'

const corpus = await hostileCorpus()

async function* inChunks(body: HostileCase['body']): AsyncGenerator<Uint8Array> {
  if (typeof body === 'function') {
    yield* body()
    return
  }
  for (let at = 0; at < body.length; at += 65_536) yield body.subarray(at, at + 65_536)
}

const STORED = [
  'cases',
  'survey_responses',
  'complaints',
  'info_publications',
  'import_row_versions',
]
const STAGED = [
  'import_staged_cases',
  'import_staged_surveys',
  'import_staged_complaints',
  'import_staged_publications',
]

/** A digest of every stored fact row, and the staged rows left. */
async function stored(db: Db) {
  const digest: Record<string, string> = {}
  for (const table of STORED) {
    const { rows } = await sql<{ n: string; digest: string | null }>`
      select count(*)::text as n, md5(string_agg(t::text, '|' order by t::text)) as digest
      from ${sql.table(table)} t`.execute(db)
    digest[table] = `${rows[0]!.n}:${rows[0]!.digest ?? ''}`
  }
  for (const table of STAGED) {
    const { rows } = await sql<{
      n: string
    }>`select count(*)::text as n from ${sql.table(table)}`.execute(db)
    digest[table] = rows[0]!.n
  }
  return digest
}

describeEachEngine('hostile corpus', (ctx) => {
  let before: Record<string, string>
  beforeAll(async () => {
    before = await stored(ctx.db)
  })

  describe('each case gets its exact answer', () => {
    for (const c of corpus) {
      it(c.name, async () => {
        const preview = await previewImport(ctx.db, {
          kind: c.kind,
          fileName: c.fileName,
          input: inChunks(c.body),
          source: 'hostile',
          now: CORPUS_NOW,
        })
        if (preview.status === 'preview') await cancelImport(ctx.db, preview.batchId)
        if ('file' in c.expected) {
          expect(preview.fileError).toBe(true)
          expect(preview.errors).toHaveLength(1)
          const [error] = preview.errors
          expect(error!.key).toBe(c.expected.file.key)
          expect(error!.params).toMatchObject(c.expected.file.params)
        } else {
          expect(preview.fileError).toBe(false)
          expect(
            preview.errors.map((e) => ({
              row: e.row,
              column: e.column,
              key: e.key,
              ...(e.params ? { params: e.params } : {}),
            })),
          ).toEqual(c.expected.rows)
          expect(preview.rowsValid).toBe(c.expected.valid)
        }
      })
    }
  })

  it('the 100 MB field was refused after reading less than 1 MB of it', () => {
    // The reader holds at most one record of 100,000 characters plus a 64 KB chunk of text.
    expect(hugeFieldPulled.bytes).toBeGreaterThan(100_000)
    expect(hugeFieldPulled.bytes).toBeLessThan(2 ** 20)
  })

  it('nothing stored changed, and no staged row is left', async () => {
    expect(await stored(ctx.db)).toEqual(before)
  })
})
