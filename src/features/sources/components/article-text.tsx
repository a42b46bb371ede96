import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ArticleFact } from '../lib/article-facts'
import { firstSegmentOf, toSegments } from '../lib/to-segments'
import { useFactName } from './use-fact-name'

/** Props of {@link ArticleText}. */
export interface ArticleTextProps {
  text: string
  lang: string
  facts: readonly ArticleFact[]
  /** The fact named in the URL; its first highlight takes focus and is scrolled into view. */
  focusFact: string | null
  /** Adds the link parameters the app keeps (the interface language) to an in-app path. */
  linkTo: (path: string) => string
}

/** Renders the cleaned article text in its language, each fact's words marked and linked to where the fact is shown. */
export function ArticleText({ text, lang, facts, focusFact, linkTo }: ArticleTextProps) {
  const { t } = useTranslation()
  const factName = useFactName()
  const segments = useMemo(
    () =>
      toSegments(
        text,
        facts.flatMap((fact) => fact.highlights),
      ),
    [text, facts],
  )
  const byId = useMemo(() => new Map(facts.map((fact) => [fact.id, fact])), [facts])
  const focusStart = focusFact === null ? null : (firstSegmentOf(segments, focusFact)?.start ?? null)

  useEffect(() => {
    if (focusStart === null) return
    const element = document.getElementById(`highlight-${focusStart}`)
    element?.focus({ preventScroll: true })
    // jsdom has no scrolling; browsers centre the highlight so its sentence is readable
    if (typeof element?.scrollIntoView === 'function') element.scrollIntoView({ block: 'center' })
  }, [focusStart])

  return (
    <div className="article-text" lang={lang}>
      {segments.map((segment) => {
        const primary = byId.get(segment.factIds[0] ?? '')
        if (!primary) return <span key={segment.start}>{segment.text}</span>
        const names = segment.factIds.flatMap((id) => {
          const fact = byId.get(id)
          return fact ? [factName(fact)] : []
        })
        const current = focusFact !== null && segment.factIds.includes(focusFact)
        const depth = Math.min(segment.factIds.length, 3)
        return (
          <mark
            key={segment.start}
            className={`highlight highlight--depth-${depth}${current ? ' highlight--current' : ''}`}
          >
            <Link
              id={`highlight-${segment.start}`}
              to={linkTo(primary.to)}
              title={t('sources.highlightTitle', { facts: names.join('; ') })}
              data-facts={segment.factIds.join(' ')}
            >
              {segment.text}
            </Link>
          </mark>
        )
      })}
    </div>
  )
}
