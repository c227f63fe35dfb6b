// /unsubscribe/<token> against a real server, without any cookie: public (no redirect to the
// sign-in page), an altered or made-up token is a 400 with its sentence in the page's language.
// The valid-once path is tested in test/db/alert-mail.test.ts (the tokens live in the database).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppServer, type AppServer } from '../support/app-server'

describe('the unsubscribe page over HTTP', () => {
  let server: AppServer
  beforeAll(async () => {
    server = await startAppServer()
  }, 240_000)
  afterAll(async () => {
    await server?.stop()
  })

  it('answers a forged token with 400 and its message, without a session', async () => {
    const forged = `1.${'A'.repeat(24)}.${'B'.repeat(43)}`
    for (const [lang, sentence] of [
      ['kk', 'Бұл сілтеме жарамсыз'],
      ['ru', 'Ссылка недействительна'],
    ] as const) {
      const response = await fetch(`${server.url}/unsubscribe/${forged}?lang=${lang}`, {
        redirect: 'manual',
      })
      expect(response.status).toBe(400)
      expect(await response.text()).toContain(sentence)
    }
    const post = await fetch(`${server.url}/unsubscribe/${forged}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Origin: server.url, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: '',
    })
    expect(post.status).toBe(400)
  })
})
