import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** The values of the figures read from the sentences, in order. */
const values = (lang: string, sentences: readonly string[]) =>
  extract(sentences, lang, '2026-05-17').map((f) => f.value)

describe('numbers a sentence does not state: asked, denied, or a list’s numbering', () => {
  it.each<[string, string[], (number | null)[]]>([
    ['ru', ['Вопрос (Lada.kz): В соцсетях пишут, что смета проекта выросла до 400 млрд тенге.'], []],
    ['tr', ['Soru: Ticaret hacmi bu yıl 5 milyar dolara ulaşacak mı?'], []],
    ['az', ['Sual: Ticarət dövriyyəsi bu il 5 milyard dollara çatacaqmı?'], []],
    ['en', ['Will trade between the two countries reach $5 billion this year?'], []],
  ])('%s: a question: %s', (lang, sentences, expected) => {
    expect(values(lang, sentences)).toEqual(expected)
  })

  it.each<[string, string[], (number | null)[]]>([
    ['en', ['That is a solid increase of 66%, but it is not a threefold rise.'], [66]],
    ['ru', ['Экспорт вырос не втрое, а на 66%.'], [66]],
    ['tr', ['İhracat üç kat değil, yüzde 66 arttı.'], [66]],
    ['az', ['İxrac üç dəfə deyil, 66 faiz artıb.'], [66]],
    // spoken Azerbaijani corrects with "yox": "22 yox, 20 ton" is 20 tonnes
    ['az', ['Yükün çəkisi 22 yox, 20 ton olacaq.'], [20]],
  ])('%s: a denied number: %s', (lang, sentences, expected) => {
    expect(values(lang, sentences)).toEqual(expected)
  })

  it.each<[string, string[], (number | null)[]]>([
    ['tr', ['1. 224 kilometre', '2. 1,9 milyar dolar'], [224, 1.9e9]],
    ['en', ['1. 224 kilometres of new road', '2) $1.9 billion of loans'], [224, 1.9e9]],
  ])('%s: a list’s numbers: %s', (lang, sentences, expected) => {
    expect(values(lang, sentences)).toEqual(expected)
  })

  it.each<[string, string[], (number | null)[]]>([
    ['en', ['Trade reached not less than $5 billion in 2025.'], [5e9]],
    ['ru', ['Товарооборот составил не менее 5 млрд долларов.'], [5e9]],
  ])('guard: %s: %s', (lang, sentences, expected) => {
    expect(values(lang, sentences)).toEqual(expected)
  })

  it.each<[string, string[], (number | null)[]]>([
    ['en', ['ASCO ordered two ferries.', 'ASCO puts the total cost of the two vessels at $150 million.'], [2, 150e6]],
    ['tr', ['ASCO iki feribot sipariş etti.', 'Bu iki geminin toplam maliyeti 150 milyon dolar.'], [2, 150e6]],
    ['az', ['ASCO iki bərə sifariş edib.', 'Həmin iki gəminin ümumi dəyəri 150 milyon dollardır.'], [2, 150e6]],
    ['ru', ['АСКО заказала два парома.', 'Стоимость этих двух судов составит 150 млн долларов.'], [2, 150e6]],
  ])('%s: a count told again after a definite word is no new count: %s', (lang, sentences, expected) => {
    expect(values(lang, sentences)).toEqual(expected)
  })

  it.each<[string, string[], (number | null)[]]>([
    ['en', ['The hub will handle 40-foot containers and 2 million tonnes of grain.'], [2e6]],
    ['ru', ['Терминал примет 40-футовые контейнеры и 2 млн тонн зерна.'], [2e6]],
  ])('guard: %s: half of a compound adjective is no count: %s', (lang, sentences, expected) => {
    expect(values(lang, sentences)).toEqual(expected)
  })
})

describe('footnotes: a mark counts nothing, and a note under the text cites, it states no figure', () => {
  it.each<[string, string[], number[]]>([
    ['en', ['Azerbaijan exported 25.2 bcm of gas last year.[4]'], [25_200_000_000]],
    ['en', ['[1] See Caspian Institute, "Gas Under the Sea", Working Paper 12, 2019, p. 14.'], []],
    ['en', ['[6] Executive summary of the feasibility update, September 2025, pp. 3-7.'], []],
    ['ru', ['[2] Данные Министерства энергетики, выпуск 7, с. 22.'], []],
    ['tr', ['[3] Enerji Bakanlığı, yıllık rapor, 2025, s. 41.'], []],
    ['az', ['[5] Energetika Nazirliyi, illik hesabat, 2025, səh. 18.'], []],
  ])('%s: %s', (lang, sentences, expected) => {
    expect(values(lang, sentences)).toEqual(expected)
  })
})

describe('sentences that state none of their numbers: a hypothetical, a question told, hearsay denied', () => {
  it.each<[string, string[], number[]]>([
    ['tr', ['Diyelim ki kablo tam kapasiteyle çalıştı ve yılda 12 milyar kilovatsaat elektrik taşıdı.'], []],
    ['az', ['Tutaq ki, kabel ildə 12 milyard kilovat-saat elektrik ötürdü.'], []],
    ['en', ['Suppose the cable ran at full capacity and carried 12 billion kWh a year.'], []],
    ['ru', ['Допустим, кабель будет передавать 12 млрд кВт·ч в год.'], []],
  ])('%s: a hypothetical: %s', (lang, sentences, expected) => {
    expect(values(lang, sentences)).toEqual(expected)
  })

  it.each<[string, string[], number[]]>([
    ['ru', ['Он поинтересовался, может ли прокачка через БТД уже в следующем году достичь 5 млн тонн.'], []],
    ['en', ['A deputy asked whether shipments could reach 5 million tonnes next year.'], []],
    [
      'tr',
      [
        "Sevkiyatların 10 milyon tona çıkarılıp çıkarılmayacağına ilişkin bir soruya ise 'Şu an böyle bir rakam konuşmuyoruz' yanıtını verdi.",
      ],
      [],
    ],
    ['az', ['Deputat kreditin məbləğinin 300 milyon dollara qədər artırılmasının mümkün olub-olmadığını soruşub.'], []],
  ])('%s: a question told: %s', (lang, sentences, expected) => {
    expect(values(lang, sentences)).toEqual(expected)
  })

  it.each<[string, string[], number[]]>([
    [
      'ru',
      ['В некоторых СМИ писали, что бюджет уже превысил 80 млн долларов, – это не соответствует действительности.'],
      [],
    ],
    [
      'az',
      [
        'Deyilənə görə, xərclər 100 milyon dolları keçəcək.',
        'Bu doğrudurmu?',
        'Xeyr, bu rəqəm reallığı əks etdirmir, layihənin dəyəri 50 milyon dollardır.',
      ],
      [50e6],
    ],
    ['en', ['Some media reported a budget of $80 million.', 'That is not true: the budget is $50 million.'], [50e6]],
    [
      'tr',
      ['İddialara göre maliyet 100 milyon doları aşacak.', 'Bakan, bunun doğru olmadığını söyledi; bu doğru değil.'],
      [],
    ],
  ])('%s: hearsay denied: %s', (lang, sentences, expected) => {
    expect(values(lang, sentences)).toEqual(expected)
  })

  it.each<[string, string[], number[]]>([
    ['en', ['Some media reported that trade reached $5 billion last year.'], [5e9]],
    ['en', ['The minister said trade would reach $5 billion if the new line opens.'], [5e9]],
    ['ru', ['Министр сообщил, что товарооборот достиг 5 млрд долларов.'], [5e9]],
  ])('guard, %s: hearsay never denied, and a condition, are stated: %s', (lang, sentences, expected) => {
    expect(values(lang, sentences)).toEqual(expected)
  })
})

describe('numbers a law or a notice numbers itself by: its paragraphs and its spaced ordinals', () => {
  it.each<[string, string[], number[]]>([
    ['tr', ['MADDE 6 – (1) Başvuruda normal değer ton başına 2.960 ABD Doları olarak hesaplanmıştır.'], [2960]],
    ['tr', ['(2) İlgili taraflar görüşlerini Yönetmeliğin 21 inci maddesinde belirtilen sürede sunar.'], []],
    ['tr', ['Gerekli hallerde bu süre Yönetmeliğin 24 üncü maddesi çerçevesinde 30 gün uzatılabilir.'], [30]],
    ['en', ['(3) Imports of the product rose to 41,200 tonnes in 2025.'], [41200]],
    ['ru', ['Статья 5 (2) Импорт товара вырос до 41 200 тонн.'], [41200]],
    ['az', ['(4) Maraqlı tərəflər 37 gün ərzində rəy bildirə bilər.'], [37]],
  ])('%s: %s', (lang, sentences, expected) => {
    expect(values(lang, sentences)).toEqual(expected)
  })
})

describe('numbers a comment or a feed stamps itself with: a time counted back from now', () => {
  it.each<[string, string]>([
    ['en', 'Aruzhan Omarova · Creator · 2 days ago'],
    ['ru', 'Ерлан М. · 3 дня назад'],
    ['tr', 'Kamran · 3 gün önce'],
    ['az', 'Leyla Q. · 5 saat əvvəl'],
  ])('%s: %s', (lang, line) => {
    expect(values(lang, [line])).toEqual([])
  })

  it.each<[string, string, number]>([
    ['az', 'Daşıyıcı ən azı 30 gün əvvəl yazılı bildiriş göndərir.', 30],
    ['tr', 'Beyanname yüklemeden en geç 48 saat önce verilir.', 48],
    ['en', 'Notice must be given at least 48 hours before the cargo arrives.', 48],
  ])('guard: how long before something stays a figure (%s: %s)', (lang, sentence, value) => {
    expect(values(lang, [sentence])).toContain(value)
  })
})

describe('numbers a map’s legend bounds its classes by', () => {
  it.each<[string, string]>([
    ['ru', '● — порт с грузооборотом более 1 млн т в год'],
    ['ru', '▬ синяя линия — гарантированная глубина 4,0 м и более'],
    ['tr', '■ Büyük tesis – günde 1.000 tondan fazla'],
    ['en', '◐ — port handling 0.1 to 1 million tonnes a year'],
    ['az', '○ — ildə 100 min tondan az yük aşıran liman'],
  ])('%s: %s', (lang, line) => {
    expect(values(lang, [line])).toEqual([])
  })

  it('guard: a bullet’s dash before a sentence of its own stays read', () => {
    expect(values('en', ['- The port handled 1.2 million tonnes in 2025.'])).toContain(1_200_000)
  })
})

describe('numbers of an example worked in the conditional', () => {
  it.each<[string, string]>([
    ['en', 'For example, a studio ordering 40 devkits worth EUR 18,000 in total would stay below the threshold.'],
    ['ru', 'Например, импортёр, ввозящий 10 тонн товара, заплатил бы 4 тыс. долларов пошлины.'],
  ])('%s: %s', (lang, sentence) => {
    expect(values(lang, [sentence])).toEqual([])
  })

  it('guard: an example that happened keeps its numbers', () => {
    expect(values('en', ['For example, exports to Georgia rose 12% in 2025.'])).toContain(12)
  })
})

describe('numbers of a hypothetical a speaker or a paper sets up: after a lead-in, or named an example', () => {
  it.each<[string, string]>([
    ['tr', 'Şöyle anlatayım: Diyelim ki bir hastanenin maliyeti 100 birim olsun.'],
    ['ru', 'Условный пример: дом на 72 квартиры, собранный из модулей, мог бы обойтись на 900 млн тенге дешевле.'],
    ['az', 'Sadə bir misal: sərnişin 10 km-lik sifariş üçün 8 manat ödəyirsə, sürücüyə cəmi 6 manat qalır.'],
    ['en', 'A simple example: a farm paying 5 cents per kWh spends USD 44,000 a year per megawatt.'],
    ['en', 'Illustration only: a company with a project budget of EUR 60,000 would receive a grant of EUR 42,000.'],
    ['en', 'Imagine a city of 1 million residents using 100 cans each a year.'],
    [
      'en',
      'To illustrate the arithmetic only: a city of 1 million residents using 100 cans each a year recycles 1,370 t.',
    ],
    ['ru', 'Для иллюстрации: проект стоимостью 60 млн тенге получит грант в 42 млн тенге.'],
    ['tr', 'Örnekleme amacıyla: 60 bin avroluk bir projeye 42 bin avro hibe verilir.'],
  ])('%s: %s', (lang, sentence) => {
    expect(values(lang, [sentence])).toEqual([])
  })

  it('guard: a lead-in that states a fact keeps its numbers', () => {
    expect(values('tr', ['Şöyle anlatayım: geçen yıl bölgede 19 hastane projesi tamamlandı.'])).toContain(19)
  })

  it('an exhibit that illustrates, named inside a sentence of facts, keeps the facts but not its number', () => {
    expect(values('en', ['Exhibit 2 illustrates how 38 plants handled 96,000 tonnes in 2024.'])).toEqual([38, 96000])
  })
})

describe('numbers set as "say" in a sentence told in the conditional', () => {
  it.each<[string, string]>([
    ['en', 'If bitcoin dropped to, say, $40,000 tomorrow, half the farms in this country would switch off.'],
    ['ru', 'Если бы цена упала, скажем, до 40 тысяч долларов, половина ферм остановилась бы.'],
  ])('%s: %s', (lang, sentence) => {
    expect(values(lang, [sentence])).toEqual([])
  })

  it('guard: "say" as a verb keeps the numbers', () => {
    expect(values('en', ['Officials say, however, that exports reached 5 million tonnes in 2025.'])).toContain(
      5_000_000,
    )
  })
})

describe('the number of an exhibit, a figure or a chart labels it, and counts nothing', () => {
  it.each<[string, string, number[]]>([
    ['en', 'Exhibit 3: Cross-border flows of scrap along the corridor reached 96,000 tonnes in 2024.', [96000]],
    ['tr', 'Şekil 2: İhracat 2025 yılında 4.200 tona ulaştı.', [4200]],
    ['az', 'Qrafik 4. İxrac 2025-ci ildə 4 200 tona çatıb.', [4200]],
    ['ru', 'Диаграмма 3. Экспорт в 2025 году достиг 4 200 тонн.', [4200]],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(values(lang, [sentence])).toEqual(expected)
  })
})

describe('a meeting’s tally of votes and its quorum are its procedure, no figures', () => {
  it.each<[string, string]>([
    ['ru', 'Голосовали: «за» — 7, «против» — 0, «воздержались» — 0.'],
    ['ru', 'Кворум для проведения заседания имеется: присутствуют 7 из 9 членов Совета директоров.'],
    ['en', 'Votes for: 9, against: 0, abstained: 1.'],
    ['tr', 'Oylama sonucu: Kabul: 31, Ret: 0, Çekimser: 2.'],
    ['az', 'Səsvermənin nəticəsi: lehinə 9, əleyhinə 0, bitərəf 1.'],
  ])('%s: %s', (lang, sentence) => {
    expect(values(lang, [sentence])).toEqual([])
  })

  it.each<[string, string, number[]]>([
    ['ru', 'Экспорт за 2025 год — 7 млн тонн, против 6 млн тонн годом ранее.', [7e6, 6e6]],
    ['en', 'Against strike action: 38 members of 412 balloted.', [38, 412]],
  ])(
    'guard, %s: "против" of a comparison and a ballot’s count without a tally stay (%s)',
    (lang, sentence, expected) => {
      expect(values(lang, [sentence])).toEqual(expected)
    },
  )
})
