// The report as JSON: the model itself (the published snapshot, numbers and names in kk, ru and
// en), the edition, and the generated commentary and data-quality notes in the report language.
import { commentaryOf, qualityNotesOf } from './commentary'
import type { Edition, ReportLanguage, ReportModel } from './model'
import { reportTexts } from './texts.server'

export function reportJson(model: ReportModel, edition: Edition, lang: ReportLanguage): string {
  const x = reportTexts(lang)
  const document = {
    edition,
    language: lang,
    commentary: commentaryOf(model, x),
    dataQuality: qualityNotesOf(model, x),
    report: model,
  }
  return JSON.stringify(document, null, 2) + '\n'
}
