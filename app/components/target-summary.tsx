// The overview's first sentence: how many indicators in view meet their target or normative,
// counted by the engine's statuses (app/domain/target-summary.ts). Zero counts are left out.
import type { TargetSummary } from '~/domain/target-summary'
import type { Translator } from '~/i18n/translate'
import { useT } from '~/i18n/use-t'

export function targetSummaryText(tr: Translator, summary: TargetSummary): string {
  if (summary.total === 0) return tr.t('summary.none')
  const parts = [
    tr.t('summary.meets', { meets: tr.number(summary.meets), total: tr.number(summary.total) }),
  ]
  const rest: [
    number,
    'summary.fails' | 'summary.inconclusive' | 'summary.withoutData' | 'summary.noReference',
  ][] = [
    [summary.fails, 'summary.fails'],
    [summary.inconclusive, 'summary.inconclusive'],
    [summary.withoutData, 'summary.withoutData'],
    [summary.noReference, 'summary.noReference'],
  ]
  for (const [count, key] of rest) if (count > 0) parts.push(tr.t(key, { count: tr.number(count) }))
  return `${parts.join('; ')}.`
}

export function TargetSummarySentence({ summary }: { summary: TargetSummary }) {
  const tr = useT()
  return (
    <p className="target-summary" data-summary>
      {targetSummaryText(tr, summary)}
    </p>
  )
}
