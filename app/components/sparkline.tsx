// A run of months (a year's twelve, or the overview's 24) as a small line, drawn on the server as SVG: months without data are
// gaps, the target or normative value a dashed line. Its accessible name lists the values, so the
// picture is never the only way to read them.
import { useT } from '~/i18n/use-t'

const WIDTH = 220
const HEIGHT = 36
const PAD = 3

export interface SparklinePoint {
  value: number | null
}

/** The y range drawn: the values and reference lines, widened to at least 4 points. */
export function sparklineRange(values: number[], lines: number[]): [number, number] {
  const all = [...values, ...lines]
  if (all.length === 0) return [0, 100]
  let low = Math.min(...all)
  let high = Math.max(...all)
  if (high - low < 4) {
    const middle = (high + low) / 2
    low = middle - 2
    high = middle + 2
  }
  return [low, high]
}

export function Sparkline({
  points,
  lines,
  label,
  monthNames,
  unit = 'percent',
}: {
  points: SparklinePoint[]
  lines: number[]
  label: string
  monthNames: readonly string[]
  /** How the values are written in the accessible name. */
  unit?: 'percent' | 'count'
}) {
  const tr = useT()
  const written = (v: number) => (unit === 'percent' ? tr.percent(v, lines[0]) : tr.number(v))
  const values = points.map((p) => p.value).filter((v): v is number => v !== null)
  const [low, high] = sparklineRange(values, lines)
  const x = (i: number) => PAD + (i * (WIDTH - 2 * PAD)) / Math.max(1, points.length - 1)
  const y = (v: number) => HEIGHT - PAD - ((v - low) * (HEIGHT - 2 * PAD)) / (high - low)
  // Consecutive months with data form one segment; a month without data breaks the line.
  const segments: { i: number; v: number }[][] = []
  let current: { i: number; v: number }[] = []
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current.length) segments.push(current)
      current = []
    } else current.push({ i, v: p.value })
  })
  if (current.length) segments.push(current)
  const description = points
    .map((p, i) => `${monthNames[i]} ${p.value === null ? '—' : written(p.value)}`)
    .join(', ')
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`${label}: ${description}`}
    >
      <title>{`${label}: ${description}`}</title>
      {lines.map((line) => (
        <line
          key={line}
          className="sparkline__reference"
          x1={PAD}
          x2={WIDTH - PAD}
          y1={y(line)}
          y2={y(line)}
        />
      ))}
      {segments.map((segment) =>
        segment.length === 1 ? (
          <circle
            key={segment[0]!.i}
            className="sparkline__dot"
            cx={x(segment[0]!.i)}
            cy={y(segment[0]!.v)}
            r={1.8}
          />
        ) : (
          <polyline
            key={segment[0]!.i}
            className="sparkline__line"
            points={segment.map((p) => `${x(p.i).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ')}
          />
        ),
      )}
    </svg>
  )
}
