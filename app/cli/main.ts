// `npm run sapa -- <command>`: the operators' door. Argument parsing only; the work is done by
// the same modules the pages and the API use.
import { parseArgs } from 'node:util'
import { parseEnv } from '../http/env.server'
import { openDatabase } from '../../db/open.server'
import { EmbeddedDatabaseBusyError } from '../../db/embedded-lock'
import { loadReferenceData } from '../../seeds/load-reference'
import { loadDemoData } from '../../seeds/demo/load-demo'
import { demoUsersPassword, ensureDemoUsers } from '../../seeds/demo/demo-users'
import { createAdminCommand, tokenCommand } from './account-commands'
import { indicatorsCommand } from './indicators-command'
import { reportCommand } from './report-command'
import { importCommand, importHistoryCommand, undoImportCommand } from './import-command'
import { rebuildRollupsCommand, recomputeDeadlinesCommand } from './maintenance-command'
import { officesCommand } from './offices-command'
import { jobsCommand } from './jobs-command'
import { UsageError } from './usage-error'
import { alertsCommand } from './alerts-command'
import { standardCommand } from './standard-command'

const USAGE = `Usage: npm run sapa -- <command> [options]

Commands:
  migrate                          apply pending database migrations
  seed                             load the reference data (idempotent)
  demo [--scale N]                 (re)load the demo dataset (source "demo")
  offices [--region KZ-..] [--year YYYY] [--format csv|json]
                                   list offices (columns code, region, district, kind, name_kk)
  indicators --year YYYY [--period year|quarter|month] [--standard ID] [--region KZ-..]
             [--district CODE] [--office CODE] [--channel CODE] [--as-of YYYY-MM-DD]
             [--by region|district|office] [--format csv|json] [--as EMAIL]
                                   the indicators, as GET /api/v1/indicators returns them;
                                   as an administrator, or in the scope of the user --as names
  report --year YYYY [--region KZ-..] [--format pdf|xlsx|csv|json] [--lang kk|ru|en]
         [--out FILE] [--version N]
                                   the annual report (the live draft, or published edition N);
                                   CSV and JSON go to stdout without --out
  create-admin --email EMAIL --name NAME
                                   create an administrator (password: SAPA_ADMIN_PASSWORD or a
                                   prompt; never echoed)
  token create --email EMAIL [--name NAME]
                                   issue an API token for a user (the token is the last line)
  token revoke --id N              revoke an API token
  recompute-deadlines --from YYYY-MM-DD [--standard ID]
                                   after a calendar or deadline-rule edit: recompute the stored
                                   deadlines of cases submitted from that day, rebuild rollups
  rebuild-rollups                  after a region-history edit
  import <cases|surveys|complaints|publications> <file> --source NAME [--dry-run]
         [--accept-valid] [--sheet NAME] [--survey-scale yes-no|1-5] [--lang kk|ru|en]
         [--as EMAIL]
                                   preview a CSV, XLSX or JSON file and commit it (README,
                                   "Import formats"); exit code 1 when the file has errors;
                                   as the operator, or in the import scope of the user --as names;
                                   a survey file of only 0/1 answers needs --survey-scale
  import-history [--limit N] [--format text|json]
                                   the latest import batches: who, when, kind, source, file,
                                   counts, status
  undo-import <batch-id>           undo a committed batch (its updated rows get their previous
                                   version back, its new rows are deleted)
  alerts run [--dry-run] [--at YYYY-MM-DD]
                                   evaluate every alert rule for every office (the last complete
                                   month before the day); print what was (would be) raised and
                                   resolved
  standard import <file.json> [--dry-run] [--lang kk|ru|en] [--as EMAIL]
                                   check a standard's definition (docs/standards.md), show the
                                   difference against what is stored and store it (not with
                                   --dry-run); exit code 1 with each error's path in the file;
                                   --as: the administrator the audit row names
  standard export <id> [--edition N] [--out FILE]
                                   the stored definition in the same format (all editions, or N)
  jobs run-due                     run every due stored job once (mail, clean-up …; SMTP_URL)
  jobs list [--status queued|running|done|failed] [--limit N]
                                   the stored jobs: counts, then id, status, kind, due time,
                                   attempts, schedule key, last error

Environment: DATABASE_URL (PostgreSQL; without it the embedded database in DATA_DIR, default ./.data)`

async function run(argv: string[]): Promise<void> {
  const [command, ...rest] = argv
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE)
    return
  }
  const known = [
    'migrate',
    'seed',
    'demo',
    'offices',
    'indicators',
    'report',
    'import',
    'import-history',
    'undo-import',
    'recompute-deadlines',
    'rebuild-rollups',
    'create-admin',
    'token',
    'alerts',
    'jobs',
    'standard',
  ]
  if (!known.includes(command)) throw new UsageError(`unknown command "${command}"\n\n${USAGE}`)

  const env = parseEnv()
  const { db, close } = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.dataDir,
    purpose: `the command "sapa ${command}"`,
  })
  try {
    switch (command) {
      case 'migrate':
        console.log('database schema is up to date')
        break
      case 'seed': {
        const counts = await loadReferenceData(db)
        console.log(JSON.stringify(counts, null, 2))
        break
      }
      case 'demo': {
        const { values } = parseArgs({ args: rest, options: { scale: { type: 'string' } } })
        const scale = values.scale ? Number(values.scale) : 1
        if (!(scale > 0 && scale <= 100))
          throw new UsageError('--scale must be a number in (0, 100]')
        await loadReferenceData(db)
        const result = await loadDemoData(db, { log: console.log, demo: { scale } })
        console.log(JSON.stringify(result, null, 2))
        const password = demoUsersPassword(env)
        if (password !== null) {
          const created = await ensureDemoUsers(db, password)
          if (created.length) console.log(`demo users created: ${created.join(', ')}`)
        }
        break
      }
      case 'offices':
        process.stdout.write(await officesCommand(db, rest))
        break
      case 'indicators':
        process.stdout.write(await indicatorsCommand(db, rest))
        break
      case 'report':
        process.stdout.write((await reportCommand(db, rest)).output)
        break
      case 'create-admin':
        process.stdout.write(
          await createAdminCommand(db, rest, { password: process.env.SAPA_ADMIN_PASSWORD }),
        )
        break
      case 'token':
        process.stdout.write(await tokenCommand(db, rest))
        break
      case 'recompute-deadlines':
        process.stdout.write(await recomputeDeadlinesCommand(db, rest))
        break
      case 'rebuild-rollups':
        process.stdout.write(await rebuildRollupsCommand(db))
        break
      case 'import': {
        const result = await importCommand(db, rest)
        process.stdout.write(result.output)
        process.exitCode = result.exitCode
        break
      }
      case 'import-history':
        process.stdout.write(await importHistoryCommand(db, rest))
        break
      case 'undo-import':
        process.stdout.write(await undoImportCommand(db, rest))
        break
      case 'alerts':
        process.stdout.write(await alertsCommand(db, rest))
        break
      case 'jobs':
        process.stdout.write(await jobsCommand(db, rest, env))
        break
      case 'standard': {
        const result = await standardCommand(db, rest)
        process.stdout.write(result.output)
        process.exitCode = result.exitCode
        break
      }
    }
  } finally {
    await close()
  }
}

run(process.argv.slice(2)).catch((error) => {
  if (error instanceof UsageError || error instanceof EmbeddedDatabaseBusyError) {
    console.error(`sapa: ${error.message}`)
    process.exit(2)
  }
  console.error(`sapa: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
