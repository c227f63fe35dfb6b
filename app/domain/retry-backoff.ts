// How long a failed job or mail waits before its next attempt (decision 0027): exponential —
// the base delay doubled after every failure — up to a cap, with no jitter, so that the time of
// every retry is known in advance and a test can name it. Jitter spreads the retries of many
// clients against one server; here one runner retries its own work, and the claim with SKIP LOCKED
// already keeps two processes off the same row.

export interface BackoffPolicy {
  /** The wait after the first failure, in ms. */
  baseMs: number
  /** The longest wait, in ms. */
  capMs: number
}

/** Jobs and mails: 1 min, 2, 4, 8, 16, 32, then every hour. */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 60_000, capMs: 3_600_000 }

/**
 * The wait after failed attempt number `attempt` (1 = the first attempt failed):
 * min(cap, base × 2^(attempt − 1)). An attempt below 1 counts as 1.
 */
export function retryDelayMs(attempt: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const n = Math.max(1, Math.floor(attempt))
  // 2^(n-1) overflows to Infinity long after it passed any cap: min() still answers the cap.
  return Math.min(policy.capMs, policy.baseMs * 2 ** (n - 1))
}

/** When the next attempt is due after attempt number `attempt` failed at `failedAt`. */
export function nextAttemptAt(
  failedAt: Date,
  attempt: number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): Date {
  return new Date(failedAt.getTime() + retryDelayMs(attempt, policy))
}

/** Whether a job that has made `attempts` attempts of its `maxAttempts` may try again. */
export function mayRetry(attempts: number, maxAttempts: number): boolean {
  return attempts < maxAttempts
}
