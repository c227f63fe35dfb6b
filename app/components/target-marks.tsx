// The marks of the target workflow: the state of a value (approved and locked, proposed, rejected,
// superseded) as an icon beside its written status, and the flag of a proposal that is easier
// than the previous year's approved target — never colour alone.
import type { TargetStatus } from '../../db/schema'

const svg = {
  className: 'target-mark__icon',
  viewBox: '0 0 16 16',
  'aria-hidden': true,
  focusable: false,
} as const

const stroke = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.6,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const

export function TargetStateIcon({ status }: { status: TargetStatus }) {
  switch (status) {
    case 'approved': // a closed padlock: locked
      return (
        <svg {...svg}>
          <rect x="3" y="7" width="10" height="7.5" rx="1.2" fill="currentColor" />
          <path d="M5.3 7V5a2.7 2.7 0 0 1 5.4 0v2" {...stroke} />
        </svg>
      )
    case 'proposed': // a clock: waiting for a decision
    case 'draft':
      return (
        <svg {...svg}>
          <circle cx="8" cy="8" r="6.6" {...stroke} />
          <path d="M8 4.3V8l2.6 1.7" {...stroke} />
        </svg>
      )
    case 'rejected': // a cross
      return (
        <svg {...svg}>
          <path d="M3.5 3.5l9 9M12.5 3.5l-9 9" {...stroke} strokeWidth={2} />
        </svg>
      )
    case 'superseded': // an arrow to the right: replaced by a later value
      return (
        <svg {...svg}>
          <path d="M2.5 8h10M9 4.5L12.5 8 9 11.5" {...stroke} />
        </svg>
      )
  }
}

/** A value's state: icon + text (the text says it; the icon and colour only repeat it). */
export function TargetState({ status, children }: { status: TargetStatus; children: string }) {
  return (
    <span className={`target-mark target-mark--${status}`} data-target-status={status}>
      <TargetStateIcon status={status} />
      <span>{children}</span>
    </span>
  )
}

/** The flag a chair sees on a proposal easier than the previous year's approved target. */
export function EasierFlag({ text }: { text: string }) {
  return (
    <span className="target-mark target-mark--easier" data-flag="easier">
      <svg {...svg}>
        <path d="M8 1.5l7 12.5H1z" fill="currentColor" />
        <path d="M8 6v3.6" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
        <circle cx="8" cy="11.8" r="1" fill="#fff" />
      </svg>
      <span>{text}</span>
    </span>
  )
}
