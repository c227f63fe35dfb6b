// Choose the year a directory is shown for (GET form: the URL stays shareable).
import { Form } from '@remix-run/react'
import { useT } from '~/i18n/use-t'

export function YearForm({ year, min, max }: { year: number; min: number; max: number }) {
  const { t } = useT()
  return (
    <Form method="get" className="year-form">
      <label htmlFor="year">{t('regions.yearLabel')}</label>
      <input
        id="year"
        name="year"
        type="number"
        min={min}
        max={max}
        step={1}
        defaultValue={year}
        key={year}
      />
      <button type="submit">{t('regions.show')}</button>
    </Form>
  )
}
