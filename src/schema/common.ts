import * as z from 'zod/mini'

// zod probes for eval (`new Function`) when the first object schema is built, to compile faster parsers. The built
// dashboard's Content-Security-Policy forbids eval, so in a browser the probe would log a violation on every page:
// parse without it there. It must run before any object schema is built, so every schema module imports this one
// first; Node (the pipeline) keeps the faster parsers.
if (typeof window !== 'undefined') z.config({ jitless: true })

// Building blocks the schemas share, in zod/mini's functional form (`z.string().min(1)` in classic zod).

/** A string of at least one character. */
export const nonEmpty = () => z.string().check(z.minLength(1))

/** A whole number, zero or more: an offset into a text, or a count. */
export const wholeNonNegative = () => z.number().check(z.int(), z.nonnegative())
