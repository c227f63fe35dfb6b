// The pages' texts as the view models still read them (a tree: `texts.forms.propose`), built from
// the one registry (kk/<page>.ts …): `texts.intro` of 'methodology.intro.1', '.2' … is a list.
// The texts themselves live only in the registry; this is the view models' way in until each reads
// its keys through t() (docs/decisions/0021-one-translation-path.md).
import type { AdminContent } from './admin/admin-content'
import type { DashboardContent } from './dashboard/dashboard-content'
import type { ImportsContent } from './imports/imports-content'
import type { PageName } from './kk'
import type { Language } from './languages'
import { registry } from './messages.server'
import type { MethodologyContent } from './methodology/methodology-content'
import type { RegionContent } from './region/region-content'
import type { ReportContent } from './reports/report-content'
import type { TargetsContent } from './targets/targets-content'

interface PageTexts {
  admin: AdminContent
  dashboard: DashboardContent
  imports: ImportsContent
  methodology: MethodologyContent
  region: RegionContent
  reports: ReportContent
  targets: TargetsContent
}

type Tree = { [key: string]: Tree | string }

/** A branch whose keys are 1, 2 … n is a list. */
function listsOf(tree: Tree | string): unknown {
  if (typeof tree === 'string') return tree
  const keys = Object.keys(tree)
  const out = Object.fromEntries(keys.map((k) => [k, listsOf(tree[k]!)]))
  if (keys.length > 0 && keys.every((k, i) => k === String(i + 1))) return keys.map((k) => out[k])
  return out
}

function treeOf(page: PageName, messages: Readonly<Record<string, string>>): unknown {
  const root: Tree = {}
  for (const [key, text] of Object.entries(messages)) {
    const path = key.slice(page.length + 1).split('.')
    let node = root
    for (const step of path.slice(0, -1)) node = (node[step] ??= {}) as Tree
    node[path.at(-1)!] = text
  }
  return listsOf(root)
}

const cache = new Map<string, unknown>()

export function pageTexts<P extends PageName>(page: P, lang: Language): PageTexts[P] {
  const key = `${page}:${lang}`
  if (!cache.has(key)) cache.set(key, treeOf(page, registry[lang].pages[page]))
  return cache.get(key) as PageTexts[P]
}

/** One page's texts in every language, for the view models that pick by language. */
export function pageTextsByLanguage<P extends PageName>(page: P): Record<Language, PageTexts[P]> {
  return { kk: pageTexts(page, 'kk'), ru: pageTexts(page, 'ru'), en: pageTexts(page, 'en') }
}
