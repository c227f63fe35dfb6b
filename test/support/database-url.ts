import pg from 'pg'

/** The same server URL with another database name. */
export function databaseUrlWithName(url: string, name: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

/**
 * Drops a test database once its pool has been destroyed. pg-pool's end() resolves before its
 * sockets have closed; a `drop … with (force)` at that moment terminates the closing backends,
 * and the FATAL 57P01 they send becomes an uncaught exception in the test worker. So wait for
 * the other sessions to leave (a plain drop fails while they are there), and force only as a
 * last resort.
 */
export async function dropTestDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      try {
        await admin.query(`drop database if exists ${name}`)
        return
      } catch (error) {
        // 55006: "database … is being accessed by other users" — still closing.
        if ((error as { code?: string }).code !== '55006') throw error
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
    await admin.query(`drop database if exists ${name} with (force)`)
  } finally {
    await admin.end()
  }
}
