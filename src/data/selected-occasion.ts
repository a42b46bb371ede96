import { useQuery } from '@tanstack/react-query'
import { occasionWhereQueryOptions, viewQueryOptions } from './queries'
import { LIST_PAGE_SIZE, ALL_SERIES } from '../schema/list-pages'
import { timelineFiles } from '../schema/timeline-pages'
import type { FactsFile } from '../schema/dataset'

/**
 * Finds the occasion `?event=` names: in the facts at hand when they hold it, else through the locator, which says
 * on which page of the whole timeline it sits (that page brings its agreements and sources too). `known` is null
 * until that answer is in. `loaded` undefined waits for the caller's facts; an empty slice looks up at once.
 */
export function useSelectedOccasion(eventId: string | null, loaded: FactsFile | undefined) {
  const atHand = eventId === null ? undefined : loaded?.events.find((event) => event.id === eventId)
  const lookUp = eventId !== null && loaded !== undefined && atHand === undefined
  const where = useQuery({ ...occasionWhereQueryOptions(eventId ?? ''), enabled: lookUp })
  const index = eventId !== null ? where.data?.[eventId]?.[ALL_SERIES] : undefined
  const page = index === undefined ? null : Math.floor(index / LIST_PAGE_SIZE) + 1
  const file = useQuery({
    ...viewQueryOptions(page === null ? [] : [{ path: timelineFiles.page(ALL_SERIES, page), optional: true }]),
    enabled: lookUp && page !== null,
  })
  if (eventId === null) return { facts: loaded, event: null, known: null }
  if (atHand) return { facts: loaded, event: atHand, known: true }
  const found = file.data?.events.find((event) => event.id === eventId)
  if (found) return { facts: file.data, event: found, known: true }
  const known = where.isSuccess ? index !== undefined : null
  return { facts: loaded, event: null, known: known === true && file.isError ? null : known }
}
