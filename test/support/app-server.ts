// Starts the built app (server.ts over build/) on a free port with its own embedded database
// and a small demo dataset, for browser tests. `npm run build` must have run.
//
// The embedded database of a demo start at the default scale (initdb, every migration, the
// reference data, the demo dataset, the demo users) is made once per test run, by the first test
// file that needs it, and copied for each later start: the copy (≈120 MB) takes a second or two
// where building it takes tens of seconds, and the server started on the copy runs the same
// start-up steps (they find nothing left to do). The copy is the database it would have built.
import { spawn, type ChildProcess } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { inject } from 'vitest'

export interface AppServer {
  url: string
  /** The server's embedded database directory (open it after stop({ keepData: true })). */
  dataDir: string
  stop: (options?: { keepData?: boolean }) => Promise<void>
  /** SIGKILL, as a crash or an out-of-memory kill would end it: no shutdown, data kept. */
  kill: () => Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

function withoutDatabaseUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...rest } = env
  return rest
}

export async function startAppServer(
  options: {
    demoScale?: number
    env?: Record<string, string>
    /** An embedded database prepared beforehand (default: a new one, filled with demo data). */
    dataDir?: string
    /** Start with `--demo` (demo data into an empty database, demo users): default true. */
    demo?: boolean
  } = {},
): Promise<AppServer> {
  const root = path.resolve(__dirname, '../..')
  if (!existsSync(path.join(root, 'build', 'index.js'))) {
    throw new Error('build/index.js is missing: run `npm run build` before the browser tests')
  }
  const demoScale = options.demoScale ?? DEFAULT_SCALE
  let dataDir = options.dataDir
  if (!dataDir) {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'sapa-e2e-'))
    const template = copiesTheDemoTemplate(options) ? await demoTemplate(DEFAULT_SCALE) : null
    if (template) cpSync(template, dataDir, { recursive: true })
  }
  return launch(root, dataDir, demoScale, options)
}

/** The demo scale most browser tests start with: the one worth building once and copying. */
const DEFAULT_SCALE = 0.04

/**
 * Only a demo start at the default scale on the embedded database, on a folder of its own,
 * starts from the copy (a scale one or two files use would cost a start more than it saves).
 */
function copiesTheDemoTemplate(options: {
  demoScale?: number
  dataDir?: string
  demo?: boolean
  env?: Record<string, string>
}) {
  return (
    (options.demoScale ?? DEFAULT_SCALE) === DEFAULT_SCALE &&
    options.dataDir === undefined &&
    options.demo !== false &&
    !options.env?.DATABASE_URL &&
    !options.env?.SAPA_DEMO_PASSWORD
  )
}

/** The folder of this run's test templates (global-setup.ts), or null outside a vitest run. */
function templateRoot(): string | null {
  try {
    return path.dirname(inject('pgliteTemplateFile'))
  } catch {
    return null
  }
}

/**
 * The demo database of a scale, built by the first caller of the run (a directory made with
 * mkdir is the lock between the test processes); the others wait for its `ready` mark. A build
 * that failed leaves no mark: the callers then build their own database, as before.
 */
async function demoTemplate(scale: number): Promise<string | null> {
  const root = templateRoot()
  if (!root) return null
  const dir = path.join(root, `demo-${scale}`)
  const ready = `${dir}.ready`
  const failed = `${dir}.failed`
  if (existsSync(ready)) return dir
  try {
    mkdirSync(`${dir}.lock`)
  } catch {
    const deadline = Date.now() + 300_000
    while (!existsSync(ready)) {
      if (existsSync(failed) || Date.now() > deadline) return null
      await new Promise((r) => setTimeout(r, 250))
    }
    return dir
  }
  try {
    const building = `${dir}.building`
    mkdirSync(building)
    const server = await launch(path.resolve(__dirname, '../..'), building, scale, {})
    await server.stop({ keepData: true })
    renameSync(building, dir)
    writeFileSync(ready, '')
    return dir
  } catch (error) {
    writeFileSync(failed, String(error))
    return null
  }
}

async function launch(
  root: string,
  dataDir: string,
  demoScale: number,
  options: { env?: Record<string, string>; demo?: boolean },
): Promise<AppServer> {
  const port = await freePort()
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'server.ts', ...(options.demo === false ? [] : ['--demo'])],
    {
      cwd: root,
      env: {
        ...withoutDatabaseUrl(process.env),
        DATA_DIR: dataDir,
        PORT: String(port),
        NODE_ENV: 'production',
        SESSION_SECRET: 'e2e-session-secret-0123456789',
        SAPA_DEMO_SCALE: String(demoScale),
        // No job runner unless a test asks for one (SAPA_JOBS: 'on'): nothing polls behind a test.
        SAPA_JOBS: 'off',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 150_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app server exited early:\n${output}`)
    try {
      const res = await fetch(`${url}/healthz`)
      if (res.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the app server did not start in time:\n${output}`)
    await new Promise((r) => setTimeout(r, 300))
  }
  return {
    url,
    dataDir,
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGKILL')
      await exited
    },
    stop: async ({ keepData = false } = {}) => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM')
        await new Promise((r) => child.once('exit', r))
      }
      if (!keepData) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
