// The page's entry. A baked page is already in the document: let it paint before the app's code is compiled and
// run, which a static import would do first (module scripts run when parsing ends, before the first paint). The
// app's chunks are not preloaded either: Chromium compiles module preloads on the main thread as they arrive, which
// held the first frame back (README "First chart"); the import below fetches them all at once. A hidden tab paints no
// frames, so it starts at once.
const start = () => void import('./main')
if (document.visibilityState === 'hidden') start()
else requestAnimationFrame(() => setTimeout(start, 0))
