import { describe, expect, it } from 'vitest'
import { cleanBody } from '../../../../src/pipeline/stages/clean'
import { extract } from './figure-input'

const STORY = [
  'Тендер на аренду вагонов завершился, ставки выросли почти на пятую часть к прошлому году.',
  '| Лот | Вагонов | Победитель | Ставка, тенге в сутки |',
  '|---|---|---|---|',
  '| 1 | 600 | ТОО «Темир Лизинг» | 10 450 |',
  '| 2 | 500 | ТОО «Silk Way Rail Leasing» | 11 200 |',
  'Источник: АО «КТЖ – Грузовые перевозки»',
  'Первые вагоны лизингодатели должны передать перевозчику до конца июля, остальные до конца года.',
]

describe('cleanBody: a ruled table’s row and the source line under it', () => {
  it('keeps a row of digits whose winner has a Latin name', () => {
    expect(cleanBody(STORY).text).toContain('| 2 | 500 | ТОО «Silk Way Rail Leasing» | 11 200 |')
  })

  it('reads no outlet from the source line under a table', () => {
    expect(cleanBody(STORY).outlet).toBeNull()
  })

  it('guard: a source line under prose still names the outlet', () => {
    const body = [...STORY.slice(0, 1), STORY[6]!, 'Источник: Kursiv']
    expect(cleanBody(body).outlet).toBe('Kursiv')
  })
})

describe('cleanBody and the table rules: a report’s key figures under the chairman’s signature', () => {
  const letter = [
    'Değerli hissedarlarımız, 2025 yılı Kervan Lastik için yeni pazarlara açıldığımız bir yıl oldu.',
    '',
    'Konsolide net satışlarımız bir önceki yıla göre yüzde 26,9 arttı; üretimimiz yüzde 5,6 yükseldi.',
    '',
    'Orta Koridor üzerinden Kazakistan ve Azerbaycan’a yaptığımız sevkiyatlar yıl boyunca düzenli sürdü.',
    '',
    'Tüm çalışma arkadaşlarıma ve iş ortaklarımıza teşekkür ediyorum.',
    '',
    'Nevzat Kervancıoğlu',
    'Yönetim Kurulu Başkanı',
    '',
    'TEMEL GÖSTERGELER | 2025 | 2024',
    'Net satışlar (milyon TL) | 24.618 | 19.402',
    'Üretim (bin adet lastik) | 6.240 | 5.910',
    'Çalışan sayısı (kişi) | 3.412 | 3.187',
    '',
    'Önceki bölüm: Kısaca Kervan Lastik | Sonraki bölüm: Genel Müdür’ün Değerlendirmesi',
    'KAP Bildirimleri | Hisse Bilgileri | Kurumsal Yönetim | Genel Kurul | Sunumlar',
  ]

  it('keeps the table, though it stands after the story’s last paragraph', () => {
    const { text } = cleanBody(letter)
    expect(text).toContain('Net satışlar (milyon TL) | 24.618 | 19.402')
    expect(text).not.toContain('Önceki bölüm')
  })

  it('reads each row in its label’s unit and each column’s year, a count with its scale', () => {
    const lines = cleanBody(letter).text.split('\n')
    const figures = extract(lines, 'tr', '2026-03-20').map((f) => [f.value, f.unit, f.year])
    expect(figures).toEqual(
      expect.arrayContaining([
        [24618e6, 'TRY', 2025],
        [19402e6, 'TRY', 2024],
        [6240e3, 'count', 2025],
        [5910e3, 'count', 2024],
        [3412, 'count', 2025],
      ]),
    )
  })

  it('guard: a list of other stories set as a table, ending in their dates, is still cut after the story', () => {
    const page = [
      'Cargo through the port rose 12% in January, the port authority said on Monday.',
      'Most read',
      '1. Tenge slips 2% as oil falls below $60 | Feb 20, 2026',
      '2. Aktau port sets a record | Feb 18, 2026',
      '3. Ferry fares rise | Feb 17, 2026',
    ]
    expect(cleanBody(page).text).not.toContain('Tenge slips')
  })
})
