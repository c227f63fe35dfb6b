// Reading an import file gives the event loop a turn per batch (issue 18: one file froze the
// server — healthz blocked for 20 s): a file given whole, which no I/O interrupts, is read in
// batches with other callbacks (another request's) run between them.
import { describe, expect, it } from 'vitest'
import { readRowBatches } from '../../app/import/read-file.server'

describe('reading a file', () => {
  it('a 2 MB CSV given whole lets other callbacks run between its batches', async () => {
    const lines = ['external_id,office']
    for (let i = 0; i < 100_000; i++) lines.push(`C-${i},KZ-11-PSC-kokshetau-city`)
    const bytes = new TextEncoder().encode(lines.join('\n') + '\n')
    // A callback that reschedules itself, as another request's work would be queued.
    let turns = 0
    let reading = true
    const other = () => {
      turns++
      if (reading) setImmediate(other)
    }
    setImmediate(other)
    let batches = 0
    let rows = 0
    for await (const batch of readRowBatches(bytes, { fileName: 'cases.csv' })) {
      batches++
      rows += batch.length
    }
    reading = false
    expect(rows).toBe(100_001)
    // The text is split 16,384 characters at a time: ≈ 3.1 MB of text makes well over 100 batches,
    // and each is followed by a turn of the event loop.
    expect(batches).toBeGreaterThan(100)
    expect(turns).toBeGreaterThanOrEqual(batches)
  })
})
