import { describe, expect, it } from 'vitest'
import { ingestFile } from '../../../../src/pipeline/stages/ingest'
import { reflowWrappedLines } from '../../../../src/pipeline/stages/reflow'
import { segmentText } from '../../../../src/pipeline/stages/segment'

/** An Azerbaijani print column after its first line: three words broken across lines, a line cut before a digit. */
const AZ_COLUMN_REST = [
  '1 milyon 240 min ton buğda idxal edib.',
  'Dövlət Gömrük Komitəsinin məlumatı-',
  'na görə, bu, ölkəyə gətirilən buğdanın',
  '92 faizini təşkil edir. Buğda idxalına',
  'ümumilikdə 285 milyon ABŞ dolları xərc-',
  'lənib. Qazaxıstan unu da daxili bazarda möv-',
  'qeyini möhkəmləndirir.',
]

const sentencesOf = (text: string, lang: string) => segmentText(reflowWrappedLines(text), lang).map((s) => s.text)

describe('reflowWrappedLines: a print page read by OCR', () => {
  it('joins an Azerbaijani column into its sentences and mends the words hyphenated across lines', () => {
    const column = ['Ötən il Azərbaycan Qazaxıstandan', ...AZ_COLUMN_REST].join('\n')
    expect(sentencesOf(column, 'az')).toEqual([
      'Ötən il Azərbaycan Qazaxıstandan 1 milyon 240 min ton buğda idxal edib.',
      'Dövlət Gömrük Komitəsinin məlumatına görə, bu, ölkəyə gətirilən buğdanın 92 faizini təşkil edir.',
      'Buğda idxalına ümumilikdə 285 milyon ABŞ dolları xərclənib.',
      'Qazaxıstan unu da daxili bazarda mövqeyini möhkəmləndirir.',
    ])
  })

  it('joins a Turkish column cut before a capital when the line fills the column', () => {
    const column = [
      'Kars-Iğdır-Nahçıvan demiryolunun yapı-',
      'mında rayların yüzde 40’ı döşendi. Hat',
      'bitince yılda 5 milyon ton yük taşına-',
      'cak ve yolculuk süresi Kars ile Nahçı-',
      'van arasında 3 saate inecek, Bakan',
      'Uraloğlu açıklamasında belirtti.',
    ].join('\n')
    expect(sentencesOf(column, 'tr')).toEqual([
      'Kars-Iğdır-Nahçıvan demiryolunun yapımında rayların yüzde 40’ı döşendi.',
      'Hat bitince yılda 5 milyon ton yük taşınacak ve yolculuk süresi Kars ile Nahçıvan arasında 3 saate inecek, Bakan Uraloğlu açıklamasında belirtti.',
    ])
  })

  it('keeps the hyphen of a compound broken before a capital, and a headline in capitals is one line', () => {
    const page = [
      'SOYUDUCU VAQONLARDA',
      'MEYVƏ-TƏRƏVƏZ ŞİMALA VƏ ŞƏRQƏ',
      '',
      'Ötən il “ADY Express” şirkəti meyvə-tə-',
      'rəvəz ixracı üçün 1 120 refrijerator va-',
      'qon təşkil edib. Bundan başqa, Xaçmaz-',
      'Moskva marşrutu üzrə həftədə 2 konteyner',
      'qatarının işə salınması nəzərdə tutu-',
      'lur.',
    ].join('\n')
    expect(reflowWrappedLines(page).split('\n')).toEqual([
      'SOYUDUCU VAQONLARDA MEYVƏ-TƏRƏVƏZ ŞİMALA VƏ ŞƏRQƏ',
      '',
      'Ötən il “ADY Express” şirkəti meyvə-tərəvəz ixracı üçün 1 120 refrijerator vaqon təşkil edib. Bundan başqa, Xaçmaz-',
      'Moskva marşrutu üzrə həftədə 2 konteyner qatarının işə salınması nəzərdə tutulur.',
    ])
  })

  it('joins a Russian column and leaves a line that ends its sentence apart', () => {
    const column = [
      'В прошлом году по паромной линии Ак-',
      'тау – Баку перевезено 42 тыс. пасса-',
      'жиров, на 18% больше, чем годом ра-',
      'нее.',
      'Новый паром примет первых пассажи-',
      'ров в июне.',
    ].join('\n')
    expect(sentencesOf(column, 'ru')).toEqual([
      'В прошлом году по паромной линии Актау – Баку перевезено 42 тыс. пассажиров, на 18% больше, чем годом ранее.',
      'Новый паром примет первых пассажиров в июне.',
    ])
  })
})

describe('reflowWrappedLines: a plain-text e-mail wrapped at its column without hyphens', () => {
  it('joins lines continued in small letters', () => {
    const mail = [
      'Kazakhstan shipped 2.1 million tonnes of coal and coke to the Georgian',
      'ports of Poti and Batumi last year, up 35% from 2024, according to',
      'the railway operator. Most of it went on to Turkish steel mills,',
      'which bought 1.4 million tonnes, and the rest to Romania and',
      'Bulgaria. Transit through Azerbaijan took 11 days on average, down',
      'from 14 days a year earlier, and the operator wants to cut it to',
      "eight days by 2027. The line's owners expect volumes to reach 3",
      'million tonnes next year, as two more coke plants in the Karaganda',
      'region come on stream.',
    ].join('\n')
    expect(sentencesOf(mail, 'en')).toEqual([
      'Kazakhstan shipped 2.1 million tonnes of coal and coke to the Georgian ports of Poti and Batumi last year, up 35% from 2024, according to the railway operator.',
      'Most of it went on to Turkish steel mills, which bought 1.4 million tonnes, and the rest to Romania and Bulgaria.',
      'Transit through Azerbaijan took 11 days on average, down from 14 days a year earlier, and the operator wants to cut it to eight days by 2027.',
      "The line's owners expect volumes to reach 3 million tonnes next year, as two more coke plants in the Karaganda region come on stream.",
    ])
  })
})

describe('reflowWrappedLines: a web page is left as it is', () => {
  it('does not join a headline, its standfirst, a menu and paragraphs that each end their line', () => {
    const page = [
      'Kazakh wheat exports to Azerbaijan rise 12%',
      'Shipments via Aktau and Kuryk reached 1.2 million tonnes',
      'Home | Economy | Transport',
      'Kazakhstan exported 1.24 million tonnes of wheat to Azerbaijan last year.',
      'tags: wheat, grain, Caspian',
      'The ministry expects 1.5 million tonnes in 2026.',
    ].join('\n')
    expect(reflowWrappedLines(page)).toBe(page)
  })

  it('does not mend a word hyphenated at a line end twice: one such line is no wrapped page', () => {
    const text = 'Bakı-\nnın limanı 2025-ci ildə 7,5 milyon ton yük aşırıb.\nQazaxıstan payı artıb.'
    expect(reflowWrappedLines(text)).toBe(text)
  })
})

describe('ingestFile: a scanned print page', () => {
  it('reads the headline in capitals over two lines, the date in the running header and whole sentences', () => {
    const page = [
      'XALQ QƏZETİ',
      'Səhifə: 1 2 3 4 5 6 [7] 8 9 10 | PDF yüklə (4,2 MB)',
      'Mətn avtomatik tanınıb (OCR). Orijinal ilə fərqlər ola bilər.',
      '',
      'XALQ QƏZETİ        18 mart 2026-cı il, çərşənbə        № 58 (29.812)',
      'İQTİSADİYYAT',
      '',
      'QAZAXISTAN TAXILI: BAKI VƏ',
      'TBİLİSİ İSTİQAMƏTİNDƏ',
      '',
      '  Ötən il Azərbaycan Qazaxıstandan',
      ...AZ_COLUMN_REST,
    ].join('\n')
    const { ingested } = ingestFile({ file: 'xq.txt', bytes: new TextEncoder().encode(page) })
    expect(ingested?.title).toBe('QAZAXISTAN TAXILI: BAKI VƏ TBİLİSİ İSTİQAMƏTİNDƏ')
    expect(ingested?.published).toBe('2026-03-18')
    expect(ingested?.body.filter((line) => line !== '')).toEqual([
      'Ötən il Azərbaycan Qazaxıstandan 1 milyon 240 min ton buğda idxal edib.',
      'Dövlət Gömrük Komitəsinin məlumatına görə, bu, ölkəyə gətirilən buğdanın 92 faizini təşkil edir. Buğda idxalına ümumilikdə 285 milyon ABŞ dolları xərclənib. Qazaxıstan unu da daxili bazarda mövqeyini möhkəmləndirir.',
    ])
  })
})
