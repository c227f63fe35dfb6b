// The canonical measures (docs/domain.md §3): which data each is computed from. Codes and names
// belong to each standard's appendix table; the measure is shared.

export const MEASURES = [
  'on_time',
  'queue_wait_ok',
  'docs_correct',
  'first_time_correct',
  'satisfied_process',
  'satisfied_information',
  'satisfied_complaint_procedure',
  'satisfied_complaint_timeline',
  'satisfied_courtesy',
  'info_online',
  'justified_complaint_rate',
  'complaints_resolved_on_time',
] as const

export type MeasureSlug = (typeof MEASURES)[number]

export type MeasureSource = 'cases' | 'surveys' | 'complaints' | 'publications'

export const MEASURE_SOURCE: Record<MeasureSlug, MeasureSource> = {
  on_time: 'cases',
  queue_wait_ok: 'cases',
  docs_correct: 'cases',
  first_time_correct: 'cases',
  satisfied_process: 'surveys',
  satisfied_information: 'surveys',
  satisfied_complaint_procedure: 'surveys',
  satisfied_complaint_timeline: 'surveys',
  satisfied_courtesy: 'surveys',
  info_online: 'publications',
  justified_complaint_rate: 'complaints',
  complaints_resolved_on_time: 'complaints',
}

export function isSurveyMeasure(measure: MeasureSlug): boolean {
  return MEASURE_SOURCE[measure] === 'surveys'
}

/** Fewer answers than this and a survey figure is `insufficient_data` (docs/domain.md §6). */
export const MIN_SURVEY_ANSWERS = 30
