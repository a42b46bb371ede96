import { SourcesPage } from '../../features/sources/components/sources-page'

/** Route `/sources` and `/sources/:articleId`. */
export function SourcesRoute() {
  return <SourcesPage />
}
