// `sapa jobs run-due` runs every due job once, here and now (as a server's runner would: with
// SAPA_JOBS=off on every server, a cron line can call it); `sapa jobs list` prints the stored
// jobs (decision 0027).
import { parseArgs } from 'node:util'
import type { Db } from '../../db/client.server'
import { jobCounts, jobsInStatus } from '../../db/queries/jobs'
import { JOB_STATUSES, type JobStatus } from '../../db/schema'
import type { Env } from '../http/env.server'
import { jobRegistry } from '../monitoring/job-registry.server'
import { JobRunner } from '../monitoring/job-runner.server'
import { createMailer } from '../monitoring/mailer.server'
import { UsageError } from './usage-error'

export async function jobsCommand(db: Db, args: string[], env: Env): Promise<string> {
  const [sub, ...rest] = args
  if (sub === 'run-due') {
    if (rest.length) throw new UsageError('jobs run-due takes no options')
    const mailer = createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM })
    try {
      const runner = new JobRunner({
        db,
        registry: jobRegistry({ mailer }),
        runnerId: `cli:${process.pid}`,
        log: (m) => console.error(m),
      })
      const s = await runner.runDue()
      return (
        `done ${s.done}, to be retried ${s.retried}, failed ${s.failed}, ` +
        `scheduled ${s.scheduled}, released ${s.released}\n`
      )
    } finally {
      mailer?.close()
    }
  }
  if (sub === 'list') {
    const { values } = parseArgs({
      args: rest,
      options: { status: { type: 'string' }, limit: { type: 'string' } },
    })
    const statuses: JobStatus[] = values.status
      ? [parseStatus(values.status)]
      : ['queued', 'running', 'failed', 'done']
    const limit = values.limit === undefined ? 20 : Number(values.limit)
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
      throw new UsageError('--limit must be a whole number from 1 to 1000')
    }
    const counts = await jobCounts(db)
    const lines = [JOB_STATUSES.map((s) => `${s} ${counts[s]}`).join(', ')]
    lines.push(['id', 'status', 'kind', 'run_at', 'attempts', 'key', 'last_error'].join('\t'))
    for (const status of statuses) {
      for (const job of await jobsInStatus(db, status, limit)) {
        lines.push(
          [
            job.id,
            job.status,
            job.kind,
            job.runAt.toISOString(),
            `${job.attempts}/${job.maxAttempts}`,
            job.uniqueKey ?? '',
            (job.lastError ?? '').replace(/\s+/g, ' ').slice(0, 200),
          ].join('\t'),
        )
      }
    }
    return `${lines.join('\n')}\n`
  }
  throw new UsageError('jobs needs run-due or list')
}

function parseStatus(value: string): JobStatus {
  if ((JOB_STATUSES as readonly string[]).includes(value)) return value as JobStatus
  throw new UsageError(`--status must be one of ${JOB_STATUSES.join(', ')}`)
}
