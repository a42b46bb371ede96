import type { ViewMeasure } from './scale-views'

// Tables of `npm run bench:scale`: the pipeline per size and worker count, each view per size, and the issue's
// budgets (issue 10) marked met or missed by how much. Pure formatting; bench-scale.ts writes the files.

/** One pipeline build: a corpus size with a worker count, timed under GNU time. */
export interface PipelineRow {
  size: number
  workers: number
  seconds: number
  peakMb: number
  datasetMb: number
}

/** The views measured at one corpus size. */
export interface ViewsAtSize {
  size: number
  views: readonly ViewMeasure[]
}

/** Everything bench:scale has measured, kept between runs so that sizes can be run one at a time. */
export interface ScaleResults {
  pipeline: PipelineRow[]
  sizes: ViewsAtSize[]
  /** How and when each size was last measured, by size, one note per part (a run may measure one part only). */
  notes: Record<string, SizeNotes>
}

/** How a size's pipeline builds and its views were last measured: separate runs, so separate notes. */
export interface SizeNotes {
  pipeline?: string
  views?: string
}

/** One budget of the issue: a limit on one measure of every view. */
export interface Budget {
  name: string
  limit: number
  unit: 'KB' | 'ms' | 'MB'
  /** The view's value in the budget's unit, or null when the view has none (no filter, never ready). */
  read: (view: ViewMeasure) => number | null
}

const KB = 1024
const MB = 1024 * 1024

/** The budgets for every view's first screen at 100,000 articles, on this machine. */
export const BUDGETS: readonly Budget[] = [
  { name: 'data for the first screen, gzip', limit: 150, unit: 'KB', read: (v) => v.dataGzipBytes / KB },
  { name: 'first content at 1× CPU', limit: 1000, unit: 'ms', read: (v) => v.firstContent },
  { name: 'filter update (median)', limit: 100, unit: 'ms', read: (v) => v.filter?.medianMs ?? null },
  {
    name: 'JS heap after ready',
    limit: 100,
    unit: 'MB',
    read: (v) => (v.heapBytes === null ? null : v.heapBytes / MB),
  },
]

/** A message made safe for one table cell, and short. */
const cell = (text: string) => text.replace(/\|/g, '\\|').slice(0, 120)
const whole = (value: number) => Math.round(value).toLocaleString('en')
const num = (value: number | null, digits = 0) =>
  value === null ? '–' : digits === 0 ? whole(value) : value.toFixed(digits)

/** Says whether a value keeps to its limit, else by how much it misses it (the excess and the ratio). */
export function budgetVerdict(value: number | null, limit: number, unit: string): string {
  if (value === null) return 'not measured'
  if (value <= limit) return 'met'
  return `missed by ${whole(value - limit)} ${unit} (${(value / limit).toFixed(1)}×)`
}

/** Formats the pipeline rows: build time, articles per second, peak RSS and the dataset's size. */
export function pipelineTable(rows: readonly PipelineRow[]): string {
  return [
    '| articles | workers | build (s) | articles/s | peak RSS (MB) | dataset.json (MB) |',
    '| -------: | ------: | --------: | ---------: | ------------: | ----------------: |',
    ...rows.map(
      (r) =>
        `| ${whole(r.size)} | ${r.workers} | ${r.seconds.toFixed(1)} | ${whole(r.size / r.seconds)} | ${whole(r.peakMb)} | ${r.datasetMb.toFixed(1)} |`,
    ),
  ].join('\n')
}

/** Formats every view at every size: bytes, times, heap, DOM and the filter update; a failed view shows its error. */
export function viewsTable(sizes: readonly ViewsAtSize[]): string {
  const header = [
    '| articles | view | served | data, gzip (KB) | JS, gzip (KB) | first content (ms) | first chart (ms) | interactive (ms) | ready (ms) | JS heap after / before GC (MB) | DOM elements | filter update, median / worst (ms) |',
    '| -------: | ---- | ------ | --------------: | ------------: | -----------------: | ---------------: | ---------------: | ---------: | ----------------------------: | -----------: | ---------------------------------: |',
  ]
  const rows = sizes.flatMap(({ size, views }) =>
    views.map((v) => {
      const filter = v.filter
        ? `${num(v.filter.medianMs)} / ${num(v.filter.worstMs)}`
        : v.filterError
          ? `failed: ${cell(v.filterError)}`
          : '–'
      const cells = v.error
        ? [`never ready: ${cell(v.error)}`, '', '', '', '', '', '', '', '', '']
        : [
            v.served,
            num(v.dataGzipBytes / KB, 1),
            num(v.jsGzipBytes / KB, 1),
            num(v.firstContent),
            num(v.firstChart),
            num(v.interactive),
            num(v.ready),
            `${num(v.heapBytes === null ? null : v.heapBytes / MB, 1)} / ${num(v.heapBeforeGcBytes === null ? null : v.heapBeforeGcBytes / MB, 1)}`,
            num(v.domNodes),
            filter,
          ]
      return `| ${whole(size)} | \`${v.label}\` | ${cells.join(' | ')} |`
    }),
  )
  return [...header, ...rows].join('\n')
}

/** Formats each budget at each size: how many views keep to it, and the worst view with its verdict. */
export function budgetTable(sizes: readonly ViewsAtSize[]): string {
  const header = [
    '| articles | budget | limit | views within | worst view | worst value | verdict |',
    '| -------: | ------ | ----: | -----------: | ---------- | ----------: | ------- |',
  ]
  const rows = sizes.flatMap(({ size, views }) =>
    BUDGETS.map((budget) => {
      const measured = views.flatMap((view) => {
        const value = view.error ? null : budget.read(view)
        return value === null ? [] : [{ label: view.label, value }]
      })
      const worst = measured.reduce<(typeof measured)[number] | null>(
        (top, entry) => (top === null || entry.value > top.value ? entry : top),
        null,
      )
      const within = measured.filter((entry) => entry.value <= budget.limit).length
      return [
        whole(size),
        budget.name,
        `${whole(budget.limit)} ${budget.unit}`,
        `${within} of ${measured.length}`,
        worst ? `\`${worst.label}\`` : '–',
        worst ? `${num(worst.value, budget.unit === 'ms' ? 0 : 1)} ${budget.unit}` : '–',
        budgetVerdict(worst?.value ?? null, budget.limit, budget.unit),
      ]
    }),
  )
  return [...header, ...rows.map((cells) => `| ${cells.join(' | ')} |`)].join('\n')
}

/**
 * Puts a run's results over the kept ones: a size's views and builds (by worker count) replace the old ones, and each
 * part's note replaces that part's note only (a pipeline-only run keeps the views' note of the run that measured them).
 */
export function mergeScaleResults(kept: ScaleResults, run: ScaleResults): ScaleResults {
  const bySize = (a: { size: number }, b: { size: number }) => a.size - b.size
  const ranBuild = (row: PipelineRow) => run.pipeline.some((r) => r.size === row.size && r.workers === row.workers)
  const ranViews = (entry: ViewsAtSize) => run.sizes.some((r) => r.size === entry.size)
  return {
    pipeline: [...kept.pipeline.filter((row) => !ranBuild(row)), ...run.pipeline].sort(
      (a, b) => bySize(a, b) || a.workers - b.workers,
    ),
    sizes: [...kept.sizes.filter((entry) => !ranViews(entry)), ...run.sizes].sort(bySize),
    notes: mergeNotes(kept.notes, run.notes),
  }
}

function mergeNotes(kept: ScaleResults['notes'], run: ScaleResults['notes']): ScaleResults['notes'] {
  const merged = { ...kept }
  for (const [size, notes] of Object.entries(run)) merged[size] = { ...kept[size], ...notes }
  return merged
}

/** One line per size: the pipeline's note, then the views'. */
const noteLine = ({ pipeline, views }: SizeNotes) =>
  [pipeline && `pipeline ${pipeline}`, views && `views ${views}`].filter(Boolean).join('; ')

/** Writes the whole report: how each size was measured, then the pipeline, the views and the budgets. */
export function scaleReport({ pipeline, sizes, notes }: ScaleResults): string {
  const how = Object.entries(notes)
    .sort((a, b) => Number(a[0]) - Number(b[0]))
    .map(([size, note]) => `- ${whole(Number(size))} articles: ${noteLine(note)}`)
  return [
    "On this 2-core machine with other engineers' work running: read ratios, not seconds.",
    how.join('\n'),
    ...(pipeline.length ? ['**Pipeline**', pipelineTable(pipeline)] : []),
    ...(sizes.length ? ['**Views**', viewsTable(sizes), '**Budgets** (issue 10)', budgetTable(sizes)] : []),
  ].join('\n\n')
}
