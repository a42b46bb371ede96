import { useTranslation } from 'react-i18next'
import { useLocation, useSearchParams } from 'react-router'
import { useOptionalViewFacts } from '../../data/queries'
import { useSelectedOccasion } from '../../data/selected-occasion'
import { emptySlice } from '../../schema/view-files'
import type { ViewName } from '../../data/view-slices'
import { useLang } from '../../lib/i18n/use-lang'
import type { Lang } from '../../lib/langs'
import { usePageTitle } from '../../lib/use-page-title'
import type { CorridorEvent, FactsFile } from '../../schema/dataset'
import { metricName } from '../../lib/metric-name'

// An occasion's name: its generated title in the interface language, or the label of files from before titles.
function eventName(event: CorridorEvent, lang: Lang): string | null {
  const record = event as unknown as { title?: Partial<Record<Lang, string>>; label?: string }
  return record.title?.[lang] ?? record.label ?? null
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * Names the page shown at a path, most specific part first: the metric, article or selected event when the URL names
 * one the data has, then the view. An unknown path is "Page not found".
 */
function routeTitleParts(
  pathname: string,
  params: URLSearchParams,
  facts: FactsFile | undefined,
  lang: Lang,
  t: (key: string, options?: Record<string, unknown>) => string,
): string[] {
  const [view = '', id] = pathname.split('/').filter(Boolean).map(decode)
  switch (view) {
    case '':
      return [t('nav.overview')]
    case 'targets': {
      const figure = id === undefined ? undefined : facts?.figures.find((item) => item.metric === id)
      const metric = figure ? metricName(figure.metric, figure.label, t, lang) : null
      return [...(metric ? [metric] : []), t('nav.targets')]
    }
    case 'agreements':
      return [t('nav.agreements')]
    case 'timeline': {
      const eventId = params.get('event')
      const event = eventId === null ? undefined : facts?.events.find((item) => item.id === eventId)
      const name = event ? eventName(event, lang) : null
      return [...(name ? [name] : []), t('nav.timeline')]
    }
    case 'sources': {
      const article = id === undefined ? undefined : facts?.articles.find((item) => item.id === id)
      return [...(article ? [article.title] : []), t('nav.sources')]
    }
    case 'search': {
      const q = params.get('q')?.trim()
      return [...(q ? [`“${q}”`] : []), t('search.title')]
    }
    default:
      return [t('notFound.title')]
  }
}

/** The view whose data names the page: a metric's figures, an occasion, an article; null when the path needs none. */
function titleView(pathname: string): ViewName | null {
  const [view, id] = pathname.split('/').filter(Boolean).map(decode)
  if (id === undefined) return null
  if (view === 'targets') return 'figures'
  return view === 'sources' ? { reader: id } : null
}

/** Nothing at hand: the title looks an occasion up at once. */
const NOTHING = emptySlice()

/** Keeps the document title in step with the route and its state: `Trade turnover · Targets · Corridor Watch`. */
export function useRouteTitle(): void {
  const { t } = useTranslation()
  const lang = useLang()
  const { pathname } = useLocation()
  const [params] = useSearchParams()
  const { data: viewFacts } = useOptionalViewFacts(titleView(pathname))
  // an occasion is named from its page of the timeline, found through the locator (never the whole timeline)
  const occasion = useSelectedOccasion(
    pathname.replace(/\/$/, '') === '/timeline' ? params.get('event') : null,
    NOTHING,
  )
  const facts = occasion.event ? occasion.facts : viewFacts
  usePageTitle(routeTitleParts(pathname, params, facts, lang, (key, options) => t(key, options ?? {})))
}
