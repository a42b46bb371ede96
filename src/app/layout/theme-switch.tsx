import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useHydrated } from '../../components/ui/chart-island'
import { applyTheme, isThemeChoice, readStoredTheme, type ThemeChoice } from '../../lib/theme'

/** Lets the reader pick light, dark or the system theme; the choice is remembered on this device. */
export function ThemeSwitch() {
  const { t } = useTranslation()
  const hydrated = useHydrated()
  const [picked, setChoice] = useState<ThemeChoice | null>(null)
  // a baked page shows the default until it hydrates (the pre-paint script has already applied the stored theme)
  const choice = picked ?? (hydrated ? readStoredTheme() : 'system')
  const id = useId()
  return (
    <span className="setting">
      <label htmlFor={id}>{t('settings.theme')}</label>
      <select
        id={id}
        value={choice}
        onChange={(event) => {
          const next = event.target.value
          if (!isThemeChoice(next)) return
          applyTheme(next)
          setChoice(next)
        }}
      >
        <option value="system">{t('settings.themeSystem')}</option>
        <option value="light">{t('settings.themeLight')}</option>
        <option value="dark">{t('settings.themeDark')}</option>
      </select>
    </span>
  )
}
