import { useTranslation } from 'react-i18next'
import { formatCountryName } from '../../lib/format'
import { useLang } from '../../lib/i18n/use-lang'
import { SECTORS, type Sector } from '../../schema/dataset'

/** Props of {@link FilterBar}. */
export interface FilterBarProps {
  /** Sectors present in the data; selected ones are always offered so they can be unticked. */
  sectors: readonly Sector[]
  countries: readonly string[]
  selectedSectors: readonly Sector[]
  selectedCountries: readonly string[]
  onChange: (next: { sectors: Sector[]; countries: string[] }) => void
  /**
   * Told what a box would select when it is hovered or focused, before it is clicked: the view loads that filter's
   * files ahead, so the click finds them at hand.
   */
  onPreview?: (next: { sectors: Sector[]; countries: string[] }) => void
}

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((other) => other !== item) : [...list, item]
}

/** The handlers that tell `onPreview` what a box would select, on pointer entry and on focus (which bubbles from the box). */
function preview<T>(onPreview: ((next: T) => void) | undefined, next: () => T) {
  if (!onPreview) return {}
  return { onPointerEnter: () => onPreview(next()), onFocus: () => onPreview(next()) }
}

/** Offers sector and country checkboxes; the parent keeps the selection in the URL. */
export function FilterBar(props: FilterBarProps) {
  const { sectors, countries, selectedSectors, selectedCountries, onChange, onPreview } = props
  const { t } = useTranslation()
  const lang = useLang()
  const sectorOptions = SECTORS.filter((sector) => sectors.includes(sector) || selectedSectors.includes(sector))
  const countryOptions = [...new Set([...countries, ...selectedCountries])].sort((a, b) =>
    formatCountryName(a, lang).localeCompare(formatCountryName(b, lang), lang),
  )
  const activeCount = selectedSectors.length + selectedCountries.length
  const toggledSector = (sector: Sector) => ({
    sectors: toggle(selectedSectors, sector),
    countries: [...selectedCountries],
  })
  const toggledCountry = (country: string) => ({
    sectors: [...selectedSectors],
    countries: toggle(selectedCountries, country),
  })
  return (
    <section className="filter-bar" aria-label={t('filters.title')}>
      {sectorOptions.length > 0 ? (
        <fieldset>
          <legend>{t('filters.sector')}</legend>
          {sectorOptions.map((sector) => (
            <label key={sector} className="chip" {...preview(onPreview, () => toggledSector(sector))}>
              <input
                type="checkbox"
                checked={selectedSectors.includes(sector)}
                onChange={() => onChange(toggledSector(sector))}
              />
              {t(`sector.${sector}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <fieldset>
        <legend>{t('filters.country')}</legend>
        {countryOptions.map((country) => (
          <label key={country} className="chip" {...preview(onPreview, () => toggledCountry(country))}>
            <input
              type="checkbox"
              checked={selectedCountries.includes(country)}
              onChange={() => onChange(toggledCountry(country))}
            />
            {formatCountryName(country, lang)}
          </label>
        ))}
      </fieldset>
      {activeCount > 0 ? (
        <button type="button" className="button button--quiet" onClick={() => onChange({ sectors: [], countries: [] })}>
          {t('actions.clearFilters')}
        </button>
      ) : null}
    </section>
  )
}
