import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** Props of {@link EmptyState}. */
export interface EmptyStateProps {
  title: string
  children?: ReactNode
  action?: ReactNode
}

/** Says that there is nothing to show and, where it helps, how to get something (an action such as "Clear filters"). */
export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <section className="empty-state" aria-label={title}>
      <h2 className="empty-state__title">{title}</h2>
      {children ? <div className="empty-state__body">{children}</div> : null}
      {action ? <div className="empty-state__action">{action}</div> : null}
    </section>
  )
}

/** Props of {@link FilteredEmptyState}. */
export interface FilteredEmptyStateProps {
  title: string
  body: string
  onClear: () => void
}

/** Says that the filters left nothing, with a button that clears them: every filtered view's empty state. */
export function FilteredEmptyState({ title, body, onClear }: FilteredEmptyStateProps) {
  const { t } = useTranslation()
  return (
    <EmptyState
      title={title}
      action={
        <button type="button" className="button" onClick={onClear}>
          {t('actions.clearFilters')}
        </button>
      }
    >
      <p>{body}</p>
    </EmptyState>
  )
}
