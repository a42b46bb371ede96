import { useTranslation } from 'react-i18next'
import { useFigureFormat } from '../../lib/use-figure-format'
import { useLinkWithSharedSearch } from '../../lib/use-shared-search'
import type { ArticleMeta, Figure } from '../../schema/dataset'
import { CiteButton } from './cite-and-embed'

/** The element id of a figure's card on the targets page, and so the hash of its permalink. */
export const figureAnchor = (figureId: string) => `figure-${figureId}`

/** Props of {@link FigureCite}. */
export interface FigureCiteProps {
  figure: Figure
  articlesById: ReadonlyMap<string, ArticleMeta>
}

/**
 * Offers a citation line for one figure: what it measures, its kind, value and date, its sources' outlets and dates,
 * the permalink to its card (`/targets/<metric>#figure-<id>`, keeping filters and language) and the build date.
 */
export function FigureCite({ figure, articlesById }: FigureCiteProps) {
  const { t } = useTranslation()
  const format = useFigureFormat()
  const withShared = useLinkWithSharedSearch()
  const title = t('cite.figureTitle', {
    metric: format.metricName(figure.metric, figure.label),
    kind: t(`kind.${figure.kind}`),
    value: format.figureValue(figure),
    when: format.when(figure),
  })
  return (
    <CiteButton
      title={title}
      sources={format.sourceList(figure.sources, articlesById)}
      to={`${withShared(`/targets/${encodeURIComponent(figure.metric)}`)}#${figureAnchor(figure.id)}`}
    />
  )
}
