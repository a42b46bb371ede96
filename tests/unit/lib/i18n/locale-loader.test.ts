import { describe, expect, it, vi } from 'vitest'
import { createLazyI18n } from '../../../../src/lib/i18n/create-lazy-i18n'
import { languageChangerFor } from '../../../../src/lib/i18n/language-changer'
import { createLocaleLoader, loadLocale, type LocaleLoader } from '../../../../src/lib/i18n/locale-loader'
import { en } from '../../../../src/lib/i18n/locales/en'
import { tr } from '../../../../src/lib/i18n/locales/tr'
import type { Messages } from '../../../../src/lib/i18n/messages'

// a loader whose tr import fails `failures` times, then gives the Turkish strings
function flakyImporters(failures: number) {
  let left = failures
  const tr = vi.fn(async (): Promise<Messages> => {
    if (left-- > 0) throw new Error('network down')
    return (await import('../../../../src/lib/i18n/locales/tr')).tr
  })
  const az = vi.fn(async (): Promise<Messages> => (await import('../../../../src/lib/i18n/locales/az')).az)
  return { tr, az }
}

describe('createLocaleLoader', () => {
  it('imports a language once and shares the result with every caller', async () => {
    const importers = flakyImporters(0)
    const load = createLocaleLoader(importers)
    const [first, second] = await Promise.all([load('tr'), load('tr')])
    expect(await load('tr')).toBe(first)
    expect(second).toBe(first)
    expect(first.nav.overview).toBe('Genel bakış')
    expect(importers.tr).toHaveBeenCalledTimes(1)
    expect(importers.az).not.toHaveBeenCalled()
  })

  it('forgets a failed import, so the next call tries again', async () => {
    const importers = flakyImporters(1)
    const load = createLocaleLoader(importers)
    await expect(load('tr')).rejects.toThrow('network down')
    expect((await load('tr')).nav.overview).toBe('Genel bakış')
    expect(importers.tr).toHaveBeenCalledTimes(2)
  })

  it('loads the real Turkish and Azerbaijani modules', async () => {
    expect(await loadLocale('tr')).toBe(tr)
    expect((await loadLocale('az')).nav.overview).toBe('İcmal')
  })
})

describe('createLazyI18n and its language changer', () => {
  it('bundles English only and is ready in it at once', async () => {
    const load = vi.fn<LocaleLoader>()
    const i18n = await createLazyI18n('en', load)
    expect(i18n.language).toBe('en')
    expect(i18n.t('nav.overview')).toBe(en.nav.overview)
    expect(i18n.hasResourceBundle('tr', 'translation')).toBe(false)
    expect(load).not.toHaveBeenCalled()
  })

  it('resolves only once the reader’s language has arrived', async () => {
    const i18n = await createLazyI18n('tr', createLocaleLoader(flakyImporters(0)))
    expect(i18n.language).toBe('tr')
    expect(i18n.t('nav.overview')).toBe('Genel bakış')
  })

  it('starts in English with the failure held when the strings do not load, and switches on the retry', async () => {
    const importers = flakyImporters(1)
    const i18n = await createLazyI18n('tr', createLocaleLoader(importers))
    const changer = languageChangerFor(i18n)
    expect(i18n.language).toBe('en')
    expect(changer.getState()).toEqual({ lang: 'tr', status: 'failed' })

    const seen: unknown[] = []
    changer.subscribe(() => seen.push(changer.getState()))
    expect(await changer.change('tr')).toBe(true)
    expect(seen).toEqual([{ lang: 'tr', status: 'loading' }, null])
    expect(i18n.language).toBe('tr')
    expect(i18n.t('nav.overview')).toBe('Genel bakış')
    expect(importers.tr).toHaveBeenCalledTimes(2)
  })

  it('keeps the current language until the strings are there, and drops a switch the reader overtook', async () => {
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    const load = createLocaleLoader({
      tr: async () => {
        await gate
        return tr
      },
      az: async () => (await import('../../../../src/lib/i18n/locales/az')).az,
    })
    const i18n = await createLazyI18n('en', load)
    const changer = languageChangerFor(i18n)
    const toTurkish = changer.change('tr')
    expect(changer.getState()).toEqual({ lang: 'tr', status: 'loading' })
    expect(i18n.language).toBe('en') // no raw keys meanwhile: the English strings stay
    const toAzerbaijani = changer.change('az')
    release()
    expect(await toTurkish).toBe(false)
    expect(await toAzerbaijani).toBe(true)
    expect(i18n.language).toBe('az')
    expect(changer.getState()).toBeNull()
  })
})
