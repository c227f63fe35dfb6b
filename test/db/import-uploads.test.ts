// Uploads and late errors over real HTTP (issue 18, point 7): the import API and the Import page's
// upload behind a Node HTTP server that hands the body to the route as Remix's Express adapter
// does (a web stream over the request, whose cancelling destroys the socket). Each door answers
// an error found past the first 64 KB — late invalid UTF-8, a header cell of 70,000 characters,
// a body over the limit, with or without Content-Length — with its 413 or 422 and the right row,
// never a dropped connection; a multipart form over the limit in several parts is a 413; no
// upload leaves a file behind (a second `file` part, a refused CSRF token); a server starting
// removes the folders of processes that are gone.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { createReadableStreamFromReadable, writeReadableStreamToWritable } from '@remix-run/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLI_SOURCE } from '../../app/accounts/audit.server'
import { createUser, sessionCookie, signIn } from '../../app/accounts/auth.server'
import { parseEnv } from '../../app/http/env.server'
import { removeUploadLeftovers, uploadsRoot } from '../../app/import/upload.server'
import { action as importAction } from '../../app/routes/api.v1.import.$kind'
import { action as uploadAction } from '../../app/routes/imports_.upload'
import { apiTokenFor } from '../support/api-token'
import { csvOf, goodRow, HEADERS } from '../support/hostile-corpus'
import { describeEachEngine } from '../support/test-db'

const SECRET = 'import-uploads-test-secret-0123456789'

/** `rows` valid case rows (rows 2…rows+1) with `bytes` put at the start of row `row`. */
function casesWithBytesAt(row: number, rows: number, bytes: number[]): Buffer {
  const lines = Array.from({ length: rows }, (_, i) =>
    HEADERS.cases.map((c) => goodRow('cases', `L-${i}`)[c]).join(','),
  )
  return Buffer.concat([
    Buffer.from(HEADERS.cases.join(',') + '\r\n' + lines.slice(0, row - 2).join('\r\n') + '\r\n'),
    Buffer.from(bytes),
    Buffer.from(lines.slice(row - 2).join('\r\n') + '\r\n'),
  ])
}

/**
 * What is in the upload folder. Each run gets a TMPDIR of its own (set in beforeAll), so that
 * whatever is there was left by this file's requests.
 */
function ourUploads(): string[] {
  try {
    return readdirSync(uploadsRoot())
  } catch {
    return []
  }
}

function multipart(
  parts: { name: string; filename?: string; type?: string; body: Uint8Array | string }[],
) {
  const boundary = `----sapa${Math.random().toString(16).slice(2)}`
  const chunks: Buffer[] = []
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename ? `; filename="${part.filename}"` : ''}`
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: ${disposition}\r\n` +
          (part.type ? `Content-Type: ${part.type}\r\n` : '') +
          '\r\n',
      ),
      Buffer.from(part.body),
      Buffer.from('\r\n'),
    )
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return { body: Buffer.concat(chunks), type: `multipart/form-data; boundary=${boundary}` }
}

/** A body sent chunked (no Content-Length), in pieces of 64 KB. */
function chunked(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let at = 0
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close()
      controller.enqueue(bytes.subarray(at, at + 65_536))
      at += 65_536
    },
  })
}

describeEachEngine('import uploads over HTTP', (ctx) => {
  let server: http.Server
  let base = ''
  let token = ''
  let cookie = ''
  let csrf = ''
  let env: Record<string, string> = {}

  const tmp = process.env.TMPDIR
  beforeAll(async () => {
    process.env.TMPDIR = mkdtempSync(path.join(tmpdir(), 'sapa-uploads-test-'))
    token = await apiTokenFor(ctx.db, 'admin')
    const email = `uploads-${ctx.engine}-${Date.now()}@test.kz`
    await createUser(
      ctx.db,
      {
        email,
        name: 'uploads',
        role: 'admin',
        regionCode: null,
        agencyId: null,
        password: 'a long password',
      },
      { userId: null, source: CLI_SOURCE },
    )
    const signed = await signIn(ctx.db, {
      email,
      password: 'a long password',
      source: { ip: '127.0.0.1', userAgent: null },
      secure: false,
    })
    if (!signed.ok) throw new Error('sign-in failed')
    cookie = sessionCookie(new Request('http://localhost/'), SECRET, signed.token).split(';')[0]!
    csrf = (
      await ctx.db
        .selectFrom('sessions')
        .select('csrfToken')
        .where('id', '=', signed.sessionId)
        .executeTakeFirstOrThrow()
    ).csrfToken

    // The route actions behind Node's HTTP server, the body handed over as the Express adapter
    // hands it (createReadableStreamFromReadable: cancelling it destroys the request's socket).
    server = http.createServer(async (req, res) => {
      const url = new URL(req.url!, base)
      const request = new Request(url, {
        method: req.method,
        headers: req.headers as Record<string, string>,
        body: createReadableStreamFromReadable(req),
        duplex: 'half',
      } as RequestInit)
      const context = {
        db: ctx.db,
        env: parseEnv({ SESSION_SECRET: SECRET, ...env } as unknown as NodeJS.ProcessEnv),
        engine: ctx.engine,
      }
      let response: Response
      try {
        const kind = url.pathname.split('/').pop()!
        response = (
          url.pathname.startsWith('/api/v1/import/')
            ? await importAction({ request, params: { kind }, context } as never)
            : await uploadAction({ request, params: {}, context } as never)
        ) as Response
      } catch (thrown) {
        if (!(thrown instanceof Response)) {
          res.statusCode = 500
          res.end(String(thrown))
          return
        }
        response = thrown
      }
      res.statusCode = response.status
      response.headers.forEach((value, key) => res.setHeader(key, value))
      if (response.body) await writeReadableStreamToWritable(response.body, res)
      else res.end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
    rmSync(process.env.TMPDIR!, { recursive: true, force: true })
    if (tmp === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = tmp
  })

  const api = (body: BodyInit | Buffer, type = 'text/csv', query = '') =>
    fetch(`${base}/api/v1/import/cases?source=uploads-${ctx.engine}&lang=en${query}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': type },
      body: body instanceof Buffer ? new Uint8Array(body) : body,
      duplex: 'half',
    } as RequestInit)

  describe('the API, raw body', () => {
    it('invalid UTF-8 on row 2002 (≈ 300 KB in) is a 422 naming row 2002, not a dropped connection', async () => {
      const response = await api(casesWithBytesAt(2002, 2100, [0xff]))
      expect(response.status).toBe(422)
      const body = await response.json()
      expect(body.preview.errors).toEqual([
        {
          file: 'cases.csv',
          row: null,
          column: null,
          value: null,
          code: 'import.file.encoding',
          message:
            '"cases.csv": the text at row 2002 is not UTF-8 although the file began as UTF-8. Save the file in one encoding.',
        },
      ])
    })

    it('the same, sent chunked', async () => {
      const response = await api(chunked(casesWithBytesAt(2002, 2100, [0xff])))
      expect(response.status).toBe(422)
      expect((await response.json()).preview.errors[0].message).toContain('row 2002')
    })

    it('a header cell of 70,000 characters is a 422 naming row 1 and the 16th column', async () => {
      const csv = HEADERS.cases.join(',') + ',' + 'h'.repeat(70_000) + '\r\n'
      const response = await api(csv + csvOf('cases', [goodRow('cases', 'H-1')]).split('\r\n')[1])
      expect(response.status).toBe(422)
      expect((await response.json()).preview.errors[0]).toMatchObject({
        code: 'import.file.fieldTooLong',
        message:
          '"cases.csv": row 1, column "#16": a cell longer than 10000 characters. Check the export (a quote left open?).',
      })
    })

    it('a chunked body over SAPA_IMPORT_MAX_MB=1 (4 × 0.9 MB) is a 413', async () => {
      env = { SAPA_IMPORT_MAX_MB: '1' }
      try {
        // 4 × 0.9 MB of valid rows, no Content-Length: counted as it streams.
        const rows = casesWithBytesAt(2, 25_000, []).subarray(0, Math.round(3.6 * 2 ** 20))
        const response = await api(chunked(rows))
        expect(response.status).toBe(413)
        expect(await response.json()).toMatchObject({
          error: 'payload_too_large',
          limit_bytes: 2 ** 20,
        })
      } finally {
        env = {}
      }
    })
    it('a body with a Content-Length over SAPA_IMPORT_MAX_MB=1 (1.5 MB) is a 413', async () => {
      env = { SAPA_IMPORT_MAX_MB: '1' }
      try {
        const response = await api(casesWithBytesAt(2, 11_000, []).subarray(0, 1.5 * 2 ** 20))
        expect(response.status).toBe(413)
      } finally {
        env = {}
      }
    })
    it('after a Content-Length body over the limit (1.5 MB) is refused, the same connection answers the next request', async () => {
      // The refused body is read and dropped before the 413: left unread, it stays stuck in the
      // connection, the client (which wrote it all) sends its next request there, and that one is
      // never read — a reset when the server times the connection out (5 s + 1 s by default).
      env = { SAPA_IMPORT_MAX_MB: '1' }
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
      const send = (body: Uint8Array) =>
        new Promise<{ status: number; socket: unknown }>((resolve, reject) => {
          const request = http.request(
            `${base}/api/v1/import/cases?source=uploads-${ctx.engine}&lang=en&dry_run=1`,
            {
              method: 'POST',
              agent,
              headers: {
                Authorization: `Bearer ${token}`,
                'Content-Type': 'text/csv',
                'Content-Length': body.length,
              },
            },
            (response) => {
              response.resume()
              response.on('end', () =>
                resolve({ status: response.statusCode!, socket: request.socket }),
              )
            },
          )
          request.on('error', reject)
          request.end(body)
        })
      try {
        const refused = await send(casesWithBytesAt(2, 11_000, []).subarray(0, 1.5 * 2 ** 20))
        expect(refused.status).toBe(413)
        const next = await send(Buffer.from(csvOf('cases', [goodRow('cases', 'AFTER-413')])))
        expect(next.socket).toBe(refused.socket)
        expect(next.status).toBe(200)
      } finally {
        agent.destroy()
        env = {}
      }
    })
  })

  describe('the API, multipart', () => {
    it('invalid UTF-8 on row 2002 is a 422 naming row 2002 (1720 before: the row its chunk began on)', async () => {
      const form = multipart([
        {
          name: 'file',
          filename: 'late.csv',
          type: 'text/csv',
          body: casesWithBytesAt(2002, 2100, [0xff]),
        },
      ])
      const response = await api(form.body, form.type)
      expect(response.status).toBe(422)
      expect((await response.json()).preview.errors[0].message).toBe(
        '"late.csv": the text at row 2002 is not UTF-8 although the file began as UTF-8. Save the file in one encoding.',
      )
      expect(ourUploads()).toEqual([])
    })

    it('a chunked form of 4 file parts of 0.9 MB each over SAPA_IMPORT_MAX_MB=1 is a 413, and leaves no file', async () => {
      env = { SAPA_IMPORT_MAX_MB: '1' }
      try {
        const part = casesWithBytesAt(2, 7_000, []).subarray(0, Math.round(0.9 * 2 ** 20))
        const form = multipart(
          [1, 2, 3, 4].map((n) => ({ name: 'file', filename: `part-${n}.csv`, body: part })),
        )
        const response = await api(chunked(form.body), form.type)
        expect(response.status).toBe(413)
        expect(ourUploads()).toEqual([])
      } finally {
        env = {}
      }
    })

    it('two `file` parts: the first is imported, and neither is left in the upload folder', async () => {
      const form = multipart([
        { name: 'file', filename: 'first.csv', body: csvOf('cases', [goodRow('cases', 'TWO-1')]) },
        { name: 'file', filename: 'second.csv', body: csvOf('cases', [goodRow('cases', 'TWO-2')]) },
      ])
      const response = await api(form.body, form.type, '&dry_run=1')
      expect(response.status).toBe(200)
      expect((await response.json()).preview).toMatchObject({ file_name: 'first.csv', rows_new: 1 })
      expect(ourUploads()).toEqual([])
    })
  })

  describe('the Import page', () => {
    const upload = (form: { body: Buffer; type: string }) =>
      fetch(`${base}/imports/upload`, {
        method: 'POST',
        redirect: 'manual',
        headers: { Cookie: cookie, 'Content-Type': form.type, Accept: 'application/json' },
        body: new Uint8Array(form.body),
      })

    it('two `file` parts and a wrong CSRF token: 403, and no file left', async () => {
      const file = csvOf('cases', [goodRow('cases', 'CSRF-1')])
      const response = await upload(
        multipart([
          { name: '_csrf', body: 'not the token' },
          { name: 'kind', body: 'cases' },
          { name: 'source', body: 'uploads' },
          { name: 'file', filename: 'a.csv', body: file },
          { name: 'file', filename: 'b.csv', body: file },
        ]),
      )
      expect(response.status).toBe(403)
      expect(ourUploads()).toEqual([])
    })

    it('a late invalid UTF-8 byte: the preview names row 2002; no file left', async () => {
      const response = await upload(
        multipart([
          { name: '_csrf', body: csrf },
          { name: 'kind', body: 'cases' },
          { name: 'source', body: `page-${ctx.engine}` },
          { name: 'file', filename: 'late.csv', body: casesWithBytesAt(2002, 2100, [0xff]) },
        ]),
      )
      expect(response.status).toBe(200)
      const { location } = (await response.json()) as { location: string }
      const batchId = Number(/batch=(\d+)/.exec(location)![1])
      const batch = await ctx.db
        .selectFrom('importBatches')
        .select(['status', 'errors'])
        .where('id', '=', batchId)
        .executeTakeFirstOrThrow()
      expect(batch.status).toBe('cancelled')
      expect(batch.errors).toEqual([
        expect.objectContaining({
          key: 'import.file.encoding',
          params: { file: 'late.csv', row: 2002 },
        }),
      ])
      expect(ourUploads()).toEqual([])
    })
  })

  it('a server starting removes the upload folders of processes that are gone, and loose files', async () => {
    const root = uploadsRoot()
    // Past the largest process id Linux gives (2^22): no such process runs.
    const gone = path.join(root, `${2 ** 22 + 7}-1-abc`)
    const alive = path.join(root, `${process.pid}-1-keep`)
    mkdirSync(gone, { recursive: true })
    mkdirSync(alive, { recursive: true })
    writeFileSync(path.join(gone, '1.upload'), 'left behind')
    writeFileSync(path.join(root, '1700000000000-0123456789abcdef.upload'), 'old layout')
    expect(await removeUploadLeftovers(root)).toBeGreaterThanOrEqual(2)
    const left = readdirSync(root)
    expect(left).not.toContain(path.basename(gone))
    expect(left).not.toContain('1700000000000-0123456789abcdef.upload')
    expect(left).toContain(path.basename(alive))
    rmSync(alive, { recursive: true })
  })
})
