// The report pages' two choices after the year: the scope (the nation when the caller may read
// it, or a region in their scope) and the language the report is written in.
import { languageNames, languages, type Language } from '~/i18n/languages'

export function ReportScopeFields({
  labels,
  nationLabel,
  nationReadable,
  regions,
  lang,
  region,
  reportLang,
}: {
  labels: { scope: string; reportLanguage: string }
  nationLabel: string
  nationReadable: boolean
  regions: { code: string; name: Record<Language, string> }[]
  /** The page's language (region names). */
  lang: Language
  /** The chosen region's code, '' for the nation. */
  region: string
  reportLang: Language
}) {
  return (
    <>
      <label>
        {labels.scope}
        <select name="region" defaultValue={region}>
          {nationReadable && <option value="">{nationLabel}</option>}
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name[lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {labels.reportLanguage}
        <select name="report_lang" defaultValue={reportLang}>
          {languages.map((l) => (
            <option key={l} value={l} lang={l}>
              {languageNames[l]}
            </option>
          ))}
        </select>
      </label>
    </>
  )
}
