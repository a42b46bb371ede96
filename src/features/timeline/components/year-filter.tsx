import { useId } from 'react'
import { useTranslation } from 'react-i18next'

/** Props of {@link YearFilter}. */
export interface YearFilterProps {
  /** Years to offer; the selected ones are always offered so they can be changed back. */
  years: readonly number[]
  from: number | null
  to: number | null
  onChange: (next: { from: number | null; to: number | null }) => void
}

/** Offers "from" and "to" year selects; the parent keeps them in the URL. */
export function YearFilter({ years, from, to, onChange }: YearFilterProps) {
  const { t } = useTranslation()
  const id = useId()
  const options = [...new Set([...years, ...(from === null ? [] : [from]), ...(to === null ? [] : [to])])].sort()
  const parse = (value: string) => (value === '' ? null : Number(value))
  return (
    <fieldset className="year-filter">
      <legend>{t('timeline.years')}</legend>
      <label htmlFor={`${id}-from`}>{t('timeline.fromYear')}</label>
      <select
        id={`${id}-from`}
        value={from ?? ''}
        onChange={(event) => onChange({ from: parse(event.target.value), to })}
      >
        <option value="">{t('timeline.anyYear')}</option>
        {options.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-to`}>{t('timeline.toYear')}</label>
      <select id={`${id}-to`} value={to ?? ''} onChange={(event) => onChange({ from, to: parse(event.target.value) })}>
        <option value="">{t('timeline.anyYear')}</option>
        {options.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </fieldset>
  )
}
