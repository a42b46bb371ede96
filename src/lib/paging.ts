import { LIST_PAGE_SIZE } from '../schema/list-pages'
import { readSingleParam, type SearchNotice } from './search-notice'

/** How many entries one page of a long list shows (the build writes long lists in pages of this size). */
export const PAGE_SIZE = LIST_PAGE_SIZE

/** The URL parameter that holds a list's page, 1-based; page 1 is not written. */
export const PAGE_KEY = 'page'

const PAGE = /^[1-9]\d{0,8}$/

/**
 * Reads `?page=N` (a whole number from 1, no sign, no leading zero); absent gives null, a malformed or repeated
 * value is dropped and reported. Whether the page exists depends on the list, which {@link toPageWindow} checks.
 */
export function parsePage(params: URLSearchParams, notices: SearchNotice[]): number | null {
  const raw = readSingleParam(params, PAGE_KEY, notices)
  if (raw === null) return null
  if (PAGE.test(raw.trim())) return Number(raw.trim())
  notices.push({ param: PAGE_KEY, value: raw })
  return null
}

/** How many pages `total` entries fill (at least one, so an empty list still has a page 1). */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size))
}

/** The part of a list one page shows: `start` inclusive, `end` exclusive, as indices into the whole list. */
export interface PageWindow {
  page: number
  pageCount: number
  total: number
  start: number
  end: number
  /** Whether the asked page lies past the last one (the view reports it and shows page 1). */
  outOfRange: boolean
}

/**
 * Places a page on a list of `total` entries: the asked page when it exists, else the page holding `fallbackIndex`
 * (the entry a link points at) when there is one, else page 1.
 */
export function toPageWindow(
  total: number,
  asked: number | null,
  fallbackIndex: number | null = null,
  size = PAGE_SIZE,
): PageWindow {
  const count = pageCount(total, size)
  const outOfRange = asked !== null && asked > count
  let page = 1
  if (asked !== null && !outOfRange) page = asked
  else if (asked === null && fallbackIndex !== null && fallbackIndex >= 0 && fallbackIndex < total) {
    page = Math.floor(fallbackIndex / size) + 1
  }
  const start = (page - 1) * size
  return { page, pageCount: count, total, start, end: Math.min(total, start + size), outOfRange }
}

/**
 * Picks the page numbers a pager offers: the first, the last, and the current one with a neighbour each side;
 * `null` marks a gap. Seven pages or fewer are all listed.
 */
export function pageNumbers(current: number, count: number): (number | null)[] {
  if (count <= 7) return Array.from({ length: count }, (_, index) => index + 1)
  const shown = new Set([1, count, current - 1, current, current + 1].filter((page) => page >= 1 && page <= count))
  const sorted = [...shown].sort((a, b) => a - b)
  const numbers: (number | null)[] = []
  for (const page of sorted) {
    const previous = numbers[numbers.length - 1]
    if (typeof previous === 'number' && page - previous === 2) numbers.push(previous + 1)
    else if (typeof previous === 'number' && page - previous > 2) numbers.push(null)
    numbers.push(page)
  }
  return numbers
}

/** Writes a page into a copy of the parameters (page 1 leaves `page` out), dropping `drop` (say, a highlighted entry). */
export function withPage(current: URLSearchParams, page: number, drop: readonly string[] = []): URLSearchParams {
  const next = new URLSearchParams(current)
  for (const key of drop) next.delete(key)
  if (page <= 1) next.delete(PAGE_KEY)
  else next.set(PAGE_KEY, String(page))
  return next
}

/**
 * The entries a page shows, from a stretch of the list that starts at index `offset` (a page file, or the whole list
 * at 0). While another page's file loads, the stretch at hand does not hold the asked page: its own entries stay on
 * screen until the new ones arrive, rather than an empty list.
 */
export function entriesOnPage<T>(entries: readonly T[], offset: number, window: PageWindow): T[] {
  const from = window.start - offset
  if (from < 0 || (from >= entries.length && entries.length > 0)) return entries.slice(0, window.end - window.start)
  return entries.slice(from, window.end - offset)
}
