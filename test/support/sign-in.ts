// Signing in for the e2e tests: over HTTP (fetch; the session cookie for later requests) and in
// the browser (fills /login like a person). The demo users' password is `demo`.
import type { Page } from 'playwright-core'

export const DEMO_PASSWORD = 'demo'

/** A cookie jar of one: the `name=value` pairs of Set-Cookie headers, merged. */
export class Cookies {
  private jar = new Map<string, string>()
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const [name, ...value] = pair!.split('=')
      if (/Max-Age=0/i.test(line)) this.jar.delete(name!.trim())
      else this.jar.set(name!.trim(), value.join('='))
    }
  }
  header(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ')
  }
}

/** GET or POST with the jar's cookies, never following redirects. */
export async function request(
  url: string,
  cookies: Cookies,
  init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {},
): Promise<Response> {
  const response = await fetch(url, {
    method: init.method ?? (init.form ? 'POST' : 'GET'),
    redirect: 'manual',
    headers: {
      Cookie: cookies.header(),
      ...(init.form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
      ...init.headers,
    },
    body: init.form ? new URLSearchParams(init.form).toString() : undefined,
  })
  cookies.take(response)
  return response
}

/** The `_csrf` value of the first form in a page's HTML. */
export function csrfOf(html: string): string {
  const match = /name="_csrf" value="([^"]*)"/.exec(html)
  if (!match) throw new Error('no CSRF field in the page')
  return match[1]!
}

/** Posts the sign-in form; returns the response (302 on success) and the jar. */
export async function signInHttp(
  baseUrl: string,
  email: string,
  password = DEMO_PASSWORD,
  cookies = new Cookies(),
): Promise<{ response: Response; cookies: Cookies }> {
  const page = await request(`${baseUrl}/login`, cookies)
  const csrf = csrfOf(await page.text())
  const response = await request(`${baseUrl}/login`, cookies, {
    form: { _csrf: csrf, email, password, redirectTo: '/' },
  })
  return { response, cookies }
}

/** Signs each user in over HTTP; their jars by email (a sign-in that fails throws). */
export async function signInEachHttp(
  baseUrl: string,
  emails: readonly string[],
): Promise<Map<string, Cookies>> {
  const jars = new Map<string, Cookies>()
  for (const email of emails) {
    const { response, cookies } = await signInHttp(baseUrl, email)
    if (response.status !== 302) throw new Error(`${email} could not sign in: ${response.status}`)
    jars.set(email, cookies)
  }
  return jars
}

/** Signs a browser page in through the /login form and waits for the overview. */
export async function signInBrowser(
  page: Page,
  baseUrl: string,
  email = 'admin@demo.kz',
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto(`${baseUrl}/login`, { waitUntil: 'networkidle' })
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await Promise.all([
    page.waitForURL((url) => url.pathname === '/'),
    page.locator('form.auth-form button[type="submit"]').click(),
  ])
  await page.waitForLoadState('networkidle')
}
