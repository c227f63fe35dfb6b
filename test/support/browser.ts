// Debian's Chromium driven by playwright-core (never a downloaded browser). A page opened here
// records console errors and failed requests so that tests can fail on them.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const ARTIFACTS = path.resolve(__dirname, '../../test-results/screenshots')

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
}

export interface WatchedPage {
  page: Page
  problems: string[]
}

export async function openWatchedPage(browser: Browser, width = 1366): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width, height: 900 } })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
  })
  // With the stack: a minified React error says little more than its number.
  page.on('pageerror', (error) =>
    problems.push(`page error: ${error.message}\n${error.stack ?? ''}`.trim()),
  )
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? ''
    // A navigation cancels what the page had in flight (Remix's /__manifest route discovery, the
    // favicon): ERR_ABORTED is not a failure of the page. Errors answered by the server are caught
    // below as HTTP statuses.
    if (error === 'net::ERR_ABORTED') return
    problems.push(`request failed: ${request.url()} ${error}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  return { page, problems }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true })
  const file = path.join(ARTIFACTS, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/** Waits until React has hydrated the page (app/root.tsx marks <html data-hydrated>). */
export async function hydrated(page: Page): Promise<void> {
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 30_000 })
}
