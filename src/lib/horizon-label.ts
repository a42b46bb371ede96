import type { Translate } from './doc-type-label'
import type { HorizonTerm } from '../schema/dataset'

/** Labels a horizon term in the interface language: "in the near future", "within 3 years" ("3 il ərzində"). */
export function horizonLabel(term: HorizonTerm, t: Translate): string {
  const years = /^within-(\d+)-years?$/.exec(term)
  return years ? t('horizon.withinYears', { count: Number(years[1]) }) : t(`horizon.${term}`)
}
