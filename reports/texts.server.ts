// The report's texts in the report's language, read from the registry (app/i18n): everything for
// the files written on the server, and for the report page's browser view only the flat messages
// the report uses (`suggestion.report.*`), so the page does not carry the interface's dictionary.
import type { Messages } from '../app/i18n/kk'
import { pageMessages, sharedMessages } from '../app/i18n/messages.server'
import type { ReportLanguage } from './model'
import { reportTextsOf, type ReportTexts, type ReportTextsData } from './texts'

export type { ReportTexts, ReportTextsData } from './texts'

/** The prefix of the flat messages a report prints. */
const REPORT_MESSAGES = 'suggestion.report.'

export function reportTexts(lang: ReportLanguage): ReportTexts {
  return reportTextsOf({
    lang,
    messages: { ...sharedMessages(lang), ...pageMessages(lang, 'reports') },
  })
}

/** The data the report page's loader sends for its HTML view. */
export function reportTextsData(lang: ReportLanguage): ReportTextsData {
  const messages: Messages = Object.fromEntries(
    Object.entries(sharedMessages(lang)).filter(
      ([key]) =>
        key.startsWith(REPORT_MESSAGES) ||
        key.startsWith('freshness.dataThrough') ||
        // The edition each standard follows (decision 0033, standardEditionLines).
        key === 'standard.edition.name' ||
        key === 'standard.edition.spans' ||
        key === 'standard.continued',
    ),
  )
  return { lang, messages: { ...messages, ...pageMessages(lang, 'reports') } }
}
