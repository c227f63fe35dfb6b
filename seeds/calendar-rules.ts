// Kazakhstan's non-working days by rule, for years the researched calendar does not cover: the
// holidays of Law No. 267-II «О праздниках в Республике Казахстан» as they stood each year, the
// two religious days off, and the weekend carry-over of art. 5. Pure: years in, rows out.
//
// The rules and the holidays by year: docs/domain.md §5 (and seeds/README.md). What it cannot know:
// the yearly government decrees / MTSZN orders that move a day off (a Saturday made working and a
// bridge day made free). Generated years carry NO such transfers.

export type CalendarDayKind = 'holiday' | 'transfer_day_off' | 'transfer_working_day'

export interface CalendarDayRow {
  day: string // YYYY-MM-DD
  kind: CalendarDayKind
  nameKk: string
  nameRu: string
  nameEn: string
  source: string
}

export const DERIVED_SOURCE =
  'derived: Law 267 art. 5 rule (no transfer orders known for this year)'

/** The years the rules below are known to describe (holiday list and Kurban Ait dates). */
export const RULE_YEARS = { first: 2010, last: 2028 } as const

interface HolidayName {
  kk: string
  ru: string
  en: string
}

// The holiday names, as reference/calendar-days.csv spells them; ru is ours.
export const HOLIDAY_NAMES = {
  newYear: { kk: 'Жаңа жыл', ru: 'Новый год', en: 'New Year' },
  christmas: {
    kk: 'Православиелік Рождество',
    ru: 'Православное Рождество (выходной день, без переноса)',
    en: 'Orthodox Christmas (day off, no carry-over)',
  },
  womensDay: {
    kk: 'Халықаралық әйелдер күні',
    ru: 'Международный женский день',
    en: "International Women's Day",
  },
  nauryz: { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz' },
  unityDay: {
    kk: 'Қазақстан халқының бірлігі мерекесі',
    ru: 'Праздник единства народа Казахстана',
    en: "Kazakhstan People's Unity Day",
  },
  defenderDay: {
    kk: 'Отан Қорғаушы күні',
    ru: 'День защитника Отечества',
    en: 'Defender of the Fatherland Day',
  },
  victoryDay: { kk: 'Жеңіс күні', ru: 'День Победы', en: 'Victory Day' },
  capitalDay: { kk: 'Астана күні', ru: 'День столицы', en: 'Capital Day' },
  constitutionDay: {
    kk: 'Қазақстан Республикасының Конституциясы күні',
    ru: 'День Конституции Республики Казахстан',
    en: 'Constitution Day',
  },
  republicDay: { kk: 'Республика күні', ru: 'День Республики', en: 'Republic Day' },
  // Renamed in the Kazakh text in 2026 (Law 267's history, per python-holidays PR #3690).
  republicDay2026: { kk: 'Қазақстан Республикасы күні', ru: 'День Республики', en: 'Republic Day' },
  firstPresidentDay: {
    kk: 'Қазақстан Республикасының Тұңғыш Президенті күні',
    ru: 'День Первого Президента Республики Казахстан',
    en: "First President's Day",
  },
  independenceDay: { kk: 'Тәуелсіздік күні', ru: 'День Независимости', en: 'Independence Day' },
  kurbanAit: {
    kk: 'Құрбан айт',
    ru: 'Курбан айт, первый день (выходной день, без переноса)',
    en: 'Kurban Ait, first day (day off, no carry-over)',
  },
} satisfies Record<string, HolidayName>

interface FixedHoliday {
  month: number
  day: number
  name: (year: number) => HolidayName
  from: number
  to: number
  /** National / state holiday of Law 267: a weekend occurrence is carried over (art. 5). */
  carriesOver: boolean
  source: string
}

const ALWAYS = { from: RULE_YEARS.first, to: RULE_YEARS.last }
const fixed = (name: HolidayName) => () => name

// docs/domain.md §5, the holidays by year.
const FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  {
    month: 1,
    day: 1,
    name: fixed(HOLIDAY_NAMES.newYear),
    ...ALWAYS,
    carriesOver: true,
    source: 'LAW267',
  },
  {
    month: 1,
    day: 2,
    name: fixed(HOLIDAY_NAMES.newYear),
    ...ALWAYS,
    carriesOver: true,
    source: 'LAW267',
  },
  // A day off "независимо от режима работы" (Labour Code 2015 art. 84 p. 5; 2007 art. 96 p. 4),
  // not a Law 267 holiday: no carry-over.
  {
    month: 1,
    day: 7,
    name: fixed(HOLIDAY_NAMES.christmas),
    ...ALWAYS,
    carriesOver: false,
    source: 'Labour Code (2007 art. 96 p. 4; 2015 art. 84 p. 5)',
  },
  {
    month: 3,
    day: 8,
    name: fixed(HOLIDAY_NAMES.womensDay),
    ...ALWAYS,
    carriesOver: true,
    source: 'LAW267',
  },
  // Constitution Day moves to 15 March from 2027 (new Constitution of 2026; none in 2026).
  {
    month: 3,
    day: 15,
    name: fixed(HOLIDAY_NAMES.constitutionDay),
    from: 2027,
    to: RULE_YEARS.last,
    carriesOver: true,
    source: 'LAW267 as amended 2026 (Constitution Day 15 Mar from 2027)',
  },
  // Three days of Nauryz from 2010.
  {
    month: 3,
    day: 21,
    name: fixed(HOLIDAY_NAMES.nauryz),
    ...ALWAYS,
    carriesOver: true,
    source: 'LAW267',
  },
  {
    month: 3,
    day: 22,
    name: fixed(HOLIDAY_NAMES.nauryz),
    ...ALWAYS,
    carriesOver: true,
    source: 'LAW267',
  },
  {
    month: 3,
    day: 23,
    name: fixed(HOLIDAY_NAMES.nauryz),
    ...ALWAYS,
    carriesOver: true,
    source: 'LAW267',
  },
  {
    month: 5,
    day: 1,
    name: fixed(HOLIDAY_NAMES.unityDay),
    ...ALWAYS,
    carriesOver: true,
    source: 'LAW267',
  },
  {
    month: 5,
    day: 7,
    name: fixed(HOLIDAY_NAMES.defenderDay),
    from: 2013,
    to: RULE_YEARS.last,
    carriesOver: true,
    source: 'LAW267 (7 May a day off from 2013)',
  },
  {
    month: 5,
    day: 9,
    name: fixed(HOLIDAY_NAMES.victoryDay),
    ...ALWAYS,
    carriesOver: true,
    source: 'LAW267',
  },
  {
    month: 7,
    day: 6,
    name: fixed(HOLIDAY_NAMES.capitalDay),
    ...ALWAYS,
    carriesOver: true,
    source: 'LAW267',
  },
  {
    month: 8,
    day: 30,
    name: fixed(HOLIDAY_NAMES.constitutionDay),
    from: RULE_YEARS.first,
    to: 2025,
    carriesOver: true,
    source: 'LAW267 (30 Aug a holiday to 2025)',
  },
  {
    month: 10,
    day: 25,
    name: (year) => (year >= 2026 ? HOLIDAY_NAMES.republicDay2026 : HOLIDAY_NAMES.republicDay),
    from: 2022,
    to: RULE_YEARS.last,
    carriesOver: true,
    source: 'LAW267 as amended by LAW2022 (25 Oct from 2022)',
  },
  {
    month: 12,
    day: 1,
    name: fixed(HOLIDAY_NAMES.firstPresidentDay),
    from: 2012,
    to: 2021,
    carriesOver: true,
    source: 'LAW267 (1 Dec a holiday 2012–2021)',
  },
  {
    month: 12,
    day: 16,
    name: fixed(HOLIDAY_NAMES.independenceDay),
    ...ALWAYS,
    carriesOver: true,
    source: 'LAW267',
  },
  {
    month: 12,
    day: 17,
    name: fixed(HOLIDAY_NAMES.independenceDay),
    from: RULE_YEARS.first,
    to: 2021,
    carriesOver: true,
    source: 'LAW267 (17 Dec a holiday to 2021)',
  },
]

// First day of Kurban Ait (lunar, announced yearly; a day off with no carry-over).
export const KURBAN_AIT: Readonly<Record<number, { day: string; source: string }>> = {
  2010: { day: '2010-11-16', source: 'kz-nonworking-days.csv (PYH; DH)' },
  2011: { day: '2011-11-06', source: 'kz-nonworking-days.csv (PYH; DH)' },
  2012: { day: '2012-10-26', source: 'kz-nonworking-days.csv (PYH; DH)' },
  // 2013–2022: the dates of python-holidays' Kazakhstan table; not checked here against each
  // year's official announcement.
  2013: { day: '2013-10-15', source: 'python-holidays KZ table [not re-verified]' },
  2014: { day: '2014-10-04', source: 'python-holidays KZ table [not re-verified]' },
  2015: { day: '2015-09-24', source: 'python-holidays KZ table [not re-verified]' },
  2016: { day: '2016-09-12', source: 'python-holidays KZ table [not re-verified]' },
  2017: { day: '2017-09-01', source: 'python-holidays KZ table [not re-verified]' },
  2018: { day: '2018-08-21', source: 'python-holidays KZ table [not re-verified]' },
  2019: { day: '2019-08-11', source: 'python-holidays KZ table [not re-verified]' },
  2020: { day: '2020-07-31', source: 'python-holidays KZ table [not re-verified]' },
  2021: { day: '2021-07-20', source: 'python-holidays KZ table [not re-verified]' },
  2022: { day: '2022-07-09', source: 'python-holidays KZ table [not re-verified]' },
  2023: { day: '2023-06-28', source: 'kz-nonworking-days.csv (PYH; ISDAYOFF-2023; DH)' },
  2024: { day: '2024-06-16', source: 'kz-nonworking-days.csv (PYH; DH)' },
  2025: { day: '2025-06-06', source: 'kz-nonworking-days.csv (PYH; ISDAYOFF-2025; DH)' },
  2026: { day: '2026-05-27', source: 'kz-nonworking-days.csv (EGOV-2026; DH)' },
  // Not announced yet: the astronomical 10 Dhu al-Hijjah 1448 / 1449 (may move by a day).
  2027: {
    day: '2027-05-16',
    source: 'estimate: 10 Dhu al-Hijjah 1448, not yet announced [uncertain]',
  },
  2028: {
    day: '2028-05-05',
    source: 'estimate: 10 Dhu al-Hijjah 1449, not yet announced [uncertain]',
  },
}

/**
 * The holidays and the art. 5 carry-over days of each year, sorted by day. A weekend occurrence
 * of a Law 267 holiday makes the first following Monday–Friday that is not itself a holiday or
 * an earlier carried day a day off — so a carried day goes past the whole holiday block
 * (Sat 7 May 2022 → Tue 10 May, Mon 9 May being Victory Day). 7 January and Kurban Ait are
 * days off but carry nothing over.
 */
export function calendarRowsForYears(years: Iterable<number>): CalendarDayRow[] {
  const rows: CalendarDayRow[] = []
  for (const year of new Set(years)) rows.push(...rowsForYear(year))
  return rows.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
}

function rowsForYear(year: number): CalendarDayRow[] {
  if (!Number.isInteger(year) || year < RULE_YEARS.first || year > RULE_YEARS.last) {
    throw new RangeError(
      `calendar rules are written for ${RULE_YEARS.first}–${RULE_YEARS.last}, not for ${year}`,
    )
  }
  const holidays: { day: number; name: HolidayName; carriesOver: boolean; source: string }[] = []
  for (const h of FIXED_HOLIDAYS) {
    if (year < h.from || year > h.to) continue
    holidays.push({
      day: dayNumberOf(year, h.month, h.day),
      name: h.name(year),
      carriesOver: h.carriesOver,
      source: h.source,
    })
  }
  const kurban = KURBAN_AIT[year]
  if (!kurban) throw new RangeError(`no Kurban Ait date for ${year}`)
  holidays.push({
    day: parseDay(kurban.day),
    name: HOLIDAY_NAMES.kurbanAit,
    carriesOver: false,
    source: `Labour Code (days off since 2006), no carry-over; date: ${kurban.source}`,
  })
  holidays.sort((a, b) => a.day - b.day)
  const seen = new Set<number>()
  for (const h of holidays) {
    if (seen.has(h.day)) throw new Error(`two holidays on ${formatDay(h.day)}`)
    seen.add(h.day)
  }

  const off = new Set(holidays.map((h) => h.day))
  const rows: CalendarDayRow[] = holidays.map((h) => ({
    day: formatDay(h.day),
    kind: 'holiday',
    nameKk: h.name.kk,
    nameRu: h.name.ru,
    nameEn: h.name.en,
    source: `${DERIVED_SOURCE}; ${h.source}`,
  }))
  for (const h of holidays) {
    if (!h.carriesOver || !isWeekend(h.day)) continue
    let carried = h.day + 1
    while (isWeekend(carried) || off.has(carried)) carried++
    off.add(carried)
    const from = formatDay(h.day)
    rows.push({
      day: formatDay(carried),
      kind: 'transfer_day_off',
      nameKk: `${h.name.kk} (қайта белгіленген демалыс)`,
      nameRu: `${stripNote(h.name.ru)} (перенесённый выходной с ${from})`,
      nameEn: `${h.name.en} (carried over from ${from})`,
      source: DERIVED_SOURCE,
    })
  }
  return rows
}

function stripNote(name: string): string {
  return name.replace(/ \(.*\)$/, '')
}

// Day numbers: days since 1970-01-01 (UTC civil dates, no time zone involved).
const MS_PER_DAY = 86_400_000

function dayNumberOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY
}

function parseDay(day: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${day}`)
  return dayNumberOf(Number(match[1]), Number(match[2]), Number(match[3]))
}

function formatDay(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10)
}

/** Saturday or Sunday (1970-01-01, day 0, was a Thursday). */
function isWeekend(n: number): boolean {
  const weekday = (((n + 4) % 7) + 7) % 7 // 0 = Sunday … 6 = Saturday
  return weekday === 0 || weekday === 6
}
