import { describe, expect, it } from 'vitest'
import { binLaneColorVar } from '../../../../src/features/timeline/components/monthly-bins'
import { laneLegend } from '../../../../src/features/timeline/components/timeline-chart'
import { OTHER_LANE } from '../../../../src/features/timeline/lib/binned-timeline'

const lanes = (count: number) => Array.from({ length: count }, (_, index) => ({ key: `lane-${index}`, index }))
const name = (lane: { index: number }) => `Lane ${lane.index}`

describe('laneLegend(lanes, name, colorVarOf)', () => {
  it('names each lane with its own colour while the palette lasts', () => {
    const legend = laneLegend(lanes(6), name)
    expect(legend.map((item) => [item.label, item.colorVar])).toEqual([
      ['Lane 0', '--timeline-lane-0'],
      ['Lane 1', '--timeline-lane-1'],
      ['Lane 2', '--timeline-lane-2'],
      ['Lane 3', '--timeline-lane-3'],
      ['Lane 4', '--timeline-lane-4'],
      ['Lane 5', '--timeline-lane-5'],
    ])
  })

  it('leaves the lanes out once colours repeat: a swatch would stand for several lanes', () => {
    expect(laneLegend(lanes(7), name)).toEqual([])
  })

  it('counts the grid’s lane of other countries, drawn in its own grey, as a colour of its own', () => {
    const grid = [...lanes(6), { key: 'other', index: OTHER_LANE }]
    expect(laneLegend(grid, name, binLaneColorVar).map((item) => item.colorVar)).toEqual([
      '--timeline-lane-0',
      '--timeline-lane-1',
      '--timeline-lane-2',
      '--timeline-lane-3',
      '--timeline-lane-4',
      '--timeline-lane-5',
      '--fg-muted',
    ])
    expect(laneLegend([...lanes(7), { key: 'other', index: OTHER_LANE }], name, binLaneColorVar)).toEqual([])
  })
})
