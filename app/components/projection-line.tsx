// An indicator's year-end projection as one line: "Projected year end: 93.1 % (90.2–95.6) ·
// on track", the verdict as an icon and a word (never colour alone). Decision 0026.
import { formatFixed } from '~/i18n/format'
import type { ProjectionVerdict } from '~/domain/projection'
import { useT } from '~/i18n/use-t'
import { ICON_STROKE, iconSvgProps } from './icon-svg'

export interface ProjectionLineValue {
  value: number | null
  low: number | null
  high: number | null
  verdict: ProjectionVerdict
}

// 16×16 icons, one shape per verdict so that it reads in grey print too.
export function ProjectionIcon({ verdict }: { verdict: ProjectionVerdict }) {
  const common = iconSvgProps('projection-line__icon')
  const stroke = ICON_STROKE
  switch (verdict) {
    case 'on_track': // an arrow up to a line: will reach it
      return (
        <svg {...common}>
          <path d="M2 3h12M8 14V6M4.8 9.2L8 6l3.2 3.2" {...stroke} />
        </svg>
      )
    case 'at_risk': // a warning triangle
      return (
        <svg {...common}>
          <path d="M8 1.8l6.6 12H1.4z" {...stroke} />
          <path d="M8 6.3v3.6" {...stroke} />
          <circle cx="8" cy="11.9" r="0.9" fill="currentColor" />
        </svg>
      )
    case 'off_track': // an arrow falling short of a line
      return (
        <svg {...common}>
          <path d="M2 3h12M8 6v8M4.8 10.8L8 14l3.2-3.2" {...stroke} />
        </svg>
      )
    case 'too_early': // an hourglass
      return (
        <svg {...common}>
          <path
            d="M3.5 1.8h9M3.5 14.2h9M4.5 1.8c0 4 7 4.4 7 6.2s-7 2.2-7 6.2M11.5 1.8c0 4-7 4.4-7 6.2s7 2.2 7 6.2"
            {...stroke}
          />
        </svg>
      )
    case 'no_reference': // a dashed ring: nothing to judge against
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6.8" {...stroke} strokeDasharray="2.4 2.2" />
        </svg>
      )
  }
}

export function ProjectionLine({ projection }: { projection: ProjectionLineValue | null }) {
  const tr = useT()
  if (!projection) return null
  const { value, low, high, verdict } = projection
  const numbers =
    value === null || verdict === 'too_early'
      ? tr.t('projection.lineEmpty')
      : tr.t('projection.line', {
          value: tr.percent(value),
          low: formatFixed(tr.lang, low!, 1),
          high: formatFixed(tr.lang, high!, 1),
        })
  return (
    <p className={`projection-line projection-line--${verdict}`}>
      <span>{numbers}</span> <span aria-hidden="true">·</span>{' '}
      <span className="projection-line__verdict">
        <ProjectionIcon verdict={verdict} />
        {tr.t(`projection.verdict.${verdict}`)}
      </span>
    </p>
  )
}
