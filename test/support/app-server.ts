// Starts the built app (server.ts over build/) on a free port with its own embedded database
// and a small demo dataset, for browser tests. `npm run build` must have run.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

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
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'sapa-e2e-'))
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
        SAPA_DEMO_SCALE: String(options.demoScale ?? 0.04),
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
