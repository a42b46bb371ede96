import { TargetsPage } from '../../features/targets/components/targets-page'

/** Route `/targets` and `/targets/:metric`. */
export function TargetsRoute() {
  return <TargetsPage />
}
