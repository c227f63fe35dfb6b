// An office's phone in the page's language: the listings' Kazakh and Russian words beside the
// numbers ("қабылдау бөлмесі", "тел", "факс", "ф") are the page's words; the numbers stay.
import { describe, expect, it } from 'vitest'
import { translatorFor } from '../../app/i18n/messages.server'
import { localPhone } from '../../app/reference/phone-labels'

describe('localPhone', () => {
  // Line 449 of seeds/reference/office-listings.csv, the Kokshetau PSC.
  const kokshetau = '25-77-16 | 40-10-63 қабылдау бөлмесі'

  it('the English page reads "reception", never "қабылдау бөлмесі"', () => {
    const en = localPhone(kokshetau, translatorFor('en').t)
    expect(en).toBe('25-77-16 | 40-10-63 reception')
    expect(en).not.toMatch(/[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]/)
  })

  it('the Russian page reads "приёмная"; the Kazakh page keeps the listing', () => {
    expect(localPhone(kokshetau, translatorFor('ru').t)).toBe('25-77-16 | 40-10-63 приёмная')
    expect(localPhone(kokshetau, translatorFor('kk').t)).toBe(kokshetau)
  })

  it('tel and fax words in English, the letters inside other words untouched', () => {
    expect(localPhone('тел/факс: 8 (7172) 55-12-34', translatorFor('en').t)).toBe(
      'tel/fax: 8 (7172) 55-12-34',
    )
    expect(localPhone('тел: 21-00-00 ф: 21-00-01', translatorFor('en').t)).toBe(
      'tel: 21-00-00 fax: 21-00-01',
    )
    // "телефон" is not "тел": only the whole word is replaced.
    expect(localPhone('телефон 21-00-00', translatorFor('en').t)).toBe('телефон 21-00-00')
  })
})
