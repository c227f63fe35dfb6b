// The report pages' two choices after the year: the scope (the nation when the caller may read
// it, or a region in their scope) and the language the report is written in.
import { languageNames, languages, type Language } from '~/i18n/languages'
import { useT } from '~/i18n/use-t'

export function ReportScopeFields({
  nationReadable,
  regions,
  lang,
  region,
  reportLang,
}: {
  nationReadable: boolean
  regions: { code: string; name: Record<Language, string> }[]
  /** The page's language (region names). */
  lang: Language
  /** The chosen region's code, '' for the nation. */
  region: string
  reportLang: Language
}) {
  const tr = useT()
  return (
    <>
      <label>
        {tr.t('reports.pages.scope')}
        <select name="region" defaultValue={region}>
          {nationReadable && <option value="">{tr.t('reports.nation')}</option>}
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name[lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {tr.t('reports.pages.reportLanguage')}
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
