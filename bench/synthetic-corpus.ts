/** A generated article: a file name and its text, as the input folder would hold it. */
export interface SyntheticArticle {
  file: string
  text: string
}

/** Returns a seeded pseudo-random generator in [0, 1) (mulberry32): the same seed always gives the same corpus. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Lang = 'tr' | 'az' | 'en' | 'ru'
const LANGS: readonly Lang[] = ['tr', 'tr', 'az', 'az', 'en', 'ru']

/** Country names per language: nominative, then the form after "to" (dative in tr/az, accusative in ru). */
const COUNTRIES: Record<Lang, readonly (readonly [string, string])[]> = {
  tr: [
    ['Kazakistan', "Kazakistan'a"],
    ['Azerbaycan', "Azerbaycan'a"],
    ['Türkiye', "Türkiye'ye"],
    ['Gürcistan', "Gürcistan'a"],
    ['Özbekistan', "Özbekistan'a"],
    ['Çin', "Çin'e"],
    ['Türkmenistan', "Türkmenistan'a"],
  ],
  az: [
    ['Qazaxıstan', 'Qazaxıstana'],
    ['Azərbaycan', 'Azərbaycana'],
    ['Türkiyə', 'Türkiyəyə'],
    ['Gürcüstan', 'Gürcüstana'],
    ['Özbəkistan', 'Özbəkistana'],
    ['Çin', 'Çinə'],
    ['Türkmənistan', 'Türkmənistana'],
  ],
  en: ['Kazakhstan', 'Azerbaijan', 'Turkey', 'Georgia', 'Uzbekistan', 'China', 'Turkmenistan'].map(
    (c) => [c, c] as const,
  ),
  ru: [
    ['Казахстан', 'Казахстан'],
    ['Азербайджан', 'Азербайджан'],
    ['Турция', 'Турцию'],
    ['Грузия', 'Грузию'],
    ['Узбекистан', 'Узбекистан'],
    ['Китай', 'Китай'],
    ['Туркменистан', 'Туркменистан'],
  ],
}

const MONTHS: Record<Lang, readonly string[]> = {
  tr: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
  // genitive, as in "oktyabrın 21-də"
  az: [
    'yanvarın',
    'fevralın',
    'martın',
    'aprelin',
    'mayın',
    'iyunun',
    'iyulun',
    'avqustun',
    'sentyabrın',
    'oktyabrın',
    'noyabrın',
    'dekabrın',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
}

const AZ_MONTHS = 'yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr'.split(' ')

const SECTORS: Record<Lang, readonly string[]> = {
  tr: ['enerji', 'ulaştırma', 'lojistik', 'tarım', 'sağlık', 'dijitalleşme', 'kültür', 'sanayi'],
  az: ['energetika', 'nəqliyyat', 'logistika', 'kənd təsərrüfatı', 'səhiyyə', 'rəqəmsal texnologiyalar', 'mədəniyyət'],
  en: ['energy', 'transport', 'logistics', 'agriculture', 'health', 'digital technology', 'culture', 'industry'],
  ru: ['энергетики', 'транспорта', 'логистики', 'сельского хозяйства', 'здравоохранения', 'цифровизации', 'культуры'],
}

const WORD_MULTIPLIERS: Record<Lang, readonly string[]> = {
  tr: ['iki katına', 'üç katına', 'dört katına'],
  az: ['iki dəfə', 'üç dəfə', 'dörd dəfə'],
  en: ['double', 'triple', 'quadruple'],
  ru: ['в два раза', 'в три раза', 'в четыре раза'],
}
const OUTLETS: Record<Lang, string> = { tr: 'Kaynak', az: 'Mənbə', en: 'Source', ru: 'Источник' }
const CLUTTER_LABELS: Record<Lang, readonly string[]> = {
  tr: ['İlgili Haberler', 'Son Dakika'],
  az: ['Xəbər lenti', 'Digər xəbərlər'],
  en: ['Related news', 'Most read'],
  ru: ['Читайте также:', 'Лента новостей'],
}
const CLUTTER: Record<Lang, readonly string[]> = {
  tr: ['Hava sıcaklıkları mevsim normallerinin üzerine çıkacak', 'Süper Lig’de derbi heyecanı', 'Akaryakıta indirim'],
  az: ['Sabah hava yağmurlu olacaq', 'Milli komanda hazırlıqlara başlayıb', 'Bakıda yeni park salınıb'],
  en: ['Markets close higher on tech rally', 'Storm warning issued for the coast', 'Film festival opens'],
  ru: ['Курс валют на сегодня', 'В столице ожидается снег', 'Стартовал чемпионат по футболу'],
}

/** Sentence templates per language; `p` picks a random item, `n` a random integer, `two` two distinct items. */
interface Kit {
  p: <T>(items: readonly T[]) => T
  n: (min: number, max: number) => number
  two: (items: readonly string[]) => [string, string]
  dec: (lang: Lang) => string
  a: readonly [string, string]
  b: readonly [string, string]
  year: number
  date: [number, number]
}

/** The Azerbaijani locative suffix after a day number: "21-də" but "6-da", "10-da" (vowel harmony of the spoken word). */
const azLocative = (day: number) => (day % 10 === 6 || day % 10 === 9 || day === 10 ? 'da' : 'də')

const TEMPLATES: Record<Lang, readonly ((k: Kit) => string)[]> = {
  tr: [
    (k) =>
      `${k.a[0]} ile ${k.b[0]} arasındaki ticaret hacmi geçen yıl yüzde ${k.n(3, 60)} artarak ${k.dec('tr')} milyar dolara ulaştı.`,
    (k) =>
      `Taraflar, yük taşımacılığının ${k.year + k.n(2, 6)} yılına kadar ${k.p(WORD_MULTIPLIERS.tr)} çıkarılmasını hedefliyor.`,
    (k) =>
      `Limanda geçen yıl ${k.n(20, 900)} bin TEU konteyner elleçlendi ve toplam yük ${k.dec('tr')} milyon ton oldu.`,
    (k) => `Ziyarette ${k.two(SECTORS.tr).join(' ve ')} alanlarında ${k.n(2, 20)} anlaşma imzalandı.`,
    (k) =>
      `${k.a[0]} Cumhurbaşkanı, ${k.date[1]} ${MONTHS.tr[k.date[0]]} ${k.year} tarihinde ${k.b[1]} resmi ziyaret gerçekleştirdi.`,
    (k) =>
      `Yetkililer, ihracatın ${k.year + k.n(1, 5)} yılına kadar ${k.n(2, 15)} milyon tondan fazla olmasını bekliyor.`,
    () => 'Uzmanlar, Orta Koridor’un rekabet gücünün artırılmasının bölge için büyük önem taşıdığını belirtiyor.',
  ],
  az: [
    (k) =>
      `Ötən il ${k.a[0]} ilə ${k.b[0]} arasında ticarət dövriyyəsi ${k.n(3, 60)} faiz artaraq ${k.dec('az')} milyard dollara çatıb.`,
    (k) =>
      `Yükdaşımaların həcminin ${k.year + k.n(2, 6)}-ci ilədək ${k.p(WORD_MULTIPLIERS.az)} artırılması nəzərdə tutulur.`,
    (k) => `Limanda ötən il ${k.n(20, 900)} min TEU konteyner və ${k.dec('az')} milyon ton yük aşırılıb.`,
    (k) => `Səfər çərçivəsində ${k.two(SECTORS.az).join(' və ')} sahələrində ${k.n(2, 20)} sənəd imzalanıb.`,
    (k) =>
      `${k.a[0]} Prezidenti ${MONTHS.az[k.date[0]]} ${k.date[1]}-${azLocative(k.date[1])} ${k.b[1]} dövlət səfərinə gəlib.`,
    (k) =>
      `Tərəflər qarşılıqlı investisiyaların həcmini təxminən ${k.dec('az')} milyard dollara çatdırmağı hədəfləyir.`,
    () => 'Ekspertlər bildirir ki, Orta Dəhliz regionun iqtisadi inteqrasiyasında mühüm rol oynayır.',
  ],
  en: [
    (k) => `Trade between ${k.a[0]} and ${k.b[0]} rose ${k.n(3, 60)}% last year to $${k.dec('en')} billion.`,
    (k) => `The two governments aim to ${k.p(WORD_MULTIPLIERS.en)} freight volumes by ${k.year + k.n(2, 6)}.`,
    (k) =>
      `The port handled ${k.n(20, 900)},${k.n(100, 999)} TEU last year, along with about ${k.dec('en')} million tonnes of cargo.`,
    (k) => `The sides signed ${k.n(2, 20)} agreements on ${k.two(SECTORS.en).join(' and ')}.`,
    (k) =>
      `The president of ${k.a[0]} paid a state visit to ${k.b[1]} on ${MONTHS.en[k.date[0]]} ${k.date[1]}, ${k.year}.`,
    (k) => `Exports could exceed ${k.n(2, 15)} million tonnes by ${k.year + k.n(1, 5)}, officials said.`,
    () => 'Analysts say the Middle Corridor has gained importance as shippers look for new routes.',
  ],
  ru: [
    (k) =>
      `В прошлом году товарооборот между странами вырос на ${k.n(3, 60)}% и составил ${k.dec('ru')} млрд долларов.`,
    (k) => `К ${k.year + k.n(2, 6)} году стороны намерены увеличить объём перевозок ${k.p(WORD_MULTIPLIERS.ru)}.`,
    (k) => `В прошлом году порт перевалил ${k.n(20, 900)} тыс. TEU и ${k.dec('ru')} млн тонн грузов.`,
    (k) => `Стороны подписали ${k.n(2, 20)} документов в сферах ${k.two(SECTORS.ru).join(' и ')}.`,
    (k) =>
      `${k.date[1]} ${MONTHS.ru[k.date[0]]} ${k.year} года президент страны посетил ${k.b[1]} с официальным визитом.`,
    (k) => `По оценкам экспертов, экспорт может превысить ${k.n(2, 15)} млн тонн.`,
    () => 'Эксперты отмечают, что Средний коридор играет всё большую роль в торговле между Азией и Европой.',
  ],
}

/** Headlines per language; the names fill in the two countries an article is about. */
const HEADLINES: Record<Lang, readonly ((a: string, b: string) => string)[]> = {
  tr: [(a, b) => `${a} ile ${b} arasında yeni işbirliği adımları`, (a) => `${a} Orta Koridor'da yük hedefini büyüttü`],
  az: [(a, b) => `${a} ilə ${b} arasında əməkdaşlıq genişlənir`, (a) => `${a} Orta Dəhlizdə yeni hədəflər açıqlayıb`],
  en: [(a, b) => `${a} and ${b} agree to expand trade`, (a) => `${a} sets new Middle Corridor cargo targets`],
  ru: [(a, b) => `${a} и ${b} расширяют сотрудничество`, (a) => `${a} ставит новые цели по Среднему коридору`],
}

const pad = (value: number) => String(value).padStart(2, '0')

/** Builds one article: a header in one of four layouts, 6–14 body sentences in paragraphs, maybe a credit and clutter. */
function makeArticle(index: number, random: () => number): SyntheticArticle {
  const p = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const n = (min: number, max: number) => min + Math.floor(random() * (max - min + 1))
  const lang = p(LANGS)
  const a = p(COUNTRIES[lang])
  const b = p(COUNTRIES[lang].filter((country) => country !== a))
  const year = n(2021, 2026)
  const date: [number, number] = [n(0, 11), n(1, 28)]
  const dec = (l: Lang) => `${n(1, 99)}${l === 'en' ? '.' : ','}${n(1, 9)}`
  const two = (items: readonly string[]): [string, string] => {
    const first = p(items)
    return [first, p(items.filter((item) => item !== first))]
  }
  const kit: Kit = { p, n, two, dec, a, b, year, date }
  const title = p(HEADLINES[lang])(a[0], b[0])
  const iso = `${year}-${pad(date[0] + 1)}-${pad(date[1])}`
  const header = p([
    ` date ${iso} ${title}`,
    `${title}\n${pad(date[1])}.${pad(date[0] + 1)}.${year} ${pad(n(0, 23))}:${pad(n(0, 59))}`,
    `${title}\n${date[1]} ${(lang === 'az' ? AZ_MONTHS : MONTHS[lang])[date[0]]} ${year}, ${pad(n(0, 23))}:${pad(n(0, 59))}`,
    title,
  ])
  // Templates in a shuffled order, each used at most twice, with fresh numbers and dates every time.
  const order = TEMPLATES[lang].map((template) => ({ template, key: random() })).sort((x, y) => x.key - y.key)
  const sentences = Array.from({ length: n(6, 14) }, (_, i) =>
    order[i % order.length]?.template({ ...kit, date: [n(0, 11), n(1, 28)] }),
  )
  const paragraphs: string[] = []
  for (let i = 0, step = n(1, 3); i < sentences.length; i += step, step = n(1, 3)) {
    paragraphs.push(sentences.slice(i, i + step).join(' '))
  }
  const credit =
    random() < 0.5 ? [`${OUTLETS[lang]}: ${p(['AA', 'APA', 'Report', 'Trend', 'Reuters', 'Kazinform'])}`] : []
  const clutter =
    random() < 0.4 ? [p(CLUTTER_LABELS[lang]), ...Array.from({ length: n(2, 8) }, () => p(CLUTTER[lang]))] : []
  const text = [header, '', paragraphs.join('\n\n'), '', ...credit, ...clutter, ''].join('\n')
  return { file: `synthetic-${String(index).padStart(6, '0')}.txt`, text }
}

/** Generates `count` varied articles in Turkish, Azerbaijani, English and Russian; the same seed gives the same corpus. */
export function generateCorpus(count: number, seed = 20250101): SyntheticArticle[] {
  const random = mulberry32(seed)
  return Array.from({ length: count }, (_, index) => makeArticle(index, random))
}
