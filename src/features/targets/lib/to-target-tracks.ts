import type { ArticleMeta, Figure } from '../../../schema/dataset'
import { toTargetHistory, type TargetStatement } from './to-target-history'
import { toTargetProgress, type TargetProgress } from './to-target-progress'

/** A target's status in the words the sources allow: how often and how consistently stated, and whether measured. */
export type TargetStatus = 'stated' | 'restated' | 'revised' | 'progress-reported'

/** One target followed through time: a metric, its countries and a unit, with every statement of it. */
export interface TargetTrack {
  /** Stable and URL-safe: `trade-turnover.az-kz.usd`; names the track's chart. */
  id: string
  metric: string
  label: string
  countries: string[]
  unit: string
  figures: Figure[]
  statements: TargetStatement[]
  /** The latest dated statement (or the last, when none is dated): what the target stands at now. */
  current: TargetStatement
  /** Multiplier targets stated in the same sentences ("double, to $1B"): the same promise in other words. */
  alsoStated: Figure[]
  progress: TargetProgress | null
  status: TargetStatus[]
}

const trackKey = (figure: Figure) => `${figure.metric}|${[...figure.countries].sort().join('-')}|${figure.unit}`

const sourceKey = (figure: Figure) => figure.sources.map((source) => `${source.articleId}:${source.start}`)

/** Names a track's status: revised over restated over stated, plus progress when a figure measures it. */
export function toTargetStatus(
  statements: readonly TargetStatement[],
  progress: TargetProgress | null,
): TargetStatus[] {
  const revised = statements.some((statement) => statement.change.type === 'revised')
  const repeated = statements.some((statement) => statement.change.type === 'restated')
  const status: TargetStatus[] = [revised ? 'revised' : repeated ? 'restated' : 'stated']
  if (progress) status.push('progress-reported')
  return status
}

function toTrack(
  figures: Figure[],
  allFigures: readonly Figure[],
  articlesById: ReadonlyMap<string, ArticleMeta>,
): TargetTrack | null {
  const first = figures[0]
  if (!first) return null
  const statements = toTargetHistory(figures, articlesById)
  const current = statements.filter((statement) => statement.published !== null).at(-1) ?? statements.at(-1)
  if (!current) return null
  const progress = toTargetProgress(current.figure, allFigures, articlesById)
  const countries = [...first.countries].sort()
  return {
    id: [first.metric, countries.join('-').toLowerCase() || 'all', first.unit.toLowerCase()].join('.'),
    metric: first.metric,
    label: first.label,
    countries,
    unit: first.unit,
    figures,
    statements,
    current,
    alsoStated: [],
    progress,
    status: toTargetStatus(statements, progress),
  }
}

/**
 * Follows every stated target (not derived, not awaiting review) through its statements: one track per metric,
 * countries and unit, with its history, progress and status. A multiplier target whose every sentence also states an
 * amount ("iki dəfə artırılaraq 1 milyard dollara") joins that amount's track instead of standing alone.
 */
export function toTargetTracks(
  figures: readonly Figure[],
  articlesById: ReadonlyMap<string, ArticleMeta>,
): TargetTrack[] {
  const targets = figures.filter(
    (figure) => figure.kind === 'target' && figure.derived === null && figure.confidence !== 'review',
  )
  const groups = new Map<string, Figure[]>()
  for (const figure of targets) groups.set(trackKey(figure), [...(groups.get(trackKey(figure)) ?? []), figure])
  const tracks = [...groups.values()]
    .map((group) => toTrack(group, figures, articlesById))
    .filter((track) => track !== null)
  const amounts = tracks.filter((track) => track.unit !== 'multiplier')
  const folded = new Set<TargetTrack>()
  for (const track of tracks.filter((item) => item.unit === 'multiplier')) {
    const home = amounts.find(
      (amount) =>
        amount.metric === track.metric &&
        amount.countries.join() === track.countries.join() &&
        track.figures.every((figure) => {
          const keys = new Set(amount.figures.flatMap(sourceKey))
          return sourceKey(figure).every((key) => keys.has(key))
        }),
    )
    if (!home) continue
    home.alsoStated.push(...track.figures)
    folded.add(track)
  }
  return tracks.filter((track) => !folded.has(track)).sort((a, b) => a.id.localeCompare(b.id))
}
