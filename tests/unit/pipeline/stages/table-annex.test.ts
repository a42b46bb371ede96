import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** An annex to a decree: a long title, a head of units, text columns between the number columns. */
const ANNEX = [
  'План поставок нефтяного дорожного битума для строительства и реконструкции автомобильных дорог Транскаспийского маршрута на 2026 год',
  '№ п/п\tУчасток автомобильной дороги\tПротяженность, км\tОбъем поставок битума, тыс. тонн\tОсновной поставщик\tСрок поставки',
  '1\tБейнеу – Шетпе – Актау\t410\t62,5\tТОО «CASPI BITUM»\tII–III кварталы',
  '2\tАтырау – Бейнеу\t382\t48,0\tТОО «Атырауский НПЗ»\tII–III кварталы',
  '3\tАлматы – Хоргос\t160\t24,5\tТОО «Павлодарский НХЗ»\tII квартал',
]

const read = (lines: string[]) =>
  extract(lines, 'ru', '2026-03-02').map((f) => [f.value, f.unit, f.kind, f.year, f.deadline])

describe('tableRows: an annex’s rows, their numbers between columns of text', () => {
  it('reads each number under the head that gives its unit, and a plan’s rows as targets due by its year', () => {
    expect(read(ANNEX)).toEqual([
      [410, 'km', 'target', null, '2026'],
      [62500, 't', 'target', null, '2026'],
      [382, 'km', 'target', null, '2026'],
      [48000, 't', 'target', null, '2026'],
      [160, 'km', 'target', null, '2026'],
      [24500, 't', 'target', null, '2026'],
    ])
  })

  it('guard: the same table under a title that names no plan reports what was', () => {
    const lines = ['Поставки битума на объекты Транскаспийского маршрута в 2025 году', ...ANNEX.slice(1)]
    expect(read(lines).map(([, , kind]) => kind)).toEqual(Array(6).fill('achieved'))
  })

  it('guard: an English plant is no plan ("Plant output by line")', () => {
    const lines = [
      'Plant output by line',
      'Line | Site | Output, thousand tonnes | Operator',
      '1 | Aktau | 120 | KazBitum',
      '2 | Atyrau | 95 | ANPZ',
      '3 | Shymkent | 80 | PKOP',
    ]
    expect(extract(lines, 'en', '2026-03-02').map((f) => [f.value, f.kind])).toEqual([
      [120000, 'achieved'],
      [95000, 'achieved'],
      [80000, 'achieved'],
    ])
  })
})
