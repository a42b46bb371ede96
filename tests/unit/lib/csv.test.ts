import { describe, expect, it } from 'vitest'
import { toCsv } from '../../../src/lib/csv'

describe('toCsv(header, rows)', () => {
  it('quotes cells with commas, quotes and line breaks, and leaves nulls empty', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x, y', 'say "hi"'],
          [4500000, null],
          ['line\nbreak', 'ş'],
        ],
      ),
    ).toBe('a,b\r\n"x, y","say ""hi"""\r\n4500000,\r\n"line\nbreak",ş\r\n')
  })
})
