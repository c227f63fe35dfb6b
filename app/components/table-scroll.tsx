// A wide table's own scrolling box: the page never grows wider than the screen, the box can be
// reached and scrolled by keyboard (tabIndex 0, a named region), and a visible hint says that it
// scrolls. Before JavaScript the hint shows on narrow screens (dashboard.css); after, it shows
// exactly when the table is wider than its box.
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useT } from '~/i18n/use-t'

export function TableScroll({
  label,
  className,
  children,
}: {
  /** The region's accessible name: the table's caption or title. */
  label: string
  className?: string
  children: ReactNode
}) {
  const tr = useT()
  const box = useRef<HTMLDivElement>(null)
  const [overflows, setOverflows] = useState<boolean | null>(null)
  useEffect(() => {
    const element = box.current
    if (!element) return
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1)
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return (
    <div className={`table-scroll-frame${className ? ` ${className}` : ''}`}>
      {overflows !== false && (
        <p
          className={`table-scroll__hint${overflows === null ? ' table-scroll__hint--narrow-only' : ''}`}
          aria-hidden="true"
        >
          {tr.t('layout.scrollHint')}
        </p>
      )}
      <div ref={box} className="table-scroll" tabIndex={0} role="region" aria-label={label}>
        {children}
      </div>
    </div>
  )
}
