// Mail through a real SMTP server started here (smtp-server): a mail in each language arrives with
// its language's text, plain and HTML, and its link; with the server down the mail is retried on
// the backoff and delivered once it is back — none lost, none twice; without a mail server mail is
// held, never dropped; a mail interrupted in the middle of its send is not sent again on its own.
import { sql } from 'kysely'
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest'
import { mailById } from '../../db/queries/mail-outbox'
import { jobRegistry } from '../../app/monitoring/job-registry.server'
import { JobRunner, INTERRUPTED_MAIL } from '../../app/monitoring/job-runner.server'
import { composeMail } from '../../app/monitoring/mail-composition.server'
import { queueMail, releaseHeldMail } from '../../app/monitoring/mail-queue.server'
import { createMailer, NO_MAIL_SERVER, type Mailer } from '../../app/monitoring/mailer.server'
import { translatorFor } from '../../app/i18n/messages.server'
import type { Language } from '../../app/i18n/languages'
import { describeEachEngine } from '../support/test-db'
import { smtpSink, type SmtpSink } from '../support/smtp-sink'

const PUBLIC_URL = 'https://sapa.example.kz'
const BACKOFF = { baseMs: 1_000, capMs: 8_000 }
const T0 = new Date('2026-12-04T10:00:00Z')

function testMail(language: Language, to: string) {
  const { t } = translatorFor(language)
  return {
    purpose: 'test',
    to,
    language,
    ...composeMail(
      {
        language,
        subject: t('admin.mail.test.subject'),
        heading: t('admin.mail.test.heading'),
        paragraphs: [t('admin.mail.test.body', { email: to })],
        link: { path: '/admin/outbox', label: t('admin.mail.test.link') },
        unsubscribeUrl: `${PUBLIC_URL}/unsubscribe/TOKEN-${language}`,
      },
      PUBLIC_URL,
    ),
  }
}

describeEachEngine('mail delivery', (ctx) => {
  let sink: SmtpSink
  let mailer: Mailer

  beforeAll(async () => {
    sink = await smtpSink()
    mailer = createMailer({ smtpUrl: sink.url, from: 'Sapa <sapa@example.kz>' })!
  })
  afterAll(async () => {
    mailer?.close()
    await sink?.stop()
  })
  beforeEach(async () => {
    if (!sink.running) await sink.start()
    sink.received.length = 0
    await sql`delete from job_runs`.execute(ctx.db)
    await sql`delete from jobs`.execute(ctx.db)
    await sql`delete from mail_outbox`.execute(ctx.db)
  })

  const runner = (m: Mailer | null, clock: { now: Date }) =>
    new JobRunner({
      db: ctx.db,
      registry: jobRegistry({ mailer: m, mailBackoff: BACKOFF }),
      runnerId: 'test',
      clock: () => clock.now,
    })

  it('delivers one mail in each language, plain text and HTML, with its link and unsubscribe link', async () => {
    const ids: Record<Language, number> = {
      kk: await queueMail(ctx.db, testMail('kk', 'akmola@demo.kz')),
      ru: await queueMail(ctx.db, testMail('ru', 'ministry@demo.kz')),
      en: await queueMail(ctx.db, testMail('en', 'admin@demo.kz')),
    }
    const pass = await runner(mailer, { now: new Date() }).runDue()
    expect(pass.done).toBe(3)
    expect(sink.received).toHaveLength(3)
    const by = (to: string) => sink.received.find((m) => m.headers.to === to)!

    const kk = by('akmola@demo.kz')
    expect(kk.subject).toBe('Sapa: сынақ хат')
    expect(kk.headers['content-language']).toBe('kk')
    expect(kk.text).toContain(
      'Бұл хат Sapa поштасы akmola@demo.kz мекенжайына жететінін тексереді.',
    )
    expect(kk.text).toContain('Шығыс поштаны ашу: https://sapa.example.kz/admin/outbox')
    expect(kk.text).toContain(
      'Бұл хаттардан бас тарту: https://sapa.example.kz/unsubscribe/TOKEN-kk',
    )
    expect(kk.html).toContain('<html lang="kk">')
    expect(kk.html).toContain('href="https://sapa.example.kz/admin/outbox"')

    const ru = by('ministry@demo.kz')
    expect(ru.subject).toBe('Sapa: тестовое письмо')
    expect(ru.text).toContain(
      'Это письмо проверяет, что почта Sapa доходит до адреса ministry@demo.kz.',
    )
    expect(ru.html).toContain('Отказаться от этих писем')

    const en = by('admin@demo.kz')
    expect(en.subject).toBe('Sapa: test mail')
    expect(en.text).toContain('This mail checks that mail from Sapa reaches admin@demo.kz.')
    expect(en.headers.from).toBe('Sapa <sapa@example.kz>')

    for (const [lang, id] of Object.entries(ids)) {
      const stored = await mailById(ctx.db, id)
      expect(stored, lang).toMatchObject({ status: 'sent', attempts: 1, lastError: null })
      // The Message-ID given when it was queued is the one that went out.
      expect(by(stored!.recipient).headers['message-id']).toBe(stored!.messageId)
    }
  })

  it('retries while the server is down and delivers once it is back: none lost, none twice', async () => {
    await sink.stop()
    const clock = { now: T0 }
    const r = runner(mailer, clock)
    const ids = [
      await queueMail(ctx.db, testMail('kk', 'a@demo.kz')),
      await queueMail(ctx.db, testMail('ru', 'b@demo.kz')),
    ]
    // Their jobs are due from the database's now(): run the clock from just after it.
    const base = Date.now() + 1_000
    clock.now = new Date(base)

    expect((await r.runDue()).retried).toBe(2)
    let mail = (await mailById(ctx.db, ids[0]!))!
    expect(mail).toMatchObject({ status: 'queued', attempts: 1 })
    expect(mail.lastError).toMatch(/ECONNREFUSED|connect/i)
    // Attempt 1 failed: next after 1 s × 2^0.
    expect(mail.nextAttemptAt.getTime()).toBe(base + 1_000)

    clock.now = new Date(base + 1_000)
    expect((await r.runDue()).retried).toBe(2)
    mail = (await mailById(ctx.db, ids[0]!))!
    // Attempt 2 failed at base + 1 s: next after 1 s × 2^1 → base + 3 s.
    expect(mail).toMatchObject({ status: 'queued', attempts: 2 })
    expect(mail.nextAttemptAt.getTime()).toBe(base + 3_000)
    expect(sink.received).toHaveLength(0)

    await sink.start()
    clock.now = new Date(base + 2_999)
    expect((await r.runDue()).done).toBe(0)
    clock.now = new Date(base + 3_000)
    expect((await r.runDue()).done).toBe(2)
    // Much later, and again: nothing more goes out.
    clock.now = new Date(base + 3_600_000)
    await r.runDue()
    await r.runDue()
    expect(sink.received.map((m) => m.headers.to).sort()).toEqual(['a@demo.kz', 'b@demo.kz'])
    for (const id of ids) {
      expect(await mailById(ctx.db, id)).toMatchObject({ status: 'sent', attempts: 3 })
    }
  })

  it('holds mail without a mail server, and sends it once one is configured', async () => {
    const id = await queueMail(ctx.db, testMail('en', 'held@demo.kz'))
    const clock = { now: new Date() }
    expect((await runner(null, clock).runDue()).done).toBe(1)
    expect(await mailById(ctx.db, id)).toMatchObject({
      status: 'held',
      attempts: 1,
      lastError: NO_MAIL_SERVER,
    })
    expect(sink.received).toHaveLength(0)
    // A later start with SMTP_URL queues the held mail again (start-jobs.server.ts).
    expect(await releaseHeldMail(ctx.db, clock.now)).toBe(1)
    expect(await releaseHeldMail(ctx.db, clock.now)).toBe(0)
    clock.now = new Date(Date.now() + 1)
    expect((await runner(mailer, clock).runDue()).done).toBe(1)
    expect(sink.received.map((m) => m.headers.to)).toEqual(['held@demo.kz'])
    expect(await mailById(ctx.db, id)).toMatchObject({ status: 'sent', attempts: 2 })
  })

  it('does not send again on its own a mail whose send was interrupted', async () => {
    const id = await queueMail(ctx.db, testMail('ru', 'cut@demo.kz'))
    // A process claimed it (status 'sending') and died before recording the outcome.
    await sql`update mail_outbox set status = 'sending', locked_at = ${T0}, attempts = 1
      where id = ${id}`.execute(ctx.db)
    const clock = { now: new Date(T0.getTime() + 16 * 60_000) }
    await runner(mailer, clock).runDue()
    expect(await mailById(ctx.db, id)).toMatchObject({
      status: 'failed',
      lastError: INTERRUPTED_MAIL,
    })
    expect(sink.received).toHaveLength(0)
  })
})
