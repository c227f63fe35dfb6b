// The props every 16×16 line icon shares (projection verdicts, freshness marks): decorative to
// assistive technology — the word beside the icon carries the meaning — and drawn in the text's
// colour, so that a status reads in grey print too.
export function iconSvgProps(className: string) {
  return {
    className,
    viewBox: '0 0 16 16',
    'aria-hidden': true,
    focusable: false,
  } as const
}

/** A line in the text's colour with round ends and joins. */
export const ICON_STROKE = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.8,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const
