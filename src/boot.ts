// The page's entry. A baked page is already in the document: let it paint before the app's code is fetched, compiled
// and run, which a static import would do first (module scripts run when parsing ends, before the first paint). The
// app's chunks are not preloaded on such a page either: Chromium compiles module preloads on the main thread as they
// arrive, which held the first frame back (README "First chart"); the import below fetches them all at once, once the
// first frame is on screen (afterFirstPaint says why not sooner). A page the app renders itself has no such frame to
// protect: there the pre-paint script (scripts/pre-paint.ts) has asked for the app's and the view's chunks already.
import { afterFirstPaint, browserPaintEnvironment } from './lib/after-first-paint'

afterFirstPaint(() => void import('./main'), browserPaintEnvironment())
