import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import { searchHref } from '../../features/search/search-params'
import { useLinkWithLang } from '../../lib/use-shared-search'

/** The header's search box: submitting goes to `/search?q=…`. The search page has its own box, so it hides there. */
export function HeaderSearch() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const linkTo = useLinkWithLang()
  const { pathname } = useLocation()
  const [text, setText] = useState('')
  if (pathname === '/search') return null
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    void navigate(linkTo(searchHref(text)))
    setText('')
  }
  return (
    <form role="search" className="header-search" onSubmit={onSubmit}>
      <input
        type="search"
        className="search-input"
        aria-label={t('search.headerLabel')}
        placeholder={t('search.placeholder')}
        value={text}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="button button--quiet">
        {t('search.submit')}
      </button>
    </form>
  )
}
