import { parseSharedSearch } from '../lib/shared-search'
import { viewFiles, type ViewSlice } from '../schema/view-files'

/** The data a view reads: the figure views, the agreements, the timeline, the list of articles, or one article. */
export type ViewName = 'figures' | 'agreements' | 'timeline' | 'sources' | { reader: string }

/** One view file to load; `optional` when a missing file means "nothing here" (a shard, an unknown article). */
export interface ViewFileSpec {
  path: string
  optional: boolean
}

const required = (path: string): ViewFileSpec[] => [{ path, optional: false }]

/**
 * Lists the files a view reads at this address. Only the figure views depend on it: a country filter reads each
 * chosen country's shard (they also answer a sector chosen with it), a sector filter alone each sector's shard.
 */
export function viewFileList(view: ViewName, params: URLSearchParams): ViewFileSpec[] {
  if (typeof view === 'object') return [{ path: viewFiles.reader(encodeURIComponent(view.reader)), optional: true }]
  if (view !== 'figures') return required(viewFiles[view])
  const { sectors, countries } = parseSharedSearch(params)
  if (countries.length > 0)
    return countries.map((country) => ({ path: viewFiles.figuresOfCountry(country), optional: true }))
  if (sectors.length > 0) return sectors.map((sector) => ({ path: viewFiles.figuresOfSector(sector), optional: true }))
  return required(viewFiles.figures)
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Keeps the first record of each id, in id order (the order every file is written in). */
function unionById<T extends { id: string }>(lists: readonly (readonly T[])[]): T[] {
  const seen = new Map<string, T>()
  for (const list of lists) for (const item of list) if (!seen.has(item.id)) seen.set(item.id, item)
  return [...seen.values()].sort(byId)
}

type Counts = Record<string, number>
const mergeCounts = (counts: (Counts | undefined)[]): Counts | undefined =>
  counts.some(Boolean) ? Object.assign({}, ...counts.filter(Boolean)) : undefined

/** Joins the slices of several shards into one: each record once, the largest corpus count of each thinned metric. */
export function mergeSlices(slices: readonly ViewSlice[]): ViewSlice {
  if (slices.length === 1) return slices[0]!
  const merged: ViewSlice = {
    schemaVersion: 1,
    articles: unionById(slices.map((slice) => slice.articles)),
    figures: unionById(slices.map((slice) => slice.figures)),
    agreements: unionById(slices.map((slice) => slice.agreements)),
    events: unionById(slices.map((slice) => slice.events)),
    issues: slices.flatMap((slice) => slice.issues),
  }
  const thinned = new Map<string, number>()
  for (const slice of slices) {
    for (const [metric, { total }] of Object.entries(slice.thinned ?? {})) {
      thinned.set(metric, Math.max(total, thinned.get(metric) ?? 0))
    }
  }
  if (thinned.size > 0) {
    merged.thinned = Object.fromEntries(
      [...thinned].map(([metric, total]) => {
        const shown = merged.figures.filter((figure) => figure.metric === metric).length
        return [metric, { shown, total: Math.max(total, shown) }]
      }),
    )
  }
  const sourceCounts = mergeCounts(slices.map((slice) => slice.sourceCounts))
  if (sourceCounts) merged.sourceCounts = sourceCounts
  const factCounts = mergeCounts(slices.map((slice) => slice.factCounts))
  if (factCounts) merged.factCounts = factCounts
  return merged
}
