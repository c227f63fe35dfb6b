// The alert evaluations that imports queue (alerts.after_import, decision 0043), run as a
// server's job runner runs them: for the tests that read alerts right after a commit or undo.
import { alertsAfterImportJob } from '../../app/alerts/after-import.server'
import { JobRegistry } from '../../app/monitoring/job-kinds.server'
import { JobRunner } from '../../app/monitoring/job-runner.server'
import type { Db } from '../../db/client.server'

/** Runs every queued evaluation; how many ran. Throws when one fails. */
export async function runImportAlerts(db: Db): Promise<number> {
  const log: string[] = []
  const runner = new JobRunner({
    db,
    registry: new JobRegistry().register(alertsAfterImportJob()),
    runnerId: 'import-alerts',
    log: (m) => log.push(m),
  })
  const pass = await runner.runDue()
  if (pass.failed + pass.retried > 0) {
    throw new Error(`an alert evaluation after an import failed:\n${log.join('\n')}`)
  }
  return pass.done
}
