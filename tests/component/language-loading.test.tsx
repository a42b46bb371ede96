import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLazyI18n } from '../../src/lib/i18n/create-lazy-i18n'
import { createLocaleLoader, loadLocale } from '../../src/lib/i18n/locale-loader'
import { en } from '../../src/lib/i18n/locales/en'
import { loadFacts } from '../support/builders'
import { renderRoute } from '../support/render-route'

// every key path of the English strings ("nav.overview", "settings.language", …): none may ever show as text
const KEYS = (function paths(tree: object, prefix: string): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : paths(value as object, `${prefix}${key}.`),
  )
})(en, '')

// records every raw key that appears in the page's text while the test runs
let rawKeysSeen: Set<string>
let observer: MutationObserver
beforeEach(() => {
  rawKeysSeen = new Set()
  observer = new MutationObserver(() => {
    const text = document.body.textContent
    for (const key of KEYS) if (text.includes(key)) rawKeysSeen.add(key)
  })
  observer.observe(document.body, { subtree: true, childList: true, characterData: true })
})
afterEach(() => observer.disconnect())

describe('interface languages loaded on demand', () => {
  it.each([
    ['tr', 'Kaynaklar', 'Genel bakış'],
    ['az', 'Mənbələr', 'İcmal'],
  ] as const)('switches to %s through the language select once its strings arrive', async (lang, heading, nav) => {
    const i18n = await createLazyI18n('en')
    expect(i18n.hasResourceBundle(lang, 'translation')).toBe(false)
    const { router } = renderRoute('/sources', { facts: loadFacts(), i18n })
    expect(await screen.findByRole('heading', { level: 1, name: 'Sources' })).toBeInTheDocument()

    const select = screen.getByRole('combobox', { name: 'Language' })
    await userEvent.selectOptions(select, lang)
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: nav })).toHaveAttribute('href', `/?lang=${lang}`)
    expect(select).toHaveValue(lang)
    expect(router.state.location.search).toBe(`?lang=${lang}`)
    expect(document.documentElement.lang).toBe(lang)
    expect([...rawKeysSeen]).toEqual([])
  })

  it('stays in English with a notice when the strings fail to load, and tries again on Retry or a new pick', async () => {
    let failures = 2
    let release = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    const load = createLocaleLoader({
      tr: () => loadLocale('tr'),
      az: () => (failures-- > 0 ? Promise.reject(new Error('offline')) : gate.then(() => loadLocale('az'))),
    })
    renderRoute('/sources', { facts: loadFacts(), i18n: await createLazyI18n('en', load) })
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), 'az')

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Azərbaycanca could not be loaded. The interface stays in English.')
    expect(screen.getByRole('heading', { level: 1, name: 'Sources' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('en')

    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Azərbaycanca could not be loaded.')
    expect(failures).toBe(0) // the retry did import again

    const select = screen.getByRole('combobox', { name: 'Language' })
    await userEvent.selectOptions(select, 'az')
    // while the strings load, the select shows the pick, a status says so, and the page stays in English
    expect(await screen.findByText('Loading Azərbaycanca…')).toHaveAttribute('role', 'status')
    expect(select).toHaveValue('az')
    expect(screen.getByRole('heading', { level: 1, name: 'Sources' })).toBeInTheDocument()
    release()
    expect(await screen.findByRole('heading', { level: 1, name: 'Mənbələr' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect([...rawKeysSeen]).toEqual([])
  })
})
