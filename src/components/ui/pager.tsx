import { useEffect, useRef, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatNumber } from '../../lib/format'
import { useLang } from '../../lib/i18n/use-lang'
import { pageNumbers } from '../../lib/paging'
import type { Paging } from '../../lib/use-page'
import './pager.css'

/** Props of {@link Pager}. */
export interface PagerProps {
  paging: Paging
  /** Names the navigation landmark ("Pages of the article list"). */
  label: string
  /** The list's heading: after a move to another page it takes the focus and is scrolled into view. */
  focusTarget: RefObject<HTMLElement | null>
}

/**
 * Says which entries a page shows ("Showing 51–100 of 4,210") and links to the previous, next and a few other pages;
 * every page is a real link, so the pager works from a baked page before (or without) the app. Nothing is drawn
 * when the list fits on one page.
 */
export function Pager({ paging, label, focusTarget }: PagerProps) {
  const { t } = useTranslation()
  const lang = useLang()
  const moved = useRef(false)
  const { page, pageCount, total, start, end, hrefFor } = paging
  useEffect(() => {
    if (!moved.current) return
    moved.current = false
    const target = focusTarget.current
    if (!target) return
    if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'start' })
    target.focus({ preventScroll: true })
  }, [page, focusTarget])
  if (pageCount <= 1) return null
  const onMove = () => {
    moved.current = true
  }
  const link = (to: number, text: string, className: string) => (
    <Link to={hrefFor(to)} className={className} preventScrollReset onClick={onMove}>
      {text}
    </Link>
  )
  return (
    <nav className="pager" aria-label={label}>
      <p className="pager__range">
        {t('pager.showing', {
          start: formatNumber(start + 1, lang),
          end: formatNumber(end, lang),
          total: formatNumber(total, lang),
        })}
      </p>
      <ul className="pager__pages">
        {page > 1 ? <li>{link(page - 1, t('pager.previous'), 'pager__edge')}</li> : null}
        {pageNumbers(page, pageCount).map((number, index) =>
          number === null ? (
            <li key={`gap-${index}`} className="pager__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={number}>
              <Link
                to={hrefFor(number)}
                className="pager__page"
                aria-current={number === page ? 'page' : undefined}
                aria-label={t('pager.page', { page: formatNumber(number, lang) })}
                preventScrollReset
                onClick={onMove}
              >
                {formatNumber(number, lang)}
              </Link>
            </li>
          ),
        )}
        {page < pageCount ? <li>{link(page + 1, t('pager.next'), 'pager__edge')}</li> : null}
      </ul>
    </nav>
  )
}
