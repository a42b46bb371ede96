import { describe, expect, it } from 'vitest'
import { cleanBody } from '../../../../src/pipeline/stages/clean'
import { clutterReason } from '../../../../src/pipeline/stages/site-clutter'

describe('clutterReason: a recipe blog’s, a help page’s, a live page’s and a circular’s furniture', () => {
  it.each<[string, string]>([
    // a row of counters: comments, reading time and the readers' rating, each behind its icon
    ['💬 34 yorum  ·  ⏱ 9 dk okuma  ·  ★ 4,7 (212 oy)', 'view counter'],
    ['💬 12 comments · 4 min read · ★ 4.8 (126 ratings)', 'view counter'],
    // a help article's number, version and reading time
    ['Makale No: SLR-4471 · Sürüm 3.2 · Okuma süresi 7 dk', 'view counter'],
    ['Article ID: KB-2231 · Version 4.1 · 6 min read', 'view counter'],
    // how many readers found it useful
    ['1.942 satıcı bu makaleyi faydalı buldu.', 'site clutter'],
    ['214 people found this helpful', 'site clutter'],
    ['312 nəfər bu məqaləni faydalı hesab edib', 'site clutter'],
    ['Статья была полезна 86 пользователям', 'site clutter'],
    // a recipe's jump button, a live page's end and its reload button behind an icon
    ['Tarife Geç ↓', 'site clutter'],
    ['Jump to Recipe', 'site clutter'],
    ['🔴 CANLI YAYIM BAŞA ÇATDI', 'site clutter'],
    ['Live coverage has ended', 'site clutter'],
    ['Трансляция завершена', 'site clutter'],
    ['🔄 Səhifəni yenilə', 'site clutter'],
    // a circular's number and reference over its title
    ['Circular No. 14/2026 · Ref. LP/CAS/0914', 'site clutter'],
    ['Genelge No: 2026/7', 'site clutter'],
    ['Циркуляр № 12', 'site clutter'],
  ])('"%s" is %s', (line, reason) => {
    expect(clutterReason(line)).toBe(reason)
  })

  it.each([
    '214 people found the new border rules confusing, the survey says.',
    'Version 2 of the tariff cut duties by 12% on 40 goods.',
    'The live broadcast ended after 3 hours, when 40 trucks had crossed.',
    'Circular No. 14 raised the fee to $40 per wagon.',
  ])('guard: a story’s sentence stays ("%s")', (line) => {
    expect(clutterReason(line)).toBe(null)
  })
})

describe('cleanBody: a recipe blog’s related recipes and readers’ comments', () => {
  const body = [
    'Türkiye 2025 sezonunda Azerbaycan’dan 11.200 ton iç fındık ithal etti.',
    'Bu Tarifler de İlginizi Çekebilir',
    '→ Ballı Cevizli Kuru İncir Tatlısı',
    '→ Fındık Ezmeli Kurabiye – 30 Dakikada',
    '34 YORUM',
    'Ayten K. · 18 Ocak 2026, 21:14',
    'Bakü’den yazıyorum, burada da fındık pahalandı, kilosu 20 manata yaklaştı.',
    'Yanıtla',
    'Murat Y. · 19 Ocak 2026, 09:02',
    'Kayısıyı 12 saat suda bekletince daha da güzel oldu.',
    'Yanıtla',
  ]

  it('tr: keeps the story, cuts the list of recipes under its heading and the comments under their count', () => {
    const { text } = cleanBody(body)
    expect(text).toBe('Türkiye 2025 sezonunda Azerbaycan’dan 11.200 ton iç fındık ithal etti.')
  })
})
