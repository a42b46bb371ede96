import { matchesSharedFilter, type SharedSearch } from '../../../lib/shared-search'
import { SECTORS, type Figure, type Sector } from '../../../schema/dataset'

/** Keeps the figures that match the sector and country filters. */
export function filterFigures(
  figures: readonly Figure[],
  filter: Pick<SharedSearch, 'sectors' | 'countries'>,
): Figure[] {
  if (filter.sectors.length === 0 && filter.countries.length === 0) return [...figures]
  return figures.filter((figure) => matchesSharedFilter(figure, filter))
}

/** Lists the sectors and countries the figures cover, for the filter controls. */
export function figureFacets(figures: readonly Figure[]): { sectors: Sector[]; countries: string[] } {
  const sectors = new Set(figures.flatMap((figure) => figure.sectors))
  const countries = new Set(figures.flatMap((figure) => figure.countries))
  return { sectors: SECTORS.filter((sector) => sectors.has(sector)), countries: [...countries].sort() }
}
