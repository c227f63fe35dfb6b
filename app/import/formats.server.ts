// The canonical import formats (issue 4): the columns of each kind in their English names, with
// the Kazakh and Russian headers accepted for them. A header matches case- and spacing-
// insensitively (spaces, underscores and hyphens are ignored, ё reads as е).
import { CHANNEL_CODES, IMPORT_KINDS, VARIANT_CODES, type ImportKind } from '../../db/schema'
import { REPORTING_YEARS } from '../domain/year-range'

export type { ImportKind }

export function isImportKind(value: string): value is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(value)
}

export interface ColumnSpec {
  name: string
  required: boolean
  /** Kazakh and Russian headers accepted for the column. */
  kk: string[]
  ru: string[]
  /** One line for the README and the template. */
  describe: string
}

const col = (
  name: string,
  required: boolean,
  kk: string[],
  ru: string[],
  describe: string,
): ColumnSpec => ({ name, required, kk, ru, describe })

const YESNO = 'yes/no (иә/жоқ, да/нет, true/false, 1/0); blank = not recorded'
const TIME =
  'ISO 8601 date and time, with an offset or in the office’s local time; or DD.MM.YYYY HH:MM; from 2000, not later than the import'
const ANSWER =
  'blank (not asked); yes/no (иә/жоқ, да/нет, 1/0) or a score 1–5 (satisfied = 4 or 5) — on the file’s one scale, see answer_scale'

/** The standard and the office: every kind but cases (whose help text gives examples) names both. */
const STANDARD = col('standard', true, ['стандарт'], ['стандарт'], 'standard code')
const OFFICE = col(
  'office',
  true,
  ['қызмет көрсету орны', 'орын коды'],
  ['место оказания услуги', 'код места'],
  'office code',
)

export const FORMATS: Record<ImportKind, ColumnSpec[]> = {
  cases: [
    col(
      'external_id',
      true,
      ['өтініш нөмірі', 'сыртқы id'],
      ['номер заявления', 'внешний id'],
      'the case’s id in the source system, unique per source',
    ),
    col(
      'standard',
      true,
      ['стандарт'],
      ['стандарт'],
      'standard code, e.g. private-farm-certificate',
    ),
    col('variant', true, ['нұсқа'], ['вариант'], VARIANT_CODES.join(' | ')),
    col('channel', true, ['арна'], ['канал'], CHANNEL_CODES.join(' | ')),
    col(
      'office',
      true,
      ['қызмет көрсету орны', 'орын коды'],
      ['место оказания услуги', 'код места'],
      'office code, e.g. KZ-11-PSC-kokshetau-city',
    ),
    col(
      'submitted_at',
      true,
      ['берілген уақыты', 'өтініш берілген уақыты'],
      ['дата подачи', 'время подачи'],
      TIME,
    ),
    col(
      'completed_at',
      false,
      ['орындалған уақыты'],
      ['дата исполнения', 'время исполнения'],
      `${TIME}; blank while open`,
    ),
    col(
      'result',
      true,
      ['нәтиже'],
      ['результат'],
      'issued | refused | suspended | withdrawn | in_progress',
    ),
    col(
      'wait_minutes_submit',
      false,
      ['тапсыру кезіндегі күту, мин'],
      ['ожидание при сдаче, мин'],
      'queue wait at submission, whole minutes 0–1440',
    ),
    col(
      'wait_minutes_pickup',
      false,
      ['алу кезіндегі күту, мин'],
      ['ожидание при получении, мин'],
      'queue wait at pickup, whole minutes 0–1440',
    ),
    col(
      'service_minutes',
      false,
      ['қызмет көрсету уақыты, мин'],
      ['время обслуживания, мин'],
      'service time, whole minutes 0–1440',
    ),
    col('docs_correct', false, ['құжаттар дұрыс ресімделді'], ['документы оформлены верно'], YESNO),
    col(
      'first_time_correct',
      false,
      ['бірінші реттен дұрыс тапсырылды'],
      ['подано верно с первого раза'],
      YESNO,
    ),
    col('suspended_from', false, ['тоқтатылған уақыты'], ['приостановлено с'], TIME),
    col(
      'suspended_to',
      false,
      ['қайта басталған уақыты'],
      ['приостановлено по'],
      `${TIME}; blank while suspended`,
    ),
  ],
  surveys: [
    col(
      'external_id',
      true,
      ['сауалнама нөмірі', 'сыртқы id'],
      ['номер анкеты', 'внешний id'],
      'the response’s id, unique per source',
    ),
    col(
      'case_external_id',
      false,
      ['өтініш нөмірі'],
      ['номер заявления'],
      'the case it rates (external_id), if known',
    ),
    STANDARD,
    OFFICE,
    col(
      'responded_at',
      true,
      ['жауап берілген күні'],
      ['дата ответа'],
      'YYYY-MM-DD or DD.MM.YYYY (a date and time is accepted)',
    ),
    col(
      'answer_scale',
      false,
      ['жауап шкаласы'],
      ['шкала ответов'],
      'yes-no or 1-5: the scale of every answer in the file (a sheet), the same on each row. ' +
        'Blank: the import option says it, or the answers do — any score 2–5 makes a 1–5 file ' +
        '(1 is then the worst score, 0 an error), yes/no words a yes/no file (1 = yes, 0 = no); ' +
        'a file of only 0 and 1 asks for the scale',
    ),
    col(
      'satisfied_process',
      false,
      ['қызмет көрсету процесіне қанағаттану'],
      ['удовлетворённость процессом'],
      ANSWER,
    ),
    col(
      'satisfied_information',
      false,
      ['ақпаратқа қанағаттану'],
      ['удовлетворённость информацией'],
      ANSWER,
    ),
    col(
      'satisfied_complaint_procedure',
      false,
      ['шағымдану тәртібіне қанағаттану'],
      ['удовлетворённость порядком обжалования'],
      ANSWER,
    ),
    col(
      'satisfied_complaint_timeline',
      false,
      ['шағымды қарау мерзіміне қанағаттану'],
      ['удовлетворённость сроками рассмотрения жалобы'],
      ANSWER,
    ),
    col(
      'satisfied_courtesy',
      false,
      ['қызметкерлердің сыпайылығына қанағаттану'],
      ['удовлетворённость вежливостью'],
      ANSWER,
    ),
  ],
  complaints: [
    col(
      'external_id',
      true,
      ['шағым нөмірі', 'сыртқы id'],
      ['номер жалобы', 'внешний id'],
      'the complaint’s id, unique per source',
    ),
    STANDARD,
    OFFICE,
    col(
      'received_at',
      true,
      ['түскен уақыты'],
      ['дата поступления'],
      `${TIME}; a date alone is local midnight`,
    ),
    col('justified', true, ['негізді'], ['обоснованная'], 'yes/no'),
    col('decided_at', false, ['шешім уақыты'], ['дата решения'], `${TIME}; blank while undecided`),
    col('upheld', false, ['қанағаттандырылды'], ['удовлетворена'], `${YESNO}; needs decided_at`),
    col(
      'review_term_days',
      false,
      ['қарау мерзімі, күн'],
      ['срок рассмотрения, дней'],
      'calendar days 1–365; blank = the standard’s term (30, or 15 where it says)',
    ),
  ],
  publications: [
    OFFICE,
    STANDARD,
    col(
      'year',
      true,
      ['жыл'],
      ['год'],
      `the year, ${REPORTING_YEARS.first}–${REPORTING_YEARS.last}`,
    ),
    col(
      'published',
      true,
      ['жарияланған'],
      ['опубликовано'],
      'yes/no: the service’s information is published online',
    ),
    col('url', false, ['сілтеме'], ['ссылка'], 'where it is published'),
  ],
}

/** "Submitted At", "submitted_at" and "SUBMITTED-AT" are one header. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s_\-\u00a0]+/g, '')
}

const lookups = new Map<ImportKind, Map<string, string>>()

function lookupOf(kind: ImportKind): Map<string, string> {
  let lookup = lookups.get(kind)
  if (!lookup) {
    lookup = new Map()
    for (const column of FORMATS[kind]) {
      for (const header of [column.name, ...column.kk, ...column.ru]) {
        lookup.set(normalizeHeader(header), column.name)
      }
    }
    lookups.set(kind, lookup)
  }
  return lookup
}

export type HeaderMatch =
  | { ok: true; columns: (string | null)[] }
  | { ok: false; missing: string[] }
  | { ok: false; duplicate: string }

/** Maps each header cell to its canonical column (null: a column Sapa does not read). */
export function matchHeader(kind: ImportKind, headers: string[]): HeaderMatch {
  const lookup = lookupOf(kind)
  const columns = headers.map((h) => lookup.get(normalizeHeader(h)) ?? null)
  const seen = new Set<string>()
  for (const c of columns) {
    if (c === null) continue
    if (seen.has(c)) return { ok: false, duplicate: c }
    seen.add(c)
  }
  const missing = FORMATS[kind].filter((c) => c.required && !seen.has(c.name)).map((c) => c.name)
  if (missing.length > 0) return { ok: false, missing }
  return { ok: true, columns }
}
