// The overview's headline cards: each figure with what it is made of (numerator and
// denominator, or the rate) and its change from the same period of the previous year, written
// out with an arrow and a sign — never by colour alone. A card can lead to its drill-down.
import type { HeadlineFigure } from '~/domain/headline'
import { useT } from '~/i18n/use-t'

export interface CardTexts {
  label: string
  /** What the value is made of, already filled in. */
  detail: string
  /** "compared with …" or "no data for … to compare with". */
  comparison: string
  points: string
  noData: string
  link: { href: string; text: string } | null
}

export function HeadlineCard({ figure, texts }: { figure: HeadlineFigure; texts: CardTexts }) {
  const tr = useT()
  const format = (v: number) => (figure.unit === 'percent' ? tr.percent(v, 2) : tr.number(v))
  const change = figure.change
  return (
    <article className="headline-card" data-card={figure.key}>
      <h3 className="headline-card__label">{texts.label}</h3>
      <p className="headline-card__value">
        {figure.value === null ? (
          <span className="no-data">{texts.noData}</span>
        ) : (
          format(figure.value)
        )}
      </p>
      {figure.value !== null && <p className="headline-card__detail">{texts.detail}</p>}
      <p className="headline-card__change">
        {change !== null && (
          <>
            <span className="headline-card__delta">
              <span aria-hidden="true">{change > 0 ? '▲' : change < 0 ? '▼' : '='}</span>{' '}
              {change > 0 ? '+' : change < 0 ? '−' : '±'}
              {figure.unit === 'percent'
                ? `${tr.number(Math.abs(change), 2)} ${texts.points}`
                : tr.number(Math.abs(change))}
            </span>{' '}
          </>
        )}
        <span className="headline-card__comparison">
          {texts.comparison}
          {figure.previous !== null && change !== null && <>: {format(figure.previous)}</>}
        </span>
      </p>
      {texts.link && (
        <p className="headline-card__link">
          <a href={texts.link.href}>{texts.link.text} →</a>
        </p>
      )}
    </article>
  )
}
