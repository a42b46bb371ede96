import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import './app/styles.css'
import { normaliseAddressBarPath } from './lib/collapse-slashes'
import { createI18n } from './lib/i18n/create-i18n'
import { browserLanguages, pickLanguage, readStoredLanguage } from './lib/i18n/language-preference'
import { createQueryClient } from './lib/query-client'
import { parseSharedSearch } from './lib/shared-search'
import { applyTheme, readStoredTheme } from './lib/theme'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

normaliseAddressBarPath(window.location, window.history)
applyTheme(readStoredTheme())
// pick the language before the first render so a Turkish reader never sees an English flash
const lang = pickLanguage(
  parseSharedSearch(new URLSearchParams(window.location.search)).lang,
  readStoredLanguage(),
  browserLanguages(),
)
document.documentElement.lang = lang

createRoot(root).render(
  <StrictMode>
    <App queryClient={createQueryClient()} i18n={createI18n(lang)} />
  </StrictMode>,
)
