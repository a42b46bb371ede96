/** Records one URL parameter value the app ignored, so the page can say so instead of failing. */
export interface SearchNotice {
  param: string
  value: string
}

/**
 * Reads a parameter that takes one value. A repeated key (`?tab=table&tab=bogus`) keeps its first value, the way
 * `URLSearchParams.get` does; every later value is dropped and reported like any other ignored value.
 */
export function readSingleParam(params: URLSearchParams, key: string, notices: SearchNotice[]): string | null {
  const [first = null, ...repeats] = params.getAll(key)
  for (const value of repeats) notices.push({ param: key, value })
  return first
}

/** Splits a `~`-separated list parameter into its trimmed, non-empty parts. */
export function splitList(raw: string | null): string[] {
  if (raw === null) return []
  return raw
    .split('~')
    .map((part) => part.trim())
    .filter((part) => part !== '')
}

/** Copies `current` and replaces the given keys with those set in `next`, keeping every other parameter. */
export function mergeSearchParams(
  current: URLSearchParams,
  keys: readonly string[],
  next: URLSearchParams,
): URLSearchParams {
  const merged = new URLSearchParams(current)
  for (const key of keys) merged.delete(key)
  for (const [key, value] of next) merged.append(key, value)
  return merged
}

/** Serialises parameters for the address bar, leaving `~` list separators readable (`sector=energy~transport`). */
export function toSearchString(params: URLSearchParams): string {
  const query = params.toString().replaceAll('%7E', '~')
  return query === '' ? '' : `?${query}`
}
