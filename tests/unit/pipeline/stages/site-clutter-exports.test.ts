import { describe, expect, it } from 'vitest'
import { buildDataset } from '../../../../src/pipeline/build-dataset'
import { clutterReason } from '../../../../src/pipeline/stages/site-clutter'

describe('clutterReason: a messenger’s export and rows of buttons or icon widgets', () => {
  it.each([
    ['az', 'Telegram Desktop · Söhbət tarixçəsinin ixracı'],
    ['az', 'Söhbətin sonu · 31 mesaj · Telegram Desktop tərəfindən yaradılıb'],
    ['en', 'WhatsApp Chat Export'],
    [
      'en',
      '[13/05/2026, 08:01] Messages and calls are end-to-end encrypted. No one outside of this chat can read them.',
    ],
    ['en', '[13/05/2026, 16:50] Murat Mersin: <Media omitted>'],
    ['az', '[ Qeydiyyatdan keç ]   [ Proqramı PDF formatında yüklə ]'],
    ['ru', '🔍 Поиск     ✉ Подписаться на рассылку'],
    ['en', '🔍 Search | ✉ Subscribe'],
  ])('%s: "%s"', (_lang, line) => {
    expect(clutterReason(line)).not.toBeNull()
  })

  it.each([
    ['en', 'See the notes [1] and [2] below.'],
    ['en', 'The ports [Aktau] and [Kuryk] handled 5 million tonnes.'],
    ['en', '[13/05/2026, 08:14] Daniyar Kostanay: red lentils, $585/t FCA Kostanay, 500 t in stock'],
  ])('guard, %s: "%s" is the page’s own', (_lang, line) => {
    expect(clutterReason(line)).toBeNull()
  })
})

describe('an exported chat keeps its messages to the end, its footer cut', () => {
  it('az: messages without a sentence’s end after the last full sentence stay', () => {
    const text = [
      'Xəzər Yük Birjası – ekspeditorlar qrupu',
      'İxrac tarixi: 16.05.2026 23:14',
      '[14.05.2026, 09:12] Elçin: Salam hamıya, Daşkənd – Bakı, tütün yarpağı, 2 TIR, hər biri 20 ton yüklənəcək.',
      '[14.05.2026, 11:18] Rövşən: Kurıq–Ələt bərəsi ilə vaqon 1 900 $',
      '[14.05.2026, 11:30] Nicat: Aktauda boşaltma-yükləmə vaqona 185 000 tenge',
      'Söhbətin sonu · 31 mesaj · Telegram Desktop tərəfindən yaradılıb',
    ].join('\n')
    const { dataset } = buildDataset([{ file: 'az-chat.txt', bytes: new TextEncoder().encode(text) }])
    const article = dataset.articles[0]
    expect(article?.removed.map((r) => r.reason)).toContain('messenger furniture')
    expect(dataset.figures.map((f) => f.value)).toEqual(expect.arrayContaining([1900, 185_000]))
  })
})
