// The second step of a change that moves stored figures or ends someone's access: what the change
// would do, in words and numbers, and a form that posts the same fields again with confirm=1 —
// a plain form post, so it works without JavaScript. Cancel returns to the page as it was.
import { Form, Link, useLocation } from '@remix-run/react'
import { CsrfField } from './csrf-field'

export function ConfirmChange({
  question,
  fields,
  confirmLabel,
  cancelLabel,
}: {
  /** What the change would do, ending with the question, e.g. "… 12 cases get new deadlines. Remove it?" */
  question: string
  /** The fields of the first submit, posted again. */
  fields: Record<string, string>
  confirmLabel: string
  cancelLabel: string
}) {
  const location = useLocation()
  return (
    <div className="form-confirm" role="status">
      <p>{question}</p>
      <Form method="post" className="inline-form form-confirm__actions">
        <CsrfField />
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="confirm" value="1" />
        <button type="submit" className="button-danger">
          {confirmLabel}
        </button>{' '}
        <Link to={`${location.pathname}${location.search}`}>{cancelLabel}</Link>
      </Form>
    </div>
  )
}
