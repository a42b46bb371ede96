import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { articleId, ingestFile, normaliseText } from '../../../../src/pipeline/stages/ingest'

const BODY = 'Kazakistan ve Azerbaycan arasındaki ticaret hacmi geçen yıl arttı.'
const ARTICLE = `Ticaret hacmi büyüyor\n\n${BODY}`
const utf8 = (text: string) => new TextEncoder().encode(text)
const ingest = (bytes: Uint8Array, file = 'a.txt') => ingestFile({ file, bytes })

describe('ingestFile: decoding', () => {
  it.each([
    ['UTF-8 without BOM', utf8(ARTICLE)],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(ARTICLE)])],
    ['UTF-16 LE with BOM', Uint8Array.from([0xff, 0xfe, ...iconv.encode(ARTICLE, 'utf16-le')])],
    ['UTF-16 BE with BOM', Uint8Array.from([0xfe, 0xff, ...iconv.encode(ARTICLE, 'utf16-be')])],
    ['CRLF line ends', utf8(ARTICLE.replace(/\n/g, '\r\n'))],
    ['lone CR line ends', utf8(ARTICLE.replace(/\n/g, '\r'))],
  ])('reads %s with no issue', (_name, bytes) => {
    const { ingested, issues } = ingest(bytes)
    expect(issues).toEqual([])
    expect(ingested?.title).toBe('Ticaret hacmi büyüyor')
    expect(ingested?.body.join('\n').trim()).toBe(BODY)
  })

  it('falls back to Windows-1254 for invalid UTF-8 and warns', () => {
    const { ingested, issues } = ingest(Uint8Array.from(iconv.encode(ARTICLE, 'windows-1254')))
    expect(ingested?.body.join('\n').trim()).toBe(BODY)
    expect(issues).toEqual([
      {
        file: 'a.txt',
        severity: 'warning',
        stage: 'ingest',
        message: expect.stringContaining('decoded as windows-1254'),
      },
    ])
  })

  it.each([
    ['an empty file', new Uint8Array(), 'empty file'],
    ['whitespace only', utf8(' \n\t\r\n  '), 'whitespace only'],
    ['NUL bytes', Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x41]), 'binary'],
    ['many control characters', Uint8Array.from({ length: 400 }, (_, i) => (i % 5 === 0 ? 0x01 : 0x41)), 'binary'],
    ['no letters', utf8('12345 67,89\n---\n2025'), 'no letters'],
    [
      'a header and nothing else',
      utf8(' date 2025-10-21 Kazakistan ve Azerbaycan ilişkilerini güçlendirdi\n\n'),
      'header only',
    ],
  ])('rejects %s with an error naming the reason', (_name, bytes, reason) => {
    const { ingested, issues } = ingest(bytes, 'bad.txt')
    expect(ingested).toBeNull()
    expect(issues).toContainEqual({
      file: 'bad.txt',
      severity: 'error',
      stage: 'ingest',
      message: expect.stringContaining(reason),
    })
  })
})

describe('articleId(file)', () => {
  it.each([
    ['000_3847a3f1d1404b4c.txt', '000_3847a3f1d1404b4c'],
    ['report.2025.txt', 'report.2025'],
    ['notes', 'notes'],
  ])('gives %s the id %s', (file, id) => {
    expect(articleId(file)).toBe(id)
  })
})

describe('normaliseText(text)', () => {
  it.each([
    ['trims lines and collapses runs of blank lines', '  a  \n\n\n\n b ', 'a\n\nb'],
    ['drops BOMs and zero-width marks', '\uFEFFa\u200Bb', 'ab'],
    ['turns no-break spaces into spaces', 'a\u00A0b', 'a b'],
    ['composes decomposed letters', 'Ş'.normalize('NFD'), 'Ş'],
    [
      'keeps a wide gap between columns as one tab',
      'Buğda            812,4   655,1\t+24,0',
      'Buğda\t812,4\t655,1\t+24,0',
    ],
    ['collapses two spaces between words to one', 'Kazakh  grain', 'Kazakh grain'],
    [
      'parts cells at two spaces in a line aligned in columns, where the widest label leaves no more',
      'Производство полиэтилена, тыс. т  210     265     318',
      'Производство полиэтилена, тыс. т\t210\t265\t318',
    ],
    [
      'keeps two spaces in a line of prose one space',
      'Üretim  2021 yılında 210 bin ton oldu.',
      'Üretim 2021 yılında 210 bin ton oldu.',
    ],
    ['drops a tab or a wide gap at a line’s ends', '\tBuğda   \n   812,4', 'Buğda\n812,4'],
  ])('%s', (_name, input, expected) => {
    expect(normaliseText(input)).toBe(expected)
  })
})
