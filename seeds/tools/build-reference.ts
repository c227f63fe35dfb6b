// One-off conversion: reads the research files in ../shared/reference and writes the trimmed,
// derived data files of seeds/reference that the loader reads. Run at conversion time only:
//   npx tsx seeds/tools/build-reference.ts [path/to/shared/reference]
// Nothing at run or test time reads ../shared. Translations and interpretations written by us
// (ru / kk texts, notes, office name patterns) live in this file and in kazakh-names.ts.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { formatCsv, parseCsv } from '../csv'
import { HOLIDAY_NAMES } from '../calendar-rules'
import {
  RUSSIAN_NAMES,
  fold,
  placeStem,
  russianGenitive,
  slugify,
  titleCase,
  transliterate,
} from './kazakh-names'

const here = path.dirname(fileURLToPath(import.meta.url))
const SHARED = path.resolve(process.argv[2] ?? path.join(here, '../../../shared/reference'))
const OUT = path.join(here, '../reference')

const FARM_FILE = '000_bc250ee6765382ff.txt'
const LAND_FILE = '004_54007f01c2996dc6.txt'
const STANDARD_ORDER = [
  'private-farm-certificate',
  'land-private-ownership-act',
  'land-permanent-use-act',
  'land-lease-act',
  'land-free-temporary-use-act',
] as const

function read(name: string): string {
  return readFileSync(path.join(SHARED, name), 'utf8')
}
function write(name: string, text: string): void {
  writeFileSync(path.join(OUT, name), text)
  console.log(`wrote seeds/reference/${name}`)
}
function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`check failed: ${message}`)
}
function lines(file: string, range: readonly number[]): string {
  const [a, b] = range
  return `${file}:${a === b || b === undefined ? a : `${a}-${b}`}`
}

// ── regions ──────────────────────────────────────────────────────────────────────────────────

const TIME_ZONES: Record<string, string> = {
  aktobe: 'Asia/Aqtobe',
  atyrau: 'Asia/Atyrau',
  west_kazakhstan: 'Asia/Oral',
  kostanay: 'Asia/Qostanay',
  kyzylorda: 'Asia/Qyzylorda',
  mangystau: 'Asia/Aqtau',
}
const VALIDITY: Record<string, { from: string | null; to: string | null }> = {
  south_kazakhstan: { from: null, to: '2018-06-18' },
  turkistan: { from: '2018-06-19', to: null },
  shymkent: { from: '2018-06-19', to: null },
  abai: { from: '2022-06-08', to: null },
  zhetysu: { from: '2022-06-08', to: null },
  ulytau: { from: '2022-06-08', to: null },
}
// The region a region-level body (oblast akimat, oblast land administration, enterprise) counts
// for after its region ended: South Kazakhstan was renamed Turkistan (Shymkent split off).
const REGION_SUCCESSOR: Record<string, { key: string; from: string; to: string }> = {
  south_kazakhstan: { key: 'turkistan', from: '2018-06-19', to: '2018-06-18' },
}

const regionRows = parseCsv(read('kz-regions.csv'))
check(regionRows.length === 21, 'kz-regions.csv has 21 regions')
const regions = regionRows.map((r, i) => {
  const validity = VALIDITY[r.region_key!] ?? { from: null, to: null }
  const code = r.iso_3166_2 || r.iso_3166_2_alpha_pre2023!
  const change = r.change ? `${r.change}${r.change_date ? ` (${r.change_date})` : ''}` : ''
  return {
    key: r.region_key!,
    code,
    kind: r.type!,
    name_kk: r.name_kk!,
    name_ru: r.name_ru!,
    name_en: r.name_en!,
    capital_kk: r.capital_kk!,
    capital_en: r.capital_en!,
    time_zone: TIME_ZONES[r.region_key!] ?? 'Asia/Almaty',
    legacy_code: r.iso_3166_2_alpha_pre2023 ?? '',
    valid_from: validity.from ?? '',
    valid_to: validity.to ?? '',
    formed_from_key: r.formed_from ?? '',
    change_note: change,
    source: `kz-regions.csv line ${i + 2}: ${r.source}`,
  }
})
const regionByKey = new Map(regions.map((r) => [r.key, r]))
const regionCode = (key: string) => regionByKey.get(key)!.code

// providers.csv region headings (the 16 regions of 2011) → region_key.
const REGION_KEY_OF_HEADING: Record<string, string> = {
  'Алматы қаласы': 'almaty_city',
  'Астана қаласы': 'astana',
}
for (const r of regions) if (r.kind === 'oblast') REGION_KEY_OF_HEADING[r.name_kk] = r.key
// English and Russian forms used in office names.
const regionEn = (key: string) =>
  ({ almaty_city: 'Almaty City', astana: 'Astana City' })[key] ??
  regionByKey.get(key)!.name_en.replace(/ \(.*\)/, '')
const regionRuGenitive = (key: string) =>
  ({ almaty_city: 'г. Алматы', astana: 'г. Астана' })[key] ??
  regionByKey.get(key)!.name_ru.replace(/ая область$/, 'ой области')

// ── districts and their regions over time ────────────────────────────────────────────────────

const providers = parseCsv(read('providers.csv'))
check(providers.length === 2087, 'providers.csv has 2,087 rows')
for (const p of providers) check(REGION_KEY_OF_HEADING[p.region_kk!], `region ${p.region_kk}`)

const MOVES: { from: string; to: string; date: string; names: string[]; act: string }[] = [
  {
    from: 'south_kazakhstan',
    to: 'shymkent',
    date: '2018-06-19',
    names: ['Шымкент қаласы'],
    act: 'DECREE-2018 (Shymkent a city of republican significance)',
  },
  {
    from: 'east_kazakhstan',
    to: 'abai',
    date: '2022-06-08',
    names: [
      'Ақсуат ауданы',
      'Абай ауданы',
      'Аягөз ауданы',
      'Бесқарағай ауданы',
      'Бородулиха ауданы',
      'Жарма ауданы',
      'Үржар ауданы',
      'Көкпекті ауданы',
      'Семей қаласы',
      'Курчатов қаласы',
    ],
    act: 'DECREE-2022 (Abai Region formed)',
  },
  {
    from: 'almaty_region',
    to: 'zhetysu',
    date: '2022-06-08',
    names: [
      'Ақсу ауданы',
      'Алакөл ауданы',
      'Ескелді ауданы',
      'Қаратал ауданы',
      'Кербұлақ ауданы',
      'Көксу ауданы',
      'Панфилов ауданы',
      'Сарқанд ауданы',
      'Талдықорған қаласы',
      'Текелі қаласы',
    ],
    act: 'DECREE-2022 (Zhetysu Region formed)',
  },
  {
    from: 'karaganda',
    to: 'ulytau',
    date: '2022-06-08',
    names: [
      'Жаңаарқа ауданы',
      'Ұлытау ауданы',
      'Жезқазған қаласы',
      'Қаражал қаласы',
      'Сәтпаев қаласы',
    ],
    act: 'DECREE-2022 (Ulytau Region formed)',
  },
]
const dayBefore = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - 1)
  return d.toISOString().slice(0, 10)
}

interface Period {
  region_key: string
  valid_from: string
  valid_to: string
  source: string
}
interface District {
  key: string // region_key_2011 + name_kk
  code: string
  kind: 'district' | 'city' | 'city_district'
  name_kk: string
  name_ru: string
  name_en: string
  region_key_2011: string
  periods: Period[]
  source: string
}

const districtsByKey = new Map<string, District>()
const districtKey = (regionKey: string, nameKk: string) => `${regionKey}|${nameKk}`
for (const p of providers) {
  if (!p.district_or_city_kk) continue
  const regionKey = REGION_KEY_OF_HEADING[p.region_kk!]!
  const key = districtKey(regionKey, p.district_or_city_kk)
  if (districtsByKey.has(key)) continue
  const nameKk = p.district_or_city_kk
  const kind =
    regionKey === 'almaty_city' || regionKey === 'astana'
      ? 'city_district'
      : nameKk.endsWith(' қаласы')
        ? 'city'
        : 'district'
  const ruKey = kind === 'city_district' ? `city_district:${nameKk}` : nameKk
  const nameRu = RUSSIAN_NAMES[ruKey]
  check(nameRu, `a Russian name for ${ruKey}`)
  const stemEn = titleCase(transliterate(placeStem(nameKk)))
  const nameEn =
    kind === 'city'
      ? `${stemEn} City`
      : kind === 'city_district'
        ? `${stemEn} District`
        : `${stemEn} District`
  districtsByKey.set(key, {
    key,
    code: '',
    kind,
    name_kk: nameKk,
    name_ru: nameRu,
    name_en: nameEn,
    region_key_2011: regionKey,
    periods: [],
    source:
      'providers.csv district_or_city_kk (canonical spelling); name_ru conventional, name_en transliterated',
  })
}
const missingFromProviders: string[] = []
for (const d of districtsByKey.values()) {
  const move = MOVES.find((m) => m.from === d.region_key_2011 && m.names.includes(d.name_kk))
  const sk = d.region_key_2011 === 'south_kazakhstan'
  const to = move ? move.to : sk ? 'turkistan' : null
  const date = move ? move.date : sk ? '2018-06-19' : null
  const base = `kz-regions.csv; districts-by-region.csv (${d.region_key_2011} in 2011)`
  if (to && date) {
    d.periods.push({
      region_key: d.region_key_2011,
      valid_from: '1991-12-16',
      valid_to: dayBefore(date),
      source: base,
    })
    d.periods.push({
      region_key: to,
      valid_from: date,
      valid_to: '',
      source: move
        ? `kz-regions.csv (${to}: formed from ${d.region_key_2011}); ${move.act}`
        : 'DECREE-2018 (South Kazakhstan renamed Turkistan)',
    })
  } else
    d.periods.push({
      region_key: d.region_key_2011,
      valid_from: '1991-12-16',
      valid_to: '',
      source: base,
    })
  const todayRegion = d.periods[d.periods.length - 1]!.region_key
  d.code = `${regionCode(todayRegion)}-${slugify(placeStem(d.name_kk))}${d.kind === 'city' ? '-city' : ''}`
}
for (const m of MOVES) {
  for (const name of m.names) {
    if (!districtsByKey.has(districtKey(m.from, name)))
      missingFromProviders.push(`${m.from}: ${name}`)
  }
}
const districts = [...districtsByKey.values()]
check(new Set(districts.map((d) => d.code)).size === districts.length, 'district codes are unique')

// ── offices ──────────────────────────────────────────────────────────────────────────────────

type Provider = (typeof providers)[number]
const pscNumber = (name: string) => /№\s*(\d+)/.exec(name)?.[1] ?? ''
function officeKey(p: Provider): string {
  const region = p.region_kk!
  switch (p.org_kind) {
    case 'land_relations_department':
    case 'akimat_apparatus':
      return [region, p.org_kind, p.district_or_city_kk].join('|')
    case 'public_service_center':
      // Farm app. 2 and land app. 3 print the same centres with different (OCR) names.
      return [region, p.org_kind, p.district_or_city_kk, pscNumber(p.org_name_kk!)].join('|')
    case 'specialized_enterprise':
      return [region, p.org_kind].join('|')
    default:
      throw new Error(`unknown org_kind ${p.org_kind}`)
  }
}

// Spellings that are OCR damage (providers-notes.md "Damage left as printed"): a name with fewer
// of them is preferred when choosing an office's printed name.
const DAMAGE = [
  /көрсете орталығы/,
  /көрсетеу/,
  /Халықта /,
  /екімінің/,
  /ХҚҚО/, // for ХҚКО (standards.md ambiguity 14)
  /қатаинастары/,
  /(^|[«\s])Карағанды/,
  /Мангистау|Манғыстау/,
  /Костанай/,
  /Түрікбі|Түркісіб|Өуезов/,
  /[A-Za-z]/,
]
const damage = (name: string) => DAMAGE.filter((re) => re.test(name)).length
const standardRank = (id: string) => STANDARD_ORDER.indexOf(id as (typeof STANDARD_ORDER)[number])

const groups = new Map<string, Provider[]>()
for (const p of providers) {
  const key = officeKey(p)
  groups.set(key, [...(groups.get(key) ?? []), p])
}

interface Office {
  code: string
  kind: string
  name_kk: string
  name_ru: string
  name_en: string
  region_key_2011: string
  district_code: string
  address_kk: string
  phone: string
  email: string
  source: string
  periods: Period[]
  listings: Provider[]
}

function bestRow(rows: Provider[]): Provider {
  const count = (f: (p: Provider) => string) => {
    const counts = new Map<string, number>()
    for (const p of rows) counts.set(f(p), (counts.get(f(p)) ?? 0) + 1)
    return (p: Provider) => counts.get(f(p))!
  }
  const nameCount = count((p) => p.org_name_kk!)
  const contactCount = count((p) => [p.address_kk, p.phone, p.email].join('|'))
  return [...rows].sort(
    (a, b) =>
      damage(a.org_name_kk!) - damage(b.org_name_kk!) ||
      nameCount(b) - nameCount(a) ||
      contactCount(b) - contactCount(a) ||
      // land standards before the farm lists (their addresses are the fuller ones)
      (standardRank(a.standard_slug!) || 9) - (standardRank(b.standard_slug!) || 9) ||
      Number(a.source_line!.split(';')[0]) - Number(b.source_line!.split(';')[0]),
  )[0]!
}

// The city of oblast significance in an oblast PSC's address («Семей қаласы, …», «Семей қ., …»).
function districtFromAddress(regionKey: string, rows: Provider[]): District | null {
  for (const row of rows) {
    const first = row.address_kk!.split(',')[0]!.trim().replace(/ қ\.$/, ' қаласы')
    const found = districts.find(
      (d) =>
        d.region_key_2011 === regionKey && d.kind === 'city' && fold(d.name_kk) === fold(first),
    )
    if (found) return found
  }
  return null
}

function sourceOf(rows: Provider[]): string {
  const parts = new Map<string, string[]>()
  for (const p of [...rows].sort(
    (a, b) => standardRank(a.standard_slug!) - standardRank(b.standard_slug!),
  )) {
    const file = p.standard_slug === 'private-farm-certificate' ? '000' : '004'
    const key = `${file} app. ${p.appendix}`
    parts.set(key, [...(parts.get(key) ?? []), ...p.source_line!.split(';')])
  }
  return `providers.csv (seed lines ${[...parts].map(([k, v]) => `${k}: ${v.join(', ')}`).join('; ')})`
}

const offices: Office[] = []
for (const rows of groups.values()) {
  const best = bestRow(rows)
  const regionKey = REGION_KEY_OF_HEADING[best.region_kk!]!
  const kind = best.org_kind!
  let district = best.district_or_city_kk
    ? (districtsByKey.get(districtKey(regionKey, best.district_or_city_kk)) ?? null)
    : null
  if (!district && kind === 'public_service_center') district = districtFromAddress(regionKey, rows)
  const periods = district
    ? district.periods.map((p) => ({ ...p, source: `district ${district!.code}: ${p.source}` }))
    : REGION_SUCCESSOR[regionKey]
      ? [
          {
            region_key: regionKey,
            valid_from: '1991-12-16',
            valid_to: REGION_SUCCESSOR[regionKey]!.to,
            source: 'region-level body: its region',
          },
          {
            region_key: REGION_SUCCESSOR[regionKey]!.key,
            valid_from: REGION_SUCCESSOR[regionKey]!.from,
            valid_to: '',
            source: 'region-level body: the successor of its region (kz-regions.csv, DECREE-2018)',
          },
        ]
      : [
          {
            region_key: regionKey,
            valid_from: '1991-12-16',
            valid_to: '',
            source: 'region-level body: its region',
          },
        ]
  const today = regionCode(periods[periods.length - 1]!.region_key)
  const placeSlug = district ? district.code.slice(district.code.indexOf('-', 3) + 1) : 'region'
  const number = kind === 'public_service_center' ? pscNumber(best.org_name_kk!) : ''
  const code =
    kind === 'land_relations_department'
      ? `${today}-LRD-${placeSlug}`
      : kind === 'akimat_apparatus'
        ? `${today}-AKIMAT-${placeSlug}`
        : kind === 'specialized_enterprise'
          ? `${today}-SE`
          : `${today}-PSC-${placeSlug}${number ? `-${number}` : ''}`
  const names = officeNames(kind, regionKey, best.district_or_city_kk ? district : null, number)
  offices.push({
    code,
    kind,
    name_kk: best.org_name_kk!,
    ...names,
    region_key_2011: regionKey,
    district_code: district?.code ?? '',
    address_kk: best.address_kk!,
    phone: best.phone!,
    email: best.email!,
    source: sourceOf(rows),
    periods,
    listings: rows,
  })
}
offices.sort((a, b) => (a.code < b.code ? -1 : 1))
check(new Set(offices.map((o) => o.code)).size === offices.length, 'office codes are unique')

function officeNames(
  kind: string,
  regionKey: string,
  district: District | null,
  number: string,
): { name_ru: string; name_en: string } {
  const en = regionEn(regionKey)
  const ruGen = regionRuGenitive(regionKey)
  const no = number ? ` No. ${number}` : ''
  const noRu = number ? ` № ${number}` : ''
  switch (kind) {
    case 'land_relations_department':
      return district
        ? {
            name_ru: `Отдел земельных отношений ${russianGenitive(district.name_ru)}`,
            name_en: `${district.name_en} land-relations department`,
          }
        : {
            name_ru: `Управление земельных отношений ${ruGen}`,
            name_en: `${en} land-relations administration`,
          }
    case 'akimat_apparatus':
      return district
        ? {
            name_ru: `Аппарат акима ${russianGenitive(district.name_ru)}`,
            name_en: `Office of the Akim of ${district.name_en}`,
          }
        : { name_ru: `Аппарат акима ${ruGen}`, name_en: `Office of the Akim of ${en}` }
    case 'public_service_center':
      // City-district PSCs of Almaty and Astana are named by their district; oblast PSCs by the
      // oblast (their district, derived from the address, is not part of the printed name).
      return district
        ? {
            name_ru: `Центр обслуживания населения${noRu} ${russianGenitive(district.name_ru)} ${ruGen}`,
            name_en: `Public Service Center${no} of ${district.name_en}, ${en}`,
          }
        : {
            name_ru: `Центр обслуживания населения${noRu} ${ruGen}`,
            name_en: `Public Service Center${no} of ${en}`,
          }
    case 'specialized_enterprise': {
      const region = regionByKey.get(regionKey)!
      const stemKk =
        region.kind === 'city'
          ? `${region.name_kk}қалажер`
          : `${region.name_kk.replace(/ облысы$/, '')}жер`
      const stemEn = titleCase(transliterate(stemKk))
      const stemRu = russianTransliteration(stemKk)
      const regionRu = region.kind === 'city' ? `г. ${region.name_ru}` : region.name_ru
      return {
        name_ru: `«${stemRu}» — специализированное республиканское государственное предприятие (${regionRu})`,
        name_en: `${stemEn}, specialized republican state enterprise (${en})`,
      }
    }
    default:
      throw new Error(kind)
  }
}

function russianTransliteration(kk: string): string {
  const map: Record<string, string> = {
    ә: 'а',
    ғ: 'г',
    қ: 'к',
    ң: 'н',
    ө: 'о',
    ұ: 'у',
    ү: 'у',
    һ: 'х',
    і: 'и',
  }
  return [...kk]
    .map((c) => {
      const m = map[c.toLowerCase()]
      return m === undefined ? c : c === c.toLowerCase() ? m : m.toUpperCase()
    })
    .join('')
}

// The PSC offices for the PSC lists of every region: 1 per oblast, 2 in East Kazakhstan.
const officeOf = new Map<Provider, Office>()
for (const o of offices) for (const p of o.listings) officeOf.set(p, o)

// Which office serves which standard on which channel (app. 2 enterprises and app. 6 akimats
// are listed but serve no channel).
const SERVICE_CHANNEL: Record<string, { appendix: string; kind: string; channel: string }[]> = {
  farm: [
    { appendix: '1', kind: 'akimat_apparatus', channel: 'local_executive_body' },
    { appendix: '2', kind: 'public_service_center', channel: 'public_service_center' },
  ],
  land: [
    { appendix: '1', kind: 'land_relations_department', channel: 'land_relations_authority' },
    { appendix: '3', kind: 'public_service_center', channel: 'public_service_center' },
  ],
}
const services = new Map<
  string,
  { office_code: string; standard_id: string; channel: string; appendix: string }
>()
for (const p of providers) {
  const rules = SERVICE_CHANNEL[p.standard_slug === 'private-farm-certificate' ? 'farm' : 'land']!
  const rule = rules.find((r) => r.appendix === p.appendix && r.kind === p.org_kind)
  if (!rule) continue
  const office = officeOf.get(p)!
  const key = `${office.code}|${p.standard_slug}|${rule.channel}`
  if (!services.has(key)) {
    services.set(key, {
      office_code: office.code,
      standard_id: p.standard_slug!,
      channel: rule.channel,
      appendix: p.appendix!,
    })
  }
}

// ── standards, indicators, deadline rules ─────────────────────────────────────────────────────

const research = JSON.parse(read('standards.json'))

const AGENCIES = [
  {
    id: 'ministry-of-agriculture',
    name_kk: 'Қазақстан Республикасы Ауыл шаруашылығы министрлігі',
    name_ru: 'Министерство сельского хозяйства Республики Казахстан',
    name_en: 'Ministry of Agriculture of the Republic of Kazakhstan',
    approver_kk: 'Қазақстан Республикасы Ауыл шаруашылығы министрі',
    approver_ru: 'Министр сельского хозяйства Республики Казахстан',
    approver_en: 'Minister of Agriculture of the Republic of Kazakhstan',
    source: `${FARM_FILE}:120 (p. 19: targets by order of the Minister of Agriculture)`,
  },
  {
    id: 'land-resources-management-agency',
    name_kk: 'Қазақстан Республикасының Жер ресурстарын басқару агенттігі',
    name_ru: 'Агентство Республики Казахстан по управлению земельными ресурсами',
    name_en: 'Agency of the Republic of Kazakhstan for Land Resources Management',
    approver_kk: 'Қазақстан Республикасының Жер ресурстарын басқару агенттігінің төрағасы',
    approver_ru: 'Председатель Агентства Республики Казахстан по управлению земельными ресурсами',
    approver_en:
      'Chairman of the Agency of the Republic of Kazakhstan for Land Resources Management',
    source: `${LAND_FILE}:223, 1182, 2172, 3112-3114 (p. 19: targets annually by order of the Chairman)`,
  },
]

const CHANNELS = [
  {
    code: 'local_executive_body',
    name_kk: 'Жергілікті атқарушы орган (ЖАО)',
    name_ru: 'Местный исполнительный орган (МИО)',
    name_en: 'Local executive body (akimat)',
    source: `${FARM_FILE}:45, 57-63 (p. 1, 7)`,
  },
  {
    code: 'land_relations_authority',
    name_kk: 'Уәкілетті орган (жер қатынастары бөлімі)',
    name_ru: 'Уполномоченный орган (отдел земельных отношений)',
    name_en: 'Authorized body (land-relations department)',
    source: `${LAND_FILE}:62-64 (p. 1, appendix 1)`,
  },
  {
    code: 'public_service_center',
    name_kk: 'Халыққа қызмет көрсету орталығы (ХҚКО)',
    name_ru: 'Центр обслуживания населения (ЦОН)',
    name_en: 'Public Service Center (PSC)',
    source: `${FARM_FILE}:45, 64-70; ${LAND_FILE}:62-64 (appendix 3)`,
  },
]

const VARIANTS = [
  {
    code: 'standard',
    name_kk: 'Негізгі тәртіп',
    name_ru: 'Основной порядок',
    name_en: 'Standard procedure',
    source: `${FARM_FILE}:57-70 (p. 7: one variant)`,
  },
  {
    code: 'grant',
    name_kk: 'Жер учаскесіне құқық берілгенде актіні ресімдеу',
    name_ru: 'Оформление акта при предоставлении права на земельный участок',
    name_en: 'Act on the grant of the right to a land plot',
    source: `${LAND_FILE}:83-89 (p. 7), 115-125 (p. 11)`,
  },
  {
    code: 'change_of_characteristics',
    name_kk: 'Жер учаскесінің сәйкестендіру сипаттамалары өзгергенде',
    name_ru: 'Изменение идентификационных характеристик земельного участка',
    name_en: "Change of the plot's identification characteristics",
    source: `${LAND_FILE}:127-150 (p. 11, 2))`,
  },
  {
    code: 'duplicate',
    name_kk: 'Актінің телнұсқасын беру',
    name_ru: 'Выдача дубликата акта',
    name_en: 'Duplicate of the act',
    source: `${LAND_FILE}:83-89 (p. 7), 152-168 (p. 11)`,
  },
]

const GROUP_NAMES: Record<string, { ru: string; en: string }> = {
  timeliness: { ru: 'Своевременность', en: 'Timeliness' },
  quality: { ru: 'Качество', en: 'Quality' },
  accessibility: { ru: 'Доступность', en: 'Accessibility' },
  complaints: { ru: 'Процесс обжалования', en: 'Complaint process' },
  courtesy: { ru: 'Вежливость', en: 'Courtesy' },
}

// Our Russian translations of the indicator rows (mirroring «… %-ы (үлесі)» as «% (доля) …»).
const INDICATOR_RU: Record<string, Record<string, string>> = {
  farm: {
    '1.1': '% (доля) случаев предоставления услуги в установленный срок с момента сдачи документов',
    '1.2': '% (доля) потребителей, ожидавших получения услуги в очереди не более 10 минут',
    '2.1': '% (доля) потребителей, удовлетворённых качеством процесса оказания услуги',
    '2.2':
      '% (доля) случаев правильного оформления документов должностным лицом (произведённые платежи, расчёты и т. д.)',
    '3.1':
      '% (доля) потребителей, удовлетворённых качеством и информацией о порядке оказания услуги',
    '3.2':
      '% (доля) случаев, когда потребитель правильно заполнил документы и сдал их с первого раза',
    '3.3': '% (доля) услуг, информация о которых доступна через Интернет',
    '4.1':
      '% (доля) обоснованных жалоб к общему количеству обслуженных потребителей по данному виду услуг',
    '4.2': '% (доля) обоснованных жалоб, рассмотренных и удовлетворённых в установленный срок',
    '4.3': '% (доля) потребителей, удовлетворённых существующим порядком обжалования',
    '4.4': '% (доля) потребителей, удовлетворённых сроками обжалования',
    '5.1': '% (доля) потребителей, удовлетворённых вежливостью персонала',
  },
  land: {
    '1.1': '% (доля) случаев предоставления услуги в установленный срок с момента сдачи документов',
    '2.1': '% (доля) потребителей, удовлетворённых качеством процесса предоставления услуги',
    '3.1':
      '% (доля) потребителей, удовлетворённых качеством предоставления услуги и информацией о порядке её предоставления',
    '3.2': '% (доля) услуг, информация о которых доступна в электронном формате',
    '4.3': '% (доля) потребителей, удовлетворённых существующим порядком обжалования',
    '5.1': '% (доля) потребителей, удовлетворённых вежливостью персонала',
  },
}

const FARM_NOTES = {
  en:
    'The Public Service Center term «2 (екі) күннен аспайды» gives no unit; Sapa reads it as 2 calendar days — the stricter reading — stored as data an administrator can change. ' +
    'The akimat term «from the moment of application» is read as a minutes rule of 10 minutes, the maximum service time. ' +
    'The standard states no complaint review term: Sapa uses 30 calendar days, the general term of the Law on the procedure for considering applications of individuals and legal entities (an assumption, not the text of the standard).',
  ru:
    'Срок центра обслуживания населения «2 (екі) күннен аспайды» («не более 2 (двух) дней») указан без единицы; Sapa читает его как 2 календарных дня — более строгое прочтение — и хранит как данные, которые администратор может изменить. ' +
    'Срок акимата «с момента обращения» читается как правило в минутах: 10 минут, максимальное время обслуживания. ' +
    'Стандарт не устанавливает срок рассмотрения жалоб: Sapa применяет 30 календарных дней — общий срок Закона «О порядке рассмотрения обращений физических и юридических лиц» (допущение, а не текст стандарта).',
  kk:
    'Халыққа қызмет көрсету орталығының «2 (екі) күннен аспайды» деген мерзімінде өлшем бірлігі көрсетілмеген; Sapa оны 2 күнтізбелік күн деп оқиды — неғұрлым қатаң оқылым — және әкімші өзгерте алатын дерек ретінде сақтайды. ' +
    'ЖАО-ның «өтініш берілген сәттен бастап» деген мерзімі минуттық ереже ретінде оқылады: 10 минут, қызмет көрсетудің ең жоғары уақыты. ' +
    'Стандартта шағымды қарау мерзімі белгіленбеген: Sapa «Жеке және заңды тұлғалардың өтініштерін қарау тәртібі туралы» Заңның жалпы мерзімін — 30 күнтізбелік күнді қолданады (стандарттың мәтіні емес, болжам).',
}
const LAND_NOTES = {
  en:
    'Point 7 (amended by decree No. 1429, in force 2012-01-30) does not distinguish the authorized body from the Public Service Center: both channels carry the same terms. ' +
    'A change of identification characteristics falls under the general 6 working days; only the duplicate has its own term of 4 working days. ' +
    'The indicator table (appendix 5) prints no normative values: status is computed against approved targets only. ' +
    'Complaints are reviewed within 30 calendar days (15 where no additional information is needed), point 25.',
  ru:
    'П. 7 (изменён постановлением № 1429, действует с 30.01.2012) не различает уполномоченный орган и ЦОН: у обоих каналов одни и те же сроки. ' +
    'Изменение идентификационных характеристик подпадает под общий срок 6 рабочих дней; отдельный срок — 4 рабочих дня — установлен только для дубликата. ' +
    'В таблице показателей (приложение 5) нормативные значения не указаны: статус определяется только по утверждённым целевым значениям. ' +
    'Жалобы рассматриваются в течение 30 календарных дней (15, если не требуется дополнительная информация), п. 25.',
  kk:
    '7-тармақ (2012 жылғы 30 қаңтардан бастап қолданылатын № 1429 қаулымен өзгертілген) уәкілетті орган мен Орталықты ажыратпайды: екі арнаның мерзімдері бірдей. ' +
    'Сәйкестендіру сипаттамаларының өзгеруі жалпы 6 жұмыс күніне жатады; жеке мерзім — 4 жұмыс күні — тек телнұсқаға белгіленген. ' +
    'Көрсеткіштер кестесінде (5-қосымша) нормативтік мәндер жоқ: мәртебе тек бекітілген нысаналы мәндермен салыстырылады. ' +
    'Шағымдар 30 күнтізбелік күн ішінде (қосымша ақпарат қажет болмаса, 15 күн) қаралады, 25-тармақ.',
}

const INTERPRETATION = {
  farmMinutes: {
    en: 'The term is printed without a number («өтініш берілген сәттен бастап ұсынылады» — provided from the moment of application). Sapa reads it as a minutes rule: 10 minutes, the maximum service time of p. 7, 3).',
    ru: 'Срок указан без числа («предоставляется с момента обращения»). Sapa читает его как правило в минутах: 10 минут — максимальное время обслуживания по подп. 3) п. 7.',
    kk: 'Мерзім санмен көрсетілмеген («өтініш берілген сәттен бастап ұсынылады»). Sapa оны минуттық ереже ретінде оқиды: 10 минут — 7-тармақтың 3) тармақшасындағы қызмет көрсетудің ең жоғары шекті уақыты.',
  },
  farmCalendarDays: {
    en: 'The unit is not stated («2 (екі) күннен аспайды» — not more than 2 days). Sapa reads it as 2 calendar days, the stricter reading; an administrator can change this rule.',
    ru: 'Единица не указана («не более 2 (двух) дней»). Sapa читает срок как 2 календарных дня — более строгое прочтение; администратор может изменить это правило.',
    kk: 'Өлшем бірлігі көрсетілмеген («2 (екі) күннен аспайды»). Sapa мерзімді 2 күнтізбелік күн деп оқиды — неғұрлым қатаң оқылым; әкімші бұл ережені өзгерте алады.',
  },
  landChange: {
    en: "Point 7 gives its own term only to the duplicate (4 working days); a change of the plot's identification characteristics falls under the general 6 working days (a reading, ambiguity 31).",
    ru: 'П. 7 устанавливает отдельный срок только для дубликата (4 рабочих дня); изменение идентификационных характеристик участка подпадает под общий срок 6 рабочих дней (прочтение, неоднозначность 31).',
    kk: '7-тармақ жеке мерзімді тек телнұсқаға белгілейді (4 жұмыс күні); жер учаскесінің сәйкестендіру сипаттамалары өзгергенде жалпы 6 жұмыс күні қолданылады (оқылым, 31-түсініксіздік).',
  },
  landPsc: {
    en: 'Point 7 does not distinguish the channels: the term counts from submission at the Public Service Center as at the authorized body (ambiguity 30).',
    ru: 'П. 7 не различает каналы: срок исчисляется с подачи документов в ЦОН так же, как в уполномоченном органе (неоднозначность 30).',
    kk: '7-тармақ арналарды ажыратпайды: мерзім Орталыққа құжат тапсырған сәттен уәкілетті органдағыдай есептеледі (30-түсініксіздік).',
  },
}
const join = (
  a: { en: string; ru: string; kk: string } | null,
  b: { en: string; ru: string; kk: string } | null,
) => (a && b ? { en: `${a.en} ${b.en}`, ru: `${a.ru} ${b.ru}`, kk: `${a.kk} ${b.kk}` } : (a ?? b))

const standards: unknown[] = []
const deadlineRules: unknown[] = []
const indicatorGroups: unknown[] = []
const indicators: unknown[] = []
for (const s of research.standards) {
  const farm = s.id === 'private-farm-certificate'
  const file: string = s.source.file
  const table = s.indicator_table
  const nameLines = s.name_kk_source.lines as number[]
  const amendments = farm
    ? [
        {
          number: s.decree.amends.number,
          date: s.decree.amends.date,
          what_en: `The standard as first approved (ПҰАЖ 2010, No. 5, item 63); decree No. ${s.decree.number} restates it in full (${FARM_FILE}:13-22)`,
        },
      ]
    : [
        {
          number: '545',
          date: '2011-05-19',
          what_en: `Standard restated in full (new wording), in force 10 calendar days after first official publication (${lines(file, s.amendments[0].quote.lines)})`,
        },
        {
          number: '1429',
          date: '2011-12-01',
          what_en: `Points 3 (legal basis, restated) and 7 (terms, amended), in force from 2012-01-30; the printed terms are the amended ones (${file}:${s.amendments[1].quote.lines[0]}, ${s.amendments[2].quote.lines[0]})`,
        },
      ]
  if (!farm) {
    check(
      s.amendments.length === 3 &&
        s.amendments[1].decree === '1429' &&
        s.amendments[2].in_force_from === '2012-01-30',
      `amendments of ${s.id}`,
    )
  }
  const [textFrom, textTo] = s.source.standard_text_lines as number[]
  const [tableFrom, tableTo] = table.source.lines as number[]
  standards.push({
    id: s.id,
    name_kk: s.name_kk,
    name_ru: s.name_ru,
    name_en: s.name_en,
    agency_id: s.agency.slug,
    decree_number: s.decree.number,
    decree_date: s.decree.date,
    amendments,
    cancelled_by_number: s.decree.cancelled_by.number,
    cancelled_by_date: s.decree.cancelled_by.date,
    complaint_review_days: farm ? 30 : s.complaints.review_term.standard.amount,
    complaint_review_source: farm
      ? 'none in the standard (000:122-136); 30 = general term of the Law on considering applications (assumption, see notes)'
      : `p. 25, ${lines(file, s.complaints.review_term.quote.lines)}`,
    table_title_kk: table.title_kk,
    source: `${file} (name line ${nameLines[0] === nameLines[1] ? nameLines[0] : nameLines.join('-')}; standard text ${textFrom}-${textTo}; indicator table ${tableFrom}-${tableTo}; decree No. ${s.decree.number} of ${s.decree.date}, cancelled by No. ${s.decree.cancelled_by.number} of ${s.decree.cancelled_by.date})`,
    notes_en: farm ? FARM_NOTES.en : LAND_NOTES.en,
    notes_ru: farm ? FARM_NOTES.ru : LAND_NOTES.ru,
    notes_kk: farm ? FARM_NOTES.kk : LAND_NOTES.kk,
  })
  check(s.agency.slug === (farm ? AGENCIES[0]!.id : AGENCIES[1]!.id), `agency of ${s.id}`)

  for (const d of s.deadlines) {
    const term = d.service_term
    let amount = term.amount as number | null
    let unit = term.unit as string
    let interpretation: { en: string; ru: string; kk: string } | null = null
    if (unit === 'immediate') {
      amount = d.max_service_time.amount
      unit = 'minutes'
      interpretation = INTERPRETATION.farmMinutes
    } else if (unit === 'days_unspecified') {
      unit = 'calendar_days'
      interpretation = INTERPRETATION.farmCalendarDays
    } else if (!farm) {
      interpretation = join(
        d.variant === 'change_of_characteristics' ? INTERPRETATION.landChange : null,
        d.channel === 'public_service_center' ? INTERPRETATION.landPsc : null,
      )
    }
    check(
      amount && ['minutes', 'calendar_days', 'working_days'].includes(unit),
      `deadline of ${s.id}`,
    )
    const src = farm
      ? `${lines(file, [d.point_quote.lines[0], d.max_service_time.quote.lines[1]])} (p. 7)`
      : `${lines(file, d.source.lines)} (p. 7, amended by No. 1429 from 2012-01-30: ${file}:${s.amendments[2].quote.lines[0]})`
    deadlineRules.push({
      standard_id: s.id,
      channel: d.channel,
      variant: d.variant,
      term_amount: amount,
      term_unit: unit,
      max_wait_minutes: d.max_queue_wait.amount,
      max_service_minutes: d.max_service_time.amount,
      term_as_printed_kk: term.as_printed_kk,
      interpretation_en: interpretation?.en ?? null,
      interpretation_ru: interpretation?.ru ?? null,
      interpretation_kk: interpretation?.kk ?? null,
      source: src,
    })
  }

  for (const [i, g] of table.groups.entries()) {
    indicatorGroups.push({
      standard_id: s.id,
      slug: g.slug,
      position: i + 1,
      heading_kk: g.kk,
      heading_ru: `${g.n}. ${GROUP_NAMES[g.slug]!.ru}`,
      heading_en: `${g.n}. ${GROUP_NAMES[g.slug]!.en}`,
      source: `${file}:${g.line}`,
    })
  }
  for (const [i, r] of table.rows.entries()) {
    const nv = r.normative_value
    const kind = nv ? (nv.kind as string) : null
    const nameRu = INDICATOR_RU[farm ? 'farm' : 'land']![r.code]
    check(nameRu, `ru of ${s.id} ${r.code}`)
    indicators.push({
      standard_id: s.id,
      code: r.code,
      position: i + 1,
      group_slug: r.group,
      // The printed text, unless OCR damaged it («улемсі», «(уесі)», «сыйайылығына»): then the
      // digest's normalized text; name_kk_as_printed keeps what is on the page.
      name_kk: r.text_kk_normalized ?? r.text_kk_as_printed,
      name_kk_as_printed: r.text_kk_as_printed,
      name_kk_normalized: r.text_kk_normalized !== null,
      name_ru: nameRu,
      name_en: r.en,
      measure: r.measure,
      normative_as_printed: r.normative_value_as_printed,
      normative_kind: kind,
      normative_low: kind === 'min' ? nv.value : kind === 'band' ? nv.min : null,
      normative_high: kind === 'max' ? nv.value : kind === 'band' ? nv.max : null,
      direction: r.direction,
      source: `${lines(file, r.source.lines)} (appendix ${table.appendix})`,
    })
  }
}

const standardsFile = {
  about:
    'Agencies, standards, channels, variants, deadline rules and indicator tables of the five state-service standards. ' +
    'Built by seeds/tools/build-reference.ts from shared/reference/standards.json (digest of the seed documents ' +
    `${FARM_FILE} = decree No. 283 and ${LAND_FILE} = decree No. 102). Sources cite file:lines of those documents. ` +
    'Kazakh is as printed (OCR-normalized indicator texts are flagged); Russian texts are our translations.',
  agencies: AGENCIES,
  channels: CHANNELS,
  variants: VARIANTS,
  standards,
  deadline_rules: deadlineRules,
  indicator_groups: indicatorGroups,
  indicators,
}

// ── calendar ─────────────────────────────────────────────────────────────────────────────────

const RU_OF_EN = new Map(Object.values(HOLIDAY_NAMES).map((n) => [n.en, n.ru]))
function russianHolidayName(en: string): string {
  let m = /^(.*) \(carried over from (\d{4}-\d{2}-\d{2})\)$/.exec(en)
  if (m) return `${RU_OF_EN.get(m[1]!)!.replace(/ \(.*\)$/, '')} (перенесённый выходной с ${m[2]})`
  m = /^Day off \(transferred from (\d{4}-\d{2}-\d{2})\)$/.exec(en)
  if (m) return `Выходной день (перенесён с ${m[1]})`
  m = /^Working day \(day off moved to (\d{4}-\d{2}-\d{2})\)$/.exec(en)
  if (m) return `Рабочий день (выходной перенесён на ${m[1]})`
  const ru = RU_OF_EN.get(en)
  check(ru, `a Russian name for the holiday "${en}"`)
  return ru
}
const calendarRows = parseCsv(read('kz-nonworking-days.csv'))
check(calendarRows.length === 149, 'kz-nonworking-days.csv has 149 rows')
const calendar = calendarRows.map((r, i) => ({
  day: r.date!,
  kind: r.kind!,
  name_kk: r.name_kk!,
  name_ru: russianHolidayName(r.name_en!),
  name_en: r.name_en!,
  source: `kz-nonworking-days.csv line ${i + 2}: ${r.source}`,
}))

// ── write ────────────────────────────────────────────────────────────────────────────────────

write('standards.json', JSON.stringify(standardsFile, null, 2) + '\n')
write(
  'regions.csv',
  formatCsv(regions, [
    'key',
    'code',
    'kind',
    'name_kk',
    'name_ru',
    'name_en',
    'capital_kk',
    'capital_en',
    'time_zone',
    'legacy_code',
    'valid_from',
    'valid_to',
    'formed_from_key',
    'change_note',
    'source',
  ]),
)
write(
  'districts.csv',
  formatCsv(
    [...districts].sort((a, b) => (a.code < b.code ? -1 : 1)),
    ['code', 'kind', 'name_kk', 'name_ru', 'name_en', 'region_key_2011', 'source'],
  ),
)
write(
  'district-regions.csv',
  formatCsv(
    districts
      .flatMap((d) => d.periods.map((p) => ({ district_code: d.code, ...p })))
      .sort((a, b) =>
        a.district_code < b.district_code
          ? -1
          : a.district_code > b.district_code
            ? 1
            : a.valid_from < b.valid_from
              ? -1
              : 1,
      ),
    ['district_code', 'region_key', 'valid_from', 'valid_to', 'source'],
  ),
)
write(
  'offices.csv',
  formatCsv(offices, [
    'code',
    'kind',
    'name_kk',
    'name_ru',
    'name_en',
    'region_key_2011',
    'district_code',
    'address_kk',
    'phone',
    'email',
    'source',
  ]),
)
write(
  'office-regions.csv',
  formatCsv(
    offices.flatMap((o) => o.periods.map((p) => ({ office_code: o.code, ...p }))),
    ['office_code', 'region_key', 'valid_from', 'valid_to', 'source'],
  ),
)
write(
  'office-listings.csv',
  formatCsv(
    providers.map((p): Record<string, string> => ({ ...p, office_code: officeOf.get(p)!.code })),
    [
      'standard_slug',
      'appendix',
      'source_line',
      'office_code',
      'org_name_kk',
      'region_kk',
      'org_kind',
      'district_or_city_kk',
      'address_kk',
      'responsible_person_kk',
      'phone',
      'email',
    ],
  ),
)
write(
  'office-services.csv',
  formatCsv([...services.values()], ['office_code', 'standard_id', 'channel', 'appendix']),
)
write(
  'calendar-days.csv',
  formatCsv(calendar, ['day', 'kind', 'name_kk', 'name_ru', 'name_en', 'source']),
)

// ── report ───────────────────────────────────────────────────────────────────────────────────

const naive = new Set(providers.map((p) => `${p.region_kk}|${p.org_kind}|${p.org_name_kk}`)).size
console.log(
  `\nproviders.csv rows: ${providers.length}; distinct (region, kind, printed name): ${naive}`,
)
console.log(`offices after de-duplication: ${offices.length}; office_services: ${services.size}`)
console.log(
  `districts: ${districts.length}; district periods: ${districts.reduce((n, d) => n + d.periods.length, 0)}`,
)
console.log(
  `named in the 2018/2022 reforms but absent from providers.csv: ${missingFromProviders.join('; ') || 'none'}`,
)
const kinds = [
  'akimat_apparatus',
  'land_relations_department',
  'public_service_center',
  'specialized_enterprise',
]
console.log(`\n| region (2011) | ${kinds.join(' | ')} | total |`)
for (const key of [...new Set(offices.map((o) => o.region_key_2011))]) {
  const mine = offices.filter((o) => o.region_key_2011 === key)
  console.log(
    `| ${key} | ${kinds.map((k) => mine.filter((o) => o.kind === k).length).join(' | ')} | ${mine.length} |`,
  )
}
console.log(
  `| total | ${kinds.map((k) => offices.filter((o) => o.kind === k).length).join(' | ')} | ${offices.length} |`,
)
const todayCounts = new Map<string, number>()
for (const o of offices) {
  const key = o.periods[o.periods.length - 1]!.region_key
  todayCounts.set(key, (todayCounts.get(key) ?? 0) + 1)
}
console.log(
  `\noffices by region today: ${[...todayCounts].map(([k, n]) => `${regionCode(k)} ${k} ${n}`).join('; ')}`,
)
