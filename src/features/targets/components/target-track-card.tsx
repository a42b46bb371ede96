import { useCachedTranslate } from '../../../lib/i18n/cached-translate'
import { SourceQuote } from '../../../components/ui/source-quote'
import { useFigureFormat } from '../../../lib/use-figure-format'
import type { ArticleMeta } from '../../../schema/dataset'
import type { StatementChange, TargetStatement } from '../lib/to-target-history'
import type { TargetTrack } from '../lib/to-target-tracks'
import { TargetProgressChart } from './target-progress-chart'
import type { ChartLinks } from './use-chart-links'
import { useTrackText } from './use-track-text'
import './targets.css'

/** Props of {@link TargetTrackCard}. */
export interface TargetTrackCardProps {
  track: TargetTrack
  articlesById: ReadonlyMap<string, ArticleMeta>
  charts: ChartLinks
}

function ChangeNote({ statement }: { statement: TargetStatement }) {
  const t = useCachedTranslate()
  const format = useFigureFormat()
  const text = useTrackText()
  const change: StatementChange = statement.change
  const details: string[] = []
  if (change.type === 'revised') {
    const unit = statement.figure.unit
    if (change.value) {
      const from = format.value(change.value.from, unit)
      details.push(t('tracks.valueChange', { from, to: format.value(change.value.to, unit) }))
    }
    if (change.timing) {
      const from = text.timing(change.timing.from)
      details.push(t('tracks.timingChange', { from, to: text.timing(change.timing.to) }))
    }
  }
  const says = t('tracks.says', { value: format.figureValue(statement.figure), when: text.timing(statement.timing) })
  return (
    <p className="target-history__change">
      <span className={`badge badge--change badge--change-${change.type}`}>{t(`tracks.changes.${change.type}`)}</span>{' '}
      {says}
      {details.length > 0 ? <>: {details.join('; ')}</> : null}
    </p>
  )
}

/** Shows one target through time: heading, status in plain words, progress against it, and every statement in order. */
export function TargetTrackCard({ track, articlesById, charts }: TargetTrackCardProps) {
  const t = useCachedTranslate()
  const format = useFigureFormat()
  const text = useTrackText()
  const headingId = `track-${track.id}`
  const progressLine = text.progress(track)
  return (
    <article className="target-track" id={headingId} aria-labelledby={`${headingId}-title`}>
      <header className="target-track__header">
        <h4 id={`${headingId}-title`} className="target-track__title">
          <bdi>{text.heading(track)}</bdi>
        </h4>
        <p className="target-track__status">
          <span className="visually-hidden">{t('tracks.status')}: </span>
          {track.status.map((status) => (
            <span key={status} className={`badge badge--status badge--status-${status}`}>
              {t(`tracks.statuses.${status}`)}
            </span>
          ))}
        </p>
        {track.alsoStated.length > 0 ? (
          <p className="target-track__also">
            {t('tracks.alsoStated', {
              values: [...new Set(track.alsoStated.map((figure) => format.figureValue(figure)))].join(', '),
            })}
          </p>
        ) : null}
        <p className="target-track__progress">{progressLine ?? t('tracks.noProgress')}</p>
      </header>
      {track.progress ? <TargetProgressChart track={track} articlesById={articlesById} charts={charts} /> : null}
      <h5 className="target-track__history-title">{t('tracks.history', { count: track.statements.length })}</h5>
      <ol className="target-history">
        {track.statements.map((statement) => (
          <li key={`${statement.figure.id}:${statement.source.articleId}:${statement.source.start}`}>
            <ChangeNote statement={statement} />
            <SourceQuote source={statement.source} article={statement.article} factId={statement.figure.id} />
          </li>
        ))}
      </ol>
    </article>
  )
}
