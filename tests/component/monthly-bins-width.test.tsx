import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { DRAWN_CHART_SVG } from '../../src/components/ui/chart-island'
import { denseFacts } from '../support/long-lists'
import { renderRoute } from '../support/render-route'

/** A ResizeObserver that reports every observed element at one width, as a browser window of that size would. */
function observeAt(width: number) {
  return class {
    constructor(private readonly report: ResizeObserverCallback) {}
    observe() {
      this.report([{ contentRect: { width } } as ResizeObserverEntry], this as unknown as ResizeObserver)
    }
    unobserve() {}
    disconnect() {}
  }
}

const SLOW = { timeout: 10_000 }

async function drawnGrid(width: number) {
  vi.stubGlobal('ResizeObserver', observeAt(width))
  renderRoute('/timeline', { facts: denseFacts() })
  await screen.findByText(/each circle counts the events of one pair of countries/, {}, SLOW)
  const grid = document.querySelector<SVGSVGElement>(DRAWN_CHART_SVG)!
  const labels = [...grid.querySelectorAll('text')].map((text) => text.textContent)
  return { viewBox: grid.getAttribute('viewBox'), labels }
}

describe('the dense timeline grid at the width it is shown at', () => {
  it("lays out in a phone's pixels and names the lanes by their countries' codes", async () => {
    const { viewBox, labels } = await drawnGrid(360)
    // drawn at 360 pixels, not 960 scaled down to a third (12-pixel text became 4)
    expect(viewBox).toMatch(/^0 0 360 /)
    expect(labels).toEqual(expect.arrayContaining(['AZ–KZ', 'KZ–TM', '2024']))
    expect(labels).not.toContain('Azerbaijan – Kazakhstan')
  })

  it('names the lanes in full where the window is wide', async () => {
    const { viewBox, labels } = await drawnGrid(1100)
    expect(viewBox).toMatch(/^0 0 1100 /)
    expect(labels).toEqual(expect.arrayContaining(['Azerbaijan – Kazakhstan', 'Kazakhstan – Turkmenistan']))
  })
})
