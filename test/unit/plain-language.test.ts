// The texts an official reads (issue 12, point 7): no English status codes in the Russian and
// Kazakh methodology, the farm standard named as the standard names itself, the Kazakh and Russian
// reports' draft mark in their own language alone, and "how it is counted" first in plain words.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { allMessages, registry } from '../../app/i18n/messages.server'
import { MEASURES } from '../../app/domain/measures'

const STATUS_CODES = /\b(meets|fails|inconclusive|insufficient_data|no_data|no_reference)\b/

describe('plain language in kk and ru', () => {
  for (const lang of ['kk', 'ru'] as const) {
    it(`${lang}: the methodology names statuses in ${lang}, never by their English code`, () => {
      const coded = Object.entries(registry[lang].pages.methodology).filter(([, text]) =>
        STATUS_CODES.test(text),
      )
      expect(coded).toEqual([])
    })

    it(`${lang}: the draft mark of the report is in ${lang} alone`, () => {
      const mark = registry[lang].pages.reports['reports.draftMark']
      expect(mark).toBe(lang === 'kk' ? 'ЖОБА' : 'ПРОЕКТ')
      expect(mark).not.toMatch(/[A-Za-z]/)
    })
  }

  it('the targets intro names the farm standard as the standard names itself', () => {
    // seeds/reference/standards.json: "Жеке қосалқы шаруашылықтың болуы туралы анықтама беру",
    // "Выдача справки о наличии личного подсобного хозяйства".
    const { standards } = JSON.parse(readFileSync('seeds/reference/standards.json', 'utf8')) as {
      standards: { id: string; name_kk: string; name_ru: string }[]
    }
    const farm = standards.find((s) => s.id === 'private-farm-certificate')!
    expect(farm.name_kk.toLowerCase()).toContain('жеке қосалқы шаруашылық')
    expect(farm.name_ru).toContain('личного подсобного хозяйства')
    const kk = registry.kk.pages.targets['targets.intro']
    const ru = registry.ru.pages.targets['targets.intro']
    expect(kk).toContain('жеке қосалқы шаруашылық')
    expect(ru).toContain('личного подсобного хозяйства')
    expect(kk).not.toContain('шаруа қожалығы')
    expect(ru).not.toMatch(/крестьянск/)
  })

  it('every measure has a plain sentence without column names, in every language', () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const messages = allMessages(lang) as Record<string, string>
      for (const measure of MEASURES) {
        const plain = messages[`methodology.measures.byMeasure.${measure}.plain`]
        expect(plain, `${lang} ${measure}`).toBeTruthy()
        expect(plain, `${lang} ${measure}`).not.toMatch(/`|_|≤|≥/)
      }
    }
  })
})
