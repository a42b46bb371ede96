// The page's entry. A baked page is already in the document: let it paint before the app's code is compiled and
// run, which a static import would do first (module scripts run when parsing ends, before the first paint). The
// build preloads the app's chunks (scripts/bake.ts), so they download meanwhile. A hidden tab paints no frames, so
// it starts at once.
const start = () => void import('./main')
if (document.visibilityState === 'hidden') start()
else requestAnimationFrame(() => setTimeout(start, 0))
