import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findA11yViolations, launchBrowser, openPage } from './support/browser'

describe('the built app', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser.close()
  })

  it('serves the page and the dataset download it links to', async () => {
    const page = await openPage(browser, '/')
    await expect(page.title()).resolves.toContain('Corridor Watch')
    const response = await page.request.get(new URL('data/dataset.json', page.url()).href)
    expect(response.ok()).toBe(true)
    expect(((await response.json()) as { schemaVersion: number }).schemaVersion).toBe(1)
  })

  it('has no axe violations on the front page', async () => {
    const page = await openPage(browser, '/')
    expect(await findA11yViolations(page)).toEqual([])
  })
})
