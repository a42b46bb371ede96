import { describe, expect, it } from 'vitest'
import { en, useBrowserSuite } from './support/app'
import { findA11yViolations, openView, pageErrors, waitForView } from './support/browser'

describe('search', () => {
  const suite = useBrowserSuite()

  it('finds a Turkish word typed in another case without its diacritics, and leads to its sentence marked', async () => {
    const page = await openView(suite.browser, '/')
    // the seeds write "Türkmenistan"; the query has neither its case nor its ü
    await page.getByRole('searchbox', { name: en.search.headerLabel }).fill('TURKMENISTAN')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: en.search.title }).waitFor()
    await page.waitForURL(/\/search\?q=TURKMENISTAN$/)
    await page.getByRole('status').filter({ hasText: 'results for “TURKMENISTAN”' }).waitFor()
    expect(await findA11yViolations(page)).toEqual([])

    const articles = page.getByRole('region', { name: /^Articles/ })
    const sentence = articles.locator('a[href*="?sentence="]').first()
    const snippet = await sentence.locator('xpath=../p').innerText()
    expect(snippet).toMatch(/Türkmenistan/)
    await sentence.focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/sources\/[^?]+\?sentence=\d+-\d+$/)
    await waitForView(page)
    const marked = page.locator('mark.highlight--sentence[tabindex="-1"]')
    await expect(marked.evaluate((element) => element === document.activeElement)).resolves.toBe(true)
    const text = await page.locator('.highlight--sentence').allInnerTexts()
    expect(text.join('')).toContain('Türkmenistan')
    expect(snippet.replace(/…$/, '').startsWith(text.join('').slice(0, 40))).toBe(true)
    expect(await findA11yViolations(page)).toEqual([])
    expect(pageErrors(page)).toEqual([])
  })
})
