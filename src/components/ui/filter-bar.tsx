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
}

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((other) => other !== item) : [...list, item]
}

/** Offers sector and country checkboxes; the parent keeps the selection in the URL. */
export function FilterBar({ sectors, countries, selectedSectors, selectedCountries, onChange }: FilterBarProps) {
  const { t } = useTranslation()
  const lang = useLang()
  const sectorOptions = SECTORS.filter((sector) => sectors.includes(sector) || selectedSectors.includes(sector))
  const countryOptions = [...new Set([...countries, ...selectedCountries])].sort((a, b) =>
    formatCountryName(a, lang).localeCompare(formatCountryName(b, lang), lang),
  )
  const activeCount = selectedSectors.length + selectedCountries.length
  return (
    <section className="filter-bar" aria-label={t('filters.title')}>
      {sectorOptions.length > 0 ? (
        <fieldset>
          <legend>{t('filters.sector')}</legend>
          {sectorOptions.map((sector) => (
            <label key={sector} className="chip">
              <input
                type="checkbox"
                checked={selectedSectors.includes(sector)}
                onChange={() =>
                  onChange({ sectors: toggle(selectedSectors, sector), countries: [...selectedCountries] })
                }
              />
              {t(`sector.${sector}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <fieldset>
        <legend>{t('filters.country')}</legend>
        {countryOptions.map((country) => (
          <label key={country} className="chip">
            <input
              type="checkbox"
              checked={selectedCountries.includes(country)}
              onChange={() =>
                onChange({ sectors: [...selectedSectors], countries: toggle(selectedCountries, country) })
              }
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
