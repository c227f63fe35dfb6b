// A validity period in words: "from 08.06.2022", "until 07.06.2022", a range, or "throughout".
import type { Translator } from '~/i18n/translate'

export function validityText(tr: Translator, from: string | null, to: string | null): string {
  if (from && to) return tr.t('validity.range', { from: tr.date(from), to: tr.date(to) })
  if (from) return tr.t('validity.from', { date: tr.date(from) })
  if (to) return tr.t('validity.to', { date: tr.date(to) })
  return tr.t('validity.always')
}
