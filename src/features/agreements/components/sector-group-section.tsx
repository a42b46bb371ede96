import { useTranslation } from 'react-i18next'
import { useLang } from '../../../lib/i18n/use-lang'
import type { Agreement, ArticleMeta } from '../../../schema/dataset'
import { AgreementCard } from './agreement-card'
import { describeAgreement } from './describe-agreement'

/** Props of {@link SectorGroupSection}. */
export interface SectorGroupSectionProps {
  /** A sector slug, or 'none' for records that name no sector. */
  id: string
  heading: string
  agreements: readonly Agreement[]
  articlesById: ReadonlyMap<string, ArticleMeta>
}

/** Shows the records filed under one sector: a sentence saying what covers it, then one card per record. */
export function SectorGroupSection({ id, heading, agreements, articlesById }: SectorGroupSectionProps) {
  const { t } = useTranslation()
  const lang = useLang()
  const headingId = `sector-group-${id}`
  const items = new Intl.ListFormat(lang, { type: 'conjunction' }).format(
    agreements.map((agreement) => describeAgreement(agreement, t)),
  )
  return (
    <section className="sector-group" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {heading} <span className="sector-group__count">({agreements.length})</span>
      </h2>
      <p className="sector-group__summary">
        {t('agreements.coverage', { count: agreements.length, sector: heading, items })}
      </p>
      <div className="agreement-grid">
        {agreements.map((agreement) => (
          <AgreementCard key={agreement.id} agreement={agreement} articlesById={articlesById} idSuffix={id} />
        ))}
      </div>
    </section>
  )
}
