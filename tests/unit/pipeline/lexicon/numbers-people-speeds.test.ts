import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'

const read = (text: string, lang: string) => findQuantities(text, lang).map((q) => [q.value, q.unit])

describe('findQuantities: ages, grades, update stamps and "round the clock" measure nothing', () => {
  it.each<[string, string, (string | number)[][]]>([
    ['en', 'Batyr Orazov, 61, who led the Turkmen delegation, offered 10 bcm a year.', [[1e10, 'm3']]],
    ['ru', 'Замминистра Иванов, 54, заявил, что порт примет 3 парома.', [[3, 'count']]],
    ['az', '45 yaşlı ekspeditor 12 konteyner göndərib.', [[12, 'count']]],
    ['en', 'Leyla Hasanova, 44, senior director at Atlas, expects 45% by 2026.', [[45, 'percent']]],
    ['ru', 'Ерлан Досмагамбетов, 63, директор парка, насчитал 1 850 резидентов.', [[1850, 'count']]],
    ['tr', 'Kemal Arslan, 61, genel müdür, 3 gemi yönetiyor.', [[3, 'count']]],
    ['en', 'Exporters save 1.5 to 2 percentage points per transaction.', [[1.5, 'percent']]],
    ['tr', '52 yaşındaki kaptan 3 gemi yönetiyor.', [[3, 'count']]],
    ['tr', 'Birinci lot 420 bin ton CEM I 42,5 R tipi çimento içeriyor.', [[420000, 't']]],
    ['en', 'Members recorded 61 B2B meetings during the mission.', [[61, 'count']]],
    ['tr', 'Heyet Bakü’de 37 B2B görüşmesi yaptı.', [[37, 'count']]],
    ['az', 'Şirkət 12 A320 təyyarəsi alıb.', [[12, 'count']]],
    ['ru', 'Авиакомпания эксплуатирует 12 A320 и строит ангар.', [[12, 'count']]],
    ['tr', 'GÜNCELLEME (17.40) - Limanda 12 gemi bekliyor.', [[12, 'count']]],
    ['tr', "Horgos'ta trenler 7 gün 24 saat çalışıyor ve yolculuk 12 gün sürüyor.", [[12, 'days']]],
    ['en', 'The terminal works 24 hours a day, 7 days a week, and clears a train in 6 hours.', [[6, 'hours']]],
    ['az', 'Terminal 7 gün 24 saat işləyir.', []],
    ['ru', 'Терминал работает 24 часа 7 дней в неделю.', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it.each<[string, string, (string | number)[][]]>([
    [
      'en',
      'The port handled 61, 54 and 45 ships in the first three months.',
      [
        [61, 'count'],
        [54, 'count'],
        [45, 'count'],
      ],
    ],
    [
      'en',
      'Trains wait 7 days at the border and 24 hours at the port.',
      [
        [7, 'days'],
        [24, 'hours'],
      ],
    ],
  ])(
    'guard: counts in a list, and a wait of days beside one of hours, are figures (%s: %s)',
    (lang, text, expected) => {
      expect(read(text, lang)).toEqual(expected)
    },
  )
})

describe('findQuantities: speeds in kilometres per hour', () => {
  it.each<[string, string, (string | number)[][]]>([
    ['en', 'A storm with gusts of up to 110 km/h shut the ports.', [[110, 'km/h']]],
    ['en', 'Trains now run at 120 kilometres per hour.', [[120, 'km/h']]],
    [
      'ru',
      'Скорость ветра достигала 110 км/ч, поезда идут 80 километров в час.',
      [
        [110, 'km/h'],
        [80, 'km/h'],
      ],
    ],
    ['tr', 'Rüzgarın hızı saatte 110 kilometreye ulaştı.', [[110, 'km/h']]],
    [
      'az',
      'Yük qatarlarının sürəti saatda 60 kilometrdən 100 kilometrə qədər artırılacaq.',
      [
        [60, 'km/h'],
        [100, 'km/h'],
      ],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it('guard: az: a length in kilometres stays a length', () => {
    expect(read('Xəttin uzunluğu 503 kilometrdir, sürət saatda 100 kilometr olacaq.', 'az')).toEqual([
      [503, 'km'],
      [100, 'km/h'],
    ])
  })
})

describe('findQuantities: a scaled number before parcels or jobs counts them, it borrows no money', () => {
  it.each<[string, string, (string | number)[][]]>([
    [
      'az',
      'Layihəyə 18 milyon manat sərmayə qoyulacaq, anbar gündə 40 min bağlama emal edəcək.',
      [
        [18e6, 'AZN'],
        [40000, 'count'],
      ],
    ],
    [
      'tr',
      'Projeye 50 milyar dolar yatırılacak ve bölgede 15 bin yeni iş yeri açılacak.',
      [
        [5e10, 'USD'],
        [15000, 'count'],
      ],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})

describe('findQuantities: a temperature is no figure (read without its sign it would show a wrong one)', () => {
  it.each<[string, string]>([
    ['az', 'Hava temperaturu gecə mənfi 14–18 dərəcə olacaq.'],
    ['tr', 'Erzurum’da sıcaklık sıfırın altında 12 dereceye düştü.'],
    ['en', 'Temperatures at Aktau fell to minus 14 degrees.'],
    ['en', 'The port closed at -14°C.'],
    ['ru', 'Ночью в Актау до минус 18 градусов.'],
  ])('%s: %s', (lang, text) => {
    expect(findQuantities(text, lang)).toEqual([])
  })

  it('guard: the wind’s speed and the waves’ height in the same bulletin stay', () => {
    const text = 'Şimal-qərb küləyi 12–15 m/s, dalğaların hündürlüyü 1,5–2 metr olacaq.'
    expect(findQuantities(text, 'az').map((q) => [q.value, q.valueMax, q.unit])).toEqual([
      [12, 15, 'm/s'],
      [1.5, 2, 'm'],
    ])
  })
})
