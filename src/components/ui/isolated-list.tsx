import { Fragment } from 'react'

/** Props of {@link IsolatedList}. */
export interface IsolatedListProps {
  items: readonly string[]
  separator?: string
}

/**
 * Joins names taken from the articles with commas, each in its own `<bdi>`: a bidirectional-control character in one
 * name (or a right-to-left name) then cannot reorder its neighbours or the separators.
 */
export function IsolatedList({ items, separator = ', ' }: IsolatedListProps) {
  return (
    <>
      {items.map((item, index) => (
        <Fragment key={index}>
          {index > 0 ? separator : null}
          <bdi>{item}</bdi>
        </Fragment>
      ))}
    </>
  )
}
