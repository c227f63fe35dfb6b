// The outbox and the jobs pages against a real server with its job runner on and a real SMTP
// server (smtp-server) behind SMTP_URL: the administrator queues a test mail from /admin/outbox,
// the server's runner delivers it, and the mail's page shows it sent with its HTML in a sandboxed
// frame; /admin/jobs lists the run. A regional user gets the localized 404 for every page and
// post; a post without its CSRF token is refused. The audit log is read back after the stop.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb } from '../../db/client.server'
import { startAppServer, type AppServer } from '../support/app-server'
import { csrfOf, request, signInEachHttp, type Cookies } from '../support/sign-in'
import { smtpSink, type SmtpSink } from '../support/smtp-sink'

describe('outbox and jobs over HTTP', () => {
  let server: AppServer
  let sink: SmtpSink
  let jars: Map<string, Cookies>
  let stopped = false

  beforeAll(async () => {
    sink = await smtpSink()
    server = await startAppServer({
      env: {
        SAPA_JOBS: 'on',
        SAPA_JOBS_POLL_MS: '200',
        SMTP_URL: sink.url,
        MAIL_FROM: 'Sapa <sapa@example.kz>',
        PUBLIC_URL: 'https://sapa.example.kz',
      },
    })
    jars = await signInEachHttp(server.url, ['admin@demo.kz', 'akmola@demo.kz'])
  }, 180_000)

  afterAll(async () => {
    if (!stopped) await server?.stop()
    await sink?.stop()
  })

  const get = async (path: string, email = 'admin@demo.kz') => {
    const response = await request(`${server.url}${path}`, jars.get(email)!)
    return { status: response.status, html: await response.text() }
  }

  it('queues a test mail that the server delivers, in the administrator’s language', async () => {
    const page = await get('/admin/outbox?lang=ru')
    expect(page.status).toBe(200)
    expect(page.html).toContain('Исходящая почта')
    expect(page.html).toContain(
      'Почтовый сервер настроен; отправитель: Sapa &lt;sapa@example.kz&gt;.',
    )
    const posted = await request(`${server.url}/admin/outbox?lang=ru`, jars.get('admin@demo.kz')!, {
      form: { _csrf: csrfOf(page.html), intent: 'test' },
    })
    expect(posted.status).toBe(200)
    expect(await posted.text()).toContain('Тестовое письмо поставлено в исходящую почту (№ 1).')

    for (let i = 0; i < 100 && sink.received.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100))
    }
    expect(sink.received).toHaveLength(1)
    const [mail] = sink.received
    expect(mail!.headers.to).toBe('admin@demo.kz')
    expect(mail!.subject).toBe('Sapa: тестовое письмо')
    expect(mail!.text).toContain('Открыть исходящую почту: https://sapa.example.kz/admin/outbox')

    const one = await get('/admin/outbox/1?lang=ru')
    expect(one.status).toBe(200)
    expect(one.html).toContain('Письмо № 1')
    expect(one.html).toContain('отправлено')
    expect(one.html).toMatch(/<iframe[^>]*sandbox=""[^>]*srcDoc="&lt;!doctype html&gt;/i)
    expect(one.html).toContain(
      mail!.headers['message-id']!.replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    )
  })

  it('lists the run on /admin/jobs, in Kazakh', async () => {
    const page = await get('/admin/jobs?lang=kk')
    expect(page.status).toBe(200)
    expect(page.html).toContain('Фондық тапсырмалар')
    expect(page.html).toContain('mail.send')
    expect(page.html).toContain('орындалды')
    // The daily clean-up's next occurrence is queued, with its key.
    expect(page.html).toMatch(/jobs\.cleanup@\d{4}-\d\d-\d\dT03:00\+05:00/)
  })

  it('is the localized 404 for a regional user, pages and posts alike', async () => {
    for (const path of ['/admin/outbox', '/admin/outbox/1', '/admin/jobs']) {
      const page = await get(`${path}?lang=ru`, 'akmola@demo.kz')
      expect(page.status, path).toBe(404)
      expect(page.html, path).toContain('Страница не найдена')
      expect(page.html, path).not.toContain('тестовое письмо')
      expect(page.html, path).not.toContain('admin@demo.kz')
    }
    const jar = jars.get('akmola@demo.kz')!
    const csrf = csrfOf(await (await request(`${server.url}/account`, jar)).text())
    for (const [path, form] of [
      ['/admin/outbox', { intent: 'test' }],
      ['/admin/outbox/1', { intent: 'sendAgain', mailId: '1' }],
      ['/admin/jobs', { intent: 'retry', jobId: '1' }],
    ] as const) {
      const response = await request(`${server.url}${path}`, jar, {
        form: { _csrf: csrf, ...form },
      })
      expect(response.status, path).toBe(404)
    }
  })

  it('refuses an administrator’s post without its CSRF token', async () => {
    const response = await request(`${server.url}/admin/outbox`, jars.get('admin@demo.kz')!, {
      form: { intent: 'test' },
    })
    expect(response.status).toBe(403)
  })

  it('audited the test mail once', async () => {
    await server.stop({ keepData: true })
    stopped = true
    const db = await createDb({ kind: 'pglite', dataDir: server.dataDir })
    try {
      const rows = await db
        .selectFrom('auditLog')
        .select(['action', 'entityId', 'after'])
        .where('action', 'like', 'mail.%')
        .execute()
      expect(rows).toEqual([
        {
          action: 'mail.test',
          entityId: '1',
          after: { recipient: 'admin@demo.kz', language: 'ru' },
        },
      ])
      const mail = await db.selectFrom('mailOutbox').select(['status', 'attempts']).execute()
      expect(mail).toEqual([{ status: 'sent', attempts: 1 }])
    } finally {
      await db.destroy()
      await server.stop()
    }
  })
})
