// Retry delays, worked out by hand from min(cap, base × 2^(attempt − 1)).
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_BACKOFF,
  mayRetry,
  nextAttemptAt,
  retryDelayMs,
} from '../../app/domain/retry-backoff'

describe('retry backoff', () => {
  it('doubles from one minute and stops at one hour by default', () => {
    // 1, 2, 4, 8, 16, 32 minutes; the 7th would be 64 min > 60: the cap.
    const minutes = [1, 2, 3, 4, 5, 6, 7, 8].map((a) => retryDelayMs(a) / 60_000)
    expect(minutes).toEqual([1, 2, 4, 8, 16, 32, 60, 60])
    expect(DEFAULT_BACKOFF).toEqual({ baseMs: 60_000, capMs: 3_600_000 })
  })

  it('is the same every time (no jitter) and counts attempt 0 as 1', () => {
    expect(retryDelayMs(3)).toBe(retryDelayMs(3))
    expect(retryDelayMs(0)).toBe(60_000)
    expect(retryDelayMs(-4)).toBe(60_000)
  })

  it('takes a policy: 250 ms base, 1 s cap → 250, 500, 1000, 1000', () => {
    const policy = { baseMs: 250, capMs: 1_000 }
    expect([1, 2, 3, 4].map((a) => retryDelayMs(a, policy))).toEqual([250, 500, 1000, 1000])
  })

  it('never overflows: the 2000th attempt waits the cap', () => {
    expect(retryDelayMs(2000)).toBe(3_600_000)
  })

  it('adds the delay to the time of the failure', () => {
    // Third failure at 10:00:00Z → base × 4 = 4 min → 10:04:00Z.
    expect(nextAttemptAt(new Date('2026-12-04T10:00:00Z'), 3).toISOString()).toBe(
      '2026-12-04T10:04:00.000Z',
    )
  })

  it('allows attempts while fewer than the maximum were made', () => {
    expect(mayRetry(4, 5)).toBe(true)
    expect(mayRetry(5, 5)).toBe(false)
  })
})
