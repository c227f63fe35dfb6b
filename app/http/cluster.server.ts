// Several server processes on one port (node:cluster), to use every core of the machine:
// WEB_CONCURRENCY workers each run server.ts in full. PostgreSQL only — the embedded database
// belongs to one process. Workers start one after another (each brings the schema and the
// reference data up to date before listening, so the next one finds nothing to do); a worker that
// dies after it was serving is replaced; one that dies before listening stops the cluster.
// Each worker keeps its own page cache, keyed by the shared data version (decision 0007).
import cluster from 'node:cluster'

/**
 * In the primary process of a cluster of `count` > 1 workers: forks them and returns true (the
 * caller must not serve). Otherwise returns false: serve in this process.
 */
export function startCluster(count: number, log: (message: string) => void): boolean {
  if (count <= 1 || !cluster.isPrimary) return false
  let stopping = false

  const fork = () =>
    new Promise<void>((resolve, reject) => {
      const worker = cluster.fork()
      let listening = false
      worker.once('listening', () => {
        listening = true
        resolve()
      })
      worker.once('exit', (code, signal) => {
        if (stopping) return
        if (!listening) {
          reject(new Error(`a worker stopped before serving (${signal ?? `exit code ${code}`})`))
          return
        }
        log(`worker ${worker.process.pid} stopped (${signal ?? code}); starting another`)
        fork().catch(fail)
      })
    })

  const stop = (signal: NodeJS.Signals, code = 0) => {
    if (stopping) return
    stopping = true
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined)
    let left = workers.length
    if (left === 0) process.exit(code)
    for (const worker of workers) {
      worker.once('exit', () => {
        if (--left === 0) process.exit(code)
      })
      worker.process.kill(signal)
    }
  }
  const fail = (error: Error) => {
    console.error(`[sapa] cannot start: ${error.message}`)
    stop('SIGTERM', 1)
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))

  void (async () => {
    for (let i = 0; i < count; i++) await fork()
    log(`${count} worker processes serving`)
  })().catch(fail)
  return true
}
