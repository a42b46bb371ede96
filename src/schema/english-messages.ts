import * as z from 'zod/mini'
import en from 'zod/v4/locales/en.js'

// zod/mini, which the shared schemas are written in, ships no message texts: without a locale every issue reads
// "Invalid input". Node code that reports schema issues to a person (the pipeline, the page baker) imports this module
// for its effect, to word them in English as classic zod does. The browser loads the same messages lazily, only when
// a data file fails validation (src/data/fetch-json.ts), so they stay out of the first chunk.
z.config(en())
