import { describe, expect, it } from 'vitest'
import { buildExportSvg } from '../../src/components/ui/chart-export'

// The downloaded SVG and PNG carry the legend the page shows, drawn in SVG: each swatch, and a sign where the
// legend explains one (a disputed value's "≠").

function chartSvg(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg')
  svg.innerHTML = '<rect x="0" y="0" width="10" height="10"></rect>'
  document.body.append(svg)
  return svg
}

describe('buildExportSvg(chart, meta)', () => {
  it('draws each legend entry with its label: a swatch, or the sign it explains', () => {
    const { svg } = buildExportSvg(chartSvg(), {
      title: 'Bilateral trade turnover',
      sourceLine: 'Source: Trend, Oct 21, 2025. Corridor Watch.',
      legend: [
        { key: 'achieved', label: 'Achieved (stated)', colorVar: '--series-achieved' },
        { key: 'disputed', label: 'Another source states a different value', colorVar: '--fg', mark: '≠' },
      ],
    })
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
    const texts = [...doc.documentElement.querySelectorAll(':scope > text')].map((text) => text.textContent)
    expect(texts).toEqual([
      'Bilateral trade turnover',
      'Achieved (stated)',
      '≠',
      'Another source states a different value',
      'Source: Trend, Oct 21, 2025. Corridor Watch.',
    ])
    // one swatch for the achieved entry; the sign stands in for the other's
    expect(doc.documentElement.querySelectorAll(':scope > rect:not([width="100%"])')).toHaveLength(1)
  })
})
