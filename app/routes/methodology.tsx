// /methodology — how every indicator is computed (decision 0004, docs/domain.md §3–§6), in the
// user's language: the twelve measures with the appendix rows that use them, the deadline rules
// with worked examples computed by the domain code, the status rules, and period and scope.
import { ListTable } from '~/components/list-table'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { Fragment } from 'react'
import { statusThreshold } from '~/domain/indicator-status'
import { CoverageFlag, StatusBadge } from '~/components/status-badge'
import type { MessageKey } from '~/i18n/kk'
import { requestTranslator } from '~/i18n/language.server'
import type { MessageParams, PluralKey, Translator } from '~/i18n/translate'
import { useT } from '~/i18n/use-t'
import { methodologyPage } from '~/indicators/methodology-page.server'
import { requireUser } from '~/accounts/policy.server'
import { fill } from '~/i18n/fill'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.text.title} — Sapa` : 'Sapa' },
]

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context)
  const { lang } = requestTranslator(request)
  return methodologyPage(context.db, lang, new Date())
}

type PageData = ReturnType<typeof useLoaderData<typeof loader>>
type Text = PageData['text']

/** A text with `code` spans and {parameters} (see methodology-content.ts). */
function Rich({ text, params }: { text: string; params?: MessageParams }) {
  const filled = params ? fill(text, params) : text
  return (
    <>
      {filled
        .split(/`([^`]+)`/)
        .map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}
    </>
  )
}

function Paragraphs({ texts, params }: { texts: readonly string[]; params?: MessageParams }) {
  return (
    <>
      {texts.map((text) => (
        <p key={text}>
          <Rich text={text} params={params} />
        </p>
      ))}
    </>
  )
}

function Bullets({ texts, params }: { texts: readonly string[]; params?: MessageParams }) {
  return (
    <ul className="rule-list">
      {texts.map((text) => (
        <li key={text}>
          <Rich text={text} params={params} />
        </li>
      ))}
    </ul>
  )
}

/** "Thursday, 02.04.2026": a civil date with its ISO weekday (1 = Monday … 7 = Sunday). */
function day(tr: Translator, d: { day: string; weekday: number }) {
  return `${tr.t(`weekday.${d.weekday}` as MessageKey)}, ${tr.date(d.day)}`
}

/** "Thursday, 02.04.2026, 23:59:59": a local date and time as the examples show them. */
function moment(tr: Translator, m: { day: string; weekday: number; time: string }) {
  return `${day(tr, m)}, ${m.time}`
}

function term(tr: Translator, amount: number, unit: string) {
  return tr.plural(`unit.${unit}` as PluralKey, amount)
}

// ── 1. measures ─────────────────────────────────────────────────────────────────────────────

function Measures({ data }: { data: PageData }) {
  const tr = useT()
  const { t } = tr
  const { text, measures, standards, constants } = data
  const m = text.measures
  const standardName = new Map(standards.map((s) => [s.id, s.name]))
  const params = { minAnswers: tr.number(constants.minSurveyAnswers) }
  const sources = (measure: PageData['measures'][number]) =>
    measure.sources
      .map((source, i) =>
        i === 0 ? m.sources[source] : `${m.sources[source]} (${m.casesForDenominator})`,
      )
      .join('; ')
  const direction = (measure: PageData['measures'][number]) =>
    measure.directions.length === 0
      ? '—'
      : measure.directions.map((d) => (
          <span key={d} className="nowrap">
            <span aria-hidden="true" className="direction-arrow">
              {d === 'higher_is_better' ? '↑' : '↓'}
            </span>{' '}
            {t(`direction.${d}`)}
          </span>
        ))

  return (
    <section id="measures" aria-labelledby="measures-title">
      <h2 id="measures-title">{text.sections.measures}</h2>
      <Paragraphs texts={m.intro} />
      <ListTable
        columns={[
          { label: m.col.measure },
          { label: m.col.rows },
          { label: m.col.data },
          { label: m.col.periodKey },
          { label: m.col.direction },
        ]}
        className="measure-summary"
        caption={m.summaryCaption}
      >
        {measures.map((measure) => (
          <tr key={measure.slug}>
            <th scope="row">
              <a href={`#measure-${measure.slug}`}>{m.byMeasure[measure.slug].name}</a>
              <code className="slug">{measure.slug}</code>
            </th>
            <td>
              {measure.codes.length === 0 ? (
                '—'
              ) : (
                <ul className="plain-list">
                  {measure.codes.map((c) => (
                    <li key={c.code} className="nowrap">
                      <span className="code">{c.code}</span>{' '}
                      <span className="muted">
                        ({tr.plural('methodology.standardCount', c.standards)})
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td>{sources(measure)}</td>
            <td>
              <Rich text={m.byMeasure[measure.slug].periodKey} />
            </td>
            <td>{direction(measure)}</td>
          </tr>
        ))}
      </ListTable>

      {measures.map((measure) => {
        const own = m.byMeasure[measure.slug]
        return (
          <section
            key={measure.slug}
            id={`measure-${measure.slug}`}
            className="measure"
            aria-labelledby={`measure-${measure.slug}-title`}
          >
            <h3 id={`measure-${measure.slug}-title`}>
              {own.name} <code className="slug">{measure.slug}</code>
            </h3>
            <div className="table-wrap">
              <table className="measure-table">
                <tbody>
                  <tr>
                    <th scope="row">{m.col.rows}</th>
                    <td>
                      {measure.rows.length === 0 ? (
                        <span className="empty">{m.noRows}</span>
                      ) : (
                        <ul className="appendix-rows">
                          {measure.rows.map((row) => (
                            <li key={`${row.code}-${row.name}`}>
                              <span className="code">{row.code}</span> «{row.name}»
                              <span className="cell-note">
                                {m.rowIn}{' '}
                                {row.standardIds.map((id, i) => (
                                  <Fragment key={id}>
                                    {i > 0 && '; '}
                                    <Link to={`/standards/${id}`}>
                                      {standardName.get(id) ?? id}
                                    </Link>
                                  </Fragment>
                                ))}
                              </span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                  <tr>
                    <th scope="row">{m.col.numerator}</th>
                    <td>
                      <Rich text={own.numerator} />
                    </td>
                  </tr>
                  <tr>
                    <th scope="row">{m.col.denominator}</th>
                    <td>
                      <Rich text={own.denominator} />
                    </td>
                  </tr>
                  <tr>
                    <th scope="row">{m.col.periodKey}</th>
                    <td>
                      <Rich text={own.periodKey} />
                    </td>
                  </tr>
                  <tr>
                    <th scope="row">{m.col.data}</th>
                    <td>{sources(measure)}</td>
                  </tr>
                  <tr>
                    <th scope="row">{m.col.direction}</th>
                    <td>{direction(measure)}</td>
                  </tr>
                  {own.notes.length > 0 && (
                    <tr>
                      <th scope="row">{m.col.notes}</th>
                      <td>
                        <Bullets texts={own.notes} params={params} />
                      </td>
                    </tr>
                  )}
                </tbody>
              </table>
            </div>
          </section>
        )
      })}
    </section>
  )
}

// ── 2. deadlines ────────────────────────────────────────────────────────────────────────────

function DeadlineExample({
  example,
  text,
}: {
  example: PageData['deadlineExamples'][number]
  text: Text['deadlines']
}) {
  const tr = useT()
  const e = text.example
  const own = text.examples[example.id]
  return (
    <section
      id={`example-${example.id}`}
      className="worked-example"
      aria-labelledby={`example-${example.id}-title`}
    >
      <h4 id={`example-${example.id}-title`}>{own.title}</h4>
      <dl className="facts facts--compact">
        <div>
          <dt>{e.term}</dt>
          <dd>{term(tr, example.termAmount, example.termUnit)}</dd>
        </div>
        <div>
          <dt>{e.submitted}</dt>
          <dd>{moment(tr, example.submitted)}</dd>
        </div>
        <div>
          <dt>{e.timeZone}</dt>
          <dd>
            <code>{example.timeZone}</code>
          </dd>
        </div>
        {example.suspension && (
          <>
            <div>
              <dt>{e.suspension}</dt>
              <dd>
                {tr.t('common.range', {
                  from: moment(tr, example.suspension.from),
                  to: moment(tr, example.suspension.to),
                })}
              </dd>
            </div>
            <div>
              <dt>{e.suspensionDays}</dt>
              <dd>
                {term(tr, example.suspension.addedDays.length, example.termUnit)}
                {example.suspension.addedDays.length > 0 && (
                  <>: {example.suspension.addedDays.map((d) => day(tr, d)).join('; ')}</>
                )}
              </dd>
            </div>
            {example.suspension.dueWithout && (
              <div>
                <dt>{e.dueWithoutSuspension}</dt>
                <dd>{moment(tr, example.suspension.dueWithout)}</dd>
              </div>
            )}
          </>
        )}
        <div className="facts__result">
          <dt>{e.due}</dt>
          <dd data-testid="due">
            <strong>{moment(tr, example.due)}</strong>
          </dd>
        </div>
        {example.suspension && (
          <div>
            <dt>{e.stillSuspended}</dt>
            <dd>
              {example.suspension.dueIfStillSuspended
                ? moment(tr, example.suspension.dueIfStillSuspended)
                : e.noDeadline}
            </dd>
          </div>
        )}
        <div>
          <dt>{e.why}</dt>
          <dd>{own.explanation}</dd>
        </div>
      </dl>
      {example.timeline && (
        <div className="table-wrap table-wrap--narrow">
          <table className="timeline">
            <caption>{e.timelineCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{e.col.date}</th>
                <th scope="col">{e.col.day}</th>
                <th scope="col">{e.col.count}</th>
              </tr>
            </thead>
            <tbody>
              {example.timeline.map((d) => (
                <tr
                  key={d.day}
                  className={[
                    `timeline__${d.kind}`,
                    d.submission ? 'timeline__submission' : '',
                    d.due ? 'timeline__due' : '',
                  ]
                    .filter(Boolean)
                    .join(' ')}
                >
                  <th scope="row" className="nowrap">
                    {day(tr, d)}
                  </th>
                  <td>
                    {d.submission && <strong>{e.kind.submission} · </strong>}
                    {e.kind[d.kind]}
                    {d.name && <span className="cell-note">{d.name}</span>}
                  </td>
                  <td>
                    {[
                      d.ordinal !== null &&
                        fill(example.termUnit === 'working_days' ? e.workingDayN : e.calendarDayN, {
                          n: tr.number(d.ordinal),
                        }),
                      // A calendar-day term whose last day is not a working day moves on.
                      !d.due &&
                        (d.moved || d.ordinal === example.termAmount) &&
                        example.termUnit === 'calendar_days' &&
                        e.movedToNext,
                    ]
                      .filter(Boolean)
                      .join(' — ')}
                    {d.due && (
                      <strong className="timeline__end">
                        {d.ordinal !== null && ' — '}
                        {e.lastDay}
                      </strong>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

function Deadlines({ data }: { data: PageData }) {
  const tr = useT()
  const { text, units, farmReadings, farmCertificateId, deadlineExamples, standards } = data
  const d = text.deadlines
  const standardName = new Map(standards.map((s) => [s.id, s.name]))
  return (
    <section id="deadlines" aria-labelledby="deadlines-title">
      <h2 id="deadlines-title">{text.sections.deadlines}</h2>
      <Paragraphs texts={d.intro} />

      <h3 id="deadline-units">{d.unitsHeading}</h3>
      <ListTable
        columns={[{ label: d.col.unit }, { label: d.col.rule }, { label: d.col.inDatabase }]}
        className="units-table"
        caption={d.unitsCaption}
      >
        {units.map((u) => (
          <tr key={u.unit}>
            <th scope="row">
              {d.unitNames[u.unit]}
              <code className="slug">{u.unit}</code>
            </th>
            <td>{d.units[u.unit]}</td>
            <td>
              {u.terms.length === 0 ? (
                <span className="empty">{d.noRules}</span>
              ) : (
                <ul className="plain-list term-list">
                  {u.terms.map((termRow) => (
                    <li key={termRow.amount}>
                      <strong>{term(tr, termRow.amount, u.unit)}</strong>:{' '}
                      {termRow.variants.join(', ')} · {termRow.channels.join(', ')}
                      <span className="cell-note">
                        {termRow.standardIds.map((id) => standardName.get(id) ?? id).join('; ')}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </ListTable>

      <h3 id="deadline-rules">{d.commonHeading}</h3>
      <Bullets texts={d.common} />

      <aside className="callout" aria-labelledby="deadline-readings">
        <h3 id="deadline-readings">{d.readingsHeading}</h3>
        <Bullets texts={d.readings} />
        {farmReadings.length > 0 && (
          <p>
            {d.readingsCurrent}{' '}
            {farmReadings
              .map((r) => `${r.channel} — ${term(tr, r.termAmount, r.termUnit)}`)
              .join('; ')}
            .
          </p>
        )}
        <p className="muted">
          {d.readingsEditable}{' '}
          <Link to={`/standards/${farmCertificateId}`}>
            {standardName.get(farmCertificateId) ?? farmCertificateId}
          </Link>
        </p>
      </aside>

      <h3 id="deadline-examples">{d.examplesHeading}</h3>
      <p>{d.examplesIntro}</p>
      {deadlineExamples.map((example) => (
        <DeadlineExample key={example.id} example={example} text={d} />
      ))}
    </section>
  )
}

// ── 3. status ───────────────────────────────────────────────────────────────────────────────

const STATUS_ORDER = [
  'no_data',
  'insufficient_data',
  'no_reference',
  'meets',
  'inconclusive',
  'fails',
] as const

function Status({ data }: { data: PageData }) {
  const tr = useT()
  const { t } = tr
  const { text, constants, statusExamples } = data
  const s = text.status
  const params = {
    minAnswers: tr.number(constants.minSurveyAnswers),
    z: tr.number(constants.z, 6),
  }
  const reference = (e: PageData['statusExamples'][number]) => {
    if (e.target !== null) return fill(s.target, { value: tr.reference(e.target) })
    const n = e.normative
    if (!n) return s.none
    const value =
      n.kind === 'min'
        ? t('normative.min', { value: tr.reference(n.low!) })
        : n.kind === 'max'
          ? t('normative.max', { value: tr.reference(n.high!) })
          : t('normative.band', { low: tr.reference(n.low!), high: tr.reference(n.high!) })
    return fill(s.normative, { value })
  }
  return (
    <section id="status" aria-labelledby="status-title">
      <h2 id="status-title">{text.sections.status}</h2>

      <h3 id="status-value">{s.valueHeading}</h3>
      <Paragraphs texts={s.value} />

      <h3 id="status-reference">{s.referenceHeading}</h3>
      <Paragraphs texts={s.reference} />

      <h3 id="status-order">{s.orderHeading}</h3>
      <p>{s.orderIntro}</p>
      <ListTable
        columns={[{ label: s.col.status }, { label: s.col.when }]}
        className="status-table"
      >
        {STATUS_ORDER.map((status) => (
          <tr key={status}>
            <th scope="row">
              <StatusBadge status={status} />
              <code className="slug">{status}</code>
            </th>
            <td>
              <Rich text={s.when[status]} params={params} />
            </td>
          </tr>
        ))}
      </ListTable>

      <h3 id="status-comparison">{s.comparisonHeading}</h3>
      <Bullets texts={s.comparison} />

      <h3 id="status-survey">{s.surveyHeading}</h3>
      <Bullets texts={s.survey} params={params} />

      <h3 id="status-coverage">{s.coverageHeading}</h3>
      <Bullets texts={s.coverage} />
      <p>
        {s.coverageFlagIntro} <CoverageFlag />
      </p>

      <h3 id="status-examples">{s.examplesHeading}</h3>
      <p>{s.examplesIntro}</p>
      <ListTable
        columns={[
          { label: s.examplesCol.example },
          { label: s.examplesCol.counts, numeric: true },
          { label: s.examplesCol.reference },
          { label: s.examplesCol.value, numeric: true },
          { label: s.examplesCol.interval, numeric: true },
          { label: s.examplesCol.status },
        ]}
        className="status-examples"
      >
        {statusExamples.map((e) => (
          <tr key={e.id}>
            <th scope="row">{s.examples[e.id]}</th>
            <td className="num">
              {fill(s.counts, {
                numerator: tr.number(e.numerator),
                denominator: tr.number(e.denominator),
              })}
            </td>
            <td>{reference(e)}</td>
            <td className="num">
              {e.value === null ? '—' : tr.percent(e.value, statusThreshold(e.target, e.normative))}
            </td>
            <td className="num">
              {e.ciLow === null || e.ciHigh === null
                ? '—'
                : t('common.range', {
                    from: tr.percent(e.ciLow, statusThreshold(e.target, e.normative)),
                    to: tr.percent(e.ciHigh, statusThreshold(e.target, e.normative)),
                  })}
            </td>
            <td>
              <StatusBadge status={e.status} />
            </td>
          </tr>
        ))}
      </ListTable>
    </section>
  )
}

// ── 4. period and scope ─────────────────────────────────────────────────────────────────────

function Period({ data }: { data: PageData }) {
  const tr = useT()
  const { text, regionChanges } = data
  const p = text.period
  return (
    <section id="period" aria-labelledby="period-title">
      <h2 id="period-title">{text.sections.period}</h2>

      <h3 id="period-keys">{p.keysHeading}</h3>
      <Paragraphs texts={p.keys} />

      <h3 id="period-granularity">{p.granularityHeading}</h3>
      <Paragraphs texts={p.granularity} />

      <h3 id="period-as-of">{p.asOfHeading}</h3>
      <Paragraphs texts={p.asOf} />

      <h3 id="period-deadline">{p.deadlineInPeriodHeading}</h3>
      <Paragraphs texts={p.deadlineInPeriod} />

      <h3 id="period-scope">{p.scopeHeading}</h3>
      <Bullets texts={p.scope} />

      <h3 id="period-regions">{p.regionsHeading}</h3>
      <Paragraphs texts={p.regions} />
      {regionChanges.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>{p.regionsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{p.regionsCol.region}</th>
                <th scope="col">{p.regionsCol.validFrom}</th>
                <th scope="col">{p.regionsCol.validTo}</th>
                <th scope="col">{p.regionsCol.formedFrom}</th>
              </tr>
            </thead>
            <tbody>
              {regionChanges.map((r) => (
                <tr key={r.code}>
                  <th scope="row">
                    <Link to={`/regions/${r.code}?year=${r.year}`}>{r.name}</Link>{' '}
                    <span className="code muted">{r.code}</span>
                  </th>
                  <td className="nowrap">{r.validFrom ? tr.date(r.validFrom) : '—'}</td>
                  <td className="nowrap">{r.validTo ? tr.date(r.validTo) : '—'}</td>
                  <td>{r.formedFrom ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

// ── the page ────────────────────────────────────────────────────────────────────────────────

function Contents({ data }: { data: PageData }) {
  const { text } = data
  const d = text.deadlines
  const s = text.status
  const p = text.period
  const entry = (id: string, label: string) => (
    <li key={id}>
      <a href={`#${id}`}>{label}</a>
    </li>
  )
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <p id="toc-title" className="toc__title">
        {text.tocLabel}
      </p>
      <ol>
        <li>
          <a href="#measures">{text.sections.measures}</a>
          <ol>
            {data.measures.map((m) =>
              entry(`measure-${m.slug}`, text.measures.byMeasure[m.slug].name),
            )}
          </ol>
        </li>
        <li>
          <a href="#deadlines">{text.sections.deadlines}</a>
          <ol>
            {entry('deadline-units', d.unitsHeading)}
            {entry('deadline-rules', d.commonHeading)}
            {entry('deadline-readings', d.readingsHeading)}
            {entry('deadline-examples', d.examplesHeading)}
          </ol>
        </li>
        <li>
          <a href="#status">{text.sections.status}</a>
          <ol>
            {entry('status-value', s.valueHeading)}
            {entry('status-reference', s.referenceHeading)}
            {entry('status-order', s.orderHeading)}
            {entry('status-comparison', s.comparisonHeading)}
            {entry('status-survey', s.surveyHeading)}
            {entry('status-coverage', s.coverageHeading)}
            {entry('status-examples', s.examplesHeading)}
          </ol>
        </li>
        <li>
          <a href="#period">{text.sections.period}</a>
          <ol>
            {entry('period-keys', p.keysHeading)}
            {entry('period-granularity', p.granularityHeading)}
            {entry('period-as-of', p.asOfHeading)}
            {entry('period-deadline', p.deadlineInPeriodHeading)}
            {entry('period-scope', p.scopeHeading)}
            {entry('period-regions', p.regionsHeading)}
          </ol>
        </li>
      </ol>
    </nav>
  )
}

export default function MethodologyPage() {
  const data = useLoaderData<typeof loader>()
  const { text } = data
  return (
    <article className="methodology">
      <div className="page-title">
        <h1>{text.title}</h1>
        <button type="button" className="print-button" onClick={() => window.print()}>
          {text.print}
        </button>
      </div>
      <p className="lead">{text.lead}</p>
      <Paragraphs texts={text.intro} />
      <Contents data={data} />
      <Measures data={data} />
      <Deadlines data={data} />
      <Status data={data} />
      <Period data={data} />
    </article>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
