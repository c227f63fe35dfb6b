// An indicator alert says what it was judged against (docs/domain.md §6: the target when one is
// approved, else the normative): the mail's subject and heading and the inbox's title say
// "target" or "normative" accordingly, in kk, ru and en — for the failing month and for the
// year-end projection alike.
import { describe, expect, it } from 'vitest'
import { composeAlertMail } from '../../app/alerts/email-delivery.server'
import { alertText, alertTitle } from '../../app/alerts/inbox.server'
import { translatorFor } from '../../app/i18n/messages.server'
import type { Language } from '../../app/i18n/languages'

const office = { office: 'KZ-11-PSC-x', officeName: { kk: 'ХҚКО', ru: 'ЦОН', en: 'PSC' } }
const indicator = { kk: 'Мерзімінде', ru: 'В срок', en: 'On time' }
// 1 of 2 on time = 50 %; against a target of 90 %, or the normative "100".
const fails = (target: number | null) => ({
  rule: 'indicator_fails' as const,
  standardId: 'private-farm-certificate',
  measure: '1.1',
  period: '2026-11',
  figures: {
    ...office,
    indicatorName: indicator,
    value: 50,
    numerator: 1,
    denominator: 2,
    target,
    normative: '100',
    reference: target !== null ? 'target' : 'normative',
  },
})
// Projected at 60 % (80 % interval 50–70 %) — no `reference` stored: judged by the target.
const projected = (target: number | null) => ({
  rule: 'projected_miss' as const,
  standardId: 'private-farm-certificate',
  measure: '1.1',
  period: '2026',
  figures: {
    ...office,
    indicatorName: indicator,
    projected: 60,
    low: 50,
    high: 70,
    target,
    normative: '100',
  },
})

const SUBJECTS: Record<Language, Record<'target' | 'normative', [string, string]>> = {
  kk: {
    target: ['Көрсеткіш нысаналы мәнге жетпеді', 'Жылдық нысаналы мәнге жетпеуі болжанады'],
    normative: ['Көрсеткіш нормативке жетпеді', 'Жыл соңында нормативке жетпеуі болжанады'],
  },
  ru: {
    target: [
      'Показатель не достиг целевого значения',
      'Прогноз: годовое целевое значение не будет достигнуто',
    ],
    normative: [
      'Показатель не достиг норматива',
      'Прогноз: норматив не будет достигнут к концу года',
    ],
  },
  en: {
    target: ['An indicator missed its target', 'Projected to miss the year’s target'],
    normative: [
      'An indicator missed its normative',
      'Projected to miss the normative at the year’s end',
    ],
  },
}

describe('an indicator alert names its reference', () => {
  for (const lang of ['kk', 'ru', 'en'] as const) {
    it(`in ${lang}: target when one is approved, normative otherwise`, () => {
      const tr = translatorFor(lang)
      const mail = (finding: ReturnType<typeof fails> | ReturnType<typeof projected>) =>
        composeAlertMail({
          finding,
          raisedAt: new Date('2026-12-04T06:00:00Z'),
          language: lang,
          name: 'N',
          standards: new Map(),
          publicUrl: 'https://sapa.example.kz',
          unsubscribeUrl: null,
        })
      for (const kind of ['target', 'normative'] as const) {
        const target = kind === 'target' ? 90 : null
        const [failsTitle, projectedTitle] = SUBJECTS[lang][kind]
        expect(mail(fails(target)).subject).toBe(`Sapa: ${failsTitle}`)
        expect(mail(projected(target)).subject).toBe(`Sapa: ${projectedTitle}`)
        expect(alertTitle(fails(target), tr)).toBe(failsTitle)
        expect(mail(fails(target)).html).toContain(`>${failsTitle}</h1>`)
      }
    })
  }

  it('the sentence names the same reference, with its value', () => {
    const en = translatorFor('en')
    expect(alertText(fails(90), en, new Map())).toContain('the target is 90.0\u00a0%')
    expect(alertText(fails(null), en, new Map())).toContain('the normative is 100.0\u00a0%')
    expect(alertText(projected(null), en, new Map())).toContain('the normative is 100.0\u00a0%')
    const ru = translatorFor('ru')
    expect(alertText(projected(90), ru, new Map())).toContain('целевое значение — 90,0\u00a0%')
    expect(alertText(projected(null), ru, new Map())).toContain('норматив — 100,0\u00a0%')
  })
})
