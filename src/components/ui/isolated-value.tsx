import { Fragment, type ReactNode } from 'react'

// A private-use character no translation contains: it marks where the value goes in the translated sentence.
const SLOT = '\u{F8FF}'

/**
 * Renders a translated sentence with a user-supplied value (a link parameter, a path) in its own `<bdi>`, so
 * bidirectional-control characters in the value cannot reorder the sentence around it. `sentence` receives the
 * placeholder to interpolate in the value's place; the text read out stays the same.
 */
export function withIsolatedValue(sentence: (slot: string) => string, value: string): ReactNode {
  const parts = sentence(SLOT).split(SLOT)
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index > 0 ? <bdi>{value}</bdi> : null}
      {part}
    </Fragment>
  ))
}
