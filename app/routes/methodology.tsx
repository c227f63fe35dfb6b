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
import type { ListKey, MessageParams, PluralKey, Translator } from '~/i18n/translate'
import { useT } from '~/i18n/use-t'
import { methodologyPage } from '~/indicators/methodology-page.server'
import { requireUser } from '~/accounts/policy.server'
import { fill } from '~/i18n/fill'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} — Sapa` : 'Sapa' },
]

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context)
  const { lang } = requestTranslator(request)
  return methodologyPage(context.db, lang, new Date())
}

type PageData = ReturnType<typeof useLoaderData<typeof loader>>

/** A text with `code` spans and {parameters} (the methodology messages, app/i18n/kk/methodology.ts …). */
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
  const { t, texts } = tr
  const { measures, standards, constants } = data
  const standardName = new Map(standards.map((s) => [s.id, s.name]))
  const params = { minAnswers: tr.number(constants.minSurveyAnswers) }
  const sources = (measure: PageData['measures'][number]) =>
    measure.sources
      .map((source, i) =>
        i === 0
          ? t(`methodology.measures.sources.${source}`)
          : `${t(`methodology.measures.sources.${source}`)} (${t('methodology.measures.casesForDenominator')})`,
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
      <h2 id="measures-title">{t('methodology.sections.measures')}</h2>
      <Paragraphs texts={texts('methodology.measures.intro')} />
      <ListTable
        columns={[
          { label: t('methodology.measures.col.measure') },
          { label: t('methodology.measures.col.rows') },
          { label: t('methodology.measures.col.data') },
          { label: t('methodology.measures.col.periodKey') },
          { label: t('methodology.measures.col.direction') },
        ]}
        className="measure-summary"
        caption={t('methodology.measures.summaryCaption')}
      >
        {measures.map((measure) => (
          <tr key={measure.slug}>
            <th scope="row">
              <a href={`#measure-${measure.slug}`}>
                {t(`methodology.measures.byMeasure.${measure.slug}.name`)}
              </a>
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
              <Rich text={t(`methodology.measures.byMeasure.${measure.slug}.periodKey`)} />
            </td>
            <td>{direction(measure)}</td>
          </tr>
        ))}
      </ListTable>

      {measures.map((measure) => {
        const own = `methodology.measures.byMeasure.${measure.slug}` as const
        // A measure without notes has no `notes.1`: texts() gives none.
        const notes = texts(`${own}.notes` as ListKey)
        return (
          <section
            key={measure.slug}
            id={`measure-${measure.slug}`}
            className="measure"
            aria-labelledby={`measure-${measure.slug}-title`}
          >
            <h3 id={`measure-${measure.slug}-title`}>
              {t(`${own}.name`)} <code className="slug">{measure.slug}</code>
            </h3>
            <div className="table-wrap">
              <table className="measure-table">
                <tbody>
                  <tr>
                    <th scope="row">{t('methodology.measures.col.rows')}</th>
                    <td>
                      {measure.rows.length === 0 ? (
                        <span className="empty">{t('methodology.measures.noRows')}</span>
                      ) : (
                        <ul className="appendix-rows">
                          {measure.rows.map((row) => (
                            <li key={`${row.code}-${row.name}`}>
                              <span className="code">{row.code}</span> «{row.name}»
                              <span className="cell-note">
                                {t('methodology.measures.rowIn')}{' '}
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
                    <th scope="row">{t('methodology.measures.col.numerator')}</th>
                    <td>
                      <Rich text={t(`${own}.numerator`)} />
                    </td>
                  </tr>
                  <tr>
                    <th scope="row">{t('methodology.measures.col.denominator')}</th>
                    <td>
                      <Rich text={t(`${own}.denominator`)} />
                    </td>
                  </tr>
                  <tr>
                    <th scope="row">{t('methodology.measures.col.periodKey')}</th>
                    <td>
                      <Rich text={t(`${own}.periodKey`)} />
                    </td>
                  </tr>
                  <tr>
                    <th scope="row">{t('methodology.measures.col.data')}</th>
                    <td>{sources(measure)}</td>
                  </tr>
                  <tr>
                    <th scope="row">{t('methodology.measures.col.direction')}</th>
                    <td>{direction(measure)}</td>
                  </tr>
                  {notes.length > 0 && (
                    <tr>
                      <th scope="row">{t('methodology.measures.col.notes')}</th>
                      <td>
                        <Bullets texts={notes} params={params} />
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

function DeadlineExample({ example }: { example: PageData['deadlineExamples'][number] }) {
  const tr = useT()
  const { t } = tr
  const own = `methodology.deadlines.examples.${example.id}` as const
  return (
    <section
      id={`example-${example.id}`}
      className="worked-example"
      aria-labelledby={`example-${example.id}-title`}
    >
      <h4 id={`example-${example.id}-title`}>{t(`${own}.title`)}</h4>
      <dl className="facts facts--compact">
        <div>
          <dt>{t('methodology.deadlines.example.term')}</dt>
          <dd>{term(tr, example.termAmount, example.termUnit)}</dd>
        </div>
        <div>
          <dt>{t('methodology.deadlines.example.submitted')}</dt>
          <dd>{moment(tr, example.submitted)}</dd>
        </div>
        <div>
          <dt>{t('methodology.deadlines.example.timeZone')}</dt>
          <dd>
            <code>{example.timeZone}</code>
          </dd>
        </div>
        {example.suspension && (
          <>
            <div>
              <dt>{t('methodology.deadlines.example.suspension')}</dt>
              <dd>
                {tr.t('common.range', {
                  from: moment(tr, example.suspension.from),
                  to: moment(tr, example.suspension.to),
                })}
              </dd>
            </div>
            <div>
              <dt>{t('methodology.deadlines.example.suspensionDays')}</dt>
              <dd>
                {term(tr, example.suspension.addedDays.length, example.termUnit)}
                {example.suspension.addedDays.length > 0 && (
                  <>: {example.suspension.addedDays.map((d) => day(tr, d)).join('; ')}</>
                )}
              </dd>
            </div>
            {example.suspension.dueWithout && (
              <div>
                <dt>{t('methodology.deadlines.example.dueWithoutSuspension')}</dt>
                <dd>{moment(tr, example.suspension.dueWithout)}</dd>
              </div>
            )}
          </>
        )}
        <div className="facts__result">
          <dt>{t('methodology.deadlines.example.due')}</dt>
          <dd data-testid="due">
            <strong>{moment(tr, example.due)}</strong>
          </dd>
        </div>
        {example.suspension && (
          <div>
            <dt>{t('methodology.deadlines.example.stillSuspended')}</dt>
            <dd>
              {example.suspension.dueIfStillSuspended
                ? moment(tr, example.suspension.dueIfStillSuspended)
                : t('methodology.deadlines.example.noDeadline')}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('methodology.deadlines.example.why')}</dt>
          <dd>{t(`${own}.explanation`)}</dd>
        </div>
      </dl>
      {example.timeline && (
        <div className="table-wrap table-wrap--narrow">
          <table className="timeline">
            <caption>{t('methodology.deadlines.example.timelineCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('methodology.deadlines.example.col.date')}</th>
                <th scope="col">{t('methodology.deadlines.example.col.day')}</th>
                <th scope="col">{t('methodology.deadlines.example.col.count')}</th>
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
                    {d.submission && (
                      <strong>{t('methodology.deadlines.example.kind.submission')} · </strong>
                    )}
                    {t(`methodology.deadlines.example.kind.${d.kind}`)}
                    {d.name && <span className="cell-note">{d.name}</span>}
                  </td>
                  <td>
                    {[
                      d.ordinal !== null &&
                        t(
                          example.termUnit === 'working_days'
                            ? 'methodology.deadlines.example.workingDayN'
                            : 'methodology.deadlines.example.calendarDayN',
                          { n: tr.number(d.ordinal) },
                        ),
                      // A calendar-day term whose last day is not a working day moves on.
                      !d.due &&
                        (d.moved || d.ordinal === example.termAmount) &&
                        example.termUnit === 'calendar_days' &&
                        t('methodology.deadlines.example.movedToNext'),
                    ]
                      .filter(Boolean)
                      .join(' — ')}
                    {d.due && (
                      <strong className="timeline__end">
                        {d.ordinal !== null && ' — '}
                        {t('methodology.deadlines.example.lastDay')}
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
  const { t, texts } = tr
  const { units, farmReadings, farmCertificateId, deadlineExamples, standards } = data
  const standardName = new Map(standards.map((s) => [s.id, s.name]))
  return (
    <section id="deadlines" aria-labelledby="deadlines-title">
      <h2 id="deadlines-title">{t('methodology.sections.deadlines')}</h2>
      <Paragraphs texts={texts('methodology.deadlines.intro')} />

      <h3 id="deadline-units">{t('methodology.deadlines.unitsHeading')}</h3>
      <ListTable
        columns={[
          { label: t('methodology.deadlines.col.unit') },
          { label: t('methodology.deadlines.col.rule') },
          { label: t('methodology.deadlines.col.inDatabase') },
        ]}
        className="units-table"
        caption={t('methodology.deadlines.unitsCaption')}
      >
        {units.map((u) => (
          <tr key={u.unit}>
            <th scope="row">
              {t(`methodology.deadlines.unitNames.${u.unit}`)}
              <code className="slug">{u.unit}</code>
            </th>
            <td>{t(`methodology.deadlines.units.${u.unit}`)}</td>
            <td>
              {u.terms.length === 0 ? (
                <span className="empty">{t('methodology.deadlines.noRules')}</span>
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

      <h3 id="deadline-rules">{t('methodology.deadlines.commonHeading')}</h3>
      <Bullets texts={texts('methodology.deadlines.common')} />

      <aside className="callout" aria-labelledby="deadline-readings">
        <h3 id="deadline-readings">{t('methodology.deadlines.readingsHeading')}</h3>
        <Bullets texts={texts('methodology.deadlines.readings')} />
        {farmReadings.length > 0 && (
          <p>
            {t('methodology.deadlines.readingsCurrent')}{' '}
            {farmReadings
              .map((r) => `${r.channel} — ${term(tr, r.termAmount, r.termUnit)}`)
              .join('; ')}
            .
          </p>
        )}
        <p className="muted">
          {t('methodology.deadlines.readingsEditable')}{' '}
          <Link to={`/standards/${farmCertificateId}`}>
            {standardName.get(farmCertificateId) ?? farmCertificateId}
          </Link>
        </p>
      </aside>

      <h3 id="deadline-examples">{t('methodology.deadlines.examplesHeading')}</h3>
      <p>{t('methodology.deadlines.examplesIntro')}</p>
      {deadlineExamples.map((example) => (
        <DeadlineExample key={example.id} example={example} />
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
  const { t, texts } = tr
  const { constants, statusExamples } = data
  const params = {
    minAnswers: tr.number(constants.minSurveyAnswers),
    z: tr.number(constants.z, 6),
  }
  const reference = (e: PageData['statusExamples'][number]) => {
    if (e.target !== null) return t('methodology.status.target', { value: tr.reference(e.target) })
    const n = e.normative
    if (!n) return t('methodology.status.none')
    const value =
      n.kind === 'min'
        ? t('normative.min', { value: tr.reference(n.low!) })
        : n.kind === 'max'
          ? t('normative.max', { value: tr.reference(n.high!) })
          : t('normative.band', { low: tr.reference(n.low!), high: tr.reference(n.high!) })
    return t('methodology.status.normative', { value })
  }
  return (
    <section id="status" aria-labelledby="status-title">
      <h2 id="status-title">{t('methodology.sections.status')}</h2>

      <h3 id="status-value">{t('methodology.status.valueHeading')}</h3>
      <Paragraphs texts={texts('methodology.status.value')} />

      <h3 id="status-reference">{t('methodology.status.referenceHeading')}</h3>
      <Paragraphs texts={texts('methodology.status.reference')} />

      <h3 id="status-order">{t('methodology.status.orderHeading')}</h3>
      <p>{t('methodology.status.orderIntro')}</p>
      <ListTable
        columns={[
          { label: t('methodology.status.col.status') },
          { label: t('methodology.status.col.when') },
        ]}
        className="status-table"
      >
        {STATUS_ORDER.map((status) => (
          <tr key={status}>
            <th scope="row">
              <StatusBadge status={status} />
              <code className="slug">{status}</code>
            </th>
            <td>
              <Rich text={t(`methodology.status.when.${status}`, params)} />
            </td>
          </tr>
        ))}
      </ListTable>

      <h3 id="status-comparison">{t('methodology.status.comparisonHeading')}</h3>
      <Bullets texts={texts('methodology.status.comparison')} />

      <h3 id="status-survey">{t('methodology.status.surveyHeading')}</h3>
      <Bullets texts={texts('methodology.status.survey')} params={params} />

      <h3 id="status-coverage">{t('methodology.status.coverageHeading')}</h3>
      <Bullets texts={texts('methodology.status.coverage')} />
      <p>
        {t('methodology.status.coverageFlagIntro')} <CoverageFlag />
      </p>

      <h3 id="status-examples">{t('methodology.status.examplesHeading')}</h3>
      <p>{t('methodology.status.examplesIntro')}</p>
      <ListTable
        columns={[
          { label: t('methodology.status.examplesCol.example') },
          { label: t('methodology.status.examplesCol.counts'), numeric: true },
          { label: t('methodology.status.examplesCol.reference') },
          { label: t('methodology.status.examplesCol.value'), numeric: true },
          { label: t('methodology.status.examplesCol.interval'), numeric: true },
          { label: t('methodology.status.examplesCol.status') },
        ]}
        className="status-examples"
      >
        {statusExamples.map((e) => (
          <tr key={e.id}>
            <th scope="row">{t(`methodology.status.examples.${e.id}`)}</th>
            <td className="num">
              {t('methodology.status.counts', {
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
  const { t, texts } = tr
  const { regionChanges } = data
  return (
    <section id="period" aria-labelledby="period-title">
      <h2 id="period-title">{t('methodology.sections.period')}</h2>

      <h3 id="period-keys">{t('methodology.period.keysHeading')}</h3>
      <Paragraphs texts={texts('methodology.period.keys')} />

      <h3 id="period-granularity">{t('methodology.period.granularityHeading')}</h3>
      <Paragraphs texts={texts('methodology.period.granularity')} />

      <h3 id="period-as-of">{t('methodology.period.asOfHeading')}</h3>
      <Paragraphs texts={texts('methodology.period.asOf')} />

      <h3 id="period-deadline">{t('methodology.period.deadlineInPeriodHeading')}</h3>
      <Paragraphs texts={texts('methodology.period.deadlineInPeriod')} />

      <h3 id="period-scope">{t('methodology.period.scopeHeading')}</h3>
      <Bullets texts={texts('methodology.period.scope')} />

      <h3 id="period-regions">{t('methodology.period.regionsHeading')}</h3>
      <Paragraphs texts={texts('methodology.period.regions')} />
      {regionChanges.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>{t('methodology.period.regionsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('methodology.period.regionsCol.region')}</th>
                <th scope="col">{t('methodology.period.regionsCol.validFrom')}</th>
                <th scope="col">{t('methodology.period.regionsCol.validTo')}</th>
                <th scope="col">{t('methodology.period.regionsCol.formedFrom')}</th>
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
  const { t } = useT()
  const entry = (id: string, label: string) => (
    <li key={id}>
      <a href={`#${id}`}>{label}</a>
    </li>
  )
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <p id="toc-title" className="toc__title">
        {t('methodology.tocLabel')}
      </p>
      <ol>
        <li>
          <a href="#measures">{t('methodology.sections.measures')}</a>
          <ol>
            {data.measures.map((m) =>
              entry(`measure-${m.slug}`, t(`methodology.measures.byMeasure.${m.slug}.name`)),
            )}
          </ol>
        </li>
        <li>
          <a href="#deadlines">{t('methodology.sections.deadlines')}</a>
          <ol>
            {entry('deadline-units', t('methodology.deadlines.unitsHeading'))}
            {entry('deadline-rules', t('methodology.deadlines.commonHeading'))}
            {entry('deadline-readings', t('methodology.deadlines.readingsHeading'))}
            {entry('deadline-examples', t('methodology.deadlines.examplesHeading'))}
          </ol>
        </li>
        <li>
          <a href="#status">{t('methodology.sections.status')}</a>
          <ol>
            {entry('status-value', t('methodology.status.valueHeading'))}
            {entry('status-reference', t('methodology.status.referenceHeading'))}
            {entry('status-order', t('methodology.status.orderHeading'))}
            {entry('status-comparison', t('methodology.status.comparisonHeading'))}
            {entry('status-survey', t('methodology.status.surveyHeading'))}
            {entry('status-coverage', t('methodology.status.coverageHeading'))}
            {entry('status-examples', t('methodology.status.examplesHeading'))}
          </ol>
        </li>
        <li>
          <a href="#period">{t('methodology.sections.period')}</a>
          <ol>
            {entry('period-keys', t('methodology.period.keysHeading'))}
            {entry('period-granularity', t('methodology.period.granularityHeading'))}
            {entry('period-as-of', t('methodology.period.asOfHeading'))}
            {entry('period-deadline', t('methodology.period.deadlineInPeriodHeading'))}
            {entry('period-scope', t('methodology.period.scopeHeading'))}
            {entry('period-regions', t('methodology.period.regionsHeading'))}
          </ol>
        </li>
      </ol>
    </nav>
  )
}

export default function MethodologyPage() {
  const data = useLoaderData<typeof loader>()
  const { t, texts } = useT()
  return (
    <article className="methodology">
      <div className="page-title">
        <h1>{t('methodology.title')}</h1>
        <button type="button" className="print-button" onClick={() => window.print()}>
          {t('methodology.print')}
        </button>
      </div>
      <p className="lead">{t('methodology.lead')}</p>
      <Paragraphs texts={texts('methodology.intro')} />
      <Contents data={data} />
      <Measures data={data} />
      <Deadlines data={data} />
      <Status data={data} />
      <Period data={data} />
    </article>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
