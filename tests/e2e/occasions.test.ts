import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { occasionsEn } from '../../src/lib/i18n/locales/occasions-en'
import type { FactsFile } from '../../src/schema/dataset'
import { datedEvents, en, ignoredNotice, useBrowserSuite } from './support/app'
import { findA11yViolations, openView, pageErrors } from './support/browser'

const o = occasionsEn.occasions
const cards = (page: Page) => page.locator('article.agreement-card')
const marks = (page: Page) => page.locator('svg.recharts-surface .timeline-point')

/** The document the timeline would link to last, so reaching it needs a scroll. */
const lastAgreement = (facts: FactsFile) => facts.agreements[facts.agreements.length - 1]!

describe('the occasion views in Chromium', () => {
  const suite = useBrowserSuite()

  it('/agreements lists each document once, with sector chips and a link to its occasion, and passes axe', async () => {
    const page = await openView(suite.browser, '/agreements')
    const ids = await cards(page).evaluateAll((nodes) => nodes.map((node) => node.id))
    expect(ids.sort()).toEqual(suite.facts.agreements.map((agreement) => agreement.id).sort())
    expect(new Set(ids).size).toBe(ids.length)
    for (const agreement of suite.facts.agreements) {
      const card = page.locator(`[id="${agreement.id}"]`)
      const chips = await card.getByRole('list', { name: o.sectorChips }).getByRole('listitem').allInnerTexts()
      expect(chips).toEqual(
        agreement.sectors.length > 0 ? agreement.sectors.map((sector) => en.sector[sector]) : [o.noSectorChip],
      )
      const occasion = suite.facts.events.find((event) => event.id === agreement.occasionId)
      if (occasion) {
        await expect(card.getByRole('link', { name: occasion.title.en }).getAttribute('href')).resolves.toBe(
          `/timeline?event=${occasion.id}`,
        )
      }
    }
    await page.locator('svg.recharts-surface').first().waitFor()
    expect(await findA11yViolations(page)).toEqual([])
    expect(pageErrors(page)).toEqual([])
  })

  it('/agreements?sector=energy shows the documents covering energy, each once, and passes axe', async () => {
    const page = await openView(suite.browser, '/agreements?sector=energy')
    const expected = suite.facts.agreements.filter((agreement) => agreement.sectors.includes('energy'))
    const ids = await cards(page).evaluateAll((nodes) => nodes.map((node) => node.id))
    expect(ids.sort()).toEqual(expected.map((agreement) => agreement.id).sort())
    expect(await page.getByRole('checkbox', { name: en.sector.energy }).isChecked()).toBe(true)
    expect(await findA11yViolations(page)).toEqual([])
    expect(pageErrors(page)).toEqual([])
  })

  it('/agreements?agreement=<id>#<id> scrolls to the entry, highlights and focuses it, and passes axe', async () => {
    const target = lastAgreement(suite.facts)
    const page = await openView(suite.browser, `/agreements?agreement=${target.id}#${target.id}`)
    const card = page.locator(`[id="${target.id}"]`)
    await expect(card.getAttribute('aria-current')).resolves.toBe('true')
    await expect(card.textContent()).resolves.toContain(o.highlighted)
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(target.id)
    const box = await card.boundingBox()
    expect(box && box.y < 900 && box.y + box.height > 0).toBe(true)
    expect(await page.locator('.agreement-card--highlighted').count()).toBe(1)
    expect(await findA11yViolations(page)).toEqual([])
    expect(pageErrors(page)).toEqual([])
  })

  it('/agreements?agreement=<unknown> says the id was ignored', async () => {
    const page = await openView(suite.browser, '/agreements?agreement=no-such-document')
    await expect(ignoredNotice(page).textContent()).resolves.toContain('no-such-document')
    expect(await page.locator('.agreement-card--highlighted').count()).toBe(0)
  })

  it('/timeline draws one labelled mark per dated occasion with a 24 px target, and passes axe', async () => {
    const page = await openView(suite.browser, '/timeline')
    await page.locator('svg.recharts-surface').first().waitFor()
    const dated = datedEvents(suite.facts)
    await expect(marks(page).count()).resolves.toBe(dated.length)
    const titles = await marks(page).locator('title').allTextContents()
    expect(titles.sort()).toEqual(dated.map((event) => event.title.en).sort())
    for (const label of await marks(page).locator('.timeline-point__label').allTextContents()) {
      expect(label.length).toBeGreaterThan(0)
    }
    for (const hit of await marks(page).locator('.timeline-point__hit').all()) {
      const box = await hit.boundingBox()
      expect(box!.width).toBeGreaterThanOrEqual(24)
      expect(box!.height).toBeGreaterThanOrEqual(24)
    }
    const planned = dated.filter((event) => event.status === 'planned').length
    await expect(page.locator('.timeline-point--planned').count()).resolves.toBe(planned)
    await expect(page.getByRole('list', { name: en.chart.legend }).textContent()).resolves.toContain(o.legendHappened)
    expect(await findA11yViolations(page)).toEqual([])
    expect(pageErrors(page)).toEqual([])
  })

  it('/timeline?event=<id> opens the occasion and passes axe; a link from an agreement lands there', async () => {
    const withOccasion = suite.facts.agreements.find((agreement) => agreement.occasionId !== null)
    const event =
      suite.facts.events.find((item) => item.id === withOccasion?.occasionId) ?? datedEvents(suite.facts)[0]!
    const page = await openView(suite.browser, `/timeline?event=${event.id}`)
    await page.getByRole('region', { name: event.title.en }).waitFor()
    await page.locator('svg.recharts-surface').first().waitFor()
    expect(await findA11yViolations(page)).toEqual([])
    if (withOccasion) {
      await page.locator(`a[href="/agreements?agreement=${withOccasion.id}#${withOccasion.id}"]`).click()
      await page.locator(`[id="${withOccasion.id}"][aria-current="true"]`).waitFor()
    }
    expect(pageErrors(page)).toEqual([])
  })

  it('/timeline?event=<an old record id> keeps the notice: the data maps no old ids to occasions', async () => {
    const page = await openView(suite.browser, '/timeline?event=visit-2025-10-1q2w3e4')
    await expect(ignoredNotice(page).textContent()).resolves.toContain('visit-2025-10-1q2w3e4')
  })
})
