/** The theme the user chose; 'system' follows the operating system. */
export type ThemeChoice = 'system' | 'light' | 'dark'

const STORAGE_KEY = 'corridor-watch:theme'

/** Tells whether a string is a theme choice. */
export function isThemeChoice(value: string | null): value is ThemeChoice {
  return value === 'system' || value === 'light' || value === 'dark'
}

/** Reads the remembered theme, defaulting to the system's. */
export function readStoredTheme(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY)
    return isThemeChoice(stored) ? stored : 'system'
  } catch {
    return 'system'
  }
}

/** Applies a theme to the document and remembers it; 'system' removes the override. */
export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement
  if (choice === 'system') delete root.dataset.theme
  else root.dataset.theme = choice
  try {
    window.localStorage.setItem(STORAGE_KEY, choice)
  } catch {
    // storage may be blocked; the choice then lasts for this page only
  }
}
