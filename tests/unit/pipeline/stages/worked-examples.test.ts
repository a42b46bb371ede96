import { describe, expect, it } from 'vitest'
import { extractFigures } from '../../../../src/pipeline/stages/extract-figures'
import { paragraphsOf } from './extraction-input'

/**
 * The values of the figures read from paragraphs (a blank line between them) of lines, each line one sentence, as a
 * page lays out a worked example's steps and a textbook's exercises.
 */
function values(lang: string, paragraphs: string[][]): (number | null)[] {
  const text = paragraphs.map((lines) => lines.join('\n')).join('\n\n')
  const { article } = paragraphsOf(lang, '2026-11-03', [[text]])
  let at = 0
  const sentences = text.split('\n').flatMap((line) => {
    const start = at
    at += line.length + 1
    return line === '' ? [] : [{ start, end: start + line.length, text: line }]
  })
  return extractFigures({ article, sentences }).map((f) => f.value)
}

describe('extractFigures: a worked example’s made-up numbers are left out, the rates in force around it stay', () => {
  it.each<[string, string[][], number[]]>([
    [
      'ru',
      [
        ['Ввозная таможенная пошлина на легковые автомобили составляет 15% таможенной стоимости.'],
        [
          'Пример 1. Подержанный автомобиль куплен на авторынке в Рустави за 16 800 долларов.',
          'Шаг 1. Таможенная стоимость: (16 800 + 450) × 1,70 = 29 325,00 AZN.',
          'Итого к уплате: 11 393,41 AZN.',
        ],
        ['В январе — сентябре в Азербайджан ввезено 38 600 легковых автомобилей.'],
      ],
      [15, 38600],
    ],
    [
      'az',
      [
        ['Dərmanlar üçün ekspertiza haqqı hər seriya üçün 45 manatdır.'],
        [
          'Nümunə 2. Gürcüstandan işlənmiş avtomobil 15 100 dollara alınıb.',
          'Addım 2: gömrük rüsumu (20%) = 5 134 manat.',
          'Cəmi ödəniləcək məbləğ: 13 767,78 manat.',
        ],
      ],
      [45],
    ],
    [
      'tr',
      [
        ['Gümrük vergisi oranı yüzde 10’dur.'],
        ['Örnek 1: Bir firma 20.000 dolarlık baharat ithal ediyor.', 'Vergi 2.000 dolar olur.'],
      ],
      [10],
    ],
    [
      'en',
      [
        ['The excise on engines is AZN 0.30 per cubic centimetre.'],
        ['Example 2: a van bought for $21,000 pays $3,150 in duty.'],
      ],
      [0.3],
    ],
  ])('%s', (lang, paragraphs, expected) => {
    expect(values(lang, paragraphs)).toEqual(expected)
  })
})

describe('extractFigures: a textbook’s exercises are made up, its facts are not', () => {
  it.each<[string, string[][], number[]]>([
    [
      'az',
      [
        ['Bakı–Tbilisi–Qars dəmir yolunun uzunluğu 826 kilometrdir.'],
        [
          'Hesablama tapşırıqları',
          '5. Tutaq ki, bir bərə 54 vaqon daşıyır və hər vaqonda 65 ton kömür var.',
          '7. Kalium gübrəsinin bir tonu 320 dollardırsa, 2 500 ton gübrənin dəyərini hesablayın.',
        ],
      ],
      [826],
    ],
    [
      'ru',
      [
        ['Перевозки в рефрижераторах выросли до 4 200 рейсов.'],
        ['Вопросы и задания', '5. Задача. Фермерское хозяйство отправило в Стамбул рефрижератор с 20 т черешни.'],
      ],
      [4200],
    ],
  ])('%s', (lang, paragraphs, expected) => {
    expect(values(lang, paragraphs)).toEqual(expected)
  })

  it('guard, en: an exchange rate with an equals sign is no sum worked', () => {
    expect(values('en', [['Official rates on 3 November: 1 USD = 1.7000 AZN.']])).toEqual([1.7])
  })
})

describe('extractFigures: an example under its own heading, or labelled with a note in brackets', () => {
  it.each<[string, string[][], number[]]>([
    [
      'az',
      [
        ['Faiz dərəcəsi illik 12%-dən başlayır.'],
        [
          'Hesablama nümunəsi',
          'Tutaq ki, şirkətiniz 200 000 manat kredit götürür: müddət 24 ay, illik faiz 12%.',
          'Bu halda aylıq annuitet ödənişi 9 414,69 manat olacaq.',
        ],
      ],
      [12],
    ],
    [
      'tr',
      [
        ['Azerbaycan siparişlerinde komisyon oranı %21’dir.'],
        [
          'Örnek hesaplama (temsilîdir)',
          'Bakü’deki bir müşteriye 1.000 TL’lik bir elbise sattığınızı varsayalım:',
          '- Komisyon (%21): 210,00 TL',
          'Hesabınıza geçecek tutar: 765,10 TL',
        ],
      ],
      [21],
    ],
    [
      'en',
      [
        ['Interest rate: from 11.9% a year.'],
        [
          'Example (for illustration only): an importer borrows GEL 540,000 for 48 months at 11.9%.',
          'Monthly payment: GEL 15,780.',
        ],
      ],
      [11.9],
    ],
  ])('%s', (lang, paragraphs, expected) => {
    expect(values(lang, paragraphs)).toEqual(expected)
  })
})

describe('extractFigures: a recipe’s quantities, times and servings measure a cake, not trade', () => {
  it.each<[string, string[][], number[]]>([
    [
      'tr',
      [
        ['Türkiye 2025 sezonunda Azerbaycan’dan 11.200 ton iç fındık ithal etti.'],
        ['ÖZBEK KAYISILI KEK', 'Hazırlık: 20 dk | Pişirme: 40 dk | Porsiyon: 8 dilim'],
        ['Malzemeler', '- 250 g Özbek kuru kayısısı (yaklaşık 30 adet)', '- 3 adet yumurta'],
        ['Yapılışı', '1. Kayısıları 15 dakika ılık suda bekletin.', '2. 175 °C fırında 35–40 dakika pişirin.'],
        ['Püf noktası: Kek hava almayan kapta 3 gün taze kalıyor.'],
        ['Besin değeri (1 dilim, yaklaşık): 285 kcal · 7 g protein'],
      ],
      [11_200],
    ],
    [
      'az',
      [
        ['İnqrediyentlər:', '- 200 qram qoz', '- 4 ədəd yumurta'],
        ['Hazırlanması', '1. Xəmiri 30 dəqiqə dincə qoyun.'],
        ['Azərbaycan ötən il 52 min ton fındıq ixrac edib.'],
      ],
      [52_000],
    ],
    [
      'en',
      [
        ['Prep time: 15 min | Cook time: 45 min | Serves 8'],
        ['Ingredients', '- 250 g dried apricots', '- 3 eggs'],
        ['Method', '1. Soak the apricots for 15 minutes.'],
        ['Uzbekistan exported 120,000 tonnes of dried fruit last year.'],
      ],
      [120_000],
    ],
    [
      'ru',
      [
        ['Ингредиенты', '- 300 г кураги', '- 2 яйца'],
        ['Приготовление', '1. Выпекайте 40 минут при 180 °C.'],
        ['Совет: храните пирог 3 дня в холодильнике.'],
        ['Экспорт кураги из Узбекистана вырос до 95 тыс. тонн.'],
      ],
      [95_000],
    ],
  ])('%s', (lang, paragraphs, expected) => {
    expect(values(lang, paragraphs)).toEqual(expected)
  })
})
