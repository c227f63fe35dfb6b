// The edition a standard's figures follow (decision 0033): its act and validity, and — after the
// act's cancellation — that its table goes on being applied until a successor is loaded.
import type { Translator } from '~/i18n/translate'
import { useT } from '~/i18n/use-t'

export interface FollowedEdition {
  number: number
  act: string
  validFrom: string
  validTo: string | null
  cancelledBy: { number: string; date: string } | null
  standing: 'in_force' | 'continued' | 'before_first'
}

/** "in force from …" or "in force … – …": the days an edition was (or is) in force. */
export function editionValidity(
  tr: Pick<Translator, 't' | 'date'>,
  edition: { validFrom: string; validTo: string | null },
): string {
  return edition.validTo === null
    ? tr.t('standard.edition.inForceFrom', { from: tr.date(edition.validFrom) })
    : tr.t('standard.edition.inForceBetween', {
        from: tr.date(edition.validFrom),
        to: tr.date(edition.validTo),
      })
}

/** The edition a standard's figures follow today, and what its cancellation means for them. */
export function EditionLine({ edition }: { edition: FollowedEdition | null }) {
  const tr = useT()
  const { t } = tr
  if (!edition) return <>{t('standard.editions.none')}</>
  const validity = editionValidity(tr, edition)
  return (
    <>
      <strong>{t('standard.edition.name', { number: edition.number })}</strong>: {edition.act}
      <span className="cell-note">{validity}</span>
      {edition.standing === 'continued' ? (
        <>
          <span className="badge badge--cancelled">{t('standard.status.continued')}</span>
          {edition.cancelledBy && (
            <span className="cell-note">
              {t('standard.continued', {
                number: edition.cancelledBy.number,
                date: tr.date(edition.cancelledBy.date),
                edition: edition.number,
              })}
            </span>
          )}
        </>
      ) : edition.standing === 'before_first' ? (
        <span className="cell-note">
          {t('standard.edition.beforeFirst', {
            edition: edition.number,
            from: tr.date(edition.validFrom),
          })}
        </span>
      ) : (
        <span className="badge badge--in-force">{t('standard.status.inForce')}</span>
      )}
    </>
  )
}

/**
 * The edition a period's figures follow (the one in force on its first day), and — when another
 * edition starts inside the period — that the period spans both. The year pages of a standard,
 * the region and the office dashboards show it under their heading.
 */
export function PeriodEditionLine({
  edition,
}: {
  edition: (FollowedEdition & { spans: number[] }) | null
}) {
  const { t } = useT()
  return (
    <p className="edition-line">
      <EditionLine edition={edition} />
      {edition && edition.spans.length > 1 && (
        <span className="cell-note">
          {t('standard.edition.spans', {
            spans: edition.spans.join(', '),
            number: edition.number,
          })}
        </span>
      )}
    </p>
  )
}
