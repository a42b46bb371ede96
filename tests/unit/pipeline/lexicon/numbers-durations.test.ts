import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'

const read = (text: string, lang: string) => findQuantities(text, lang).map((q) => [q.value, q.unit])

describe('findQuantities(text, lang): a length in years or months is read where the sentence says what lasts', () => {
  it.each<[string, string, (string | number)[][]]>([
    [
      'en',
      'Both loans have a tenor of 15 years, including a grace period of three years.',
      [
        [15, 'years'],
        [3, 'years'],
      ],
    ],
    [
      'tr',
      'Kredinin vadesi 25 yıl, geri ödemesiz dönemi ise 5 yıl.',
      [
        [25, 'years'],
        [5, 'years'],
      ],
    ],
    [
      'az',
      'Kreditin müddəti 25 ildir, o cümlədən 5 illik güzəşt müddəti nəzərdə tutulur.',
      [
        [25, 'years'],
        [5, 'years'],
      ],
    ],
    ['ru', 'Изготовление кабеля займет около восьми месяцев.', [[8, 'months']]],
    ['ru', 'Срок окупаемости оцениваем примерно в семь лет.', [[7, 'years']]],
    ['tr', 'Çalışmanın 14 ay sürmesi planlanıyor.', [[14, 'months']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it.each<[string, string]>([
    ['en', 'The port was built 20 years ago.'],
    ['en', 'Trade has grown over the past 5 years.'],
    ['tr', 'Son 10 yılda ticaret büyüdü.'],
    ['az', 'Liman 20 il əvvəl tikilib.'],
    ['ru', 'За последние 5 лет товарооборот вырос.'],
  ])('guard: a time told, no length measured (%s): %s', (lang, text) => {
    expect(read(text, lang)).toEqual([])
  })
})

describe('findQuantities(text, lang): the window a report covers is no duration, and "one" in words no amount', () => {
  it.each<[string, string, (string | number)[][]]>([
    ['tr', 'Son 24 saatte sınır kapısından 1.450 tır geçti.', [[1450, 'count']]],
    ['az', 'Son 48 saatda limana 12 gəmi daxil olub.', [[12, 'count']]],
    ['en', 'Over the past 72 hours, 3,200 trucks crossed the border.', [[3200, 'count']]],
    ['ru', 'За последние 10 дней через границу прошли 860 фур.', [[860, 'count']]],
    ['az', 'Qazaxıstan buğdasının bir tonu həftənin sonunda 214 dollar təşkil edib.', [[214, 'USD/t']]],
    ['tr', 'Bir ton buğdanın fiyatı 228 dolara yükseldi.', [[228, 'USD/t']]],
    ['en', 'One tonne of wheat sold for $214 at Aktau.', [[214, 'USD/t']]],
    ['ru', 'За одну тонну пшеницы в Актау просят 214 долларов.', [[214, 'USD/t']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it.each<[string, string, (string | number)[][]]>([
    ['tr', 'Transit süresi 24 saate indi.', [[24, 'hours']]],
    [
      'en',
      'The crossing takes 1 hour and costs $1 million.',
      [
        [1, 'hours'],
        [1000000, 'USD'],
      ],
    ],
    ['ru', 'Паром идет до Баку 20 часов.', [[20, 'hours']]],
  ])('guard: a duration stated as such is still read (%s: %s)', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})

describe('findQuantities: a satellite’s life, a lease, a concession and rights held last their years', () => {
  it.each<[string, string, (string | number)[][]]>([
    ['tr', 'Uydunun görev ömrü 15 yıl olacak.', [[15, 'years']]],
    ['az', 'Peykin xidmət ömrü 15 il olacaq.', [[15, 'years']]],
    ['ru', 'Оператор в прошлом году получил терминал в доверительное управление на 20 лет.', [[20, 'years']]],
    ['ru', 'Порт передан в концессию на 25 лет.', [[25, 'years']]],
    ['en', 'A U.S.-led consortium will hold the development rights for 49 years.', [[49, 'years']]],
    ['tr', 'Liman 30 yıllık kira sözleşmesiyle işletmeye verildi.', [[30, 'years']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it.each<[string, string]>([
    ['en', 'In 49 years the corridor has never been busier.'],
    ['ru', 'За 20 лет терминал ни разу не закрывался.'],
  ])('guard, %s: years that tell when stay out: %s', (lang, text) => {
    expect(read(text, lang)).toEqual([])
  })
})

describe('findQuantities(text, lang): a prison term and a term in years and months', () => {
  it.each<[string, string, (string | number)[][]]>([
    ['ru', 'Ему назначено наказание в виде пяти лет лишения свободы.', [[5, 'years']]],
    ['az', 'Təşkilatçı 5 il 6 ay müddətinə azadlıqdan məhrum edilib.', [[5.5, 'years']]],
    ['tr', 'Sanığa 7 yıl 6 ay hapis cezası verildi.', [[7.5, 'years']]],
    ['en', 'The loan has a tenor of 12 years and 6 months.', [[12.5, 'years']]],
    [
      'tr',
      'Anlaşma üç yıl boyunca yılda 50 bin ton pirinç öngörüyor.',
      [
        [3, 'years'],
        [50000, 't'],
      ],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it('guard: a window a report covers stays out ("son üç yıl boyunca")', () => {
    expect(read('Son üç yıl boyunca ihracat arttı.', 'tr')).toEqual([])
  })
})

describe('findQuantities(text, lang): Azerbaijani writes the tenge "tenqe"', () => {
  it('az: "96 milyon tenqe" is 96 million tenge', () => {
    expect(read('Layihənin 96 milyon tenqe həcmində maliyyəsi var.', 'az')).toEqual([[96000000, 'KZT']])
  })
})

describe('findQuantities(text, lang): a career’s and a contract’s years', () => {
  it.each<[string, string, (string | number)[][]]>([
    ['tr', 'Adaylarda en az 2 yıl tanker tecrübesi aranıyor.', [[2, 'years']]],
    ['az', 'Enerji sektorunda 15 ildən artıq təcrübəsi var.', [[15, 'years']]],
    ['az', 'Maliyyə Mərkəzində 6 il məsləhətçi işləyib.', [[6, 'years']]],
    ['ru', 'Требуется опыт работы в ВЭД не менее 3 лет.', [[3, 'years']]],
    ['en', 'She worked 6 years as a consultant in Astana.', [[6, 'years']]],
    ['tr', 'Şirket Astana’da 3 yıllık bir çerçeve sözleşme imzaladı.', [[3, 'years']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it.each([
    ['az', 'İki il əvvəl bu müddət 25 günə qədər uzanırdı.', [[25, 'days']]],
    ['ru', 'За 5 лет экспорт вырос вдвое.', [[2, 'multiplier']]],
    ['az', 'Münasibətlər 20 illik strateji tərəfdaşlıq təcrübəsinə əsaslanır.', []],
  ])('guard, %s: years counted back or a window are no span that lasts: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})
