/**
 * Regenerates docs/screenshots/: builds the app (the data comes first, from `npm run screenshots`), serves the build
 * the way a static host would, and saves a full-page PNG of every view at 1280 and 360 px wide.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { build, preview } from 'vite'
import type { FactsFile } from '../src/schema/dataset'
import { launchBrowser, waitForView } from '../tests/e2e/support/chromium'

const OUT_DIR = '.tmp/dist-screenshots'
const SHOTS_DIR = 'docs/screenshots'
const PORT = 4176
const ORIGIN = `http://127.0.0.1:${PORT}`
const WIDTHS = [1280, 360] as const

/** One screenshot subject: a file-name stem, the path to open, and whether a chart must be drawn first. */
interface Shot {
  name: string
  path: string
  chart: boolean
  colorScheme?: 'light' | 'dark'
  /** A data folder served in place of the build's own (the corpus, for views the five seeds cannot show). */
  data?: string
  /** Shoots this element rather than the full page. */
  element?: string
}

// The development corpus (40 articles) has targets stated several times and measured by reported figures, which the
// five seeds do not: the target history and progress screenshots are taken on it when it is there.
const CORPUS_DIR = '../shared/corpus/articles'
const CORPUS_DATA = '.tmp/corpus-data'

function buildCorpusData(): string | null {
  if (!existsSync(CORPUS_DIR)) return null
  execFileSync('npx', ['tsx', 'src/pipeline/run.ts', '--in', CORPUS_DIR, '--out', CORPUS_DATA], { stdio: 'inherit' })
  return CORPUS_DATA
}

/** Picks the article most facts cite, so the reader screenshot shows many highlights. */
function richestArticle(facts: FactsFile): string {
  const counts = new Map<string, number>()
  for (const record of [...facts.figures, ...facts.agreements, ...facts.events]) {
    for (const { articleId } of record.sources) counts.set(articleId, (counts.get(articleId) ?? 0) + 1)
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  if (!best) throw new Error('no article is cited by any fact')
  return best[0]
}

/** Lists the views to capture; ids come from the data so the script survives a rebuilt dataset. */
function shots(facts: FactsFile): Shot[] {
  const event = facts.events.find((item) => item.date !== null)
  const corpus = buildCorpusData()
  const corpusShots: Shot[] = corpus
    ? [
        {
          name: 'target-history',
          path: '/targets/trade-turnover',
          chart: true,
          data: corpus,
          element: '[id="track-trade-turnover.az-kz.usd"]',
        },
        {
          name: 'target-revisions',
          path: '/targets/container-traffic',
          chart: true,
          data: corpus,
          element: '[id="track-container-traffic.az-kz.teu"]',
        },
      ]
    : []
  return [
    ...corpusShots,
    { name: 'overview', path: '/', chart: true },
    { name: 'overview-dark', path: '/', chart: true, colorScheme: 'dark' },
    { name: 'targets', path: '/targets', chart: true },
    { name: 'agreements', path: '/agreements', chart: true },
    { name: 'timeline', path: event ? `/timeline?event=${encodeURIComponent(event.id)}` : '/timeline', chart: true },
    { name: 'sources', path: '/sources', chart: false },
    { name: 'reader', path: `/sources/${encodeURIComponent(richestArticle(facts))}`, chart: false },
    { name: 'not-found', path: '/no/such/page', chart: false },
  ]
}

async function capture(browser: Browser, shot: Shot, width: number): Promise<string> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    colorScheme: shot.colorScheme ?? 'light',
    locale: 'en-US',
  })
  try {
    const page = await context.newPage()
    const { data } = shot
    if (data) {
      // the build's pages were baked from the seeds: the page itself is answered with the app's shell (404.html claims
      // no path, so the app renders the view), and every data file, the views' own included, from the other folder
      await page.route(`${ORIGIN}${shot.path}`, (route) =>
        route.fulfill({ body: readFileSync(join(OUT_DIR, '404.html')), contentType: 'text/html' }),
      )
      await page.route(/\/data\/.+$/, (route) => {
        const file = new URL(route.request().url()).pathname.split('/data/')[1] ?? ''
        void route.fulfill({
          body: readFileSync(join(data, decodeURIComponent(file))),
          contentType: 'application/json',
        })
      })
    }
    await page.goto(`${ORIGIN}${shot.path}`)
    await waitForView(page)
    if (shot.chart) await page.locator('svg.recharts-surface').first().waitFor()
    const file = `${SHOTS_DIR}/${shot.name}-${width}.png`
    if (shot.element) await page.locator(shot.element).first().screenshot({ path: file, animations: 'disabled' })
    else await page.screenshot({ path: file, fullPage: true, animations: 'disabled' })
    return file
  } finally {
    await context.close()
  }
}

async function main(): Promise<void> {
  await build({ build: { outDir: OUT_DIR, emptyOutDir: true }, logLevel: 'warn' })
  const server = await preview({
    build: { outDir: OUT_DIR },
    preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  })
  const browser = await launchBrowser()
  try {
    const response = await fetch(`${ORIGIN}/data/facts.json`)
    if (!response.ok) throw new Error(`facts.json: HTTP ${response.status}; run npm run build:data first`)
    const facts = (await response.json()) as FactsFile
    for (const shot of shots(facts)) {
      for (const width of WIDTHS) console.log(`screenshots: ${await capture(browser, shot, width)}`)
    }
  } finally {
    await browser.close()
    await server.close()
  }
}

await main()
