import { readFile } from 'node:fs/promises'
import type { Locator, Page } from 'playwright-core'
import { en } from '../../../src/lib/i18n/locales/en'
import type { CorridorEvent, FactsFile, Sector, SourceRef } from '../../../src/schema/dataset'
import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { appUrl, closeContexts, launchBrowser } from './browser'

export { en }

let factsPromise: Promise<FactsFile> | null = null

/** Fetches the facts index the served app reads, once per test file; tests look ids up in it instead of fixing them. */
export function loadFacts(): Promise<FactsFile> {
  factsPromise ??= fetch(appUrl('/data/facts.json')).then(async (response) => {
    if (!response.ok) throw new Error(`facts.json: HTTP ${response.status}`)
    return (await response.json()) as FactsFile
  })
  return factsPromise
}

/** Fills an interface string's `{{name}}` slots, the way i18next interpolates them. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)(?:, *number)?\}\}/g, (_, name: string) => String(values[name] ?? ''))
}

/** Finds the notice that lists ignored link parameters (English interface). */
export function ignoredNotice(page: Page): Locator {
  return page.getByRole('status', { name: en.notices.title })
}

/** A file the app offered for download: its suggested name and its bytes. */
export interface DownloadedFile {
  name: string
  bytes: Buffer
}

/** Clicks something that starts a download and returns the downloaded file. */
export async function downloadBy(page: Page, click: () => Promise<void>): Promise<DownloadedFile> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()])
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) }
}

/** Lists the events placed on the time axis (those with a date). */
export function datedEvents(facts: FactsFile): CorridorEvent[] {
  return facts.events.filter((event) => event.date !== null)
}

/** A fact cited by an article, and where its words sit in that article. */
export interface CitedFact {
  factId: string
  articleId: string
  start: number
}

/** Lists every (fact, article) citation in the dataset, the deep links `/sources/<article>?fact=<fact>` can use. */
export function citedFacts(facts: FactsFile): CitedFact[] {
  const records: { id: string; sources: SourceRef[] }[] = [...facts.figures, ...facts.agreements, ...facts.events]
  return records.flatMap((record) =>
    record.sources.map((source) => ({
      factId: record.id,
      articleId: source.articleId,
      start: source.mention?.start ?? source.start,
    })),
  )
}

/** Picks the fact whose first words in an article sit furthest into it, so opening that deep link has to scroll. */
export function deepestCitation(facts: FactsFile): CitedFact {
  const firstByPair = new Map<string, CitedFact>()
  for (const cited of citedFacts(facts)) {
    const key = `${cited.factId} ${cited.articleId}`
    const known = firstByPair.get(key)
    if (!known || cited.start < known.start) firstByPair.set(key, cited)
  }
  const [deepest] = [...firstByPair.values()].sort((a, b) => b.start - a.start)
  if (!deepest) throw new Error('the dataset cites no fact')
  return deepest
}

/**
 * The sector the fewest documents cover (ties by name) and how many: ticking it visibly changes the agreements list
 * and the chart's bars (or leaves the list whole, when every document covers it).
 */
export function rarestSector(facts: FactsFile): { sector: Sector; documents: number } {
  const counts = new Map<Sector, number>()
  for (const sector of facts.agreements.flatMap((agreement) => agreement.sectors)) {
    counts.set(sector, (counts.get(sector) ?? 0) + 1)
  }
  const [sector, documents] = [...counts.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0] ?? []
  if (!sector || documents === undefined) throw new Error('no agreement names a sector')
  return { sector, documents }
}

/** Reads the text of every element a locator matches, trimmed. */
export async function texts(locator: Locator): Promise<string[]> {
  return (await locator.allInnerTexts()).map((text) => text.trim())
}

/** What a browser suite shares: one Chromium and the built app's facts. */
export interface BrowserSuite {
  browser: Browser
  facts: FactsFile
}

/**
 * Registers the hooks every browser suite needs: Chromium and the app's facts before the first test, fresh pages
 * for each test, and the browser closed after the last. The returned object is filled in by the first hook.
 */
export function useBrowserSuite(): BrowserSuite {
  const suite = {} as BrowserSuite
  beforeAll(async () => {
    suite.browser = await launchBrowser()
    suite.facts = await loadFacts()
  })
  afterEach(() => closeContexts(suite.browser))
  afterAll(() => suite.browser.close())
  return suite
}
