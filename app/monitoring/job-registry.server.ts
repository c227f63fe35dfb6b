// The job kinds this server runs: the monitoring's own (mail, clean-up), the alerts' (the daily
// evaluation, the one after each import's commit or undo, the weekly digest, the monthly region
// report), the dashboards' warming after an import (decision 0037) and the yearly partitions of
// `cases` made ahead (decision 0044). Kept apart from job-kinds.server.ts, which the alerts import to
// define their kinds, so that no module imports itself through the other.
import { alertsAfterImportJob } from '../alerts/after-import.server'
import { alertsEvaluateJob } from '../alerts/daily-job.server'
import { alertsDigestJob } from '../alerts/digest.server'
import { monthlyReportJob } from '../alerts/monthly-report.server'
import { pagesWarmJob } from '../dashboards/page-warm.server'
import { casePartitionsJob } from '../import/case-partitions-job.server'
import type { BackoffPolicy } from '../domain/retry-backoff'
import { JobRegistry, jobsCleanupJob, mailSendJob } from './job-kinds.server'
import type { Mailer } from './mailer.server'

/**
 * Every kind this process runs. Other concerns register theirs here (one line each): the daily
 * alert evaluation (app/alerts/daily-job.server.ts, 06:00 Almaty) and the weekly digest
 * (app/alerts/digest.server.ts, Monday 09:00 Almaty) and the monthly region report
 * (app/alerts/monthly-report.server.ts, the 1st at 09:00 Almaty).
 */
export function jobRegistry(deps: { mailer: Mailer | null; mailBackoff?: BackoffPolicy }) {
  return new JobRegistry()
    .register(mailSendJob(deps.mailer, deps.mailBackoff))
    .register(jobsCleanupJob)
    .register(alertsEvaluateJob())
    .register(alertsAfterImportJob())
    .register(alertsDigestJob())
    .register(monthlyReportJob())
    .register(pagesWarmJob())
    .register(casePartitionsJob())
}
