import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/ui/empty-state'
import { FactsGate } from '../../../components/ui/facts-gate'
import { useAgreementsSearch } from '../use-agreements-search'
import { AgreementsCoverage, COVERAGE_CHART_ID } from './agreements-coverage'
import './agreements.css'

/** Draws the agreements view's sector coverage chart alone, for an embed, with the filters and tab of its link. */
export function AgreementsChartEmbed({ chartId }: { chartId: string }) {
  const { t } = useTranslation()
  const [search, updateSearch] = useAgreementsSearch()
  if (chartId !== COVERAGE_CHART_ID)
    return <EmptyState title={t('embed.unknownChart', { id: `agreements/${chartId}` })} />
  return (
    <FactsGate view="agreements">
      {(facts) => (
        <AgreementsCoverage
          facts={facts}
          tab={search.tab}
          onTabChange={(tab) => updateSearch({ tab })}
          empty={<EmptyState title={t('agreements.filteredTitle')} />}
        />
      )}
    </FactsGate>
  )
}
