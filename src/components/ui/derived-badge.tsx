import { useTranslation } from 'react-i18next'

/** Props of {@link DerivedBadge}. */
export interface DerivedBadgeProps {
  formula: string
}

/** Marks a value computed by the pipeline rather than stated, and shows how it was computed. */
export function DerivedBadge({ formula }: DerivedBadgeProps) {
  const { t } = useTranslation()
  return (
    <span className="derived">
      <span className="badge badge--derived" title={t('figure.derivedHint')}>
        {t('figure.derived')}
      </span>{' '}
      <span className="derived__formula">{t('figure.formula', { formula })}</span>
    </span>
  )
}
