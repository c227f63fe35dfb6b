// The measure registry (docs/domain.md §3, decision 0032): one definition per measure — which
// records it counts, the key date that places a record in a period, who is in the denominator,
// who is in the numerator, its direction and unit. Codes and names belong to each standard's
// appendix table; the measure is shared, and an edition's table names it by its key.
//
// Everything that computes a measure is made from these definitions (db/measure-sql.ts): the
// engine's plain SQL (db/queries/indicators.ts), the daily rollups' trigger functions (installed
// by migration 0021 and kept in step by db/measure-sql-sync.ts), and the drill-down lists
// (db/queries/case-lists.ts). Changing a rule below is the one edit a formula change needs;
// test/unit/measure-registry.test.ts fails if a rule is written anywhere else.
//
// The conditions are SQL boolean expressions over one record, written as functions of the
// record's alias (`c.due_at`, `d.due_at` …) so that each place can name the record as it does.
// `dr` is the case's deadline rule (channel × variant), joined where a definition asks for it.

export type MeasureSource = 'cases' | 'surveys' | 'complaints' | 'publications'

/** The date column that places a record in a period ('year' for a publication record). */
export type KeyDate =
  | 'due_on'
  | 'submitted_on'
  | 'completed_on'
  | 'responded_on'
  | 'received_on'
  | 'term_ends_on'
  | 'year'

/** A condition on one record, as SQL over the record's alias. */
export type RecordCondition = (row: string) => string

/** Records of a source that no measure counts (besides those outside the period). */
export const LEFT_OUT: Partial<Record<MeasureSource, RecordCondition>> = {
  // Withdrawn cases are left out of every case measure (docs/domain.md §3).
  cases: (r) => `${r}.result <> 'withdrawn'`,
}

/**
 * A count of records: those of `source` whose `keyDate` falls in the period (and that no source
 * rule leaves out) and that meet `counted` (null: all of them).
 */
export interface RecordCount {
  /** Its name in the generated statements. */
  name: string
  source: Exclude<MeasureSource, 'publications'>
  keyDate: KeyDate
  counted: RecordCondition | null
  /** The daily rollup column that stores it per office × day, if any. */
  rollup?: string
}

/** Consumers served: cases completed with a result (issued, or a motivated refusal). */
export const CONSUMERS_SERVED = {
  name: 'served',
  source: 'cases',
  keyDate: 'completed_on',
  counted: (r) => `${r}.result in ('issued', 'refused')`,
  rollup: 'served',
} as const satisfies RecordCount

export interface MeasureDefinition {
  /** The records the measure speaks of (its numerator's). */
  source: MeasureSource
  /** The date that places a record in a period. */
  keyDate: KeyDate
  /**
   * The denominator: the measure's own records that meet this condition (null: all of them) —
   * or, for a rate over another population, that count (4.1 divides by consumers served).
   */
  denominator: RecordCondition | null | RecordCount
  /**
   * The numerator: of the denominator's records (of the own records, when the denominator is
   * another count), those that meet the measure. Null counts as not met.
   */
  numerator: RecordCondition
  /**
   * The conditions read the case's deadline rule (`dr`): its identity row, which holds the latest
   * edition's values. A value that differs between editions must instead be stored on the record
   * when it is written (as `cases.max_wait_minutes`), or a new edition would move earlier periods.
   */
  readsDeadlineRule?: boolean
  /**
   * Whose offices make the figure's coverage (the offices that contributed): the denominator's
   * (default), or those that served consumers — a complaint register is complete or absent, so
   * coverage follows the cases (decision 0004).
   */
  coverage?: 'denominator' | RecordCount
  /** Better when higher (a share achieved) or lower (a share of failures, as complaints). */
  direction: 'higher_is_better' | 'lower_is_better'
  /** Every measure is a share: 100 × numerator ÷ denominator. */
  unit: 'percent'
  /**
   * The daily rollup columns that store the numerator and the denominator per office × day
   * (db/migrations/0002, 0028); none for a measure the engine counts from its records every time.
   * No denominator column when the denominator is another count: that count's own `rollup`.
   */
  rollup?: { numerator: string; denominator?: string }
}

const cases = { source: 'cases', unit: 'percent', direction: 'higher_is_better' } as const

/** A survey question's measure: respondents satisfied among those who answered it. */
function satisfied(question: string) {
  return {
    source: 'surveys',
    keyDate: 'responded_on',
    denominator: (r: string) => `${r}.${question}_satisfied is not null`,
    numerator: (r: string) => `${r}.${question}_satisfied`,
    direction: 'higher_is_better',
    unit: 'percent',
    rollup: { numerator: `${question}_ok`, denominator: `${question}_n` },
  } as const satisfies MeasureDefinition
}

/** A yes/no a case records when it is checked: the cases where it holds, among those checked. */
function recordedFlag(
  column: string,
  keyDate: KeyDate,
  rollup: { numerator: string; denominator: string },
) {
  return {
    ...cases,
    keyDate,
    denominator: (r: string) => `${r}.${column} is not null`,
    numerator: (r: string) => `${r}.${column}`,
    rollup,
  } as const satisfies MeasureDefinition
}

/** A queue wait is recorded at submission, at pickup, or both. */
const waitRecorded: RecordCondition = (r) =>
  `(${r}.wait_minutes_submit is not null or ${r}.wait_minutes_pickup is not null)`

export const MEASURE_REGISTRY = {
  // 1.1: cases completed (issued or refused) by their deadline, among the cases whose deadline
  // falls in the period; open cases past their deadline count as late (decision 0004).
  on_time: {
    ...cases,
    keyDate: 'due_on',
    denominator: null,
    numerator: (r) => `${r}.result in ('issued', 'refused') and ${r}.completed_at <= ${r}.due_at`,
    rollup: { numerator: 'on_time', denominator: 'cases' },
  },
  // 1.2: every recorded queue wait within the channel's maximum, among cases with a wait. The
  // maximum is the case's own (`max_wait_minutes`): its deadline rule's in the edition in force
  // on its submission day, stored with its deadline (decision 0033), so that a new edition moves
  // only the cases submitted under it.
  queue_wait_ok: {
    ...cases,
    keyDate: 'submitted_on',
    denominator: waitRecorded,
    numerator: (r) => `(coalesce(${r}.wait_minutes_submit, 0) <= ${r}.max_wait_minutes
      and coalesce(${r}.wait_minutes_pickup, 0) <= ${r}.max_wait_minutes)`,
    rollup: { numerator: 'wait_ok', denominator: 'wait_recorded' },
  },
  // 2.2: documents processed correctly, among completed cases where it was recorded.
  docs_correct: recordedFlag('docs_correct', 'completed_on', {
    numerator: 'docs_ok',
    denominator: 'docs_recorded',
  }),
  // Farm certificate 3.2: submitted correctly the first time, where it was recorded.
  first_time_correct: recordedFlag('first_time_correct', 'submitted_on', {
    numerator: 'first_ok',
    denominator: 'first_recorded',
  }),
  satisfied_process: satisfied('process'),
  satisfied_information: satisfied('information'),
  satisfied_complaint_procedure: satisfied('complaint_procedure'),
  satisfied_complaint_timeline: satisfied('complaint_timeline'),
  satisfied_courtesy: satisfied('courtesy'),
  // Offices with the service's information published online, among the offices serving the
  // standard in scope (db/queries/indicators.ts, servingAndPublications): a year's figure.
  info_online: {
    source: 'publications',
    keyDate: 'year',
    denominator: null,
    numerator: (r) => `${r}.published`,
    direction: 'higher_is_better',
    unit: 'percent',
  },
  // 4.1: justified complaints received over the consumers served (cases completed), same period.
  justified_complaint_rate: {
    source: 'complaints',
    keyDate: 'received_on',
    denominator: CONSUMERS_SERVED,
    numerator: (r) => `${r}.justified`,
    coverage: CONSUMERS_SERVED,
    direction: 'lower_is_better',
    unit: 'percent',
    rollup: { numerator: 'justified' },
  },
  // 4.2: justified complaints decided in the complainant's favour within the review term, among
  // the justified complaints whose term ends in the period.
  complaints_resolved_on_time: {
    source: 'complaints',
    keyDate: 'term_ends_on',
    denominator: (r) => `${r}.justified`,
    numerator: (r) => `${r}.upheld and ${r}.decided_at <= ${r}.term_ends_at`,
    coverage: CONSUMERS_SERVED,
    direction: 'higher_is_better',
    unit: 'percent',
    rollup: { numerator: 'resolved_on_time', denominator: 'justified' },
  },
} as const satisfies Record<string, MeasureDefinition>

export type MeasureSlug = keyof typeof MEASURE_REGISTRY

/**
 * A measure's definition in one language, as the Methodology page and the drill-down show it.
 * Markup: `code` is shown as code (column names); a {name} is a parameter the page fills in.
 */
export interface MeasureText {
  /** A short name of the measure (the appendix rows' own names are shown beside it). */
  name: string
  /** What it counts in the words a ministry official uses (no column names). */
  plain: string
  numerator: string
  denominator: string
  periodKey: string
  notes: readonly string[]
}

export type MeasureTexts = Record<'kk' | 'ru' | 'en', MeasureText>

/** What every survey question's measure says alike: its denominator, period key and notes. */
const SURVEY_QUESTION_TEXTS = {
  kk: {
    denominator: 'Осы сұраққа берілген жауаптар.',
    periodKey: 'Жауап берілген күн (`responded_on`)',
    notes: [
      'Бұл сұрақ қойылмаған респондент есепке алынбайды.',
      'Сауалнама көрсеткіші: 95 % аралық және кемінде {minAnswers} жауап («Сауалнама көрсеткіштері» бөлімін қараңыз).',
    ],
  },
  ru: {
    denominator: 'Ответы на этот вопрос.',
    periodKey: 'Дата ответа (`responded_on`)',
    notes: [
      'Респондент, которому этот вопрос не задавали, не учитывается.',
      'Опросный показатель: 95-процентный интервал и не менее {minAnswers} ответов (см. «Опросные показатели»).',
    ],
  },
  en: {
    denominator: 'Answers to that question.',
    periodKey: 'Response date (`responded_on`)',
    notes: [
      'A respondent who was not asked this question is not counted.',
      'A survey measure: 95 % interval and at least {minAnswers} answers (see “Survey measures”).',
    ],
  },
} as const

/**
 * Each measure's definition in words, in the registry's order: what its rule above says, for
 * people (app/i18n/methodology/measure-messages.ts makes them the Methodology page's messages).
 * A constant of its own, read on the server only, so that the browser's bundle, which reads the
 * rules' keys and sources, does not carry the texts of three languages. Built in a pure-annotated
 * call: a top-level literal with object spreads (SURVEY_QUESTION_TEXTS) is kept by esbuild in every
 * bundle that imports this module, used or not (test/unit/client-dictionaries.test.ts).
 */
export const MEASURE_TEXTS = /* @__PURE__ */ (() =>
  ({
    on_time: {
      kk: {
        name: 'Қызметті белгіленген мерзімде көрсету',
        plain:
          'Мерзімі кезеңге түскен өтініштердің ішінен қызмет (нәтиже немесе дәлелді бас тарту) мерзімінде көрсетілгендерінің үлесі. Мерзімі өтіп, әлі аяқталмаған өтініштер кешіктірілген болып саналады.',
        numerator:
          'Нәтижесі `issued` (берілді) немесе `refused` (бас тартылды; дәлелді бас тарту да нәтиже) және мерзімінен кешікпей аяқталған өтініштер: `completed_at ≤ due_at`.',
        denominator:
          'Мерзімі (`due_on`) кезеңге түсетін және есептеу күнінен кейін болмайтын өтініштер. Мерзімі өтіп кеткен аяқталмаған өтініштер тек бөлімге кіреді: олар кешіктірілген болып саналады.',
        periodKey: 'Мерзімнің аяқталу күні (`due_on`)',
        notes: [
          'Кері қайтарып алынған өтініштер алымға да, бөлімге де кірмейді.',
          'Әлі тоқтатыла тұрған өтініштің мерзімі жоқ: ол есепке алынбайды.',
          'Өтініш мерзімі түсетін кезеңде есептеледі («Кезең және ауқым» бөлімін қараңыз).',
        ],
      },
      ru: {
        name: 'Услуга оказана в срок',
        plain:
          'Доля заявлений, по которым услуга (результат или мотивированный отказ) оказана в срок, среди заявлений, срок по которым пришёлся на период. Незавершённые заявления с истёкшим сроком считаются просроченными.',
        numerator:
          'Заявки с результатом `issued` (выдано) или `refused` (отказано; мотивированный отказ — тоже результат), завершённые не позже срока: `completed_at ≤ due_at`.',
        denominator:
          'Заявки, срок (`due_on`) которых приходится на период и не позже даты расчёта. Незавершённые заявки с истёкшим сроком входят только в знаменатель: они считаются просроченными.',
        periodKey: 'Дата окончания срока (`due_on`)',
        notes: [
          'Отозванные заявки не входят ни в числитель, ни в знаменатель.',
          'У заявки, которая всё ещё приостановлена, нет срока: она не учитывается.',
          'Заявка относится к периоду, на который приходится её срок (см. «Период и охват»).',
        ],
      },
      en: {
        name: 'Service provided on time',
        plain:
          'The share of cases served on time (a result or a reasoned refusal) among the cases whose deadline fell in the period. Open cases past their deadline count as late.',
        numerator:
          'Cases with the result `issued` or `refused` (a motivated refusal is a result) completed by their deadline: `completed_at ≤ due_at`.',
        denominator:
          'Cases whose deadline (`due_on`) falls in the period and is not after the as-of date. Open cases past their deadline are in the denominator only: they count as late.',
        periodKey: 'Deadline date (`due_on`)',
        notes: [
          'Withdrawn cases are left out of the numerator and the denominator.',
          'A case still suspended has no deadline and is left out.',
          'A case counts in the period its deadline falls in (see “Period and scope”).',
        ],
      },
    },
    queue_wait_ok: {
      kk: {
        name: 'Кезекте рұқсат етілген уақыттан артық күтпеу',
        plain:
          'Кезекте күту уақыты белгіленген ең ұзақ уақыттан аспаған өтініштердің үлесі (құжат тапсырғанда да, нәтиже алғанда да).',
        numerator:
          'Тіркелген әр күту уақыты — өтініш беру кезінде (`wait_minutes_submit`) және нәтижені алу кезінде (`wait_minutes_pickup`) — өтініш берілген күні күшінде болған стандарт редакциясының мерзім ережесіндегі кезекте күтудің ең ұзақ уақытынан (`max_wait_minutes`, өтініште сақталады) аспайтын өтініштер.',
        denominator: 'Кемінде бір күту уақыты тіркелген өтініштер.',
        periodKey: 'Өтініш берілген күн (`submitted_on`)',
        notes: ['Кері қайтарып алынған өтініштер алымға да, бөлімге де кірмейді.'],
      },
      ru: {
        name: 'Ожидание в очереди не дольше допустимого',
        plain:
          'Доля заявлений, по которым ожидание в очереди — при сдаче документов и при получении результата — не превысило установленного максимума.',
        numerator:
          'Заявки, у которых каждое записанное время ожидания — при подаче (`wait_minutes_submit`) и при получении (`wait_minutes_pickup`) — не больше максимального времени ожидания по правилу срока той редакции стандарта, что действовала в день подачи (`max_wait_minutes`, хранится в заявке).',
        denominator: 'Заявки, у которых записано хотя бы одно время ожидания.',
        periodKey: 'Дата подачи (`submitted_on`)',
        notes: ['Отозванные заявки не входят ни в числитель, ни в знаменатель.'],
      },
      en: {
        name: 'Queue wait within the maximum',
        plain:
          'The share of cases in which the wait in the queue, when handing in the documents and when collecting the result, was within the maximum set.',
        numerator:
          'Cases whose every recorded wait — at submission (`wait_minutes_submit`) and at pickup (`wait_minutes_pickup`) — is no longer than the maximum waiting time of the case’s deadline rule in the edition of the standard in force on its submission day (`max_wait_minutes`, stored with the case).',
        denominator: 'Cases with at least one recorded wait.',
        periodKey: 'Submission date (`submitted_on`)',
        notes: ['Withdrawn cases are left out of the numerator and the denominator.'],
      },
    },
    docs_correct: {
      kk: {
        name: 'Құжаттарды дұрыс ресімдеу',
        plain: 'Аяқталған өтініштердің ішінен құжаттары дұрыс ресімделгендерінің үлесі.',
        numerator: 'Құжаттары дұрыс ресімделген аяқталған өтініштер (`docs_correct = true`).',
        denominator: 'Бұл белгі тіркелген аяқталған өтініштер.',
        periodKey: 'Аяқталған күн (`completed_on`)',
        notes: ['Кері қайтарып алынған өтініштер алымға да, бөлімге де кірмейді.'],
      },
      ru: {
        name: 'Документы оформлены правильно',
        plain: 'Доля завершённых заявлений, документы по которым оформлены правильно.',
        numerator:
          'Завершённые заявки, по которым документы оформлены правильно (`docs_correct = true`).',
        denominator: 'Завершённые заявки, по которым это записано.',
        periodKey: 'Дата завершения (`completed_on`)',
        notes: ['Отозванные заявки не входят ни в числитель, ни в знаменатель.'],
      },
      en: {
        name: 'Documents processed correctly',
        plain: 'The share of completed cases whose documents were processed correctly.',
        numerator:
          'Completed cases in which the documents were processed correctly (`docs_correct = true`).',
        denominator: 'Completed cases in which this was recorded.',
        periodKey: 'Completion date (`completed_on`)',
        notes: ['Withdrawn cases are left out of the numerator and the denominator.'],
      },
    },
    first_time_correct: {
      kk: {
        name: 'Құжаттарды бірінші реттен дұрыс тапсыру',
        plain: 'Қызмет алушы құжаттарды бірінші реттен дұрыс тапсырған өтініштердің үлесі.',
        numerator:
          'Тұтынушы құжаттарды бірінші реттен дұрыс тапсырған өтініштер (`first_time_correct = true`).',
        denominator: 'Бұл белгі тіркелген өтініштер.',
        periodKey: 'Өтініш берілген күн (`submitted_on`)',
        notes: ['Кері қайтарып алынған өтініштер алымға да, бөлімге де кірмейді.'],
      },
      ru: {
        name: 'Документы поданы правильно с первого раза',
        plain:
          'Доля заявлений, по которым получатель услуги с первого раза подал документы правильно.',
        numerator:
          'Заявки, по которым потребитель подал документы правильно с первого раза (`first_time_correct = true`).',
        denominator: 'Заявки, по которым это записано.',
        periodKey: 'Дата подачи (`submitted_on`)',
        notes: ['Отозванные заявки не входят ни в числитель, ни в знаменатель.'],
      },
      en: {
        name: 'Submitted correctly the first time',
        plain:
          'The share of cases in which the applicant handed in correct documents the first time.',
        numerator:
          'Cases in which the consumer submitted the documents correctly the first time (`first_time_correct = true`).',
        denominator: 'Cases in which this was recorded.',
        periodKey: 'Submission date (`submitted_on`)',
        notes: ['Withdrawn cases are left out of the numerator and the denominator.'],
      },
    },
    satisfied_process: {
      kk: {
        name: 'Қызмет көрсету процесіне қанағаттану',
        plain:
          'Қызмет көрсету үдерісінің сапасы туралы сұраққа жауап бергендердің ішінен қанағаттанғандардың үлесі.',
        numerator:
          'Қызмет көрсету процесінің сапасы туралы сұраққа берілген, қанағаттануды білдіретін жауаптар: «иә» немесе 1–5 шкаласы бойынша 4 не 5.',
        ...SURVEY_QUESTION_TEXTS.kk,
      },
      ru: {
        name: 'Удовлетворённость процессом оказания услуги',
        plain:
          'Доля удовлетворённых качеством процесса оказания услуги среди ответивших на этот вопрос опроса.',
        numerator:
          'Ответы на вопрос о качестве процесса оказания услуги, означающие удовлетворённость: «да» или 4–5 по шкале от 1 до 5.',
        ...SURVEY_QUESTION_TEXTS.ru,
      },
      en: {
        name: 'Satisfaction with the service process',
        plain:
          'The share of survey respondents who were satisfied with how the service was delivered.',
        numerator:
          'Answers to the question on the quality of the service process that are satisfied: “yes”, or 4 or 5 on the 1–5 scale.',
        ...SURVEY_QUESTION_TEXTS.en,
      },
    },
    satisfied_information: {
      kk: {
        name: 'Ақпаратқа қанағаттану',
        plain:
          'Қызмет және оны алу тәртібі туралы ақпаратқа қанағаттанған сауалнамаға қатысушылардың үлесі.',
        numerator:
          'Қызмет және оны көрсету тәртібі туралы ақпарат жөніндегі сұраққа берілген, қанағаттануды білдіретін жауаптар: «иә» немесе 1–5 шкаласы бойынша 4 не 5.',
        ...SURVEY_QUESTION_TEXTS.kk,
      },
      ru: {
        name: 'Удовлетворённость информацией',
        plain:
          'Доля удовлетворённых информацией об услуге и порядке её получения среди ответивших на этот вопрос опроса.',
        numerator:
          'Ответы на вопрос об информации об услуге и порядке её оказания, означающие удовлетворённость: «да» или 4–5 по шкале от 1 до 5.',
        ...SURVEY_QUESTION_TEXTS.ru,
      },
      en: {
        name: 'Satisfaction with the information',
        plain:
          'The share of survey respondents who were satisfied with the information about the service and how to obtain it.',
        numerator:
          'Answers to the question on the information about the service and its procedure that are satisfied: “yes”, or 4 or 5 on the 1–5 scale.',
        ...SURVEY_QUESTION_TEXTS.en,
      },
    },
    satisfied_complaint_procedure: {
      kk: {
        name: 'Шағымдану тәртібіне қанағаттану',
        plain: 'Шағым беру тәртібіне қанағаттанған сауалнамаға қатысушылардың үлесі.',
        numerator:
          'Шағымдану тәртібі туралы сұраққа берілген, қанағаттануды білдіретін жауаптар: «иә» немесе 1–5 шкаласы бойынша 4 не 5.',
        ...SURVEY_QUESTION_TEXTS.kk,
      },
      ru: {
        name: 'Удовлетворённость порядком обжалования',
        plain: 'Доля удовлетворённых порядком обжалования среди ответивших на этот вопрос опроса.',
        numerator:
          'Ответы на вопрос о порядке обжалования, означающие удовлетворённость: «да» или 4–5 по шкале от 1 до 5.',
        ...SURVEY_QUESTION_TEXTS.ru,
      },
      en: {
        name: 'Satisfaction with the complaint procedure',
        plain: 'The share of survey respondents who were satisfied with the complaint procedure.',
        numerator:
          'Answers to the question on the complaint procedure that are satisfied: “yes”, or 4 or 5 on the 1–5 scale.',
        ...SURVEY_QUESTION_TEXTS.en,
      },
    },
    satisfied_complaint_timeline: {
      kk: {
        name: 'Шағымды қарау мерзіміне қанағаттану',
        plain: 'Шағымды қарау мерзіміне қанағаттанған сауалнамаға қатысушылардың үлесі.',
        numerator:
          'Шағымды қарау мерзімі туралы сұраққа берілген, қанағаттануды білдіретін жауаптар: «иә» немесе 1–5 шкаласы бойынша 4 не 5.',
        ...SURVEY_QUESTION_TEXTS.kk,
      },
      ru: {
        name: 'Удовлетворённость сроками рассмотрения жалоб',
        plain:
          'Доля удовлетворённых сроками рассмотрения жалобы среди ответивших на этот вопрос опроса.',
        numerator:
          'Ответы на вопрос о сроках рассмотрения жалобы, означающие удовлетворённость: «да» или 4–5 по шкале от 1 до 5.',
        ...SURVEY_QUESTION_TEXTS.ru,
      },
      en: {
        name: 'Satisfaction with the complaint timeline',
        plain:
          'The share of survey respondents who were satisfied with how long a complaint takes.',
        numerator:
          'Answers to the question on how long a complaint takes that are satisfied: “yes”, or 4 or 5 on the 1–5 scale.',
        ...SURVEY_QUESTION_TEXTS.en,
      },
    },
    satisfied_courtesy: {
      kk: {
        name: 'Қызметкерлердің сыпайылығына қанағаттану',
        plain: 'Қызметкерлердің сыпайылығына қанағаттанған сауалнамаға қатысушылардың үлесі.',
        numerator:
          'Қызметкерлердің сыпайылығы туралы сұраққа берілген, қанағаттануды білдіретін жауаптар: «иә» немесе 1–5 шкаласы бойынша 4 не 5.',
        ...SURVEY_QUESTION_TEXTS.kk,
      },
      ru: {
        name: 'Удовлетворённость вежливостью персонала',
        plain:
          'Доля удовлетворённых вежливостью сотрудников среди ответивших на этот вопрос опроса.',
        numerator:
          'Ответы на вопрос о вежливости персонала, означающие удовлетворённость: «да» или 4–5 по шкале от 1 до 5.',
        ...SURVEY_QUESTION_TEXTS.ru,
      },
      en: {
        name: 'Satisfaction with staff courtesy',
        plain: 'The share of survey respondents who were satisfied with the staff’s courtesy.',
        numerator:
          'Answers to the question on the staff’s courtesy that are satisfied: “yes”, or 4 or 5 on the 1–5 scale.',
        ...SURVEY_QUESTION_TEXTS.en,
      },
    },
    info_online: {
      kk: {
        name: 'Ақпараттың интернетте қолжетімділігі',
        plain:
          'Стандартқа сәйкес қызмет көрсететін орындардың ішінен қызмет туралы ақпаратты жылдың ішінде интернетте жариялағандарының үлесі.',
        numerator:
          'Жыл үшін қызмет туралы ақпарат интернетте жарияланғаны туралы жазбасы бар (`published = true`) қызмет көрсету орындары.',
        denominator: 'Ауқымдағы осы стандарт бойынша қызмет көрсететін орындар.',
        periodKey: 'Кезеңнің жылы',
        notes: [
          'Санау бірлігі — бір қызмет көрсету орны × бір стандарт: стандарттардың тұжырымындағы «қызмет» — бір орындағы бір қызмет.',
          'Жыл үшін жариялау туралы жазбасы жоқ қызмет көрсету орны ақпаратты жарияламаған болып саналады.',
          'Тоқсан немесе ай үшін жылдық мән көрсетіледі.',
        ],
      },
      ru: {
        name: 'Доступность информации в интернете',
        plain:
          'Доля мест оказания услуги, опубликовавших информацию об услуге в интернете за год, среди всех мест, оказывающих услугу по стандарту.',
        numerator:
          'Места оказания услуг, у которых за год есть запись о том, что информация об услуге опубликована в интернете (`published = true`).',
        denominator: 'Места оказания услуг в охвате, оказывающие услугу по стандарту.',
        periodKey: 'Год периода',
        notes: [
          'Единица счёта — одно место оказания услуг × один стандарт: «услуга» в формулировке стандартов — это одна услуга в одном месте.',
          'Место оказания услуг без записи о публикации за год считается неопубликовавшим.',
          'Для квартала или месяца показывается значение за год.',
        ],
      },
      en: {
        name: 'Information available online',
        plain:
          'The share of the offices serving the standard that published the service’s information online in the year.',
        numerator:
          'Offices with a publication record for the year that says the service’s information is published online (`published = true`).',
        denominator: 'Offices in scope that serve the standard.',
        periodKey: 'The year of the period',
        notes: [
          'The unit counted is one office × one standard: “a service” in the standards’ wording is one service at one office.',
          'An office without a publication record for the year counts as not published.',
          'For a quarter or a month, the year’s figure is shown.',
        ],
      },
    },
    justified_complaint_rate: {
      kk: {
        name: 'Негізді шағымдардың үлесі',
        plain:
          'Кезеңде негізді деп танылған шағымдардың көрсетілген қызметтер санына шаққандағы үлесі (азы жақсы).',
        numerator: 'Түскен негізді шағымдар.',
        denominator:
          'Аяқталған өтініштер — нәтижесі `issued` немесе `refused` (қызмет көрсетілген тұтынушылар).',
        periodKey:
          'Шағымдар: түскен күні (`received_on`); өтініштер: аяқталған күні (`completed_on`)',
        notes: [
          'Төмен болған сайын жақсы: нормативтік мән — ең жоғарғы шек (1 %).',
          'Кері қайтарып алынған өтініштер бөлімге кірмейді.',
        ],
      },
      ru: {
        name: 'Доля обоснованных жалоб',
        plain:
          'Доля обоснованных жалоб, поступивших за период, от числа оказанных услуг (чем меньше, тем лучше).',
        numerator: 'Поступившие обоснованные жалобы.',
        denominator:
          'Завершённые заявки — результат `issued` или `refused` (обслуженные потребители).',
        periodKey:
          'Жалобы: дата поступления (`received_on`); заявки: дата завершения (`completed_on`)',
        notes: [
          'Чем ниже, тем лучше: нормативное значение — максимум (1 %).',
          'Отозванные заявки не входят в знаменатель.',
        ],
      },
      en: {
        name: 'Share of justified complaints',
        plain:
          'Justified complaints received in the period as a share of the services provided (lower is better).',
        numerator: 'Justified complaints received.',
        denominator: 'Cases completed — result `issued` or `refused` (consumers served).',
        periodKey:
          'Complaints: date received (`received_on`); cases: completion date (`completed_on`)',
        notes: [
          'Lower is better: the normative value is a maximum (1 %).',
          'Withdrawn cases are left out of the denominator.',
        ],
      },
    },
    complaints_resolved_on_time: {
      kk: {
        name: 'Негізді шағымдарды мерзімінде қарау',
        plain:
          'Қарау мерзімі кезеңге түскен негізді шағымдардың ішінен мерзімінде шешілгендерінің үлесі.',
        numerator:
          'Қарау мерзімі аяқталғанға дейін шағымданушының пайдасына шешілген (қанағаттандырылған) негізді шағымдар: `decided_at ≤ term_ends_at`.',
        denominator:
          'Қарау мерзімі кезеңде аяқталатын және есептеу күнінен кейін болмайтын негізді шағымдар.',
        periodKey: 'Қарау мерзімінің аяқталу күні (`term_ends_on`)',
        notes: [
          'Қарау мерзімі — шағымның өз `review_term_days` мәні (жүктелген файлдан), ол болмаса шағым түскен күні күшінде болған редакцияның мерзімі, ол да болмаса стандарттағы мерзім: 30 күнтізбелік күн. ЖҚШ туралы анықтама стандартында шағымды қарау мерзімі көрсетілмеген, сондықтан Sapa жалпы 30 күнтізбелік күн мерзімін қолданады.',
          'Мерзім шағым түскен күннен бастап күнтізбелік күнмен белгіленген мерзім сияқты есептеледі: ол соңғы күннің соңында аяқталады, ал бұл күн жұмыс күні болмаса — келесі жұмыс күнінің соңында.',
        ],
      },
      ru: {
        name: 'Обоснованные жалобы, рассмотренные в срок',
        plain:
          'Доля обоснованных жалоб, решённых в срок, среди жалоб, срок рассмотрения которых пришёлся на период.',
        numerator:
          'Обоснованные жалобы, решённые в пользу заявителя (удовлетворённые) не позже окончания срока рассмотрения: `decided_at ≤ term_ends_at`.',
        denominator:
          'Обоснованные жалобы, срок рассмотрения которых заканчивается в периоде и не позже даты расчёта.',
        periodKey: 'Дата окончания срока рассмотрения (`term_ends_on`)',
        notes: [
          'Срок рассмотрения — значение `review_term_days` самой жалобы (из загруженного файла), иначе срок редакции, действовавшей в день поступления жалобы, а если она его не задаёт — срок стандарта: 30 календарных дней. Стандарт справки о ЛПХ срока рассмотрения жалоб не устанавливает, поэтому Sapa применяет общий срок в 30 календарных дней.',
          'Срок считается как срок в календарных днях со дня поступления жалобы: он истекает в конце последнего дня, а если этот день нерабочий — в конце следующего рабочего дня.',
        ],
      },
      en: {
        name: 'Justified complaints resolved on time',
        plain:
          'The share of justified complaints resolved on time among those whose review term ended in the period.',
        numerator:
          'Justified complaints decided, in the complainant’s favour (upheld), no later than the end of their review term: `decided_at ≤ term_ends_at`.',
        denominator:
          'Justified complaints whose review term ends in the period and not after the as-of date.',
        periodKey: 'End of the review term (`term_ends_on`)',
        notes: [
          'The review term is the complaint’s own `review_term_days` (from the imported file), else that of the edition in force on the day it was received, else the standard’s: 30 calendar days. The farm certificate’s standard states no review term, so Sapa applies the general 30 calendar days.',
          'The term is counted like a calendar-days deadline from the day the complaint was received: it ends at the end of its last day, moved to the next working day if that day is not one.',
        ],
      },
    },
  }) as const satisfies Record<MeasureSlug, MeasureTexts>)()

/** The measure keys, in the registry's order (an edition's appendix table names them). */
export const MEASURES = Object.keys(MEASURE_REGISTRY) as [MeasureSlug, ...MeasureSlug[]]

export const MEASURE_SOURCE = Object.fromEntries(
  MEASURES.map((m) => [m, MEASURE_REGISTRY[m].source]),
) as Record<MeasureSlug, MeasureSource>

export function measureDefinition(measure: MeasureSlug): MeasureDefinition {
  return MEASURE_REGISTRY[measure]
}

/** The measures over cases whose denominator is their own cases: those a drill-down lists. */
export type CaseMeasure = {
  [K in MeasureSlug]: (typeof MEASURE_REGISTRY)[K] extends {
    source: 'cases'
    denominator: RecordCondition | null
  }
    ? K
    : never
}[MeasureSlug]

export const CASE_MEASURES = MEASURES.filter((m): m is CaseMeasure => {
  const definition: MeasureDefinition = MEASURE_REGISTRY[m]
  return definition.source === 'cases' && !isRecordCount(definition.denominator)
})

export function isRecordCount(value: MeasureDefinition['denominator']): value is RecordCount {
  return value !== null && typeof value === 'object'
}

export function isSurveyMeasure(measure: MeasureSlug): boolean {
  return MEASURE_SOURCE[measure] === 'surveys'
}

/** Fewer answers than this and a survey figure is `insufficient_data` (docs/domain.md §6). */
export const MIN_SURVEY_ANSWERS = 30
