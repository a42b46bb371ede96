import { describe, expect, it } from 'vitest'
import { stripMarkup } from '../../../../src/pipeline/stages/strip-markup'

describe('stripMarkup(text)', () => {
  it.each([
    [
      'leaves plain prose alone',
      'Ticaret 2024 yılında 5 milyar dolara ulaştı (AA).',
      'Ticaret 2024 yılında 5 milyar dolara ulaştı (AA).',
    ],
    ['keeps a bare URL, which is text', 'Fotoğraf: https://www.akorda.kz/kz', 'Fotoğraf: https://www.akorda.kz/kz'],
    ['keeps a comparison that only looks like a tag', 'oran < 5 ve > 2', 'oran < 5 ve > 2'],
    ['drops a script with its code', 'a<script>var x = 5000</script>b', 'a\nb'],
    ['drops a style, a head and a comment', '<head><title>T</title></head><style>p{}</style><!-- 300 -->x', '\n\n\nx'],
    ['turns block tags into line breaks and drops inline ones', '<p>Bir <b>iki</b></p><p>üç</p>', '\nBir iki\n\nüç\n'],
    ['decodes character references', 'AT&amp;T &#252; &#x11F; &nbsp;', 'AT&T ü ğ \u00A0'],
    ['leaves an unknown reference as written', '&bogus; &#xD800;', '&bogus; '],
    ['keeps a markdown link\u2019s words and drops its target', '[link](https://x.com/2025/300)', 'link'],
    ['drops a markdown image', 'a ![foto](https://x/1.jpg) b', 'a  b'],
    ['drops heading marks and quote marks', '# Başlık\n> alıntı', 'Başlık\nalıntı'],
    ['drops emphasis marks', '**kalın** ve *eğik* ve _alt_', 'kalın ve eğik ve alt'],
    ['keeps underscores inside names', 'snake_case_name', 'snake_case_name'],
    ['drops a fenced code block whole', 'a\n```\nx = 900\n```\nb', 'a\nb'],
    ['drops an unclosed script tag but not what follows it', '<script>a\nb', '\na\nb'],
  ])('%s', (_name, input, expected) => {
    expect(stripMarkup(input).text).toBe(expected)
  })

  it('names each kind of markup it found, with counts', () => {
    expect(stripMarkup('<p>a</p><script>x</script>[b](c)').found).toEqual([
      '1 script, style or head element',
      '2 HTML tags',
      '1 markdown link',
    ])
    expect(stripMarkup('düz metin').found).toEqual([])
  })

  it('stays fast on a hostile line of brackets, stars and unclosed comments', () => {
    // Not a timing test: quadratic patterns would take minutes on this, linear ones milliseconds.
    const hostile = '[*<!--<script>_'.repeat(20_000)
    expect(stripMarkup(hostile).text.length).toBeGreaterThan(0)
  })
})
