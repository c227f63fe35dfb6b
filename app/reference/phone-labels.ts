// An office's phone as the page's language reads it. The listings (seeds/reference) write the
// numbers with Kazakh or Russian words beside them — "40-10-63 қабылдау бөлмесі", "тел/факс:" —
// and those words, not the numbers, are put in the page's language: a reader of the English page
// sees "reception", "tel", "fax". Anything else in the field is kept as the listing has it.
import type { Translator } from '../i18n/translate'

const LETTER = 'A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі'
const word = (w: string) => new RegExp(`(^|[^${LETTER}])(${w})(?=[^${LETTER}]|$)`, 'giu')

export function localPhone(phone: string, t: Translator['t']): string {
  return phone
    .replace(word('қабылдау бөлмесі'), (_, before: string) => `${before}${t('phone.reception')}`)
    .replace(word('тел'), (_, before: string) => `${before}${t('phone.tel')}`)
    .replace(word('факс|ф'), (_, before: string) => `${before}${t('phone.fax')}`)
}
