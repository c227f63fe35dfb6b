// The Methodology page in English: decision 0004 and docs/domain.md §3, §5, §6 in words.
import type { MethodologyContent } from './methodology-content'

export const en: MethodologyContent = {
  title: 'Methodology',
  lead: 'How Sapa computes every indicator of the standards’ appendix tables: what is counted, over which period, by which deadline, and how the result is judged.',
  intro: [
    'Each row of a standard’s appendix table («Сапа және қол жетімділік көрсеткіштерінің мәні») is computed by one of twelve measures. The code and the name of a row belong to its standard; the measure — the way of counting — is shared: 3.2 is “information available electronically” in the land standards and “submitted correctly the first time” in the farm certificate.',
    'Every indicator is the share value = 100 × numerator ÷ denominator, computed for a scope (the whole country, a region, a district or an office; one standard or all; one channel or all) and a period (a year, a quarter or a month), and shown with its numerator, denominator, normative and target values and a status.',
    'The appendix rows and deadline rules below are read from the database; the worked examples are computed, when this page is opened, by the same code that computes the indicators.',
  ],
  print: 'Print',
  tocLabel: 'Contents',
  sections: {
    measures: 'Measures: what is counted',
    deadlines: 'Deadlines',
    status: 'Value, reference and status',
    period: 'Period and scope',
  },

  measures: {
    intro: [
      'Numerator and denominator are counts of records: cases (applications), survey answers, complaints or information publications. The period key is the date that puts a record into a period.',
    ],
    summaryCaption: 'The twelve measures at a glance',
    col: {
      measure: 'Measure',
      rows: 'Appendix rows',
      numerator: 'Numerator',
      denominator: 'Denominator',
      periodKey: 'Period key',
      data: 'Data',
      direction: 'Direction',
      notes: 'Notes',
    },
    rowIn: 'in',
    noRows: 'No appendix row in the database uses this measure.',
    byMeasure: {
      on_time: {
        name: 'Service provided on time',
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
      queue_wait_ok: {
        name: 'Queue wait within the maximum',
        numerator:
          'Cases whose every recorded wait — at submission (`wait_minutes_submit`) and at pickup (`wait_minutes_pickup`) — is no longer than the maximum waiting time of the case’s deadline rule (`max_wait_minutes`).',
        denominator: 'Cases with at least one recorded wait.',
        periodKey: 'Submission date (`submitted_on`)',
        notes: ['Withdrawn cases are left out of the numerator and the denominator.'],
      },
      docs_correct: {
        name: 'Documents processed correctly',
        numerator:
          'Completed cases in which the documents were processed correctly (`docs_correct = true`).',
        denominator: 'Completed cases in which this was recorded.',
        periodKey: 'Completion date (`completed_on`)',
        notes: ['Withdrawn cases are left out of the numerator and the denominator.'],
      },
      first_time_correct: {
        name: 'Submitted correctly the first time',
        numerator:
          'Cases in which the consumer submitted the documents correctly the first time (`first_time_correct = true`).',
        denominator: 'Cases in which this was recorded.',
        periodKey: 'Submission date (`submitted_on`)',
        notes: ['Withdrawn cases are left out of the numerator and the denominator.'],
      },
      satisfied_process: {
        name: 'Satisfaction with the service process',
        numerator:
          'Answers to the question on the quality of the service process that are satisfied: “yes”, or 4 or 5 on the 1–5 scale.',
        denominator: 'Answers to that question.',
        periodKey: 'Response date (`responded_on`)',
        notes: [
          'A respondent who was not asked this question is not counted.',
          'A survey measure: 95 % interval and at least {minAnswers} answers (see “Survey measures”).',
        ],
      },
      satisfied_information: {
        name: 'Satisfaction with the information',
        numerator:
          'Answers to the question on the information about the service and its procedure that are satisfied: “yes”, or 4 or 5 on the 1–5 scale.',
        denominator: 'Answers to that question.',
        periodKey: 'Response date (`responded_on`)',
        notes: [
          'A respondent who was not asked this question is not counted.',
          'A survey measure: 95 % interval and at least {minAnswers} answers (see “Survey measures”).',
        ],
      },
      satisfied_complaint_procedure: {
        name: 'Satisfaction with the complaint procedure',
        numerator:
          'Answers to the question on the complaint procedure that are satisfied: “yes”, or 4 or 5 on the 1–5 scale.',
        denominator: 'Answers to that question.',
        periodKey: 'Response date (`responded_on`)',
        notes: [
          'A respondent who was not asked this question is not counted.',
          'A survey measure: 95 % interval and at least {minAnswers} answers (see “Survey measures”).',
        ],
      },
      satisfied_complaint_timeline: {
        name: 'Satisfaction with the complaint timeline',
        numerator:
          'Answers to the question on how long a complaint takes that are satisfied: “yes”, or 4 or 5 on the 1–5 scale.',
        denominator: 'Answers to that question.',
        periodKey: 'Response date (`responded_on`)',
        notes: [
          'A respondent who was not asked this question is not counted.',
          'A survey measure: 95 % interval and at least {minAnswers} answers (see “Survey measures”).',
        ],
      },
      satisfied_courtesy: {
        name: 'Satisfaction with staff courtesy',
        numerator:
          'Answers to the question on the staff’s courtesy that are satisfied: “yes”, or 4 or 5 on the 1–5 scale.',
        denominator: 'Answers to that question.',
        periodKey: 'Response date (`responded_on`)',
        notes: [
          'A respondent who was not asked this question is not counted.',
          'A survey measure: 95 % interval and at least {minAnswers} answers (see “Survey measures”).',
        ],
      },
      info_online: {
        name: 'Information available online',
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
      justified_complaint_rate: {
        name: 'Share of justified complaints',
        numerator: 'Justified complaints received.',
        denominator: 'Cases completed — result `issued` or `refused` (consumers served).',
        periodKey:
          'Complaints: date received (`received_on`); cases: completion date (`completed_on`)',
        notes: [
          'Lower is better: the normative value is a maximum (1 %).',
          'Withdrawn cases are left out of the denominator.',
        ],
      },
      complaints_resolved_on_time: {
        name: 'Justified complaints resolved on time',
        numerator:
          'Justified complaints decided, in the complainant’s favour (upheld), no later than the end of their review term: `decided_at ≤ term_ends_at`.',
        denominator:
          'Justified complaints whose review term ends in the period and not after the as-of date.',
        periodKey: 'End of the review term (`term_ends_on`)',
        notes: [
          'The review term is the complaint’s own `review_term_days` (from the imported file), else the standard’s: 30 calendar days. The farm certificate’s standard states no review term, so Sapa applies the general 30 calendar days.',
          'The term is counted like a calendar-days deadline from the day the complaint was received: it ends at the end of its last day, moved to the next working day if that day is not one.',
        ],
      },
    },
    sources: {
      cases: 'Cases (applications)',
      surveys: 'Survey responses',
      complaints: 'Complaint register',
      publications: 'Information publications',
    },
    casesForDenominator: 'for the denominator',
  },

  deadlines: {
    intro: [
      'Indicator 1.1 compares each case’s completion with its deadline (`due_at`). The deadline follows the Civil Code rules on terms, applied to the term the standard sets for the channel and variant of the case (its deadline rule).',
    ],
    unitsHeading: 'Units of a term',
    unitsCaption: 'The three units and the deadline rules in the database that use them',
    col: { unit: 'Unit', rule: 'When the term ends', inDatabase: 'Rules in the database' },
    unitNames: {
      minutes: 'Minutes',
      calendar_days: 'Calendar days',
      working_days: 'Working days',
    },
    units: {
      minutes:
        'The submission time + N minutes. No day rules apply: the term runs from the moment of application.',
      calendar_days:
        'At the end (23:59:59) of the N-th day after the submission date. If that day is not a working day, the term ends at the end of the next working day.',
      working_days:
        'At the end (23:59:59) of the N-th working day after the submission date. A submission on a day off starts counting from the next working day.',
    },
    noRules: 'No rule in the database uses this unit.',
    commonHeading: 'Rules common to every term',
    common: [
      'A term in days starts on the day after the submission (Civil Code).',
      'The end of a day is 23:59:59 local time of the office: the time zone of its region (IANA tz database, which carries Kazakhstan’s move to a single time zone in 2024).',
      'A working day is a Monday to Friday that is not a holiday or a transferred day off, or a Saturday or Sunday that a transfer made working. The calendar of holidays and transfers is data that an administrator keeps up to date.',
      'A case is on time when `completed_at ≤ due_at`.',
      'A suspension moves the deadline by its length, measured in the term’s own unit: for a term in minutes, its exact duration; for a term in days, its days counted like the term itself — from the day after it started up to and including the day it ended, working days for a working-day term, calendar days for a calendar-day term.',
      'A case still suspended has no deadline yet and is left out of indicator 1.1.',
      'Withdrawn cases are left out of every case measure.',
    ],
    readingsHeading: 'Sapa’s readings of the farm certificate’s terms',
    readings: [
      'At the akimat the certificate is issued «өтініш берілген сәттен бастап» — from the moment of application (decree No. 283, point 7), with no term in numbers. Sapa reads it as a term in minutes equal to the maximum service time: 10 minutes.',
      'At a Public Service Center the term is «2 (екі) күннен аспайды» — not more than 2 days, without saying which days. Sapa reads it as 2 calendar days, the stricter reading.',
    ],
    readingsCurrent: 'In the database now:',
    readingsEditable:
      'These are Sapa’s readings, not words of the standard. They are stored as data (deadline rules) that an administrator can change, and shown on the standard’s page:',
    examplesHeading: 'Worked examples',
    examplesIntro:
      'Each deadline below is computed, when the page is opened, by the code that computes the cases’ deadlines, with the working calendar in the database. The day-by-day tables show how the days are counted.',
    examples: {
      workingDaysNauryz: {
        title: '6 working days across Nauryz (land acts)',
        explanation:
          'Saturday 21 to Monday 23 March are Nauryz and Tuesday 24 and Wednesday 25 March are the days off carried over from its weekend days, so the first working day of the term is Thursday 26 March and the sixth is Thursday 2 April.',
      },
      submittedOnDayOff: {
        title: '4 working days, submitted on a Saturday (duplicate of a land act)',
        explanation:
          'Counting starts on the first working day after the submission. In 2025 the day off was moved from Sunday 5 January to Friday 3 January, so Sunday 5 January was a working day and is day 1; Tuesday 7 January (Orthodox Christmas) is a day off; the fourth working day is Thursday 9 January.',
      },
      calendarDaysHoliday: {
        title: '2 calendar days ending on a holiday (farm certificate at a Public Service Center)',
        explanation:
          'Day 2 is Saturday 8 March, International Women’s Day. The term moves to the next working day: Sunday 9 March is a weekend day and Monday 10 March is the day off carried over from 8 March, so the term ends on Tuesday 11 March.',
      },
      minutes: {
        title: '10 minutes (farm certificate at the akimat)',
        explanation:
          'The minutes are added to the time of application: 17:55 + 10 minutes = 18:05 the same day. No day rules apply, even on the eve of the Nauryz holidays.',
      },
      suspension: {
        title: 'A suspension (land acts, 6 working days)',
        explanation:
          'The suspension is counted like the term: from the day after it started (Thursday 5 June) to the day it ended (Monday 9 June). That span holds 2 working days — Friday 6 June is Kurban Ait, then a weekend — so the deadline moves by 2 working days.',
      },
    },
    example: {
      term: 'Term',
      submitted: 'Submitted',
      timeZone: 'Time zone of the office',
      suspension: 'Suspended',
      suspensionDays: 'Days the suspension adds',
      due: 'Deadline (computed)',
      dueWithoutSuspension: 'Deadline without the suspension (computed)',
      stillSuspended: 'If the case were still suspended',
      noDeadline: 'no deadline: the case is left out of indicator 1.1',
      why: 'Why',
      timelineCaption: 'Day by day',
      col: { date: 'Date', day: 'Day', count: 'Count' },
      kind: {
        submission: 'submission',
        working: 'working day',
        weekend: 'weekend',
        holiday: 'holiday',
        transferDayOff: 'transferred day off',
        transferWorkingDay: 'working day by transfer',
      },
      workingDayN: 'working day {n}',
      calendarDayN: 'day {n}',
      movedToNext: 'not a working day: the term moves on',
      lastDay: 'the term ends at 23:59:59',
    },
  },

  status: {
    valueHeading: 'The value',
    value: [
      'Value = 100 × numerator ÷ denominator. It is shown and returned rounded to 2 decimals; the status is decided on the exact ratio.',
      'When the denominator is 0 there is no value: the indicator shows “No data” — never 0 % when nothing was measured.',
    ],
    referenceHeading: 'What a value is compared with',
    reference: [
      'The reference is the approved target of the indicator for the period’s year. For a region — or a district or office inside it — the region’s approved target overrides the national one.',
      'Where there is no approved target, the normative value printed in the standard is the reference. Targets that are drafts, proposed or rejected are not used.',
    ],
    orderHeading: 'Statuses',
    orderIntro: 'The status is decided in this order; the first that applies is the status.',
    col: { status: 'Status', when: 'When' },
    when: {
      no_data: 'The denominator is 0: nothing was measured.',
      insufficient_data: 'A survey measure with fewer than {minAnswers} answers.',
      no_reference: 'There is neither an approved target nor a normative value.',
      meets: 'The value reaches the reference (the comparison rules are below).',
      inconclusive:
        'A survey measure whose value misses the reference while its 95 % interval still reaches it: the miss may be sampling noise.',
      fails: 'The value misses the reference (for a survey measure, its whole interval does).',
    },
    comparisonHeading: 'Comparison rules',
    comparison: [
      'Higher is better: the value meets the reference when value ≥ reference. Lower is better (row 4.1, justified complaints): when value ≤ reference.',
      'A normative minimum (100, 90, 85): met at or above it. A normative maximum (1 % for row 4.1): met at or below it.',
      'A normative band 40-50 (row 3.3 of the farm certificate): met at or above 40 — below 40 fails, above 50 meets.',
    ],
    surveyHeading: 'Survey measures',
    survey: [
      'The five satisfaction measures carry the 95 % Wilson score interval of the share (z = {z}).',
      'A value that misses the reference while its interval still reaches it is `inconclusive`; one whose whole interval misses it is `fails`.',
      'Where fewer than {minAnswers} answered the question, the status is `insufficient_data`.',
      'An answer is satisfied when it is “yes” on the yes/no scale, or 4 or 5 on the 1–5 scale (1 to 3 are not); a blank is a question not asked and counts nowhere.',
      'The scale belongs to the file (to one sheet of a workbook), never to a row: a bare “1” is “yes” on one scale and the worst score on the other. It is stated when the file is imported (or by its `answer_scale` column), or inferred from the whole file: any answer from 2 to 5 makes a 1–5 file; yes/no words without a score from 2 to 5 make a yes/no file (1 = yes, 0 = no). A file that mixes yes/no words with scores, or a 1–5 file with a 0, is refused row by row; a file of only 0 and 1 is written only once the user has said its scale. Each stored response keeps the scale it was read with.',
    ],
    coverageHeading: 'Coverage',
    coverage: [
      'Serving: the offices in scope that serve the standard (on the channel, if one is chosen).',
      'Contributing: those of them with at least one record in the measure’s denominator in the period — for a case measure, a case in its denominator; for a survey measure, an answer to that very question; for the complaint measures, a completed case (a complaint register is complete or absent, so an office with cases and no complaints has contributed “no complaints”); for the information-online measure, a publication record for the year.',
      'Coverage is low when contributing < serving ÷ 2: the result is flagged.',
    ],
    coverageFlagIntro: 'The flag looks like this:',
    examplesHeading: 'Worked examples',
    examplesIntro:
      'Each status below is decided, when the page is opened, by the code that decides the dashboards’ statuses.',
    examplesCol: {
      example: 'Example',
      counts: 'Numerator / denominator',
      reference: 'Reference',
      value: 'Value',
      interval: '95 % interval',
      status: 'Status',
    },
    examples: {
      belowNormative: '1.1 on time, normative 100, no target',
      targetOverrides: '1.1 on time, the same counts, an approved target of 95',
      bandBelow: '3.3 information online, band 40-50: 3 of 8 offices published',
      bandAbove: '3.3 information online, band 40-50: 7 of 8 offices published',
      maximumMeets: '4.1 justified complaints, maximum 1 % (lower is better)',
      surveyInconclusive: '5.1 courtesy, normative 85, 60 answers',
      surveyFails: '5.1 courtesy, normative 85, 200 answers',
      surveyTooFew: '2.1 service process, 20 answers, all satisfied',
      noData: '1.1 on time, no case due in the period',
      noReference: '1.1 on time in a land standard: no normative, no target',
    },
    counts: '{numerator} of {denominator}',
    target: 'target {value}',
    normative: 'normative: {value}',
    none: 'none',
  },

  period: {
    keysHeading: 'Dates in the office’s time zone',
    keys: [
      'Every period key is a civil date in the office’s time zone (the IANA time zone of its region). It is derived when the record is written and stored: `submitted_on`, `completed_on`, `due_on` of a case; `received_on`, `term_ends_on` of a complaint; `responded_on` of a survey response.',
    ],
    granularityHeading: 'Periods',
    granularity: [
      'A query names a year and a granularity — year, quarter or month — and returns one row per indicator per period of that year: `2025`; `2025-Q1` … `2025-Q4`; `2025-01` … `2025-12`.',
    ],
    asOfHeading: 'As-of date and the comparison with the year before',
    asOf: [
      'The as-of date (by default, today): records whose key date is after it are not counted. For indicator 1.1 this keeps cases that are not yet due out of a period that is still open.',
      'The as-of date of a year is today while the year runs and 31 December once it is over. A change from the previous year is always against the same period of that year: 1 January to the same day a year earlier (29 February is compared up to 28 February); for a year that is over, the whole previous year. A year in progress is never compared with a whole year.',
    ],
    deadlineInPeriodHeading: 'Indicator 1.1 counts a case in the period of its deadline',
    deadlineInPeriod: [
      'A case counts in the period its deadline falls in, not the one it was submitted in.',
      'Why: so that a period’s figure is final once the period is over. Every case due in the period is then either completed or already late; only a late completion of an open case can still arrive, and the case stays late.',
    ],
    scopeHeading: 'Scope',
    scope: [
      'Region: an office counts for the region it belonged to on the record’s key date, so history is counted where it happened. For the information-online measure and for the offices serving a standard, the membership on the last day of the period (or on the as-of date, if that is earlier) is used.',
      'District: the offices whose district is that district. Office: that office.',
      'Channel: case measures use the case’s own channel; survey, complaint and information-online measures use the offices that serve the standard on that channel.',
    ],
    regionsHeading: 'The regions’ history',
    regions: [
      'Kazakhstan’s regions changed in 2018 (South Kazakhstan Region became Turkistan Region and Shymkent a city of republican significance) and in 2022 (Abai, Zhetysu and Ulytau regions were formed). A report for a year uses the regions valid in that year; the region an office belonged to is kept with validity dates.',
    ],
    regionsCaption: 'Regions that began or ended since 2018, as the database holds them',
    regionsCol: {
      region: 'Region',
      validFrom: 'Valid from',
      validTo: 'Valid until',
      formedFrom: 'Formed from',
    },
  },
}
