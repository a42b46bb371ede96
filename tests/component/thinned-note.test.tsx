import { render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { TranslationProvider } from '../../src/lib/i18n/translation-context'
import { describe, expect, it } from 'vitest'
import { ThinnedNote } from '../../src/components/ui/thinned-note'
import { createI18n } from '../../src/lib/i18n/create-i18n'

const thinned = {
  'container-traffic': { shown: 120, total: 27_231 },
  'trade-turnover': { shown: 80, total: 15_835 },
}

describe('ThinnedNote', () => {
  it('says how many of the corpus’s figures the bars show, summed over the metrics on screen', () => {
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <TranslationProvider>
          <ThinnedNote thinned={thinned} />
        </TranslationProvider>
      </I18nextProvider>,
    )
    expect(screen.getByRole('note')).toHaveTextContent(
      'For each period and kind of figure, the charts show at most the 4 best-sourced: 200 of the 43,066 figures here. Search finds the others.',
    )
  })

  it('counts only the metric the page shows, in the reader’s language', () => {
    render(
      <I18nextProvider i18n={createI18n('tr')}>
        <TranslationProvider>
          <ThinnedNote thinned={thinned} metrics={['trade-turnover']} />
        </TranslationProvider>
      </I18nextProvider>,
    )
    expect(screen.getByRole('note')).toHaveTextContent('buradaki 15.835 rakamdan 80 tanesi')
  })

  it('says nothing when the file left nothing out', () => {
    const { container } = render(
      <I18nextProvider i18n={createI18n('en')}>
        <TranslationProvider>
          <ThinnedNote thinned={undefined} />
        </TranslationProvider>
      </I18nextProvider>,
    )
    expect(container).toBeEmptyDOMElement()
  })
})
