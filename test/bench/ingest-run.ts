// The ingest benchmark's import, in a process of its own as `sapa import` runs: opens the
// database, runs the CLI's import (importCommand) of a cases file, and prints one JSON line —
// the CLI's output and exit code, the phases' timings and the process's peak RSS (maxRSS, KB).
// With --queued-alerts instead of a file it runs the alert evaluations the import queued
// (alerts.after_import, decision 0043) as a server's job runner does, and prints their time,
// how many ran and the peak RSS: work that follows the import, which the import does not wait for.
// Usage: tsx test/bench/ingest-run.ts <database-url> <file>
//        tsx test/bench/ingest-run.ts <database-url> --queued-alerts
import { importCommand } from '../../app/cli/import-command'
import { createDb } from '../../db/client.server'
import { runImportAlerts } from '../support/import-alerts'

const [url, file] = process.argv.slice(2)
if (!url || !file) {
  console.error('usage: tsx test/bench/ingest-run.ts <database-url> <file> | --queued-alerts')
  process.exit(2)
}
const db = await createDb({ kind: 'postgres', url })
try {
  const started = performance.now()
  if (file === '--queued-alerts') {
    const jobs = await runImportAlerts(db)
    const seconds = (performance.now() - started) / 1000
    console.log(JSON.stringify({ jobs, seconds, maxRssKB: process.resourceUsage().maxRSS }))
  } else {
    const result = await importCommand(db, ['cases', file, '--source', 'bench'])
    const seconds = (performance.now() - started) / 1000
    console.log(
      JSON.stringify({
        output: result.output,
        exitCode: result.exitCode,
        seconds,
        timings: result.timings,
        maxRssKB: process.resourceUsage().maxRSS,
      }),
    )
  }
} finally {
  await db.destroy()
}
