import { describe, expect, it } from 'vitest'
import { neutraliseFormula, toCsv, type CsvCell } from '../../../src/lib/csv'

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

describe('neutraliseFormula(cell)', () => {
  it.each<[string, CsvCell, CsvCell]>([
    ['leaves plain text alone', 'Trade turnover', 'Trade turnover'],
    ['leaves an empty cell alone', '', ''],
    ['leaves a null alone', null, null],
    ['leaves a negative number alone', -12.5, -12.5],
    ['leaves a negative number written as text alone', '-12.5', '-12.5'],
    ['leaves a signed integer as text alone', '+3', '+3'],
    ['leaves a number in exponent form alone', '-1.5e9', '-1.5e9'],
    ['leaves a formula-like character inside the text alone', 'a=b+c', 'a=b+c'],
    ['escapes a cell starting with =', '=1+2', "'=1+2"],
    ['escapes a cell starting with +', '+cmd|calc', "'+cmd|calc"],
    ['escapes a cell starting with - that is not a number', '-2+3+cmd', "'-2+3+cmd"],
    ['escapes a lone minus', '-', "'-"],
    ['escapes a cell starting with @', '@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['escapes a cell starting with a tab', '\t=1', "'\t=1"],
    ['escapes a cell starting with a carriage return', '\r=1', "'\r=1"],
    ['escapes a number with a locale decimal comma, which is text', '-1,5', "'-1,5"],
  ])('%s', (_name, cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected)
  })
})

describe('toCsv(header, rows) with formula-like cells', () => {
  it('escapes formulas before quoting, keeps numbers as numbers, and escapes the header too', () => {
    expect(toCsv(['=head'], [['=HYPERLINK("http://x")'], [-12.5], ['-12.5'], ['@x,y']])).toBe(
      '\'=head\r\n"\'=HYPERLINK(""http://x"")"\r\n-12.5\r\n-12.5\r\n"\'@x,y"\r\n',
    )
  })
})
