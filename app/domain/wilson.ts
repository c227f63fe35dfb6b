// The 95 % Wilson score interval of a proportion: unlike the normal approximation it stays in
// [0, 1] and behaves at 0 and 100 %, which satisfaction shares often are.

export const Z_95 = 1.959964

/** Interval of successes/n as proportions in [0, 1]; null when n = 0. */
export function wilsonInterval(
  successes: number,
  n: number,
  z = Z_95,
): { low: number; high: number } | null {
  if (n <= 0) return null
  const p = successes / n
  const z2 = z * z
  const denominator = 1 + z2 / n
  const centre = (p + z2 / (2 * n)) / denominator
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) }
}
