import type { en } from './locales/en'

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }

/** Describes the interface strings: every language must give each English key. */
export type Messages = Shape<typeof en>
