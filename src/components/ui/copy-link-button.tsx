import { useTranslation } from 'react-i18next'
import { useHref } from 'react-router'
import { useClipboard } from '../../lib/use-clipboard'

/** Props of {@link CopyLinkButton}. */
export interface CopyLinkButtonProps {
  /** An in-app path with query to copy; without it the current address is copied. */
  to?: string
  /** Accessible name, when the visible "Copy link" needs more context (e.g. which chart). */
  label?: string
  className?: string
}

/** Copies a link to the current view (or to `to`) to the clipboard and confirms it in a live region. */
export function CopyLinkButton({ to, label, className = 'button button--quiet' }: CopyLinkButtonProps) {
  const { t } = useTranslation()
  const href = useHref(to ?? '.')
  const [status, copyText] = useClipboard()

  const copy = () =>
    copyText(to === undefined ? window.location.href : new URL(href, window.location.origin).toString())

  return (
    <span className="copy-link">
      <button type="button" className={className} onClick={() => void copy()} aria-label={label}>
        {t('actions.copyLink')}
      </button>
      <span className="copy-link__status" role="status">
        {status === 'copied' ? t('actions.linkCopied') : status === 'failed' ? t('actions.copyFailed') : ''}
      </span>
    </span>
  )
}
