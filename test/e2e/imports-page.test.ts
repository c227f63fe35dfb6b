// The Import page in Chromium against the built app (demo data, the Akmola regional department):
// a small CSV uploaded through the page shows its preview, is written, appears in the history and
// is undone after a confirmation; a file with an office of another region shows the error on its
// row; a dropped file is read like a chosen one; a file over the size limit is refused with a
// message naming the limit (before sending with JS, by the server without); without JS the page
// still uploads, previews and writes. Any console error or failed request fails the test.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb } from '../../db/client.server'
import { CHROMIUM, launchBrowser, openWatchedPage, screenshot } from '../support/browser'
import { startAppServer, type AppServer } from '../support/app-server'
import { csrfOf, request, signInBrowser, signInHttp } from '../support/sign-in'

const HEADER =
  'external_id,standard,variant,channel,office,submitted_at,completed_at,result,wait_minutes_submit,wait_minutes_pickup,service_minutes,docs_correct,first_time_correct,suspended_from,suspended_to'
const PSC = 'KZ-11-PSC-kokshetau-city'
const AKTAU = 'KZ-47-AKIMAT-aktau-city'

/** A farm-certificate case at `office`, submitted and completed in Astana's local time. */
const caseLine = (id: string, office = PSC) =>
  `${id},private-farm-certificate,standard,public_service_center,${office},2025-02-03 10:00,2025-02-04 15:00,issued,5,8,12,yes,yes,,`

const LIMIT_MB = 1

describe.skipIf(!existsSync(CHROMIUM))('the Import page', () => {
  let server: AppServer
  let browser: Browser
  let dir: string

  const file = (name: string, lines: string[]) => {
    const target = path.join(dir, name)
    writeFileSync(target, lines.join('\r\n') + '\r\n')
    return target
  }

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'sapa-imports-e2e-'))
    server = await startAppServer({ env: { SAPA_IMPORT_MAX_MB: String(LIMIT_MB) } })
    browser = await launchBrowser()
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop() // (the last test stops it first, keeping the data to read)
  })

  /** Chooses `target` in the form and checks it; resolves on the preview. */
  async function upload(page: Page, target: string, source: string) {
    await page.locator('input[name="source"]').fill(source)
    await page.locator('input[type="file"]').setInputFiles(target)
    await Promise.all([
      page.waitForURL(/batch=\d+/),
      page.locator('.import-upload button[type="submit"]').click(),
    ])
    await page.waitForLoadState('networkidle')
  }

  const count = (page: Page, key: string) => page.locator(`.import-counts__${key} dd`).innerText()

  it('akmola@demo.kz uploads a CSV, sees the preview, writes it, finds it in the history and undoes it', async () => {
    const { page, problems } = await openWatchedPage(browser)
    await signInBrowser(page, server.url, 'akmola@demo.kz')
    await page.goto(`${server.url}/imports?lang=en`, { waitUntil: 'networkidle' })
    expect(await page.locator('h1').innerText()).toBe('Import data')
    await expect(page.locator('nav.site-nav a[href="/imports"]').count()).resolves.toBe(1)
    // Akmola's sources begin with its region's code, shown fixed beside the field (decision 0015).
    expect(await page.locator('.import-upload__prefix').innerText()).toBe('KZ-11/')

    await upload(page, file('akmola.csv', [HEADER, caseLine('E2E-1'), caseLine('E2E-2')]), 'e2e')
    // Two rows, both valid and new to the database.
    expect(await page.locator('#preview-title').innerText()).toContain('akmola.csv')
    expect(await count(page, 'rowsRead')).toBe('2')
    expect(await count(page, 'valid')).toBe('2')
    expect(await count(page, 'invalid')).toBe('0')
    expect(await count(page, 'new')).toBe('2')
    expect(await page.locator('.import-panel__meta').innerText()).toContain('Checked, not written')
    expect(await page.locator('.import-panel__meta').innerText()).toContain('KZ-11/e2e')
    await screenshot(page, 'imports-preview-en')
    await page.goto(`${page.url().split('#')[0]!.replace('lang=en&', '')}&lang=kk`, {
      waitUntil: 'networkidle',
    })
    expect(await page.locator('h1').innerText()).toBe('Деректерді жүктеу')
    await screenshot(page, 'imports-preview-kk')
    await page.goto(`${page.url().replace('lang=kk', 'lang=en')}`, { waitUntil: 'networkidle' })

    await page.getByRole('button', { name: 'Write the data' }).click()
    const written = page.locator('#preview .form-success')
    await written.waitFor()
    expect(await written.innerText()).toBe('Written: 2 new, 0 updated, 0 unchanged rows.')
    const batchId = new URL(page.url()).searchParams.get('batch')!
    const row = page.locator(`tr[data-batch="${batchId}"]`)
    expect(await row.innerText()).toMatch(/akmola\.csv[\s\S]*Written/)
    expect(await row.locator('td').nth(1).innerText()).toBe('Ақмола облысы, сапаны бақылау бөлімі')

    await row.getByRole('link', { name: 'Undo…' }).click()
    await page.waitForLoadState('networkidle')
    expect(await page.locator('#undo-title').innerText()).toBe(`Undo batch ${batchId}?`)
    expect(await page.locator('#undo').innerText()).toContain('The 2 rows it added will be deleted')
    await page.getByRole('button', { name: 'Yes, undo it' }).click()
    await page.getByText('Undone: the changes of this batch were taken back.').waitFor()
    expect(await page.locator(`tr[data-batch="${batchId}"]`).innerText()).toContain('Undone')
    expect(problems).toEqual([])
  })

  it('a dropped file with an office of another region shows the error on its row', async () => {
    const { page, problems } = await openWatchedPage(browser)
    await signInBrowser(page, server.url, 'akmola@demo.kz')
    await page.goto(`${server.url}/imports?lang=en`, { waitUntil: 'networkidle' })
    await page.locator('input[name="source"]').fill('e2e-drop')
    const text = [HEADER, caseLine('E2E-3'), caseLine('E2E-4', AKTAU)].join('\r\n') + '\r\n'
    // A drop as the browser makes it: a DataTransfer holding the file, on the drop zone.
    await page.locator('.import-drop').evaluate((zone, content) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([content], 'mixed-regions.csv', { type: 'text/csv' }))
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }))
    }, text)
    expect(await page.locator('.import-drop__chosen').innerText()).toContain('mixed-regions.csv')
    await Promise.all([
      page.waitForURL(/batch=\d+/),
      page.locator('.import-upload button[type="submit"]').click(),
    ])
    await page.waitForLoadState('networkidle')
    expect(await count(page, 'valid')).toBe('1')
    expect(await count(page, 'invalid')).toBe('1')
    const cells = await page
      .locator('table.import-errors tbody tr')
      .first()
      .locator('td')
      .allInnerTexts()
    // The header is row 1: the Aktau case is on row 3.
    expect(cells).toEqual([
      'mixed-regions.csv',
      '3',
      'office',
      AKTAU,
      'this office is outside your region',
    ])
    expect(await page.getByRole('button', { name: 'Write only the valid rows (1)' }).count()).toBe(
      1,
    )
    await screenshot(page, 'imports-errors-en')
    await page.getByRole('button', { name: 'Cancel' }).click()
    await page.getByText('Cancelled: nothing was written.').waitFor()
    expect(await page.getByRole('button', { name: /Write only/ }).count()).toBe(0)
    expect(problems).toEqual([])
  })

  it(`a file over ${LIMIT_MB} MB is refused with the limit named: by the page before sending, by the server without JS`, async () => {
    const big = file('big.csv', [
      HEADER,
      ...Array.from({ length: 12_000 }, (_, i) => caseLine(`BIG-${i}`)),
    ])
    const { page, problems } = await openWatchedPage(browser)
    await signInBrowser(page, server.url, 'akmola@demo.kz')
    await page.goto(`${server.url}/imports?lang=en`, { waitUntil: 'networkidle' })
    await page.locator('input[name="source"]').fill('e2e-big')
    await page.locator('input[type="file"]').setInputFiles(big)
    const message = 'The file is too large: the limit is 1 MB.'
    expect(await page.locator('.import-upload .form-error').innerText()).toContain(message)
    await page.locator('.import-upload button[type="submit"]').click()
    expect(page.url()).not.toMatch(/batch=/)
    expect(problems).toEqual([])

    // The same file posted as a plain form (no JS): the server answers with the page and the message.
    const { cookies } = await signInHttp(server.url, 'akmola@demo.kz')
    const html = await (await request(`${server.url}/imports?lang=en`, cookies)).text()
    const form = new FormData()
    form.set('_csrf', csrfOf(html))
    form.set('kind', 'cases')
    form.set('source', 'e2e-big')
    form.set('file', new Blob([readFileSync(big)]), 'big.csv')
    const response = await fetch(`${server.url}/imports/upload`, {
      method: 'POST',
      body: form,
      headers: { Cookie: cookies.header() },
      redirect: 'manual',
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/imports?upload_error=too_large')
    const shown = await (
      await request(`${server.url}/imports?upload_error=too_large&lang=en`, cookies)
    ).text()
    expect(shown).toContain(message)
  })

  it('without JavaScript the page uploads, previews and writes a file', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    try {
      await page.goto(`${server.url}/login`)
      await page.locator('input[name="email"]').fill('akmola@demo.kz')
      await page.locator('input[name="password"]').fill('demo')
      await Promise.all([
        page.waitForURL((url) => url.pathname === '/'),
        page.locator('form.auth-form button[type="submit"]').click(),
      ])
      await page.goto(`${server.url}/imports?lang=ru`)
      await upload(page, file('no-js.csv', [HEADER, caseLine('E2E-NOJS-1')]), 'e2e-nojs')
      expect(await count(page, 'new')).toBe('1')
      await Promise.all([
        page.waitForURL(/batch=\d+/),
        page.getByRole('button', { name: 'Записать данные' }).click(),
      ])
      expect(await page.locator('#preview .form-success').innerText()).toBe(
        'Записано строк: новых — 1, изменённых — 0, без изменений — 0.',
      )
    } finally {
      await context.close()
    }
  })

  it('a ministry official has no Import page (404) and no link to it', async () => {
    const { page } = await openWatchedPage(browser)
    await signInBrowser(page, server.url, 'ministry@demo.kz')
    expect(await page.locator('nav.site-nav a[href="/imports"]').count()).toBe(0)
    const response = await page.goto(`${server.url}/imports?lang=en`)
    expect(response?.status()).toBe(404)
  })
  it('the page’s commits and undo each wrote one audit row, by akmola@demo.kz from its address', async () => {
    await server.stop({ keepData: true })
    const db = await createDb({ kind: 'pglite', dataDir: server.dataDir })
    try {
      const rows = await db
        .selectFrom('auditLog')
        .leftJoin('users', 'users.id', 'auditLog.userId')
        .select([
          'auditLog.action',
          'auditLog.entityId',
          'users.email',
          'auditLog.after',
          'auditLog.ip',
        ])
        .where('auditLog.action', 'like', 'import.%')
        .orderBy('auditLog.id')
        .execute()
      // Written: akmola.csv (then undone) and no-js.csv; the others were cancelled or refused.
      expect(
        rows.map((r) => [r.action, r.email, (r.after as { fileName: string }).fileName]),
      ).toEqual([
        ['import.commit', 'akmola@demo.kz', 'akmola.csv'],
        ['import.undo', 'akmola@demo.kz', 'akmola.csv'],
        ['import.commit', 'akmola@demo.kz', 'no-js.csv'],
      ])
      expect(rows[0]!.entityId).toBe(rows[1]!.entityId)
      expect(rows[0]!.after).toMatchObject({
        kind: 'cases',
        source: 'KZ-11/e2e',
        rowsInserted: 2,
      })
      expect(rows.every((r) => r.ip !== null)).toBe(true)
    } finally {
      await db.destroy()
    }
  })
})
