// /targets?year=&standard=&region= — next year's target values of a standard: for the nation and
// each region in the reader's scope, the normative, this year's target and value, the suggested
// target with its method, and next year's proposals and approvals with their forms. Every form
// posts here (CSRF field, works without JS) and comes back with errors by field.
import type {
  ActionFunctionArgs,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { CsrfField } from '~/components/csrf-field'
import { FilterSelect } from '~/components/filter-select'
import { ProjectionLine } from '~/components/projection-line'
import { StatusBadge } from '~/components/status-badge'
import { EasierFlag, TargetState } from '~/components/target-marks'
import { REPORTING_YEARS } from '~/domain/year-range'
import { auditSource } from '~/accounts/audit.server'
import { parsePageInput, queryObject, readForm } from '~/http/request-input.server'
import { requestTranslator } from '~/i18n/language.server'
import type { Translator } from '~/i18n/translate'
import { useT } from '~/i18n/use-t'
import { pageOutOfScope, requireCsrf, requireUser } from '~/accounts/policy.server'
import { TargetNotFound } from '~/targets/errors.server'
import { targetFormResponse } from '~/targets/form-action.server'
import { TargetsPageQuery } from '~/targets/forms.server'
import { targetsPage, type TargetCell, type TargetUnit } from '~/targets/page.server'
import type { TargetRef } from '~/targets/view.server'
import dashboardCss from '~/styles/dashboard.css'
import targetsCss from '~/styles/targets.css'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: dashboardCss },
  { rel: 'stylesheet', href: targetsCss },
]

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} · ${data.standard.name} — Sapa` : 'Sapa' },
]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context)
  const { lang } = requestTranslator(request)
  const query = parsePageInput(TargetsPageQuery, queryObject(request))
  try {
    return await targetsPage(context.db, user, query, lang, new Date())
  } catch (error) {
    if (error instanceof TargetNotFound) throw pageOutOfScope()
    throw error
  }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context)
  const form = await readForm(request)
  requireCsrf(request, context, form, user)
  return targetFormResponse(
    context.db,
    { user, source: auditSource(request, context), now: new Date() },
    form,
    request.url,
  )
}

type PageData = ReturnType<typeof useLoaderData<typeof loader>>
type ActionData = ReturnType<typeof useActionData<typeof action>>

/** The failed form's errors and typed values, if this form is the one that failed. */
function failureOf(result: ActionData, formKey: string) {
  return result && !result.ok && result.formKey === formKey ? result : null
}

/** A form error's text; a code the page has no text for shows as itself. */
function errorText(tr: Translator, code: string): string {
  const key = `targets.errors.${code}`
  return tr.has(key) ? tr.t(key) : code
}

function FieldError({ id, code }: { id: string; code?: string }) {
  const tr = useT()
  if (!code) return null
  return (
    <p className="field-error" id={id}>
      {errorText(tr, code)}
    </p>
  )
}

/** A labelled input with its error underneath (aria-invalid, aria-describedby). */
function Field(props: {
  formKey: string
  name: string
  label: string
  errors?: Record<string, string | undefined>
  defaultValue?: string
  type?: string
  inputMode?: 'decimal' | 'text'
  required?: boolean
  maxLength?: number
  size?: number
}) {
  const id = `${props.formKey}-${props.name}`.replace(/[^\w-]/g, '-')
  const error = props.errors?.[props.name]
  return (
    <label htmlFor={id} className="target-form__field">
      <span>{props.label}</span>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        defaultValue={props.defaultValue}
        required={props.required}
        maxLength={props.maxLength}
        size={props.size}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <FieldError id={`${id}-error`} code={error} />
    </label>
  )
}

function FormError({ errors }: { errors?: Record<string, string | undefined> }) {
  const tr = useT()
  // The year of a proposal is a hidden field: its error is the form's.
  const code = errors?.form ?? errors?.year
  if (!code) return null
  return (
    <p className="form-error" role="alert">
      {errorText(tr, code)}
    </p>
  )
}

function ProposeForm({ unit, cell, data }: { unit: TargetUnit; cell: TargetCell; data: PageData }) {
  const tr = useT()
  const result = useActionData<typeof action>()
  const formKey = `propose:${cell.indicatorId}:${unit.key}`
  const failed = failureOf(result, formKey)
  const suggested = cell.suggestion.value === null ? '' : tr.number(cell.suggestion.value, 2)
  return (
    <details className="target-form" open={failed ? true : undefined}>
      <summary>
        {cell.next.approved ? tr.t('targets.forms.proposeChange') : tr.t('targets.forms.propose')}
      </summary>
      <Form method="post" preventScrollReset>
        <CsrfField />
        <input type="hidden" name="intent" value="propose" />
        <input type="hidden" name="indicatorId" value={cell.indicatorId} />
        <input type="hidden" name="year" value={data.nextYear} />
        <input type="hidden" name="region" value={unit.key} />
        <FormError errors={failed?.errors} />
        <Field
          formKey={formKey}
          name="value"
          label={tr.t('targets.forms.value')}
          errors={failed?.errors}
          defaultValue={failed?.values.value ?? suggested}
          inputMode="decimal"
          size={7}
          required
        />
        <Field
          formKey={formKey}
          name="comment"
          label={tr.t('targets.forms.comment')}
          errors={failed?.errors}
          defaultValue={failed?.values.comment}
          maxLength={1000}
        />
        <JustificationField
          formKey={formKey}
          errors={failed?.errors}
          defaultValue={failed?.values.justification}
        />
        <button type="submit">{tr.t('targets.forms.submitProposal')}</button>
      </Form>
    </details>
  )
}

function DecideForms({
  pending,
  data,
}: {
  pending: TargetRef & { weaker: { normative: boolean; previous: boolean } }
  data: PageData
}) {
  const tr = useT()
  const result = useActionData<typeof action>()
  const formKey = `decide:${pending.id}`
  const failed = failureOf(result, formKey)
  return (
    <>
      <details
        className="target-form"
        open={failed && failed.intent === 'approve' ? true : undefined}
      >
        <summary>{tr.t('targets.forms.approve')}</summary>
        <Form method="post" preventScrollReset>
          <CsrfField />
          <input type="hidden" name="intent" value="approve" />
          <input type="hidden" name="targetId" value={pending.id} />
          {failed?.intent === 'approve' && <FormError errors={failed.errors} />}
          <Field
            formKey={`${formKey}-approve`}
            name="orderNumber"
            label={tr.t('targets.forms.orderNumber')}
            errors={failed?.intent === 'approve' ? failed.errors : undefined}
            defaultValue={failed?.values.orderNumber}
            maxLength={100}
            size={12}
            required
          />
          <Field
            formKey={`${formKey}-approve`}
            name="orderDate"
            label={tr.t('targets.forms.orderDate')}
            type="date"
            errors={failed?.intent === 'approve' ? failed.errors : undefined}
            defaultValue={failed?.values.orderDate ?? data.today}
            required
          />
          <Field
            formKey={`${formKey}-approve`}
            name="comment"
            label={tr.t('targets.forms.decisionComment')}
            errors={failed?.intent === 'approve' ? failed.errors : undefined}
            maxLength={1000}
          />
          {(pending.weaker.normative || pending.weaker.previous) && (
            <JustificationField
              formKey={`${formKey}-approve`}
              errors={failed?.intent === 'approve' ? failed.errors : undefined}
              defaultValue={failed?.intent === 'approve' ? failed.values.justification : undefined}
              required
            />
          )}
          <button type="submit">{tr.t('targets.forms.submitApprove')}</button>
        </Form>
      </details>
      <details
        className="target-form"
        open={failed && failed.intent === 'reject' ? true : undefined}
      >
        <summary>{tr.t('targets.forms.reject')}</summary>
        <Form method="post" preventScrollReset>
          <CsrfField />
          <input type="hidden" name="intent" value="reject" />
          <input type="hidden" name="targetId" value={pending.id} />
          {failed?.intent === 'reject' && <FormError errors={failed.errors} />}
          <Field
            formKey={`${formKey}-reject`}
            name="comment"
            label={tr.t('targets.forms.reason')}
            errors={failed?.intent === 'reject' ? failed.errors : undefined}
            defaultValue={failed?.intent === 'reject' ? failed.values.comment : undefined}
            maxLength={1000}
            required
          />
          <button type="submit" className="button--danger">
            {tr.t('targets.forms.submitReject')}
          </button>
        </Form>
      </details>
    </>
  )
}

function NextYear({ cell, data }: { cell: TargetCell; data: PageData }) {
  const tr = useT()
  const pct = (v: number) => tr.reference(v)
  const by = (name: string | null, at: string | null) =>
    name || at ? tr.t('targets.next.by', { name: name ?? '—', date: at ? tr.date(at) : '—' }) : null
  const { approved, pending, rejected, inheritedValue } = cell.next
  return (
    <div className="next-target">
      {approved && (
        <p>
          <TargetState status="approved">
            {tr.t('targets.next.approved', { value: pct(approved.value) })}
          </TargetState>{' '}
          <span className="muted">({tr.t('targets.next.locked')})</span>
          <br />
          {approved.decisionJustification && (
            <>
              <q className="target-comment">
                {tr.t('suggestion.justification.decision', {
                  text: approved.decisionJustification,
                })}
              </q>
              <br />
            </>
          )}
          <span className="target-meta">
            {approved.orderNumber &&
              tr.t('targets.next.order', {
                number: approved.orderNumber,
                date: approved.orderDate ? tr.date(approved.orderDate) : '—',
              })}
          </span>
        </p>
      )}
      {!approved && inheritedValue !== null && (
        <p className="target-meta">
          {tr.t('targets.next.inherited', { value: pct(inheritedValue) })}
        </p>
      )}
      {pending && (
        <p>
          <TargetState status="proposed">
            {tr.t('targets.next.pending', { value: pct(pending.value) })}
          </TargetState>
          {pending.easier && cell.target && (
            <>
              <br />
              <EasierFlag
                text={tr.t('targets.easier', { year: data.year, value: pct(cell.target.value) })}
              />
            </>
          )}
          <Weaker cell={cell} pending={pending} />
          <br />
          <span className="target-meta">{by(pending.proposedBy, pending.proposedAt)}</span>
          {pending.comment && (
            <>
              <br />
              <q className="target-comment">{pending.comment}</q>
            </>
          )}
        </p>
      )}
      {rejected && (
        <p>
          <TargetState status="rejected">
            {tr.t('targets.next.rejected', { value: pct(rejected.value) })}
          </TargetState>
          {rejected.decisionComment && (
            <>
              <br />
              <q className="target-comment">{rejected.decisionComment}</q>
            </>
          )}
        </p>
      )}
      {!approved && !pending && !rejected && inheritedValue === null && (
        <p className="muted">{tr.t('targets.next.none')}</p>
      )}
    </div>
  )
}

/** The base a suggestion rests on: its value, counts, coverage and 95 % interval (decision 0025). */
function Base({ cell, baseYear }: { cell: TargetCell; baseYear: number }) {
  const tr = useT()
  const pct = (v: number) => tr.reference(v)
  const base = cell.base
  if (!base) {
    return <span className="muted">{tr.t('suggestion.base.noData', { year: baseYear })}</span>
  }
  return (
    <div className="suggestion-base" data-base-year={base.year}>
      {base.value === null ? (
        <span className="muted">{tr.t('suggestion.base.noData', { year: base.year })}</span>
      ) : (
        <strong className="num-value">{pct(base.value)}</strong>
      )}
      <br />
      <span className="target-meta" data-part="counts">
        {tr.t('suggestion.base.counts', {
          numerator: tr.number(base.numerator),
          denominator: tr.number(base.denominator),
        })}
      </span>
      <br />
      <span className="target-meta" data-part="coverage">
        {tr.t('suggestion.base.coverage', {
          contributing: tr.number(base.coverage.contributing),
          serving: tr.number(base.coverage.serving),
        })}
      </span>
      <br />
      <span className="target-meta" data-part="interval">
        {base.interval
          ? tr.t('suggestion.base.interval', {
              low: pct(base.interval.low),
              high: pct(base.interval.high),
            })
          : tr.t('suggestion.base.noInterval')}
      </span>
      <br />
      <StatusBadge status={base.status} />
    </div>
  )
}

function Suggestion({ cell, baseYear }: { cell: TargetCell; baseYear: number }) {
  const tr = useT()
  const pct = (v: number) => tr.reference(v)
  const { value, insufficient, steps } = cell.suggestion
  if (value === null) return <span className="muted">{tr.t('suggestion.none')}</span>
  return (
    <>
      <strong className="num-value">{pct(value)}</strong>
      {insufficient && (
        <p className="suggestion-reason" data-reason={insufficient}>
          {tr.t(`suggestion.reason.${insufficient}`, {
            year: baseYear,
            contributing: tr.number(cell.base?.coverage.contributing ?? 0),
            serving: tr.number(cell.base?.coverage.serving ?? 0),
          })}
        </p>
      )}
      <ol className="suggestion-steps">
        {steps.map((step, i) => {
          const key = step.kind === 'capped_normative' && step.band ? 'capped_band' : step.kind
          return (
            <li key={i} data-step={step.kind}>
              {tr.t(`suggestion.step.${key}`, {
                value: pct(step.value),
                year: 'year' in step ? step.year : '',
                target: 'target' in step ? pct(step.target) : '',
                normative: 'normative' in step ? pct(step.normative) : '',
              })}
            </li>
          )
        })}
      </ol>
    </>
  )
}

/** The written justification a weaker value needs (decision 0025); the server decides if it does. */
function JustificationField(props: {
  formKey: string
  errors?: Record<string, string | undefined>
  defaultValue?: string
  required?: boolean
}) {
  const tr = useT()
  const id = `${props.formKey}-justification`.replace(/[^\w-]/g, '-')
  const error = props.errors?.justification
  return (
    <label htmlFor={id} className="target-form__field">
      <span>{tr.t('suggestion.justification.label')}</span>
      <textarea
        id={id}
        name="justification"
        rows={3}
        maxLength={2000}
        defaultValue={props.defaultValue}
        required={props.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {tr.t('suggestion.error.justification')}
        </p>
      )}
    </label>
  )
}

/** What a pending value is weaker than, and the words written for it. */
function Weaker({
  cell,
  pending,
}: {
  cell: TargetCell
  pending: NonNullable<TargetCell['next']['pending']>
}) {
  const tr = useT()
  const pct = (v: number) => tr.reference(v)
  return (
    <>
      {pending.weaker.normative && (
        <>
          <br />
          <EasierFlag
            text={tr.t('suggestion.weaker.normative', { normative: cell.normative ?? '' })}
          />
        </>
      )}
      {pending.weaker.previous && cell.lastApproved && (
        <>
          <br />
          <EasierFlag
            text={tr.t('suggestion.weaker.previous', { value: pct(cell.lastApproved.value) })}
          />
        </>
      )}
      {pending.justification && (
        <>
          <br />
          <q className="target-comment">
            {tr.t('suggestion.justification.proposer', { text: pending.justification })}
          </q>
        </>
      )}
    </>
  )
}

function ApproveAll({ data }: { data: PageData }) {
  const tr = useT()
  const result = useActionData<typeof action>()
  const failed = failureOf(result, 'approve-all')
  return (
    <section className="approve-all" aria-labelledby="approve-all-title">
      <h2 id="approve-all-title">{tr.t('targets.forms.approveAllTitle')}</h2>
      <p>{tr.t('targets.forms.approveAllIntro', { count: tr.number(data.pending.ids.length) })}</p>
      {data.pending.easier > 0 && (
        <p>
          <EasierFlag
            text={tr.t('targets.forms.approveAllEasier', { count: tr.number(data.pending.easier) })}
          />
        </p>
      )}
      <Form method="post" className="inline-form" preventScrollReset>
        <CsrfField />
        <input type="hidden" name="intent" value="approve-all" />
        <input type="hidden" name="standard" value={data.standard.id} />
        {data.pending.ids.map((id) => (
          <input key={id} type="hidden" name="targetIds" value={id} />
        ))}
        <FormError errors={failed?.errors} />
        <Field
          formKey="approve-all"
          name="orderNumber"
          label={tr.t('targets.forms.orderNumber')}
          errors={failed?.errors}
          defaultValue={failed?.values.orderNumber}
          maxLength={100}
          size={14}
          required
        />
        <Field
          formKey="approve-all"
          name="orderDate"
          label={tr.t('targets.forms.orderDate')}
          type="date"
          errors={failed?.errors}
          defaultValue={failed?.values.orderDate ?? data.today}
          required
        />
        {data.pending.weaker > 0 && (
          <JustificationField
            formKey="approve-all"
            errors={failed?.errors}
            defaultValue={failed?.values.justification}
            required
          />
        )}
        <button type="submit">{tr.t('targets.forms.submitApproveAll')}</button>
      </Form>
    </section>
  )
}

export default function TargetsPage() {
  const data = useLoaderData<typeof loader>()
  const tr = useT()
  const pct = (v: number) => tr.reference(v)
  const historyHref = (cell: TargetCell, unit: TargetUnit) => {
    const params = new URLSearchParams({
      indicator: String(cell.indicatorId),
      year: String(data.nextYear),
    })
    if (unit.key !== 'nation') params.set('region', unit.key)
    return `/targets/history?${params.toString()}`
  }
  return (
    <>
      <h1>{tr.t('targets.title')}</h1>
      <p className="lead">{data.standard.name}</p>
      <p>{tr.t('targets.intro')}</p>
      <p className="note">{tr.t(`targets.roleNote.${data.role}`)}</p>
      {data.done && (
        <p className="form-success" role="status">
          {tr.t(`targets.done.${data.done}`, { count: tr.number(data.doneCount ?? 0) })}
        </p>
      )}

      <Form method="get" className="filters">
        <label>
          {tr.t('targets.filters.year')}
          <input
            type="number"
            name="year"
            min={REPORTING_YEARS.first}
            max={REPORTING_YEARS.last}
            step={1}
            defaultValue={data.year}
            key={data.year}
            size={6}
          />
        </label>
        <FilterSelect
          label={tr.t('targets.filters.standard')}
          name="standard"
          value={data.standard.id}
          resetKey={data.standard.id}
          options={data.standards.map((s) => ({ value: s.id, label: s.name }))}
        />
        {data.unitOptions.length > 1 && (
          <FilterSelect
            label={tr.t('targets.filters.region')}
            name="region"
            value={data.region ?? ''}
            resetKey={data.region ?? ''}
            all={tr.t('targets.filters.allUnits')}
            options={data.unitOptions.map((u) => ({ value: u.key, label: u.name }))}
          />
        )}
        <button type="submit">{tr.t('targets.filters.show')}</button>
      </Form>

      <section className="callout method" aria-labelledby="method-title">
        <h2 id="method-title">{tr.t('suggestion.method.title')}</h2>
        <ol>
          <li>{tr.t('suggestion.method.base', { year: data.baseYear })}</li>
          <li>{tr.t('suggestion.method.insufficient')}</li>
          <li>{tr.t('suggestion.method.previous')}</li>
          <li>{tr.t('suggestion.method.normative')}</li>
          <li>{tr.t('suggestion.method.guard')}</li>
        </ol>
      </section>

      {data.canDecide && data.pending.ids.length > 0 && <ApproveAll data={data} />}

      <div className="table-wrap">
        <table className="targets-table">
          <caption>
            {tr.t('targets.table.caption', {
              standard: data.standard.name,
              next: data.nextYear,
              year: data.year,
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{tr.t('targets.table.indicator')}</th>
              <th scope="col">{tr.t('targets.table.normative')}</th>
              <th scope="col">{tr.t('targets.table.targetThis', { year: data.year })}</th>
              <th scope="col">{tr.t('targets.table.current', { year: data.year })}</th>
              <th scope="col">{tr.t('suggestion.table.base', { year: data.baseYear })}</th>
              <th scope="col">{tr.t('targets.table.suggested', { year: data.nextYear })}</th>
              <th scope="col">{tr.t('targets.table.next', { year: data.nextYear })}</th>
              <th scope="col">{tr.t('targets.table.actions')}</th>
            </tr>
          </thead>
          {data.units.map((unit) => (
            <tbody key={unit.key} id={`unit-${unit.key}`}>
              <tr className="group-row">
                <th scope="rowgroup" colSpan={8}>
                  {unit.name}
                  {unit.key !== 'nation' && <span className="muted"> · {unit.key}</span>}
                </th>
              </tr>
              {unit.cells.map((cell) => (
                <tr key={cell.indicatorId} data-unit={unit.key} data-code={cell.code}>
                  <th scope="row" title={cell.fullName}>
                    <span className="matrix__code">{cell.code}</span> {cell.name}
                  </th>
                  <td className="num">
                    {cell.normative ?? <span className="muted">{tr.t('targets.table.none')}</span>}
                  </td>
                  <td className="num">
                    {cell.target ? (
                      <>
                        {pct(cell.target.value)}
                        {cell.target.inherited && unit.key !== 'nation' && (
                          <span className="target-meta target-inherited">
                            ({tr.t('targets.table.inherited')})
                          </span>
                        )}
                      </>
                    ) : (
                      <span className="muted">{tr.t('targets.table.none')}</span>
                    )}
                  </td>
                  <td className="num">
                    {cell.current?.value != null ? (
                      pct(cell.current.value)
                    ) : (
                      <span className="muted">{tr.t('targets.table.noData')}</span>
                    )}
                    {cell.current && (
                      <>
                        <br />
                        <StatusBadge status={cell.current.status} />
                      </>
                    )}
                    <ProjectionLine projection={cell.projection} />
                  </td>
                  <td className="num base">
                    <Base cell={cell} baseYear={data.baseYear} />
                  </td>
                  <td className="suggestion">
                    <Suggestion cell={cell} baseYear={data.baseYear} />
                  </td>
                  <td>
                    <NextYear cell={cell} data={data} />
                    <Link className="target-meta" to={historyHref(cell, unit)}>
                      {tr.t('targets.table.history')}
                    </Link>
                  </td>
                  <td className="target-actions">
                    {unit.canPropose && !cell.next.pending && (
                      <ProposeForm unit={unit} cell={cell} data={data} />
                    )}
                    {data.canDecide && cell.next.pending && (
                      <DecideForms pending={cell.next.pending} data={data} />
                    )}
                    {!(unit.canPropose && !cell.next.pending) &&
                      !(data.canDecide && cell.next.pending) && (
                        <span className="muted">
                          {unit.canPropose
                            ? tr.t('targets.forms.waiting')
                            : tr.t('targets.forms.readOnly')}
                        </span>
                      )}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
