import { describe, expect, it } from 'vitest'
import { parseTimelineSearch, toTimelineSearchParams } from '../../../../src/features/timeline/search-params'

describe('parseTimelineSearch(params)', () => {
  it.each([
    ['reads the defaults', '', { tab: 'chart', from: null, to: null, event: null, notices: [] }],
    [
      'reads years, tab and event',
      'tab=table&from=2024&to=2025&event=evt-1',
      { tab: 'table', from: 2024, to: 2025, event: 'evt-1', notices: [] },
    ],
    [
      'turns a reversed range round',
      'from=2025&to=2023',
      { tab: 'chart', from: 2023, to: 2025, event: null, notices: [] },
    ],
    [
      'ignores malformed years and tabs with notices',
      'from=last-year&to=20255&tab=pie',
      {
        tab: 'chart',
        from: null,
        to: null,
        event: null,
        notices: [
          { param: 'tab', value: 'pie' },
          { param: 'from', value: 'last-year' },
          { param: 'to', value: '20255' },
        ],
      },
    ],
    [
      'keeps the first of a repeated year and reports the dropped value',
      'from=2024&from=abc',
      { tab: 'chart', from: 2024, to: null, event: null, notices: [{ param: 'from', value: 'abc' }] },
    ],
    [
      'reports every dropped repeat of tab, to and event, even a valid one',
      'tab=table&tab=chart&to=2025&to=2026&event=evt-1&event=evt-2',
      {
        tab: 'table',
        from: null,
        to: 2025,
        event: 'evt-1',
        notices: [
          { param: 'tab', value: 'chart' },
          { param: 'to', value: '2026' },
          { param: 'event', value: 'evt-2' },
        ],
      },
    ],
    [
      'reports a malformed first value before the repeat that was dropped',
      'from=abc&from=2024',
      {
        tab: 'chart',
        from: null,
        to: null,
        event: null,
        notices: [
          { param: 'from', value: 'abc' },
          { param: 'from', value: '2024' },
        ],
      },
    ],
    ['treats an empty event as none', 'event=', { tab: 'chart', from: null, to: null, event: null, notices: [] }],
  ])('%s', (_name, query, expected) => {
    expect(parseTimelineSearch(new URLSearchParams(query))).toEqual(expected)
  })

  it('round-trips through URL params, writing only non-defaults', () => {
    const state = { tab: 'table', from: 2024, to: null, event: 'evt-2' } as const
    const params = toTimelineSearchParams(state)
    expect(params.toString()).toBe('tab=table&from=2024&event=evt-2')
    expect(parseTimelineSearch(params)).toEqual({ ...state, notices: [] })
    expect(toTimelineSearchParams({ tab: 'chart', from: null, to: null, event: null }).toString()).toBe('')
  })
})
