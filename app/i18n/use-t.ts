// useT(): the translator for the language the root loader resolved, for any component.
import { useRouteLoaderData } from '@remix-run/react'
import { useMemo } from 'react'
import type { RootData } from '~/root-data'
import { kk } from './kk'
import { defaultLanguage } from './languages'
import { createTranslator, type Translator } from './translate'

export function useT(): Translator {
  const data = useRouteLoaderData<RootData>('root')
  const lang = data?.lang ?? defaultLanguage
  // The root loader only reads the request, so its data is there even on error pages; Kazakh is
  // the fallback should it ever be missing.
  const dictionary = data?.dictionary ?? kk
  return useMemo(() => createTranslator(lang, dictionary), [lang, dictionary])
}
