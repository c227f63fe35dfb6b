// The Import page's upload form. Without JS it is a plain multipart form posted to /imports/upload
// (the server answers with the preview page). With JS a file can be dropped on the drop zone, a
// file over the size limit is refused before it is sent, and the upload goes by XMLHttpRequest so
// that a progress bar shows how much is sent; the preview opens when the server has checked it.
import { useNavigate } from '@remix-run/react'
import { useRef, useState, type DragEvent, type FormEvent } from 'react'
import { useT } from '~/i18n/use-t'
import { CsrfField } from './csrf-field'

interface Props {
  kinds: { kind: string; name: string }[]
  sources: string[]
  /** A regional user's sources begin with its region's code (`KZ-11/`), shown fixed. */
  sourcePrefix: string | null
  limitMb: number
  /** An error the server sent back (an upload posted without JS). */
  initialError: string | null
}

type Phase = { step: 'idle' } | { step: 'sending'; sent: number } | { step: 'checking' }

const ACCEPT =
  '.csv,.txt,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export function ImportUploadForm({ kinds, sources, sourcePrefix, limitMb, initialError }: Props) {
  const tr = useT()
  const navigate = useNavigate()
  const input = useRef<HTMLInputElement>(null)
  const [chosen, setChosen] = useState<File | null>(null)
  const [dragging, setDragging] = useState(false)
  const [phase, setPhase] = useState<Phase>({ step: 'idle' })
  const [error, setError] = useState<string | null>(initialError)
  const mb = tr.number(limitMb)

  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? tr.t('imports.upload.kilobytes', { kb: tr.number(Math.max(1, Math.round(bytes / 1024))) })
      : tr.t('imports.upload.megabytes', { mb: tr.number(bytes / (1024 * 1024), 1) })

  function choose(file: File | null) {
    setChosen(file)
    setError(
      file && file.size > limitMb * 1024 * 1024
        ? tr.t('imports.uploadError.tooLarge', { mb })
        : null,
    )
  }

  function onDrop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault()
    setDragging(false)
    const files = event.dataTransfer.files
    if (!files.length || !input.current) return
    input.current.files = files
    choose(files[0] ?? null)
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const file = input.current?.files?.[0]
    if (!file) return setError(tr.t('imports.uploadError.noFile'))
    if (file.size > limitMb * 1024 * 1024)
      return setError(tr.t('imports.uploadError.tooLarge', { mb }))
    setError(null)
    setPhase({ step: 'sending', sent: 0 })
    const xhr = new XMLHttpRequest()
    xhr.open('POST', form.action)
    xhr.setRequestHeader('Accept', 'application/json')
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setPhase({ step: 'sending', sent: e.loaded / e.total })
    }
    xhr.upload.onload = () => setPhase({ step: 'checking' })
    xhr.onload = () => {
      let answer: { location?: string; message?: string } = {}
      try {
        answer = JSON.parse(xhr.responseText) as typeof answer
      } catch {
        // not JSON: reported below
      }
      if (xhr.status < 400 && answer.location) {
        navigate(answer.location)
        setPhase({ step: 'idle' })
        return
      }
      setPhase({ step: 'idle' })
      setError(answer.message ?? tr.t('imports.uploadError.failed'))
    }
    xhr.onerror = () => {
      setPhase({ step: 'idle' })
      setError(tr.t('imports.uploadError.failed'))
    }
    xhr.send(new FormData(form))
  }

  const busy = phase.step !== 'idle'
  return (
    <form
      method="post"
      action="/imports/upload"
      encType="multipart/form-data"
      className="import-upload"
      onSubmit={onSubmit}
      aria-labelledby="import-upload-title"
    >
      <CsrfField />
      <div className="import-upload__fields">
        <label>
          {tr.t('imports.upload.kind')}
          <select name="kind" defaultValue="cases">
            {kinds.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {tr.t('imports.upload.source')}
          <span className="import-upload__source">
            {sourcePrefix && <span className="import-upload__prefix">{sourcePrefix}</span>}
            <input
              type="text"
              name="source"
              required
              maxLength={100}
              list="import-sources"
              aria-describedby="import-source-hint"
            />
          </span>
          <span className="note" id="import-source-hint">
            {tr.t('imports.upload.sourceHint')}
            {sourcePrefix &&
              ` ${tr.t('imports.upload.sourcePrefixHint', { prefix: sourcePrefix })}`}
          </span>
        </label>
        <datalist id="import-sources">
          {sources.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <label>
          {tr.t('imports.upload.sheet')}
          <input type="text" name="sheet" maxLength={100} aria-describedby="import-sheet-hint" />
          <span className="note" id="import-sheet-hint">
            {tr.t('imports.upload.sheetHint')}
          </span>
        </label>
        <label>
          {tr.t('imports.upload.scale')}
          <select name="survey_scale" defaultValue="" aria-describedby="import-scale-hint">
            <option value="">{tr.t('imports.upload.scaleInfer')}</option>
            <option value="yes-no">{tr.t('imports.upload.scaleYesNo')}</option>
            <option value="1-5">{tr.t('imports.upload.scaleOneToFive')}</option>
          </select>
          <span className="note" id="import-scale-hint">
            {tr.t('imports.upload.scaleHint')}
          </span>
        </label>
      </div>
      <label
        className={`import-drop${dragging ? ' import-drop--over' : ''}`}
        onDragEnter={(e) => {
          e.preventDefault()
          setDragging(true)
        }}
        onDragOver={(e) => e.preventDefault()}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <span className="import-drop__title">{tr.t('imports.upload.file')}</span>
        <span className="import-drop__hint" aria-hidden="true">
          ⇪ {tr.t('imports.upload.drop')}
        </span>
        <input
          ref={input}
          type="file"
          name="file"
          required
          accept={ACCEPT}
          onChange={(e) => choose(e.currentTarget.files?.[0] ?? null)}
        />
        {chosen && (
          <span className="import-drop__chosen">
            {tr.t('imports.upload.chosen', { name: chosen.name, size: size(chosen.size) })}
          </span>
        )}
        <span className="note">{tr.t('imports.upload.limit', { mb })}</span>
      </label>
      {phase.step === 'sending' && (
        <div className="import-progress">
          <progress value={phase.sent} max={1} aria-label={tr.t('imports.upload.file')} />
          <span role="status">
            {tr.t('imports.upload.uploading', { percent: tr.percent(phase.sent * 100) })}
          </span>
        </div>
      )}
      {phase.step === 'checking' && (
        <p className="import-progress" role="status">
          <progress aria-label={tr.t('imports.upload.reading')} /> {tr.t('imports.upload.reading')}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {tr.t('imports.upload.submit')}
      </button>
    </form>
  )
}
