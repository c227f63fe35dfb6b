// English: the methodology page and the drill-down’s definitions. Typed by Kazakh's keys: a missing or extra key is a type error.
import { measureMessages } from '../methodology/measure-messages'
import type { PageDictionary } from '../kk'
import type { methodology as kk } from '../kk/methodology'

export const methodology: PageDictionary<typeof kk> = {
  'methodology.title': 'Methodology',
  'methodology.lead':
    'How Sapa computes every indicator of the standards’ appendix tables: what is counted, over which period, by which deadline, and how the result is judged.',
  'methodology.intro.1':
    'Each row of a standard’s appendix table («Сапа және қол жетімділік көрсеткіштерінің мәні») is computed by one of twelve measures. The code and the name of a row belong to its standard; the measure — the way of counting — is shared: 3.2 is “information available electronically” in the land standards and “submitted correctly the first time” in the farm certificate.',
  'methodology.intro.2':
    'Every indicator is the share value = 100 × numerator ÷ denominator, computed for a scope (the whole country, a region, a district or an office; one standard or all; one channel or all) and a period (a year, a quarter or a month), and shown with its numerator, denominator, normative and target values and a status.',
  'methodology.intro.3':
    'The appendix rows and deadline rules below are read from the database; the worked examples are computed, when this page is opened, by the same code that computes the indicators.',
  'methodology.print': 'Print',
  'methodology.tocLabel': 'Contents',
  'methodology.sections.measures': 'Measures: what is counted',
  'methodology.sections.deadlines': 'Deadlines',
  'methodology.sections.status': 'Value, reference and status',
  'methodology.sections.period': 'Period and scope',
  'methodology.measures.intro.1':
    'Numerator and denominator are counts of records: cases (applications), survey answers, complaints or information publications. The period key is the date that puts a record into a period.',
  'methodology.measures.summaryCaption': 'The twelve measures at a glance',
  'methodology.measures.col.measure': 'Measure',
  'methodology.measures.col.rows': 'Appendix rows',
  'methodology.measures.col.numerator': 'Numerator',
  'methodology.measures.col.denominator': 'Denominator',
  'methodology.measures.col.periodKey': 'Period key',
  'methodology.measures.col.data': 'Data',
  'methodology.measures.col.direction': 'Direction',
  'methodology.measures.col.notes': 'Notes',
  'methodology.measures.rowIn': 'in',
  'methodology.measures.noRows': 'No appendix row in the database uses this measure.',
  // The measures' definitions: the measure registry's (app/domain/measures.ts).
  ...measureMessages('en'),
  'methodology.measures.sources.cases': 'Cases (applications)',
  'methodology.measures.sources.surveys': 'Survey responses',
  'methodology.measures.sources.complaints': 'Complaint register',
  'methodology.measures.sources.publications': 'Information publications',
  'methodology.measures.casesForDenominator': 'for the denominator',
  'methodology.deadlines.intro.1':
    'Indicator 1.1 compares each case’s completion with its deadline (`due_at`). The deadline follows the Civil Code rules on terms, applied to the term the standard sets for the channel and variant of the case (its deadline rule).',
  'methodology.deadlines.unitsHeading': 'Units of a term',
  'methodology.deadlines.unitsCaption':
    'The three units and the deadline rules in the database that use them',
  'methodology.deadlines.col.unit': 'Unit',
  'methodology.deadlines.col.rule': 'When the term ends',
  'methodology.deadlines.col.inDatabase': 'Rules in the database',
  'methodology.deadlines.unitNames.minutes': 'Minutes',
  'methodology.deadlines.unitNames.calendar_days': 'Calendar days',
  'methodology.deadlines.unitNames.working_days': 'Working days',
  'methodology.deadlines.units.minutes':
    'The submission time + N minutes. No day rules apply: the term runs from the moment of application.',
  'methodology.deadlines.units.calendar_days':
    'At the end (23:59:59) of the N-th day after the submission date. If that day is not a working day, the term ends at the end of the next working day.',
  'methodology.deadlines.units.working_days':
    'At the end (23:59:59) of the N-th working day after the submission date. A submission on a day off starts counting from the next working day.',
  'methodology.deadlines.noRules': 'No rule in the database uses this unit.',
  'methodology.deadlines.commonHeading': 'Rules common to every term',
  'methodology.deadlines.common.1':
    'A term in days starts on the day after the submission (Civil Code).',
  'methodology.deadlines.common.2':
    'The end of a day is 23:59:59 local time of the office: the time zone of its region (IANA tz database, which carries Kazakhstan’s move to a single time zone in 2024).',
  'methodology.deadlines.common.3':
    'A working day is a Monday to Friday that is not a holiday or a transferred day off, or a Saturday or Sunday that a transfer made working. The calendar of holidays and transfers is data that an administrator keeps up to date.',
  'methodology.deadlines.common.4': 'A case is on time when `completed_at ≤ due_at`.',
  'methodology.deadlines.common.5':
    'A suspension moves the deadline by its length, measured in the term’s own unit: for a term in minutes, its exact duration; for a term in days, its days counted like the term itself — from the day after it started up to and including the day it ended, working days for a working-day term, calendar days for a calendar-day term.',
  'methodology.deadlines.common.6':
    'A case still suspended has no deadline yet and is left out of indicator 1.1.',
  'methodology.deadlines.common.7': 'Withdrawn cases are left out of every case measure.',
  'methodology.deadlines.readingsHeading': 'Sapa’s readings of the farm certificate’s terms',
  'methodology.deadlines.readings.1':
    'At the akimat the certificate is issued «өтініш берілген сәттен бастап» — from the moment of application (decree No. 283, point 7), with no term in numbers. Sapa reads it as a term in minutes equal to the maximum service time: 10 minutes.',
  'methodology.deadlines.readings.2':
    'At a Public Service Center the term is «2 (екі) күннен аспайды» — not more than 2 days, without saying which days. Sapa reads it as 2 calendar days, the stricter reading.',
  'methodology.deadlines.readingsCurrent': 'In the database now:',
  'methodology.deadlines.readingsEditable':
    'These are Sapa’s readings, not words of the standard. They are stored as data (deadline rules) that an administrator can change, and shown on the standard’s page:',
  'methodology.deadlines.examplesHeading': 'Worked examples',
  'methodology.deadlines.examplesIntro':
    'Each deadline below is computed, when the page is opened, by the code that computes the cases’ deadlines, with the working calendar in the database. The day-by-day tables show how the days are counted.',
  'methodology.deadlines.examples.workingDaysNauryz.title':
    '6 working days across Nauryz (land acts)',
  'methodology.deadlines.examples.workingDaysNauryz.explanation':
    'Saturday 21 to Monday 23 March are Nauryz and Tuesday 24 and Wednesday 25 March are the days off carried over from its weekend days, so the first working day of the term is Thursday 26 March and the sixth is Thursday 2 April.',
  'methodology.deadlines.examples.submittedOnDayOff.title':
    '4 working days, submitted on a Saturday (duplicate of a land act)',
  'methodology.deadlines.examples.submittedOnDayOff.explanation':
    'Counting starts on the first working day after the submission. In 2025 the day off was moved from Sunday 5 January to Friday 3 January, so Sunday 5 January was a working day and is day 1; Tuesday 7 January (Orthodox Christmas) is a day off; the fourth working day is Thursday 9 January.',
  'methodology.deadlines.examples.calendarDaysHoliday.title':
    '2 calendar days ending on a holiday (farm certificate at a Public Service Center)',
  'methodology.deadlines.examples.calendarDaysHoliday.explanation':
    'Day 2 is Saturday 8 March, International Women’s Day. The term moves to the next working day: Sunday 9 March is a weekend day and Monday 10 March is the day off carried over from 8 March, so the term ends on Tuesday 11 March.',
  'methodology.deadlines.examples.minutes.title': '10 minutes (farm certificate at the akimat)',
  'methodology.deadlines.examples.minutes.explanation':
    'The minutes are added to the time of application: 17:55 + 10 minutes = 18:05 the same day. No day rules apply, even on the eve of the Nauryz holidays.',
  'methodology.deadlines.examples.suspension.title': 'A suspension (land acts, 6 working days)',
  'methodology.deadlines.examples.suspension.explanation':
    'The suspension is counted like the term: from the day after it started (Thursday 5 June) to the day it ended (Monday 9 June). That span holds 2 working days — Friday 6 June is Kurban Ait, then a weekend — so the deadline moves by 2 working days.',
  'methodology.deadlines.example.term': 'Term',
  'methodology.deadlines.example.submitted': 'Submitted',
  'methodology.deadlines.example.timeZone': 'Time zone of the office',
  'methodology.deadlines.example.suspension': 'Suspended',
  'methodology.deadlines.example.suspensionDays': 'Days the suspension adds',
  'methodology.deadlines.example.due': 'Deadline (computed)',
  'methodology.deadlines.example.dueWithoutSuspension':
    'Deadline without the suspension (computed)',
  'methodology.deadlines.example.stillSuspended': 'If the case were still suspended',
  'methodology.deadlines.example.noDeadline': 'no deadline: the case is left out of indicator 1.1',
  'methodology.deadlines.example.why': 'Why',
  'methodology.deadlines.example.timelineCaption': 'Day by day',
  'methodology.deadlines.example.col.date': 'Date',
  'methodology.deadlines.example.col.day': 'Day',
  'methodology.deadlines.example.col.count': 'Count',
  'methodology.deadlines.example.kind.submission': 'submission',
  'methodology.deadlines.example.kind.working': 'working day',
  'methodology.deadlines.example.kind.weekend': 'weekend',
  'methodology.deadlines.example.kind.holiday': 'holiday',
  'methodology.deadlines.example.kind.transferDayOff': 'transferred day off',
  'methodology.deadlines.example.kind.transferWorkingDay': 'working day by transfer',
  'methodology.deadlines.example.workingDayN': 'working day {n}',
  'methodology.deadlines.example.calendarDayN': 'day {n}',
  'methodology.deadlines.example.movedToNext': 'not a working day: the term moves on',
  'methodology.deadlines.example.lastDay': 'the term ends at 23:59:59',
  'methodology.status.valueHeading': 'The value',
  'methodology.status.value.1':
    'Value = 100 × numerator ÷ denominator. It is stored and exported rounded to 2 decimals (in XLSX, the full number); the status is decided on the exact ratio.',
  'methodology.status.value.3':
    'Numbers are written one way everywhere: on the cards, in the tables, on the charts, in the downloads and in the report. Percentages have one decimal, a trailing zero kept (95.0\u00a0%). A second decimal is written only where it decides the status: when the value is within 0.05 points of the target or normative its status is decided against (99.95\u00a0% against a normative of 100\u00a0% fails; it is not written “100.0\u00a0%”). Targets and normatives are written the same way (with two decimals only when approved with two). Counts are grouped in thousands (3,004; in Kazakh and Russian with a non-breaking space), a difference of percentages is in percentage points, signed, with one decimal (+1.7\u00a0pp).',
  'methodology.status.value.2':
    'When the denominator is 0 there is no value: the indicator shows “No data” — never 0 % when nothing was measured.',
  'methodology.status.referenceHeading': 'What a value is compared with',
  'methodology.status.reference.1':
    'The reference is the approved target of the indicator for the period’s year. For a region — or a district or office inside it — the region’s approved target overrides the national one.',
  'methodology.status.reference.2':
    'Where there is no approved target, the normative value printed in the standard is the reference. Targets that are drafts, proposed or rejected are not used.',
  'methodology.status.orderHeading': 'Statuses',
  'methodology.status.orderIntro':
    'The status is decided in this order; the first that applies is the status.',
  'methodology.status.col.status': 'Status',
  'methodology.status.col.when': 'When',
  'methodology.status.when.no_data': 'The denominator is 0: nothing was measured.',
  'methodology.status.when.insufficient_data':
    'A survey measure with fewer than {minAnswers} answers.',
  'methodology.status.when.no_reference':
    'There is neither an approved target nor a normative value.',
  'methodology.status.when.meets':
    'The value reaches the reference (the comparison rules are below).',
  'methodology.status.when.inconclusive':
    'A survey measure whose value misses the reference while its 95 % interval still reaches it: the miss may be sampling noise.',
  'methodology.status.when.fails':
    'The value misses the reference (for a survey measure, its whole interval does).',
  'methodology.status.comparisonHeading': 'Comparison rules',
  'methodology.status.comparison.1':
    'Higher is better: the value meets the reference when value ≥ reference. Lower is better (row 4.1, justified complaints): when value ≤ reference.',
  'methodology.status.comparison.2':
    'A normative minimum (100, 90, 85): met at or above it. A normative maximum (1 % for row 4.1): met at or below it.',
  'methodology.status.comparison.3':
    'A normative band 40-50 (row 3.3 of the farm certificate): met at or above 40 — below 40 fails, above 50 meets.',
  'methodology.status.surveyHeading': 'Survey measures',
  'methodology.status.survey.1':
    'The five satisfaction measures carry the 95 % Wilson score interval of the share (z = {z}).',
  'methodology.status.survey.2':
    'A value that misses the reference while its interval still reaches it is `inconclusive`; one whose whole interval misses it is `fails`.',
  'methodology.status.survey.3':
    'Where fewer than {minAnswers} answered the question, the status is `insufficient_data`.',
  'methodology.status.survey.4':
    'An answer is satisfied when it is “yes” on the yes/no scale, or 4 or 5 on the 1–5 scale (1 to 3 are not); a blank is a question not asked and counts nowhere.',
  'methodology.status.survey.5':
    'The scale belongs to the file (to one sheet of a workbook), never to a row: a bare “1” is “yes” on one scale and the worst score on the other. It is stated when the file is imported (or by its `answer_scale` column), or inferred from the whole file: any answer from 2 to 5 makes a 1–5 file; yes/no words without a score from 2 to 5 make a yes/no file (1 = yes, 0 = no). A file that mixes yes/no words with scores, or a 1–5 file with a 0, is refused row by row; a file of only 0 and 1 is written only once the user has said its scale. Each stored response keeps the scale it was read with.',
  'methodology.status.coverageHeading': 'Coverage',
  'methodology.status.coverage.1':
    'Serving: the offices in scope that serve the standard (on the channel, if one is chosen).',
  'methodology.status.coverage.2':
    'Contributing: those of them with at least one record in the measure’s denominator in the period — for a case measure, a case in its denominator; for a survey measure, an answer to that very question; for the complaint measures, a completed case (a complaint register is complete or absent, so an office with cases and no complaints has contributed “no complaints”); for the information-online measure, a publication record for the year.',
  'methodology.status.coverage.3':
    'Coverage is low when contributing < serving ÷ 2: the result is flagged.',
  'methodology.status.coverageFlagIntro': 'The flag looks like this:',
  'methodology.status.examplesHeading': 'Worked examples',
  'methodology.status.examplesIntro':
    'Each status below is decided, when the page is opened, by the code that decides the dashboards’ statuses.',
  'methodology.status.examplesCol.example': 'Example',
  'methodology.status.examplesCol.counts': 'Numerator / denominator',
  'methodology.status.examplesCol.reference': 'Reference',
  'methodology.status.examplesCol.value': 'Value',
  'methodology.status.examplesCol.interval': '95 % interval',
  'methodology.status.examplesCol.status': 'Status',
  'methodology.status.examples.belowNormative': '1.1 on time, normative 100, no target',
  'methodology.status.examples.targetOverrides':
    '1.1 on time, the same counts, an approved target of 95',
  'methodology.status.examples.bandBelow':
    '3.3 information online, band 40-50: 3 of 8 offices published',
  'methodology.status.examples.bandAbove':
    '3.3 information online, band 40-50: 7 of 8 offices published',
  'methodology.status.examples.maximumMeets':
    '4.1 justified complaints, maximum 1 % (lower is better)',
  'methodology.status.examples.surveyInconclusive': '5.1 courtesy, normative 85, 60 answers',
  'methodology.status.examples.surveyFails': '5.1 courtesy, normative 85, 200 answers',
  'methodology.status.examples.surveyTooFew': '2.1 service process, 20 answers, all satisfied',
  'methodology.status.examples.noData': '1.1 on time, no case due in the period',
  'methodology.status.examples.noReference':
    '1.1 on time in a land standard: no normative, no target',
  'methodology.status.counts': '{numerator}\u00a0of\u00a0{denominator}',
  'methodology.status.target': 'target {value}',
  'methodology.status.normative': 'normative: {value}',
  'methodology.status.none': 'none',
  'methodology.period.keysHeading': 'Dates in the office’s time zone',
  'methodology.period.keys.1':
    'Every period key is a civil date in the office’s time zone (the IANA time zone of its region). It is derived when the record is written and stored: `submitted_on`, `completed_on`, `due_on` of a case; `received_on`, `term_ends_on` of a complaint; `responded_on` of a survey response.',
  'methodology.period.granularityHeading': 'Periods',
  'methodology.period.granularity.1':
    'A query names a year and a granularity — year, quarter or month — and returns one row per indicator per period of that year: `2025`; `2025-Q1` … `2025-Q4`; `2025-01` … `2025-12`.',
  'methodology.period.asOfHeading': 'As-of date and the comparison with the year before',
  'methodology.period.asOf.1':
    'The as-of date (by default, today): records whose key date is after it are not counted. For indicator 1.1 this keeps cases that are not yet due out of a period that is still open.',
  'methodology.period.asOf.2':
    'The as-of date of a year is today while the year runs and 31 December once it is over. A change from the previous year is always against the same period of that year: 1 January to the same day a year earlier (29 February is compared up to 28 February); for a year that is over, the whole previous year. A year in progress is never compared with a whole year.',
  'methodology.period.deadlineInPeriodHeading':
    'Indicator 1.1 counts a case in the period of its deadline',
  'methodology.period.deadlineInPeriod.1':
    'A case counts in the period its deadline falls in, not the one it was submitted in.',
  'methodology.period.deadlineInPeriod.2':
    'Why: so that a period’s figure is final once the period is over. Every case due in the period is then either completed or already late; only a late completion of an open case can still arrive, and the case stays late.',
  'methodology.period.scopeHeading': 'Scope',
  'methodology.period.scope.1':
    'Region: an office counts for the region it belonged to on the record’s key date, so history is counted where it happened. For the information-online measure and for the offices serving a standard, the membership on the last day of the period (or on the as-of date, if that is earlier) is used.',
  'methodology.period.scope.2':
    'District: the offices whose district is that district. Office: that office.',
  'methodology.period.scope.3':
    'Channel: case measures use the case’s own channel; survey, complaint and information-online measures use the offices that serve the standard on that channel.',
  'methodology.period.regionsHeading': 'The regions’ history',
  'methodology.period.regions.1':
    'Kazakhstan’s regions changed in 2018 (South Kazakhstan Region became Turkistan Region and Shymkent a city of republican significance) and in 2022 (Abai, Zhetysu and Ulytau regions were formed). A report for a year uses the regions valid in that year; the region an office belonged to is kept with validity dates.',
  'methodology.period.regionsCaption':
    'Regions that began or ended since 2018, as the database holds them',
  'methodology.period.regionsCol.region': 'Region',
  'methodology.period.regionsCol.validFrom': 'Valid from',
  'methodology.period.regionsCol.validTo': 'Valid until',
  'methodology.period.regionsCol.formedFrom': 'Formed from',
}
