// A second edition of a standard for tests: a copy of its first edition, numbered 2, approved by
// a test act (named as not a legal act in all three languages), in force from `validFrom` with no
// end. The test then changes what its rule needs (a term, a normative) before storing it.
import type { EditionDefinition } from '../../app/standards/definition.server'

export function secondTestEdition(
  first: EditionDefinition,
  dates: { act: string; validFrom: string },
) {
  const second: EditionDefinition = structuredClone(first)
  second.edition = 2
  second.act = {
    name_kk: 'Сынақ редакциясы (заң актісі емес)',
    name_ru: 'Тестовая редакция (не правовой акт)',
    name_en: 'A test edition (not a legal act)',
    number: 'TEST-2',
    date: dates.act,
  }
  second.valid_from = dates.validFrom
  second.valid_to = null
  second.cancelled_by = null
  return second
}
