import { OverviewPage } from '../../features/overview/components/overview-page'
import { TargetChartList } from '../../features/targets/components/target-chart-list'

/** Route `/`: the overview, with the targets feature's charts composed in. */
export function OverviewRoute() {
  return <OverviewPage charts={<TargetChartList />} />
}
