import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure's words and value. */
const values = (lang: string, sentence: string) =>
  extract([sentence], lang, '2026-04-29').map((f) => [f.words, f.value])

describe('isSizeOfFall: an amount lost, or "down" that much, is a negative change', () => {
  it.each<[string, string, string, number]>([
    ['en', 'We lost about 60,000 tonnes of shipments in January to weather.', '60,000 tonnes', -60_000],
    ['en', 'Freight now costs about $46 per tonne, down $9 per tonne from last year.', '$9 per tonne', -9],
    ['ru', 'Из-за непогоды порт недосчитался около 1,3 тыс. тонн продаж судового топлива.', '1,3 тыс. тонн', -1300],
    ['tr', 'Liman fırtına nedeniyle ocakta 60 bin ton yük kaybetti.', '60 bin ton', -60_000],
    ['az', 'Liman fırtına səbəbindən yanvarda 60 min ton yük itirib.', '60 min ton', -60_000],
  ])('%s: %s', (lang, sentence, words, value) => {
    expect(values(lang, sentence)).toContainEqual([words, value])
  })

  it('guard, en: the level a price fell to stays positive', () => {
    expect(values('en', 'Freight now costs about $46 per tonne, down from $55.')).toContainEqual(['$46 per tonne', 46])
  })

  it('guard, en: "down" of a phrasal verb measures no fall', () => {
    expect(values('en', 'Georgia shut down 214 unlicensed mining sites last year.')).toContainEqual(['214', 214])
  })
})

describe('isSizeOfFall: an amount "less than" its base, or a level still to fall that much, is negative', () => {
  it.each<[string, string, string, number]>([
    [
      'en',
      'Imports totalled $61.8 million. This is $3.2 million less than in January–September 2025.',
      '$3.2 million',
      -3.2e6,
    ],
    ['ru', 'Это на 3,2 млн долларов меньше, чем годом ранее.', '3,2 млн долларов', -3.2e6],
    [
      'tr',
      'Depolama sahalarına gönderilen atık miktarının yılda 30 bin ton azalacağı hesaplanıyor.',
      '30 bin ton',
      -30_000,
    ],
    ['ru', 'К 2030 году уровень моря может опуститься еще на 1 м.', '1 м', -1],
  ])('%s: %s', (lang, sentence, words, value) => {
    expect(values(lang, sentence)).toContainEqual([words, value])
  })

  it.each<[string, string, string, number]>([
    ['en', 'The railway is expected to shorten the journey by about 900 km.', '900 km', 900],
    ['az', 'Yeni marşrut yük maşınlarının yolunu təxminən 340 km qısaldacaq.', '340 km', 340],
    ['az', 'Dəniz yolunda 20 saatdan az vaxt keçib.', '20 saatdan', 20],
  ])('guard, %s: a saving to come and a bound ("-dan az") stay positive: %s', (lang, sentence, words, value) => {
    expect(values(lang, sentence)).toContainEqual([words, value])
  })
})

describe('isReportableCount: supplementary agreements counted are documents, no figure', () => {
  it('az: "3 əlavə razılaşma"', () => {
    const sentence =
      'Podrat müqaviləsinə sonradan 3 əlavə razılaşma bağlanıb və müqavilənin dəyəri 4,6 milyon manat artıb.'
    expect(values('az', sentence).map(([words]) => words)).toEqual(['4,6 milyon manat'])
  })
})

describe('isReportableCount: countries counted in tens are a reach, two countries are the story’s parties', () => {
  it.each<[string, string, string]>([
    ['tr', 'Türk lokumu geçen yıl 142 ülkeye ihraç edildi.', '142'],
    ['az', 'Foruma 50-dən çox ölkədən 3 200 nəfər qatılıb.', '50-dən'],
    ['en', 'More than 640 delegates from 27 countries attended the forum.', '27'],
    ['ru', 'Ожидается участие производителей и покупателей из 20 стран.', '20'],
  ])('%s: %s', (lang, sentence, words) => {
    expect(values(lang, sentence).map(([w]) => w)).toContain(words)
  })

  it('guard: "two countries" and a handful of leaders are no figure', () => {
    expect(values('en', 'The 3 countries agreed to meet again in Baku.')).toEqual([])
  })
})
