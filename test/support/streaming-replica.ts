// A throwaway PostgreSQL 15 primary and streaming replicas of it, for the read-replica tests
// (decision 0034): initdb on a free port, `pg_basebackup -R` onto others, all under one temp
// folder owned by the postgres OS user (initdb refuses root), torn down by stop() — also when the
// setup fails half-way. Never touches the system cluster at 5432.
import { execFile, spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, rmSync, appendFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'

const run = promisify(execFile)

export const PG_BIN = '/usr/lib/postgresql/15/bin'
const TOOLS = ['initdb', 'pg_ctl', 'pg_basebackup']

/** Why the replica tests cannot run here, or null when they can. */
export function replicaTestsUnavailable(): string | null {
  const missing = TOOLS.filter((tool) => !existsSync(path.join(PG_BIN, tool)))
  if (missing.length > 0) {
    return `PostgreSQL 15 binaries absent (${missing.join(', ')} in ${PG_BIN})`
  }
  // As root the clusters are the postgres user's, which the PostgreSQL packages create.
  if (process.getuid?.() === 0 && spawnSync('id', ['-u', 'postgres']).status !== 0) {
    return 'running as root, and there is no postgres OS user to own the clusters'
  }
  return null
}

export interface StreamingCluster {
  primaryUrl: string
  replicaUrls: string[]
  /** Stops replica `i` (a replica that goes away), and starts it again. */
  stopReplica: (i: number) => Promise<void>
  startReplica: (i: number) => Promise<void>
  /** One statement on replica `i` (pg_wal_replay_pause(), …). */
  onReplica: (i: number, sql: string) => Promise<pg.QueryResultRow[]>
  onPrimary: (sql: string) => Promise<pg.QueryResultRow[]>
  stop: () => Promise<void>
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

export async function startStreamingCluster(replicas = 1): Promise<StreamingCluster> {
  const root = process.getuid?.() === 0
  // As root, the clusters belong to the postgres user; anyone else runs the tools as themselves.
  const owner = root ? Number((await run('id', ['-u', 'postgres'])).stdout.trim()) : null
  const group = root ? Number((await run('id', ['-g', 'postgres'])).stdout.trim()) : null
  const tool = (name: string, args: string[]) =>
    root
      ? run('runuser', ['-u', 'postgres', '--', path.join(PG_BIN, name), ...args])
      : run(path.join(PG_BIN, name), args)

  const base = mkdtempSync(path.join(os.tmpdir(), 'sapa-replica-'))
  if (owner !== null && group !== null) chownSync(base, owner, group)
  const primaryDir = path.join(base, 'primary')
  const replicaDirs = Array.from({ length: replicas }, (_, i) => path.join(base, `replica-${i}`))
  const primaryPort = await freePort()
  const replicaPorts: number[] = []
  for (const _ of replicaDirs) replicaPorts.push(await freePort())
  const started: string[] = []
  const pgCtl = (dir: string, action: 'start' | 'stop') =>
    tool(
      'pg_ctl',
      action === 'start'
        ? ['-D', dir, '-l', `${dir}.log`, '-w', '-t', '30', 'start']
        : ['-D', dir, '-m', 'fast', '-w', 'stop'],
    )

  // A test process that ends without its afterAll (killed, a crash) takes the clusters with it.
  const onExit = () => {
    for (const dir of started) {
      const args = [path.join(PG_BIN, 'pg_ctl'), '-D', dir, '-m', 'immediate', 'stop']
      if (root) spawnSync('runuser', ['-u', 'postgres', '--', ...args])
      else spawnSync(args[0]!, args.slice(1))
    }
    rmSync(base, { recursive: true, force: true })
  }
  process.once('exit', onExit)
  const stop = async () => {
    process.off('exit', onExit)
    for (const dir of started.reverse()) {
      await tool('pg_ctl', ['-D', dir, '-m', 'immediate', '-w', 'stop']).catch(() => {})
    }
    started.length = 0
    rmSync(base, { recursive: true, force: true })
  }

  try {
    await tool('initdb', [
      '-D',
      primaryDir,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--no-sync',
    ])
    const settings = (port: number) =>
      [
        `port = ${port}`,
        `listen_addresses = '127.0.0.1'`,
        `unix_socket_directories = '${base}'`,
        // A throwaway cluster: no need to survive a power cut.
        'fsync = off',
        'full_page_writes = off',
        'shared_buffers = 32MB',
        'max_connections = 40',
      ].join('\n') + '\n'
    appendFileSync(primaryDir + '/postgresql.conf', settings(primaryPort))
    await pgCtl(primaryDir, 'start')
    started.push(primaryDir)
    for (const [i, dir] of replicaDirs.entries()) {
      await tool('pg_basebackup', [
        ...['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres'],
        ...['-D', dir, '-R', '-X', 'stream', '-c', 'fast'],
      ])
      // The copied postgresql.conf names the primary's port: a later line wins.
      appendFileSync(dir + '/postgresql.conf', settings(replicaPorts[i]!))
      await pgCtl(dir, 'start')
      started.push(dir)
    }
  } catch (error) {
    await stop()
    throw error
  }

  const url = (port: number) => `postgres://postgres@127.0.0.1:${port}/postgres`
  const statement = async (port: number, sql: string) => {
    const client = new pg.Client({ connectionString: url(port) })
    await client.connect()
    try {
      return (await client.query(sql)).rows
    } finally {
      await client.end()
    }
  }
  return {
    primaryUrl: url(primaryPort),
    replicaUrls: replicaPorts.map(url),
    stopReplica: async (i) => {
      await pgCtl(replicaDirs[i]!, 'stop')
      started.splice(started.indexOf(replicaDirs[i]!), 1)
    },
    startReplica: async (i) => {
      await pgCtl(replicaDirs[i]!, 'start')
      started.push(replicaDirs[i]!)
    },
    onReplica: (i, sql) => statement(replicaPorts[i]!, sql),
    onPrimary: (sql) => statement(primaryPort, sql),
    stop,
  }
}
