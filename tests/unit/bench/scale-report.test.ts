import { describe, expect, it } from 'vitest'
import {
  budgetTable,
  budgetVerdict,
  mergeScaleResults,
  pipelineTable,
  scaleReport,
  viewsTable,
} from '../../../bench/scale-report'
import type { ViewMeasure } from '../../../bench/scale-views'

const MB = 1024 * 1024

function makeView(overrides: Partial<ViewMeasure> = {}): ViewMeasure {
  return {
    label: '/',
    served: 'baked',
    firstContent: 400,
    firstChart: 600,
    interactive: 900,
    ready: 1200,
    dataGzipBytes: 100 * 1024,
    jsGzipBytes: 200 * 1024,
    heapBytes: 30 * MB,
    heapBeforeGcBytes: 40 * MB,
    domNodes: 1500,
    filter: null,
    filterError: null,
    error: null,
    ...overrides,
  }
}

describe('budgetVerdict(value, limit, unit)', () => {
  it.each([
    ['meets a limit below it', 90, 100, 'ms', 'met'],
    ['meets a limit it equals', 100, 100, 'ms', 'met'],
    ['says by how much a value misses', 350, 100, 'ms', 'missed by 250 ms (3.5×)'],
    ['counts thousands with separators', 3662, 150, 'KB', 'missed by 3,512 KB (24.4×)'],
    ['says a value was not measured', null, 100, 'MB', 'not measured'],
  ])('%s', (_, value, limit, unit, expected) => {
    expect(budgetVerdict(value, limit, unit)).toBe(expected)
  })
})

describe('pipelineTable(rows)', () => {
  it('writes a row per build with articles per second', () => {
    const table = pipelineTable([{ size: 10000, workers: 2, seconds: 250, peakMb: 700.4, datasetMb: 102.25 }])
    expect(table.split('\n').at(-1)).toBe('| 10,000 | 2 | 250.0 | 40 | 700 | 102.3 |')
  })
})

describe('viewsTable(sizes)', () => {
  it('writes a row per view and size with the filter update', () => {
    const view = makeView({ label: '/agreements', filter: { medianMs: 42.4, worstMs: 80, clicks: 10 } })
    const row = viewsTable([{ size: 1000, views: [view] }])
      .split('\n')
      .at(-1)
    expect(row).toBe(
      '| 1,000 | `/agreements` | baked | 100.0 | 200.0 | 400 | 600 | 900 | 1,200 | 30.0 / 40.0 | 1,500 | 42 / 80 |',
    )
  })

  it.each([
    ['a view that never got ready', makeView({ error: 'Timeout | 900000ms' }), 'never ready: Timeout \\| 900000ms'],
    ['a filter that failed', makeView({ filterError: 'no box' }), 'failed: no box |'],
  ])('shows why for %s', (_, view, expected) => {
    expect(viewsTable([{ size: 1000, views: [view] }])).toContain(expected)
  })
})

describe('budgetTable(sizes)', () => {
  const views = [
    makeView({ label: '/', dataGzipBytes: 3000 * 1024, firstContent: 800 }),
    makeView({ label: '/timeline', firstContent: 2500, filter: { medianMs: 40, worstMs: 60, clicks: 10 } }),
    makeView({ label: '/sources', error: 'Timeout' }),
  ]
  const rows = budgetTable([{ size: 1000, views }])
    .split('\n')
    .slice(2)

  it.each([
    [
      'data',
      '| 1,000 | data for the first screen, gzip | 150 KB | 1 of 2 | `/` | 3000.0 KB | missed by 2,850 KB (20.0×) |',
    ],
    [
      'first content',
      '| 1,000 | first content at 1× CPU | 1,000 ms | 1 of 2 | `/timeline` | 2,500 ms | missed by 1,500 ms (2.5×) |',
    ],
    ['filter update', '| 1,000 | filter update (median) | 100 ms | 1 of 1 | `/timeline` | 40 ms | met |'],
    ['heap', '| 1,000 | JS heap after ready | 100 MB | 2 of 2 | `/` | 30.0 MB | met |'],
  ])('marks the %s budget, leaving out views that never got ready', (name, expected) => {
    expect(rows).toContain(expected)
  })
})

describe('mergeScaleResults(kept, run)', () => {
  const build = (size: number, workers: number, seconds: number) => ({
    size,
    workers,
    seconds,
    peakMb: 1,
    datasetMb: 1,
  })
  const kept = {
    pipeline: [build(1000, 1, 10), build(10000, 1, 100)],
    sizes: [
      { size: 1000, views: [makeView({ label: 'old' })] },
      { size: 10000, views: [] },
    ],
    notes: { '1000': { pipeline: 'old build', views: 'old views' }, '10000': { views: 'kept views' } },
  }
  const run = {
    pipeline: [build(1000, 1, 12), build(1000, 2, 8)],
    sizes: [{ size: 1000, views: [makeView({ label: 'new' })] }],
    notes: { '1000': { pipeline: 'new build' } },
  }
  const merged = mergeScaleResults(kept, run)

  it('replaces the builds the run made and keeps the others, by size and worker count', () => {
    expect(merged.pipeline.map((row) => [row.size, row.workers, row.seconds])).toEqual([
      [1000, 1, 12],
      [1000, 2, 8],
      [10000, 1, 100],
    ])
  })

  it('replaces the sizes the run measured and keeps the others', () => {
    expect(merged.sizes.map((entry) => [entry.size, entry.views.map((view) => view.label)])).toEqual([
      [1000, ['new']],
      [10000, []],
    ])
  })

  it("replaces only the notes of the parts the run measured: a pipeline run keeps the views' note", () => {
    expect(merged.notes).toEqual({
      '1000': { pipeline: 'new build', views: 'old views' },
      '10000': { views: 'kept views' },
    })
  })
})

describe('scaleReport(results)', () => {
  it('lists how each size was measured, then the tables', () => {
    const report = scaleReport({
      pipeline: [{ size: 1000, workers: 2, seconds: 100, peakMb: 300, datasetMb: 12 }],
      sizes: [{ size: 1000, views: [makeView()] }],
      notes: { '10000': { views: 'second' }, '1000': { pipeline: 'first build', views: 'first views' } },
    })
    expect(report).toContain(
      '- 1,000 articles: pipeline first build; views first views\n- 10,000 articles: views second',
    )
    expect(report.indexOf('**Pipeline**')).toBeLessThan(report.indexOf('**Views**'))
    expect(report).toContain('**Budgets** (issue 10)')
  })
})
