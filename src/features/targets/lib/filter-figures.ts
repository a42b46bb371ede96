import { matchesSharedFilter, type SharedSearch } from '../../../lib/shared-search'
import type { Figure } from '../../../schema/dataset'

/** Keeps the figures that match the sector and country filters. */
export function filterFigures(
  figures: readonly Figure[],
  filter: Pick<SharedSearch, 'sectors' | 'countries'>,
): Figure[] {
  if (filter.sectors.length === 0 && filter.countries.length === 0) return [...figures]
  return figures.filter((figure) => matchesSharedFilter(figure, filter))
}
