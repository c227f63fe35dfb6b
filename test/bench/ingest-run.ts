// The ingest benchmark's import, in a process of its own as `sapa import` runs: opens the
// database, runs the CLI's import (importCommand) of a cases file, and prints one JSON line —
// the CLI's output and exit code, the phases' timings and the process's peak RSS (maxRSS, KB).
// Usage: tsx test/bench/ingest-run.ts <database-url> <file>
import { importCommand } from '../../app/cli/import-command'
import { createDb } from '../../db/client.server'

const [url, file] = process.argv.slice(2)
if (!url || !file) {
  console.error('usage: tsx test/bench/ingest-run.ts <database-url> <file>')
  process.exit(2)
}
const db = await createDb({ kind: 'postgres', url })
try {
  const started = performance.now()
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
} finally {
  await db.destroy()
}
