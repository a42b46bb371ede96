import { describe, expect, it } from 'vitest'
import { cellAt, circlePath, type BinGrid } from '../../../../src/features/timeline/components/monthly-bins'

// a plot 300 × 60 at (200, 12): three months of 100 units, two lanes of 30
const grid: BinGrid = {
  left: 200,
  top: 12,
  column: 100,
  row: 30,
  months: ['2024-01', '2024-02', '2024-03'],
  lanes: [{ index: 4 }, { index: -1 }],
}

describe('cellAt: the grid cell under the pointer', () => {
  it.each([
    [250, 20, { lane: 4, month: '2024-01' }],
    [200, 12, { lane: 4, month: '2024-01' }], // the plot's corner belongs to its first cell
    [499, 71, { lane: -1, month: '2024-03' }], // the last unit of the last cell
    [300, 42, { lane: -1, month: '2024-02' }], // a cell's top-left edge is its own
  ])('(%d, %d) is %o', (x, y, cell) => {
    expect(cellAt(grid, x, y)).toEqual(cell)
  })

  it.each([
    [199, 20, 'left of the plot (the lanes’ names)'],
    [250, 11, 'above it'],
    [500, 20, 'right of the last month'],
    [250, 72, 'below the last lane (the years’ axis)'],
  ])('(%d, %d) is no cell: %s', (x, y) => {
    expect(cellAt(grid, x, y)).toBeNull()
  })
})

describe('circlePath: a circle as two arcs, so that a lane draws all its circles in one path', () => {
  it('starts at the circle’s left edge and spans its diameter twice, to two decimals', () => {
    expect(circlePath(10, 20, 5)).toBe('M5 20a5 5 0 1 0 10 0a5 5 0 1 0 -10 0')
    expect(circlePath(1 / 3, 2 / 3, 1 / 7)).toBe('M0.19 0.67a0.14 0.14 0 1 0 0.29 0a0.14 0.14 0 1 0 -0.29 0')
  })
})
