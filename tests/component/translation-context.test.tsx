import { act, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import { createI18n } from '../../src/lib/i18n/create-i18n'
import { useCachedTranslate, useLabelTranslate } from '../../src/lib/i18n/cached-translate'
import { TranslationProvider } from '../../src/lib/i18n/translation-context'
import { useLang } from '../../src/lib/i18n/use-lang'

function Labels({ counts }: { counts: number[] }) {
  const t = useCachedTranslate()
  const label = useLabelTranslate()
  const lang = useLang()
  return (
    <ul>
      <li>{lang}</li>
      <li>{t('agreements.packageTitleUncounted')}</li>
      {counts.map((count) => (
        <li key={count}>{label('agreements.packageTitle', { count })}</li>
      ))}
    </ul>
  )
}

const texts = () => screen.getAllByRole('listitem').map((item) => item.textContent)

describe('TranslationProvider', () => {
  it('gives every reader the language and its labels, each set of values interpolated on its own', () => {
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <TranslationProvider>
          <Labels counts={[1, 3, 1]} />
        </TranslationProvider>
      </I18nextProvider>,
    )
    expect(texts()).toEqual([
      'en',
      'Package of agreements',
      'Package of 1 agreement',
      'Package of 3 agreements',
      'Package of 1 agreement',
    ])
  })

  it('re-renders its readers in the new language when the language changes, cached labels included', async () => {
    const i18n = createI18n('en')
    render(
      <I18nextProvider i18n={i18n}>
        <TranslationProvider>
          <Labels counts={[3]} />
        </TranslationProvider>
      </I18nextProvider>,
    )
    const english = texts()
    await act(() => i18n.changeLanguage('tr'))
    expect(texts()[0]).toBe('tr')
    expect(texts()[1]).toBe(i18n.getFixedT('tr')('agreements.packageTitleUncounted'))
    expect(texts()[2]).toBe(i18n.getFixedT('tr')('agreements.packageTitle', { count: 3 }))
    expect(texts().slice(1)).not.toEqual(english.slice(1))
  })

  it('says what is missing when a reader renders outside it', () => {
    expect(() => render(<Labels counts={[]} />)).toThrow(/TranslationProvider/)
  })
})
