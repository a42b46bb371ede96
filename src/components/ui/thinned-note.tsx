import { useTranslation } from 'react-i18next'
import { useLang } from '../../lib/i18n/use-lang'
import { FIGURES_PER_BAR, type Thinned } from '../../schema/view-files'

/** Props of {@link ThinnedNote}. */
export interface ThinnedNoteProps {
  /** What the view file left out, per metric (absent when it left nothing out). */
  thinned: Readonly<Record<string, Thinned>> | undefined
  /** The metrics the view shows; all of them when undefined. */
  metrics?: readonly string[]
}

/** Says that a chart's bars show a selection of a large corpus's figures, and how many, so no reader takes it for all. */
export function ThinnedNote({ thinned, metrics }: ThinnedNoteProps) {
  const { t } = useTranslation()
  const lang = useLang()
  const entries = Object.entries(thinned ?? {}).filter(([metric]) => metrics === undefined || metrics.includes(metric))
  if (entries.length === 0) return null
  const sum = (pick: (item: Thinned) => number) => entries.reduce((total, [, item]) => total + pick(item), 0)
  const format = (value: number) => new Intl.NumberFormat(lang).format(value)
  return (
    <p className="thinned-note" role="note">
      {t('targets.thinned', {
        per: FIGURES_PER_BAR,
        shown: format(sum((item) => item.shown)),
        total: format(sum((item) => item.total)),
      })}
    </p>
  )
}
