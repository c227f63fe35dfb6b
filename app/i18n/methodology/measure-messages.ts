// The measures' definitions in words (name, plain words, numerator, denominator, period key,
// notes) as messages of the Methodology page: taken from the measure registry
// (app/domain/measures.ts), where each sits beside the rule it describes, so that a rule and its
// text change in one edit (decision 0032).
import { MEASURES, MEASURE_TEXTS, type MeasureSlug } from '../../domain/measures'
import type { Language } from '../languages'

export type MeasureMessageKey = `methodology.measures.byMeasure.${MeasureSlug}.${string}`

export function measureMessages(lang: Language): Record<MeasureMessageKey, string> {
  const messages: Record<string, string> = {}
  for (const measure of MEASURES) {
    const { notes, ...fields } = MEASURE_TEXTS[measure][lang]
    const prefix = `methodology.measures.byMeasure.${measure}`
    for (const [field, text] of Object.entries(fields)) messages[`${prefix}.${field}`] = text
    notes.forEach((note, i) => (messages[`${prefix}.notes.${i + 1}`] = note))
  }
  return messages
}
