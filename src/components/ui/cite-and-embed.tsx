import { useTranslation } from 'react-i18next'
import { useHref } from 'react-router'
import { useDataInfo } from '../../data/data-info'
import { toAbsoluteUrl, toEmbedSnippet } from '../../lib/citation'
import { formatPartialDate } from '../../lib/format'
import { useLang } from '../../lib/i18n/use-lang'
import { useOrigin } from '../../lib/use-origin'
import { CopyPanel } from './copy-panel'
import './copy-panel.css'

/** Props of {@link CiteButton}. */
export interface CiteButtonProps {
  title: string
  /** The sources' outlets and dates, already formatted ("AA, 21 Oct 2025; Report, 15 Dec 2025"). */
  sources: string
  /** The in-app permalink of what is cited. */
  to: string
}

/** Shows a citation line to copy: title, Corridor Watch, the sources' outlets and dates, the permalink, the build date. */
export function CiteButton({ title, sources, to }: CiteButtonProps) {
  const { t } = useTranslation()
  const lang = useLang()
  const info = useDataInfo()
  const href = useHref(to)
  const origin = useOrigin()
  const built = info?.builtOn ? formatPartialDate(info.builtOn, lang) : '–'
  const text = t('cite.line', {
    title,
    sources: sources || t('cite.noSources'),
    url: toAbsoluteUrl(href, origin),
    built,
  })
  return (
    <CopyPanel
      summary={t('cite.button')}
      summaryLabel={t('cite.buttonLabel', { title })}
      heading={t('cite.title')}
      text={text}
      copyLabel={t('cite.copy')}
      copiedLabel={t('cite.copied')}
      failedLabel={t('actions.copyFailed')}
    />
  )
}

/** Props of {@link EmbedButton}. */
export interface EmbedButtonProps {
  title: string
  /** The in-app path of the chart's embed view, with the parameters it keeps. */
  to: string
}

/** Shows the iframe snippet that embeds a chart, to copy. */
export function EmbedButton({ title, to }: EmbedButtonProps) {
  const { t } = useTranslation()
  const href = useHref(to)
  const origin = useOrigin()
  const snippet = toEmbedSnippet(toAbsoluteUrl(href, origin), t('embed.frameTitle', { title }))
  return (
    <CopyPanel
      summary={t('embed.button')}
      summaryLabel={t('embed.buttonLabel', { title })}
      heading={t('embed.title')}
      hint={t('embed.hint')}
      text={snippet}
      copyLabel={t('embed.copy')}
      copiedLabel={t('embed.copied')}
      failedLabel={t('actions.copyFailed')}
      code
    />
  )
}
