// The measures' definitions in words (name, plain words, numerator, denominator, period key,
// notes) as messages of the Methodology page: taken from the measure registry
// (app/domain/measures.ts), where each sits beside the rule it describes, so that a rule and its
// text change in one edit (decision 0032).
import { MEASURES, MEASURE_TEXTS, type MeasureSlug, type MeasureText } from '../../domain/measures'
import type { Language } from '../languages'

/** '1' … 'n' for a measure's n notes (the messages number them from 1). */
type NoteNumber<S extends MeasureSlug> = Exclude<
  keyof [unknown, ...(typeof MEASURE_TEXTS)[S]['kk']['notes']],
  keyof unknown[] | '0'
>

/** Every key the measures' texts make, one by one, so that `t()` and `texts()` can check them. */
export type MeasureMessageKey = {
  [S in MeasureSlug]:
    | `methodology.measures.byMeasure.${S}.${Exclude<keyof MeasureText, 'notes'>}`
    | `methodology.measures.byMeasure.${S}.notes.${NoteNumber<S> & string}`
}[MeasureSlug]

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
