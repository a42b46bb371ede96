import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ArticleFact } from '../lib/article-facts'
import { useFactName } from './use-fact-name'

/** Props of {@link FactList}. */
export interface FactListProps {
  facts: readonly ArticleFact[]
  focusFact: string | null
  factHref: (factId: string) => string
  linkTo: (path: string) => string
}

/** Lists the facts read from the article, each with a link to its words in the text and one to where it is shown. */
export function FactList({ facts, focusFact, factHref, linkTo }: FactListProps) {
  const { t } = useTranslation()
  const factName = useFactName()
  return (
    <section className="fact-list" aria-labelledby="fact-list-title">
      <h2 id="fact-list-title">{t('sources.factsTitle', { count: facts.length })}</h2>
      <ol>
        {facts.map((fact) => (
          <li key={fact.id} className={fact.id === focusFact ? 'fact-list__item--current' : undefined}>
            <span className={`badge badge--fact-${fact.kind}`}>{t(`sources.kinds.${fact.kind}`)}</span> {factName(fact)}
            {' · '}
            {/* the fact's name follows the visible words, so the accessible name starts with what is seen */}
            <Link to={factHref(fact.id)}>
              {t('sources.showInText')}
              <span className="visually-hidden">: {factName(fact)}</span>
            </Link>
            {' · '}
            <Link to={linkTo(fact.to)}>
              {t(`sources.where.${fact.kind}`)}
              <span className="visually-hidden">: {factName(fact)}</span>
            </Link>
          </li>
        ))}
      </ol>
    </section>
  )
}
