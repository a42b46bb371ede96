import { act, render } from '@testing-library/react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { usePaintedLater } from '../../src/lib/use-painted-later'

const TEXT = 'Qazaxıstan və Azərbaycan 2030-cu ilədək ticarəti 1 milyard dollara çatdırmağı hədəfləyir.'

/** Renders a heading and, under it, the value as the hook gives it; notes every value a render saw. */
function probe(seen: (string | null)[]) {
  return function Reader({ text }: { text: string }) {
    const later = usePaintedLater(text)
    seen.push(later)
    return (
      <article>
        <h1>Heading</h1>
        {later === null ? <p>loading</p> : <p>{later}</p>}
      </article>
    )
  }
}

describe('usePaintedLater', () => {
  it('renders the page without the value first when the client renders it alone, then with it', async () => {
    const seen: (string | null)[] = []
    const Reader = probe(seen)
    const view = render(<Reader text={TEXT} />)
    await view.findByText(TEXT)
    expect(seen[0]).toBeNull()
    expect(seen.at(-1)).toBe(TEXT)
    expect(view.getByRole('heading', { name: 'Heading' })).toBeVisible()
  })

  it('gives the value at once to the build, and to hydration, which finds the baked text without a mismatch', async () => {
    const seen: (string | null)[] = []
    const Reader = probe(seen)
    const html = renderToString(<Reader text={TEXT} />)
    expect(html).toContain(TEXT)
    expect(html).not.toContain('loading')
    const container = document.createElement('div')
    container.innerHTML = html
    document.body.append(container)
    const errors: unknown[] = []
    seen.length = 0
    await act(async () => {
      hydrateRoot(container, <Reader text={TEXT} />, { onRecoverableError: (error) => errors.push(error) })
    })
    expect(errors).toEqual([])
    expect(seen[0]).toBe(TEXT)
    expect(seen).not.toContain(null)
    expect(container.textContent).toContain(TEXT)
    container.remove()
  })
})
