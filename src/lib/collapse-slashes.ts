/**
 * Collapses runs of slashes in a URL path into one (`//targets` → `/targets`, `/targets//oil-btc` →
 * `/targets/oil-btc`), so a hand-edited or badly joined link still reaches its view instead of 'Page not found'.
 */
export function collapseSlashes(pathname: string): string {
  return pathname.replace(/\/{2,}/g, '/')
}

/**
 * Rewrites the address bar in place (no new history entry) when its path repeats slashes, keeping query and hash.
 * Runs before the router reads the location; a path starting `//` would otherwise also be read as a host name.
 */
export function normaliseAddressBarPath(location: Location, history: History): void {
  const clean = collapseSlashes(location.pathname)
  if (clean === location.pathname) return
  history.replaceState(history.state, '', `${clean}${location.search}${location.hash}`)
}
