import { render } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import CoverageBars from '../../src/features/agreements/components/sector-coverage-bars'
import type { CoverageRow } from '../../src/features/agreements/components/sector-coverage-chart'
import { createI18n } from '../../src/lib/i18n/create-i18n'
import type { Lang } from '../../src/lib/langs'
import { TranslationProvider } from '../../src/lib/i18n/translation-context'

const rows: CoverageRow[] = [
  { sector: 'energy', name: 'Energy', documents: 24_869, items: '' },
  { sector: 'transport', name: 'Transport', documents: 40_524, items: '' },
]

/** The chart's texts (ticks and bar labels), drawn at a fixed size as the build draws it. */
function chartTexts(lang: Lang): string[] {
  const { container } = render(
    <I18nextProvider i18n={createI18n(lang)}>
      <TranslationProvider>
        <CoverageBars rows={rows} title="Agreements by sector" barName="Documents" width={640} height={160} />
      </TranslationProvider>
    </I18nextProvider>,
  )
  return [...container.querySelectorAll('svg text')].map((text) => text.textContent ?? '')
}

describe('CoverageBars', () => {
  it('writes its counts with digits grouped as the interface language does, labels and ticks alike', () => {
    expect(chartTexts('en')).toEqual(expect.arrayContaining(['24,869', '40,524']))
    expect(chartTexts('en')).not.toContain('40524')
    expect(chartTexts('tr')).toEqual(expect.arrayContaining(['24.869', '40.524']))
  })
})
