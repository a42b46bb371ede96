import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/app'
import { prepareHydration } from './app/hydrate'
import { createAppRouter, createRoutes } from './app/router'
import './app/styles.css'
import { normaliseAddressBarPath } from './lib/collapse-slashes'
import { createLazyI18n } from './lib/i18n/create-lazy-i18n'
import { browserLanguages, pickLanguage, readStoredLanguage } from './lib/i18n/language-preference'
import { createQueryClient } from './lib/query-client'
import { parseSharedSearch } from './lib/shared-search'

const found = document.getElementById('root')
if (!found) throw new Error('index.html has no #root element')
const root: HTMLElement = found

normaliseAddressBarPath(window.location, window.history)
// the theme is already applied: the pre-paint script in index.html does it before the first paint
// pick the language before the first render so a Turkish reader never sees an English flash
const lang = pickLanguage(
  parseSharedSearch(new URLSearchParams(window.location.search)).lang,
  readStoredLanguage(),
  browserLanguages(),
)
document.documentElement.lang = lang

const queryClient = createQueryClient()
const routes = createRoutes(queryClient)

// The pre-paint script (scripts/pre-paint.ts) has decided whether the baked page stands for this address as it is;
// only then is it hydrated. Otherwise, or when its data fails to load, the app renders on its own.
const bakedAsIs =
  document.documentElement.dataset.render === 'baked' && root.hasAttribute('data-baked') && lang === 'en'

async function start(): Promise<void> {
  // English is bundled; Turkish and Azerbaijani strings arrive first (their own chunks), so nothing renders in English
  // for their readers. If they fail to load, the app starts in English and the layout says so, with a retry.
  const i18n = await createLazyI18n(lang)
  document.documentElement.lang = i18n.language
  if (bakedAsIs) {
    try {
      const hydrationData = await prepareHydration(routes, queryClient, window.location)
      hydrateRoot(
        root,
        <StrictMode>
          <App queryClient={queryClient} i18n={i18n} router={createAppRouter(routes, hydrationData)} />
        </StrictMode>,
      )
      return
    } catch {
      // the data did not load: render on the client, where the view shows the error with a retry
    }
  }
  // the baked markup stands for another address or language: drop it before anything can show it
  document.documentElement.dataset.render = 'client'
  root.replaceChildren()
  root.removeAttribute('data-baked')
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} i18n={i18n} router={createAppRouter(routes)} />
    </StrictMode>,
  )
}

void start()
