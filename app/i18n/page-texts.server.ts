// The methodology page's texts as its view model still reads them (a tree: `texts.sections.status`),
// built from the one registry (kk/methodology.ts …): `texts.intro` of 'methodology.intro.1', '.2'
// … is a list. Every other page reads its keys through t(); the methodology page goes the same way
// once its view model is moved (docs/decisions/0021-one-translation-path.md, "Still to do"), and
// this module goes with it.
import { languages, type Language } from './languages'
import { registry } from './messages.server'
import type { MethodologyContent } from './methodology/methodology-content'

type Tree = { [key: string]: Tree | string }

/** A branch whose keys are 1, 2 … n is a list. */
function listsOf(tree: Tree | string): unknown {
  if (typeof tree === 'string') return tree
  const keys = Object.keys(tree)
  const out = Object.fromEntries(keys.map((k) => [k, listsOf(tree[k]!)]))
  if (keys.length > 0 && keys.every((k, i) => k === String(i + 1))) return keys.map((k) => out[k])
  return out
}

function treeOf(page: 'methodology', messages: Readonly<Record<string, string>>): unknown {
  const root: Tree = {}
  for (const [key, text] of Object.entries(messages)) {
    const path = key.slice(page.length + 1).split('.')
    let node = root
    for (const step of path.slice(0, -1)) node = (node[step] ??= {}) as Tree
    node[path.at(-1)!] = text
  }
  return listsOf(root)
}

const cache = new Map<Language, MethodologyContent>()

export function pageTexts(page: 'methodology', lang: Language): MethodologyContent {
  if (!cache.has(lang)) {
    cache.set(lang, treeOf(page, registry[lang].pages[page]) as MethodologyContent)
  }
  return cache.get(lang)!
}

/** The page's texts in every language, for the view model that picks by language. */
export function pageTextsByLanguage(page: 'methodology'): Record<Language, MethodologyContent> {
  return Object.fromEntries(languages.map((lang) => [lang, pageTexts(page, lang)])) as Record<
    Language,
    MethodologyContent
  >
}
