import { SearchPage } from '../../features/search/components/search-page'

/** Route `/search?q=…`. */
export function SearchRoute() {
  return <SearchPage />
}
