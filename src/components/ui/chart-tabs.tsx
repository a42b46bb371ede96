import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'

/** Which face of a chart is shown: the drawing or its data table. */
export type ChartTab = 'chart' | 'table'

/** Props of {@link ChartTabs}. */
export interface ChartTabsProps {
  idPrefix: string
  title: string
  tab: ChartTab
  onTabChange: (tab: ChartTab) => void
}

const TABS: readonly ChartTab[] = ['chart', 'table']

/** Renders the Chart | Table tab list with arrow-key movement, as the WAI-ARIA tabs pattern describes. */
export function ChartTabs({ idPrefix, title, tab, onTabChange }: ChartTabsProps) {
  const { t } = useTranslation()
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return
    event.preventDefault()
    const next = tab === 'chart' ? 'table' : 'chart'
    onTabChange(next)
    document.getElementById(`${idPrefix}-tab-${next}`)?.focus()
  }
  return (
    <div className="chart-tabs" role="tablist" aria-label={t('chart.tabs', { title })}>
      {TABS.map((value) => (
        <button
          key={value}
          id={`${idPrefix}-tab-${value}`}
          type="button"
          role="tab"
          aria-selected={tab === value}
          aria-controls={`${idPrefix}-panel`}
          tabIndex={tab === value ? 0 : -1}
          onClick={() => onTabChange(value)}
          onKeyDown={onKeyDown}
        >
          {value === 'chart' ? t('chart.tabChart') : t('chart.tabTable')}
        </button>
      ))}
    </div>
  )
}
