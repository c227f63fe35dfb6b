// The Import page's door for survey files (issue 19) against a real server (server.ts over
// build/, demo data and users; on the embedded database, and on PostgreSQL where
// TEST_DATABASE_URL is set), as a browser without JS posts its forms: the
// preview says which scale the answers were read on and why; in a 1–5 file rows of only 1s, of 1s
// and blanks and of a single 1 are written as not satisfied; in a yes/no file 1 and 0 keep their
// meaning; a file mixing yes/no words and scores is refused by row and column; a file of only 0
// and 1 asks for its scale, refuses to be written until the user answers (the page's buttons or
// the upload form's field). The stored answers are read back after the server stops.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createDb } from '../../db/client.server'
import { startAppServer, type AppServer } from '../support/app-server'
import { databaseUrlWithName, dropTestDatabase } from '../support/database-url'
import { engines, type Engine } from '../support/test-db'
import { csrfOf, request, signInHttp, type Cookies } from '../support/sign-in'

const PSC = 'KZ-11-PSC-kokshetau-city'
const HEADER =
  'external_id,standard,office,responded_at,satisfied_process,satisfied_information,satisfied_complaint_procedure,satisfied_complaint_timeline,satisfied_courtesy'
/** A farm-certificate response at the Kokshetau PSC; `answers`: the five cells. */
const line = (id: string, answers: string) =>
  `${id},private-farm-certificate,${PSC},2025-02-03,${answers}`
const SOURCE = 'e2e-scale'

/** The page's HTML as text (React writes quotes as entities). */
const textOf = async (response: Response) =>
  (await response.text())
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')

/** A fresh PostgreSQL database from the migrated template, for a server of its own. */
async function postgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL!
  const name = `sapa_scale_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`create database ${name} template ${inject('postgresTemplate')}`)
  await admin.end()
  return {
    url: databaseUrlWithName(serverUrl, name),
    drop: () => dropTestDatabase(serverUrl, name),
  }
}

for (const engine of engines) describeSurveyDoor(engine)

function describeSurveyDoor(engine: Engine) {
  describe(`survey files through the Import page over HTTP [${engine}]`, () => {
    let server: AppServer
    let cookies: Cookies
    let csrf = ''
    let postgres: { url: string; drop: () => Promise<void> } | null = null

    beforeAll(async () => {
      if (engine === 'postgres') postgres = await postgresDatabase()
      server = await startAppServer(
        postgres ? { env: { DATABASE_URL: postgres.url, SAPA_DEMO_PASSWORD: 'demo' } } : {},
      )
      cookies = (await signInHttp(server.url, 'akmola@demo.kz')).cookies
      csrf = csrfOf(await (await request(`${server.url}/imports?lang=en`, cookies)).text())
    }, 180_000)

    afterAll(async () => {
      await server?.stop() // (the last test stops it first, keeping the data to read)
      await postgres?.drop()
    })

    /** Uploads as the page's form does; returns the batch and its preview page's text. */
    async function upload(name: string, lines: string[], scale = '') {
      const form = new FormData()
      form.set('_csrf', csrf)
      form.set('kind', 'surveys')
      form.set('source', SOURCE)
      form.set('survey_scale', scale)
      form.set('file', new Blob([[HEADER, ...lines].join('\r\n') + '\r\n']), name)
      const response = await fetch(`${server.url}/imports/upload`, {
        method: 'POST',
        body: form,
        headers: { Cookie: cookies.header() },
        redirect: 'manual',
      })
      expect(response.status).toBe(303)
      const location = response.headers.get('location')!
      const batch = new URL(location, server.url).searchParams.get('batch')!
      return { batch, html: await page(batch) }
    }
    const page = async (batch: string) =>
      textOf(await request(`${server.url}/imports?batch=${batch}&lang=en`, cookies))
    /** A preview form's button, posted as the page does (to the page of the batch it shows). */
    const act = (form: Record<string, string> & { batch: string }) =>
      request(`${server.url}/imports?batch=${form.batch}&lang=en`, cookies, {
        form: { _csrf: csrf, ...form },
      })

    it('a 1–5 file: rows of only 1s, of 1s and blanks and of a single 1 are read as the score 1; the preview says why', async () => {
      const { batch, html } = await upload('scores.csv', [
        line('P-ones', '1,1,1,1,1'),
        line('P-blanks', '1,,1,,'),
        line('P-single', '1,,,,'),
        line('P-four', '4,,,,'),
      ])
      expect(html).toContain(
        'Answers read as the 1–5 scale: 4 and 5 count as satisfied, 1 to 3 as not satisfied.',
      )
      expect(html).toContain('row 5, satisfied_process: "4"')
      expect((await act({ intent: 'commit', batch })).status).toBe(303)
    })

    it('a yes/no file: 1 and 0 keep their meaning', async () => {
      const { batch, html } = await upload('yes-no.csv', [
        line('P-yes', '1,0,,,да'),
        line('P-no', '0,1,жоқ,,'),
      ])
      expect(html).toContain('Answers read as yes/no: yes (or 1) counts as satisfied')
      expect((await act({ intent: 'commit', batch })).status).toBe(303)
    })

    it('a file mixing yes/no words and scores is refused: the word is named by file, row and column', async () => {
      const { batch, html } = await upload('mixed.csv', [
        line('P-mixed-1', 'да,1,,,'),
        line('P-mixed-2', '5,1,,,'),
      ])
      expect(html).toMatch(
        /<td>mixed\.csv<\/td><td class="num">2<\/td><td class="code">satisfied_process<\/td><td class="import-errors__value">да<\/td><td>a yes\/no answer, but this file holds scores from 2 to 5 \(row 3, satisfied_process: "5"\)/,
      )
      expect((await act({ intent: 'commit', batch })).status).toBe(409)
      expect((await act({ intent: 'cancel', batch })).status).toBe(303)
    })

    it('a file of only 0 and 1 asks for its scale and cannot be written until the user answers', async () => {
      const { batch, html } = await upload('bits.csv', [
        line('P-bits-1', '1,1,,,'),
        line('P-bits-2', '1,,,,'),
      ])
      expect(html).toContain('The answers of this file are only 0 and 1')
      expect(html).toContain('>Read as yes/no</button>')
      expect(html).toContain('>Read as the 1–5 scale</button>')
      expect(html).not.toContain('>Write the data</button>')
      const refused = await act({ intent: 'commit', batch })
      expect(refused.status).toBe(409)
      expect(await textOf(refused)).toContain(
        `The answers of batch ${batch} are only 0 and 1: say whether they are yes/no or the 1–5 scale before writing it.`,
      )

      // "Read as the 1–5 scale", then "Write the data".
      expect((await act({ intent: 'scale', batch, scale: '1-5' })).status).toBe(303)
      const confirmed = await page(batch)
      expect(confirmed).toContain('Answers read as the 1–5 scale')
      expect(confirmed).toContain('The scale was confirmed on this preview.')
      expect(confirmed).toContain('>Write the data</button>')
      expect((await act({ intent: 'scale', batch, scale: 'yes-no' })).status).toBe(409)
      expect((await act({ intent: 'commit', batch })).status).toBe(303)

      // The same kind of file, its scale chosen in the upload form's field.
      const told = await upload('bits-yes-no.csv', [line('P-told', '1,0,,,')], 'yes-no')
      expect(told.html).toContain('The scale was stated for this import.')
      expect((await act({ intent: 'commit', batch: told.batch })).status).toBe(303)
    })

    it('the answers were stored as read (by hand: in the 1–5 file every 1 is not satisfied, in the yes/no files 1 is)', async () => {
      await server.stop({ keepData: true })
      const db = postgres
        ? await createDb({ kind: 'postgres', url: postgres.url, maxConnections: 1 })
        : await createDb({ kind: 'pglite', dataDir: server.dataDir })
      try {
        const rows = await db
          .selectFrom('surveyResponses')
          .select([
            'externalId',
            'scale',
            'processSatisfied',
            'informationSatisfied',
            'complaintProcedureSatisfied',
            'courtesySatisfied',
          ])
          // akmola@demo.kz writes through its region's sources (decision 0015).
          .where('source', '=', `KZ-11/${SOURCE}`)
          .orderBy('externalId')
          .execute()
        expect(
          rows.map((r) => [
            r.externalId,
            r.scale,
            r.processSatisfied,
            r.informationSatisfied,
            r.complaintProcedureSatisfied,
            r.courtesySatisfied,
          ]),
        ).toEqual([
          ['P-bits-1', '1-5', false, false, null, null],
          ['P-bits-2', '1-5', false, null, null, null],
          ['P-blanks', '1-5', false, null, false, null],
          ['P-four', '1-5', true, null, null, null],
          ['P-no', 'yes-no', false, true, false, null],
          ['P-ones', '1-5', false, false, false, false],
          ['P-single', '1-5', false, null, null, null],
          ['P-told', 'yes-no', true, false, null, null],
          ['P-yes', 'yes-no', true, false, null, true],
        ])
      } finally {
        await db.destroy()
      }
    })
  })
}
