import { AgreementsPage } from '../../features/agreements/components/agreements-page'

/** Route `/agreements`. */
export function AgreementsRoute() {
  return <AgreementsPage />
}
