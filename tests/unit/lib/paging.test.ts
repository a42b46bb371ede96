import { describe, expect, it } from 'vitest'
import { PAGE_SIZE, pageCount, pageNumbers, parsePage, toPageWindow, withPage } from '../../../src/lib/paging'
import { toSearchString, type SearchNotice } from '../../../src/lib/search-notice'

const parse = (query: string) => {
  const notices: SearchNotice[] = []
  return { page: parsePage(new URLSearchParams(query), notices), notices }
}

describe('parsePage(params)', () => {
  it.each([
    ['', null],
    ['page=1', 1],
    ['page=2', 2],
    ['page=%202%20', 2],
    ['page=84200', 84200],
  ])('reads %j as page %j, silently', (query, page) => {
    expect(parse(query)).toEqual({ page, notices: [] })
  })

  it.each(['abc', '0', '-1', '1.5', '02', '', '2e3', '+3', '1234567890'])(
    'drops the malformed page=%j and reports it',
    (value) => {
      expect(parse(`page=${encodeURIComponent(value)}`)).toEqual({ page: null, notices: [{ param: 'page', value }] })
    },
  )

  it('keeps the first of a repeated page and reports the rest', () => {
    expect(parse('page=3&page=4')).toEqual({ page: 3, notices: [{ param: 'page', value: '4' }] })
  })
})

describe('pageCount(total)', () => {
  it.each([
    [0, 1],
    [1, 1],
    [25, 1],
    [26, 2],
    [50, 2],
    [51, 3],
    [100_000, 4000],
  ])('%d entries fill %d pages of 25', (total, pages) => {
    expect(PAGE_SIZE).toBe(25)
    expect(pageCount(total)).toBe(pages)
  })
})

describe('toPageWindow(total, asked, fallbackIndex)', () => {
  it('shows the first 25 when no page is asked', () => {
    expect(toPageWindow(130, null)).toEqual({ page: 1, pageCount: 6, total: 130, start: 0, end: 25, outOfRange: false })
  })

  it('shows entries 26–50 on page 2 and the short rest on the last page', () => {
    expect(toPageWindow(130, 2)).toMatchObject({ page: 2, start: 25, end: 50 })
    expect(toPageWindow(130, 6)).toMatchObject({ page: 6, start: 125, end: 130, outOfRange: false })
  })

  it('falls back to page 1 for a page past the end, and says it was out of range', () => {
    expect(toPageWindow(130, 7)).toMatchObject({ page: 1, start: 0, end: 25, outOfRange: true })
    expect(toPageWindow(0, 2)).toMatchObject({ page: 1, start: 0, end: 0, outOfRange: true })
  })

  it('an empty list has one empty page 1', () => {
    expect(toPageWindow(0, null)).toEqual({ page: 1, pageCount: 1, total: 0, start: 0, end: 0, outOfRange: false })
  })

  it('opens the page holding the entry a link points at when no page is asked, never over an asked page', () => {
    expect(toPageWindow(130, null, 24)).toMatchObject({ page: 1 })
    expect(toPageWindow(130, null, 25)).toMatchObject({ page: 2, start: 25, end: 50 })
    expect(toPageWindow(130, null, 129)).toMatchObject({ page: 6 })
    expect(toPageWindow(130, 1, 129)).toMatchObject({ page: 1 })
    expect(toPageWindow(130, null, -1)).toMatchObject({ page: 1 })
    expect(toPageWindow(130, null, 130)).toMatchObject({ page: 1 })
  })
})

describe('pageNumbers(current, count)', () => {
  it('lists every page up to seven', () => {
    expect(pageNumbers(1, 1)).toEqual([1])
    expect(pageNumbers(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7])
  })

  it('shows the ends and the current page with its neighbours, gaps as null', () => {
    expect(pageNumbers(1, 2000)).toEqual([1, 2, null, 2000])
    expect(pageNumbers(500, 2000)).toEqual([1, null, 499, 500, 501, null, 2000])
    expect(pageNumbers(2000, 2000)).toEqual([1, null, 1999, 2000])
  })

  it('fills a gap of one page with that page rather than an ellipsis', () => {
    expect(pageNumbers(4, 20)).toEqual([1, 2, 3, 4, 5, null, 20])
    expect(pageNumbers(17, 20)).toEqual([1, null, 16, 17, 18, 19, 20])
  })
})

describe('withPage(params, page, drop)', () => {
  const write = (query: string, page: number, drop?: string[]) =>
    toSearchString(withPage(new URLSearchParams(query), page, drop))

  it('writes page 2 and up, and leaves page 1 out, keeping every other parameter', () => {
    expect(write('sector=energy~transport&lang=tr', 2)).toBe('?sector=energy~transport&lang=tr&page=2')
    expect(write('sector=energy&page=3', 1)).toBe('?sector=energy')
    expect(write('page=3&tab=table', 4)).toBe('?page=4&tab=table')
  })

  it('drops the parameters a move leaves behind', () => {
    expect(write('agreement=a1&tab=table', 2, ['agreement'])).toBe('?tab=table&page=2')
  })
})
