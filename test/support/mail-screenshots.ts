// Received mails' HTML rendered by Chromium into docs/screenshots (looked at by a person): on the
// embedded engine only and where Chromium is installed, so that a test run on PostgreSQL does not
// write them twice.
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { CHROMIUM, launchBrowser } from './browser'

export const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots')

/** Each [html, file, width, height]; false when nothing was rendered here. */
export async function screenshotMails(
  engine: string,
  shots: readonly (readonly [html: string, file: string, width: number, height: number])[],
): Promise<boolean> {
  if (engine !== 'pglite' || !existsSync(CHROMIUM)) return false
  mkdirSync(SCREENSHOTS, { recursive: true })
  const browser = await launchBrowser()
  try {
    for (const [html, file, width, height] of shots) {
      const page = await browser.newPage({ viewport: { width, height } })
      await page.setContent(html)
      await page.screenshot({ path: path.join(SCREENSHOTS, file), fullPage: true })
      await page.close()
    }
  } finally {
    await browser.close()
  }
  return true
}
