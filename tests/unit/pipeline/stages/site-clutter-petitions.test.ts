import { describe, expect, it } from 'vitest'
import { cleanBody } from '../../../../src/pipeline/stages/clean'
import { clutterReason } from '../../../../src/pipeline/stages/site-clutter'

describe('clutterReason: a petition’s, a shop guide’s and a report page’s widgets', () => {
  it.each([
    '12 847 человек подписали · Цель: 25 000',
    '4,210 signatures · Goal: 5,000',
    'Подписать эту петицию',
    'Sign this petition',
    'Petisiyanı imzala',
    'Рейтинг петиции: 4,8 из 5 (1 203 оценки)',
    'Okur puanı: ★★★★★ 4,7/5 (326 oy)',
    'Bu rehberi faydalı buldunuz mu? Evet (218) | Hayır (9)',
    'Was this guide helpful? Yes (41) | No (3)',
    'Fiyatı Gör »',
    'Bayiden Teklif Al',
    'Check price ›',
    'Узнать цену',
    'Bu sayfada: CEO Mesajı · Temel Performans Göstergeleri · 2030 Hedeflerimiz',
    'On this page: Summary · Findings · Recommendations',
    'Kararların tam metni için tıklayınız (PDF)',
    'For the full text of the decision click here (PDF)',
    'Write to us: letters@chronicle.az. Letters should not exceed 300 words and may be edited.',
  ])('"%s" is site furniture', (line) => {
    expect(clutterReason(line)).toBe('site clutter')
  })

  it.each([
    'Петицию подписали 12 847 человек, и министерство пообещало ответить до 1 марта.',
    'In this section the committee sets out its findings: dredging costs rose 40% in 2025.',
  ])('guard: a story’s sentence stays ("%s")', (line) => {
    expect(clutterReason(line)).toBe(null)
  })
})

describe('cleanBody: readers’ comments under a petition, a guide and a story', () => {
  const cutAfter = (lines: string[], kept: string) => {
    const { text } = cleanBody(lines)
    return { keeps: text.includes(kept), text }
  }

  it('ru: a petition’s supporters’ comments, their bylines with a town', () => {
    const { keeps, text } = cutAfter(
      [
        'Прямой поезд Алматы — Ташкент отменили в 2020 году, и с тех пор автобус идёт 17 часов.',
        'Комментарии сторонников (318)',
        'Айгерим С., Шымкент · 3 дня назад',
        'Моя семья в Ташкенте, на самолёт каждый раз уходит 90 тысяч на двоих.',
        'Бахтиёр Р., Ташкент · 5 дней назад',
        'Ездил этим поездом в 2018-м, 20 часов — и ты на месте.',
      ],
      'Прямой поезд',
    )
    expect(keeps).toBe(true)
    expect(text).not.toContain('90 тысяч')
  })

  it('tr: a guide’s reader reviews, each opened by a name, an initial and a town', () => {
    const { keeps, text } = cutAfter(
      [
        'Saryağaç kaplıcalarında günlük kür paketi 45 bin tenge civarında.',
        'Okur yorumları',
        'Ayşe T., Denizli: "Eşimle 14 gün kaldık, diz ağrılarım azaldı."',
        'Bülent K., Ankara: "Su harika ama yol biraz yorucu."',
      ],
      'kür paketi',
    )
    expect(keeps).toBe(true)
    expect(text).not.toContain('14 gün')
  })

  it('az: comments set as their writers’ names and a colon, over the prompt to log in', () => {
    const { keeps, text } = cutAfter(
      [
        'Fermerlər barama üçün subsidiyanın 7 manata qaldırılmasını istəyir.',
        'Şərhlər (17)',
        'Elşən Məmmədov: Atam 80-ci illərdə kolxoza ildə 300 kq barama təhvil verirdi.',
        'Gülnarə: Haqlıdırlar, 11 manata kim işləyər?',
        'Şərh yazmaq üçün daxil olun',
      ],
      'subsidiyanın',
    )
    expect(keeps).toBe(true)
    expect(text).not.toContain('300 kq')
  })
})
