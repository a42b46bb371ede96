import type { ReactNode } from 'react'

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
