import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ArticleFact } from '../lib/article-facts'
import { firstSegmentOf, toSegments, type TextSegment } from '../lib/to-segments'
import type { TextSpan } from '../search-params'
import { useFactName } from './use-fact-name'

/** Props of {@link ArticleText}. */
export interface ArticleTextProps {
  text: string
  lang: string
  facts: readonly ArticleFact[]
  /** The fact named in the URL; its first highlight takes focus and is scrolled into view. */
  focusFact: string | null
  /** A sentence to mark (a search result's); it takes focus and is scrolled into view in place of a fact. */
  focusSentence?: TextSpan | null
  /** Adds the link parameters the app keeps (the interface language) to an in-app path. */
  linkTo: (path: string) => string
}

/** The highlight id of the marked sentence; no fact id starts with a control character. */
const SENTENCE = '\u0000sentence'

/** Renders the cleaned article text in its language, each fact's words marked and linked to where the fact is shown. */
export function ArticleText({ text, lang, facts, focusFact, focusSentence = null, linkTo }: ArticleTextProps) {
  const { t } = useTranslation()
  const sentenceStart = focusSentence?.start ?? null
  const sentenceEnd = focusSentence?.end ?? null
  const segments = useMemo(() => {
    const marked =
      sentenceStart === null || sentenceEnd === null
        ? []
        : [{ factId: SENTENCE, start: sentenceStart, end: sentenceEnd }]
    return toSegments(text, [...facts.flatMap((fact) => fact.highlights), ...marked])
  }, [text, facts, sentenceStart, sentenceEnd])
  const byId = useMemo(() => new Map(facts.map((fact) => [fact.id, fact])), [facts])
  const sentence = firstSegmentOf(segments, SENTENCE)
  const focusFactStart = focusFact === null ? null : (firstSegmentOf(segments, focusFact)?.start ?? null)
  const focusId = sentence
    ? `sentence-${sentence.start}`
    : focusFactStart === null
      ? null
      : `highlight-${focusFactStart}`

  useEffect(() => {
    if (focusId === null) return
    const element = document.getElementById(focusId)
    element?.focus({ preventScroll: true })
    // jsdom has no scrolling; browsers centre the highlight so its sentence is readable
    if (typeof element?.scrollIntoView === 'function') element.scrollIntoView({ block: 'center' })
  }, [focusId])

  return (
    <div className="article-text" lang={lang}>
      {segments.map((segment) => {
        const factIds = segment.factIds.filter((id) => id !== SENTENCE)
        const inner = (
          <FactSegment
            key={segment.start}
            segment={{ ...segment, factIds }}
            byId={byId}
            focusFact={focusFact}
            linkTo={linkTo}
          />
        )
        if (factIds.length === segment.factIds.length) return inner
        const first = segment === sentence
        return (
          <mark
            key={segment.start}
            className="highlight--sentence"
            id={first ? `sentence-${segment.start}` : undefined}
            tabIndex={first ? -1 : undefined}
            title={first ? t('search.readerSentence') : undefined}
          >
            {inner}
          </mark>
        )
      })}
    </div>
  )
}

/** Props of {@link FactSegment}. */
interface FactSegmentProps {
  segment: TextSegment
  byId: ReadonlyMap<string, ArticleFact>
  focusFact: string | null
  linkTo: (path: string) => string
}

/** One stretch of the text: plain, or marked and linked to where the facts that cover it are shown. */
function FactSegment({ segment, byId, focusFact, linkTo }: FactSegmentProps) {
  const { t } = useTranslation()
  const factName = useFactName()
  const primary = byId.get(segment.factIds[0] ?? '')
  if (!primary) return <span>{segment.text}</span>
  const names = segment.factIds.flatMap((id) => {
    const fact = byId.get(id)
    return fact ? [factName(fact)] : []
  })
  const current = focusFact !== null && segment.factIds.includes(focusFact)
  const depth = Math.min(segment.factIds.length, 3)
  return (
    <mark className={`highlight highlight--depth-${depth}${current ? ' highlight--current' : ''}`}>
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
}
