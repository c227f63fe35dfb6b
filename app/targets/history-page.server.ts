// The /targets/history page's model: every proposal for one target value (an indicator × year ×
// region, or the nation), who proposed and decided it, and which value replaced which.
import type { Db } from '../../db/client.server'
import { listRegions, listStandards } from '../../db/queries/reference'
import { approvedInForce, indicatorForTargets, targetHistory } from '../../db/queries/targets'
import { canRead, userScope, type AccountUser, type Scope } from '../accounts/policy.server'
import { isEasierThan } from '../domain/target-suggestion'
import { localName, type Language } from '../i18n/languages'
import { pageMessages, translatorFor } from '../i18n/messages.server'
import { TargetNotFound } from './errors.server'
import type { TargetHistoryInput } from './forms.server'
import { regionIdOf } from './permissions.server'
import { refOf } from './view.server'

export async function targetHistoryPage(
  db: Db,
  user: AccountUser,
  query: TargetHistoryInput,
  lang: Language,
) {
  const scope: Scope = await userScope(db, user)
  const indicator = await indicatorForTargets(db, query.indicator)
  if (!indicator || !canRead(scope, { standardId: indicator.standardId })) {
    throw new TargetNotFound(`indicator ${query.indicator}`)
  }
  const unit = query.region ?? 'nation'
  if (!canRead(scope, unit === 'nation' ? { nation: true } : { regionCode: unit })) {
    throw new TargetNotFound(`region ${unit}`)
  }
  const regionId = await regionIdOf(db, unit)
  const [rows, previous, standard, regions] = await Promise.all([
    targetHistory(db, { indicatorId: indicator.id, year: query.year, regionId }),
    approvedInForce(db, { indicatorId: indicator.id, year: query.year - 1, regionId }),
    listStandards(db).then((all) => all.find((s) => s.id === indicator.standardId)!),
    unit === 'nation' ? Promise.resolve([]) : listRegions(db, { year: query.year }),
  ])
  const region = regions.find((r) => r.code === unit)
  const supersededBy = new Map(
    rows.filter((r) => r.supersedesId !== null).map((r) => [r.supersedesId!, r.id]),
  )
  return {
    lang,
    messages: pageMessages(lang, 'targets'),
    title: translatorFor(lang).t('targets.history.title'),
    year: query.year,
    unit: {
      key: unit,
      name:
        unit === 'nation'
          ? translatorFor(lang).t('targets.filters.nation')
          : region
            ? localName(region, lang)
            : unit,
    },
    standard: { id: standard.id, name: localName(standard, lang) },
    indicator: {
      id: indicator.id,
      code: indicator.code,
      name: localName(indicator, lang),
      direction: indicator.direction,
      normative: indicator.normativeAsPrinted,
    },
    previousYearTarget: previous?.value ?? null,
    rows: rows.map((r) => ({
      ...refOf(r),
      supersedesId: r.supersedesId,
      supersededById: supersededBy.get(r.id) ?? null,
      easier: isEasierThan(previous?.value ?? null, r.value, indicator.direction),
    })),
  }
}
