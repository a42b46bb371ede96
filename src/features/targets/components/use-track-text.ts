import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { formatCountryList, formatPartialDate } from '../../../lib/format'
import { useFigureFormat } from '../../../lib/use-figure-format'
import type { Timing } from '../lib/to-target-history'
import type { TargetTrack } from '../lib/to-target-tracks'
import { horizonLabel } from '../../../lib/horizon-label'

/** Returns the words a target track is shown with: its countries, its timing, its heading, its progress line. */
export function useTrackText() {
  const { t } = useTranslation()
  const format = useFigureFormat()
  const { lang } = format

  const countries = useCallback(
    (codes: readonly string[]) => (codes.length === 0 ? t('tracks.allCountries') : formatCountryList(codes, lang)),
    [lang, t],
  )

  const timing = useCallback(
    (value: Timing) => {
      if (value.type === 'deadline') return t('figure.by', { date: formatPartialDate(value.date, lang) })
      if (value.type === 'horizon') {
        return value.term ? horizonLabel(value.term, t) : t('figure.horizon', { text: value.words })
      }
      return t('figure.noDeadline')
    },
    [lang, t],
  )

  const heading = useCallback(
    (track: TargetTrack) =>
      t('tracks.heading', {
        countries: countries(track.countries),
        value: format.figureValue(track.current.figure),
        when: timing(track.current.timing),
      }),
    [countries, format, t, timing],
  )

  const share = useCallback(
    (ratio: number) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(ratio),
    [lang],
  )

  const progress = useCallback(
    (track: TargetTrack) => {
      const { progress: measured } = track
      if (!measured) return null
      const values = {
        achieved: format.figureValue(measured.achieved),
        target: format.value(measured.target, track.unit),
        share: share(measured.share),
        year: measured.asOf ?? '',
      }
      return measured.asOf === null ? t('tracks.progressUndated', values) : t('tracks.progress', values)
    },
    [format, share, t],
  )

  return { countries, timing, heading, progress, share }
}
