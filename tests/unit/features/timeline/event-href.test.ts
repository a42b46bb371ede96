import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mergeSearchParams, toSearchString } from '../../../../src/lib/search-notice'
import {
  parseTimelineSearch,
  TIMELINE_KEYS,
  toTimelineSearchParams,
} from '../../../../src/features/timeline/search-params'
import { eventHrefFor } from '../../../../src/features/timeline/use-timeline-search'

/** The link as merging the timeline's parameters into the address writes it. */
function mergedHref(pathname: string, params: URLSearchParams, event: string | null): string {
  const next = toTimelineSearchParams({ ...parseTimelineSearch(params), event })
  return `${pathname}${toSearchString(mergeSearchParams(params, TIMELINE_KEYS, next))}`
}

describe('eventHrefFor', () => {
  it('selects an occasion keeping the filters, years and tab, and clears the selection', () => {
    const href = eventHrefFor('/timeline', new URLSearchParams('country=KZ~AZ&event=old&from=2020&tab=table&page=2'))
    expect(href('2024-05-kz-az-visit')).toBe(
      '/timeline?country=KZ~AZ&page=2&tab=table&from=2020&event=2024-05-kz-az-visit',
    )
    expect(href(null)).toBe('/timeline?country=KZ~AZ&page=2&tab=table&from=2020')
    expect(eventHrefFor('/timeline', new URLSearchParams())(null)).toBe('/timeline')
  })

  it('writes the same link as merging the parameters would, for any address and event', () => {
    const key = fc.constantFrom('country', 'sector', 'lang', 'tab', 'from', 'to', 'event', 'page', 'q')
    const value = fc.oneof(fc.constantFrom('KZ', 'table', 'chart', '2021', 'e-1', 'energy~trade'), fc.string())
    const params = fc.array(fc.tuple(key, value), { maxLength: 5 }).map((pairs) => new URLSearchParams(pairs))
    const event = fc.option(fc.oneof(fc.constantFrom('e-1', 'visit~2'), fc.string()))
    fc.assert(
      fc.property(params, event, (query, id) => {
        expect(eventHrefFor('/timeline', query)(id)).toBe(mergedHref('/timeline', query, id))
      }),
    )
  })
})
