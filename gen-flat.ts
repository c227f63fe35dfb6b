import { writeFileSync, mkdirSync } from 'node:fs'
import * as adminKk from './app/i18n/admin/kk'
import * as adminRu from './app/i18n/admin/ru'
import * as adminEn from './app/i18n/admin/en'
import * as dashKk from './app/i18n/dashboard/kk'
import * as dashRu from './app/i18n/dashboard/ru'
import * as dashEn from './app/i18n/dashboard/en'
import * as impKk from './app/i18n/imports/kk'
import * as impRu from './app/i18n/imports/ru'
import * as impEn from './app/i18n/imports/en'
import * as metKk from './app/i18n/methodology/kk'
import * as metRu from './app/i18n/methodology/ru'
import * as metEn from './app/i18n/methodology/en'
import * as regKk from './app/i18n/region/kk'
import * as regRu from './app/i18n/region/ru'
import * as regEn from './app/i18n/region/en'
import * as repKk from './app/i18n/reports/kk'
import * as repRu from './app/i18n/reports/ru'
import * as repEn from './app/i18n/reports/en'
import * as tarKk from './app/i18n/targets/kk'
import * as tarRu from './app/i18n/targets/ru'
import * as tarEn from './app/i18n/targets/en'
const pages: Record<string, Record<string, unknown>> = {
  admin: { kk: adminKk.kk, ru: adminRu.ru, en: adminEn.en },
  dashboard: { kk: dashKk.kk, ru: dashRu.ru, en: dashEn.en },
  imports: { kk: impKk.kk, ru: impRu.ru, en: impEn.en },
  methodology: { kk: metKk.kk, ru: metRu.ru, en: metEn.en },
  region: { kk: regKk.kk, ru: regRu.ru, en: regEn.en },
  reports: { kk: repKk.kk, ru: repRu.ru, en: repEn.en },
  targets: { kk: tarKk.kk, ru: tarRu.ru, en: tarEn.en },
}
const what: Record<string, string> = {
  admin: 'the administration pages (/admin/…)',
  dashboard: 'the overview and the standard view',
  imports: 'the data import page (/imports)',
  methodology: 'the methodology page and the drill-down’s definitions',
  region: 'the region, office and indicator dashboards',
  reports: 'the annual report (page, PDF, XLSX, CSV)',
  targets: 'the target pages (/targets, /targets/history)',
}
const langName: Record<string, string> = { kk: 'Kazakh', ru: 'Russian', en: 'English' }
function flat(prefix: string, v: unknown, out: [string, string][]) {
  if (typeof v === 'string') out.push([prefix, v])
  else if (Array.isArray(v)) v.forEach((x, i) => flat(`${prefix}.${i + 1}`, x, out))
  else for (const [k, x] of Object.entries(v as object)) flat(`${prefix}.${k}`, x, out)
}
for (const [page, langs] of Object.entries(pages)) {
  for (const lang of ['kk', 'ru', 'en']) {
    const out: [string, string][] = []
    flat(page, langs[lang], out)
    const body = out.map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`).join('\n')
    const head =
      lang === 'kk'
        ? `// ${langName[lang]}: ${what[page]}. The key set every language's ${page}.ts must match.\n\nexport const ${page} = {\n${body}\n} as const\n`
        : `// ${langName[lang]}: ${what[page]}. Typed by Kazakh's keys: a missing or extra key is a type error.\nimport type { PageDictionary } from '../kk'\nimport type { ${page} as kk } from '../kk/${page}'\n\nexport const ${page}: PageDictionary<typeof kk> = {\n${body}\n}\n`
    mkdirSync(`app/i18n/${lang}`, { recursive: true })
    writeFileSync(`app/i18n/${lang}/${page}.ts`, head)
  }
}
