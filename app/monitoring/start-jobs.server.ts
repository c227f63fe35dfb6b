// What server.ts starts: the mailer on SMTP_URL (or none: mail is held), the registry of job
// kinds, and — unless SAPA_JOBS=off — this process's job runner. With a mail server, mail held
// while there was none is queued again first.
import type { Db } from '../../db/client.server'
import type { Env } from '../http/env.server'
import { jobRegistry } from './job-registry.server'
import { JobRunner } from './job-runner.server'
import { releaseHeldMail } from './mail-queue.server'
import { createMailer } from './mailer.server'

export interface RunningJobs {
  runner: JobRunner | null
  stop: () => Promise<void>
}

export async function startJobs(
  db: Db,
  env: Env,
  log: (message: string) => void,
): Promise<RunningJobs> {
  const mailer = createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM })
  log(mailer ? 'mail: sent through SMTP_URL' : 'mail: no SMTP_URL, mails are kept in the outbox')
  if (env.SAPA_JOBS === 'off') {
    log('jobs: off in this process (SAPA_JOBS=off)')
    mailer?.close()
    return { runner: null, stop: async () => {} }
  }
  if (mailer) {
    const released = await releaseHeldMail(db, new Date())
    if (released > 0) log(`mail: ${released} held mails queued for sending`)
  }
  const runner = new JobRunner({
    db,
    registry: jobRegistry({ mailer }),
    pollMs: env.SAPA_JOBS_POLL_MS,
    log,
  }).start()
  log(`jobs: runner ${runner.runnerId} polling every ${env.SAPA_JOBS_POLL_MS} ms`)
  return {
    runner,
    stop: async () => {
      await runner.stop()
      mailer?.close()
    },
  }
}
