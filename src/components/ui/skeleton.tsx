import { useTranslation } from 'react-i18next'

/** Props of {@link Skeleton}. */
export interface SkeletonProps {
  /** How many placeholder blocks to draw. */
  blocks?: number
  variant?: 'cards' | 'chart' | 'list'
}

/** Draws grey placeholder blocks while data loads, announced to screen readers as "Loading…". */
export function Skeleton({ blocks = 3, variant = 'cards' }: SkeletonProps) {
  const { t } = useTranslation()
  return (
    <div className={`skeleton skeleton--${variant}`} role="status" aria-live="polite" aria-label={t('state.loading')}>
      <span className="visually-hidden">{t('state.loading')}</span>
      {Array.from({ length: blocks }, (_, index) => (
        <div key={index} className="skeleton__block" aria-hidden="true" />
      ))}
    </div>
  )
}
