// /admin/jobs — the stored jobs (decision 0027): counts by status, the queued ones by due time,
// the failed ones with "retry now" (a form post with the CSRF field, audited), the latest runs.
// Administrators only (404 for anyone else, also for the form post).
import { ListTable } from '~/components/list-table'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { adminFormAction } from '~/admin/admin-route.server'
import { jobsAction, jobsPage } from '~/admin/jobs-page.server'
import { CsrfField } from '~/components/csrf-field'
import { resolveLanguage } from '~/i18n/language.server'
import { useT } from '~/i18n/use-t'
import { requireAdmin, requireUser } from '~/accounts/policy.server'

export { adminHeaders as headers } from '~/admin/admin-route.server'

export const meta: MetaFunction = () => [{ title: 'Sapa — admin · jobs' }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  requireAdmin(await requireUser(request, context), request)
  return jobsPage(context.db, resolveLanguage(request).lang, {
    runnerOn: context.env.SAPA_JOBS === 'on',
  })
}

export const action = (args: ActionFunctionArgs) =>
  adminFormAction(args, (db, form, actor) => jobsAction(db, form, actor))

export default function AdminJobs() {
  const page = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const tr = useT()
  const { t } = tr
  const n = (value: number) => tr.number(value)
  return (
    <>
      <h1>{t('admin.jobs.title')}</h1>
      <p className="lead">{t('admin.jobs.intro')}</p>
      {!page.runnerOn && <p className="form-error">{t('admin.jobs.runnerOff')}</p>}
      {result && (
        <div className={result.ok ? 'form-success' : 'form-error'} role="status">
          <p>
            {result.ok
              ? t('admin.jobs.retried', { id: result.jobId })
              : `${t('admin.common.errorIntro')} ${t(`admin.common.errors.${result.error}`)}`}
          </p>
        </div>
      )}
      <p data-testid="job-counts">
        {t('admin.jobs.counts', {
          queued: n(page.counts.queued),
          running: n(page.counts.running),
          done: n(page.counts.done),
          failed: n(page.counts.failed),
        })}
      </p>

      <section aria-labelledby="jobs-due">
        <h2 id="jobs-due">{t('admin.jobs.dueTitle')}</h2>
        <ListTable
          columns={(['id', 'kind', 'runAt', 'attempts', 'key', 'error'] as const).map((key) => ({
            label: t(`admin.jobs.col.${key}`),
          }))}
          empty={{ when: page.due.length === 0, text: t('admin.jobs.noneDue') }}
          className="admin-table"
        >
          {page.due.map((job) => (
            <tr key={job.id}>
              <JobHead id={job.id} kind={job.kind} />
              <td>
                <Stamp at={job.runAt} />
              </td>
              <td className="num">
                {t('admin.jobs.attempts', { attempts: job.attempts, max: job.maxAttempts })}
              </td>
              <td>{job.uniqueKey ? <code>{job.uniqueKey}</code> : '—'}</td>
              <td className="job-error">{job.lastError ?? '—'}</td>
            </tr>
          ))}
        </ListTable>
      </section>

      <section aria-labelledby="jobs-failed">
        <h2 id="jobs-failed">{t('admin.jobs.failedTitle')}</h2>
        <ListTable
          columns={(['id', 'kind', 'finished', 'attempts', 'error', 'actions'] as const).map(
            (key) => ({
              label: t(`admin.jobs.col.${key}`),
            }),
          )}
          empty={{ when: page.failed.length === 0, text: t('admin.jobs.noneFailed') }}
          className="admin-table"
        >
          {page.failed.map((job) => (
            <tr key={job.id}>
              <JobHead id={job.id} kind={job.kind} />
              <td>
                <Stamp at={job.finishedAt} />
              </td>
              <td className="num">
                {t('admin.jobs.attempts', { attempts: job.attempts, max: job.maxAttempts })}
              </td>
              <td className="job-error">{job.lastError ?? '—'}</td>
              <td>
                <Form method="post">
                  <CsrfField />
                  <input type="hidden" name="intent" value="retry" />
                  <input type="hidden" name="jobId" value={job.id} />
                  <button type="submit">{t('admin.jobs.retry')}</button>
                </Form>
              </td>
            </tr>
          ))}
        </ListTable>
      </section>

      <section aria-labelledby="jobs-runs">
        <h2 id="jobs-runs">{t('admin.jobs.runsTitle')}</h2>
        <ListTable
          columns={(
            ['id', 'kind', 'started', 'finished', 'attempts', 'outcome', 'runner', 'error'] as const
          ).map((key) => ({
            label: t(`admin.jobs.col.${key}`),
          }))}
          empty={{ when: page.runs.length === 0, text: t('admin.jobs.noRuns') }}
          className="admin-table"
        >
          {page.runs.map((run) => (
            <tr key={run.id}>
              <JobHead id={run.jobId} kind={run.kind} />
              <td>
                <Stamp at={run.startedAt} />
              </td>
              <td>
                <Stamp at={run.finishedAt} />
              </td>
              <td className="num">{run.attempt}</td>
              <td>
                <span className={`state-badge job-outcome--${run.outcome}`}>
                  {t(`admin.jobs.outcome.${run.outcome}`)}
                </span>
              </td>
              <td>
                <code>{run.runner}</code>
              </td>
              <td className="job-error">{run.error ?? '—'}</td>
            </tr>
          ))}
        </ListTable>
      </section>
    </>
  )
}

/** A job's first two cells in every table of the page: its number and its kind. */
function JobHead({ id, kind }: { id: number; kind: string }) {
  return (
    <>
      <td className="num">{id}</td>
      <th scope="row">
        <code>{kind}</code>
      </th>
    </>
  )
}

/** A time of the job, or a dash when it has none (not finished yet). */
function Stamp({ at }: { at: { iso: string; text: string } | null }) {
  return at ? <time dateTime={at.iso}>{at.text}</time> : <>—</>
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
