import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { segmentText } from '../../../../src/pipeline/stages/segment'

const SEEDS = 'seeds'
const seedTexts = readdirSync(SEEDS)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => readFileSync(join(SEEDS, file), 'utf8'))

const ODD = [
  '"Kazakistan ve Azerbaycan sadece dost devletler değil aynı zamanda kardeş halklardır." diye konuştu.',
  "Aliyev, son 3 yılda 10'dan fazla ziyaret gerçekleştiğini söyledi. Yük 4,5 milyon tona ulaştı… Sonra?",
  '  Dr. Ahmet geldi.   Prof. Dr. Ayşe de geldi.\n\n\nBaşlık\n  ',
  'Ticarət 1 milyard dollara çatdırılacaq... Növbəti addım!',
  '',
  '\n \n',
]

/** Reads sentences back as text, which also asserts every offset. */
function sentencesOf(text: string, lang: string): string[] {
  const sentences = segmentText(text, lang)
  for (const s of sentences) {
    expect(text.slice(s.start, s.end)).toBe(s.text)
    expect(s.text).toBe(s.text.trim())
    expect(s.text).not.toBe('')
    expect(s.text).not.toContain('\n')
  }
  return sentences.map((s) => s.text)
}

describe('segmentText(text, lang)', () => {
  it.each([...seedTexts, ...ODD].map((text, i) => [i, text]))('keeps exact offsets in text #%i', (_i, text) => {
    for (const lang of ['tr', 'az', 'und']) sentencesOf(text, lang)
  })

  it.each([
    [
      'a heading is its own sentence',
      'Ekonomik hedefler ve projeler\nTokayev konuştu. Aliyev de konuştu.',
      'tr',
      ['Ekonomik hedefler ve projeler', 'Tokayev konuştu.', 'Aliyev de konuştu.'],
    ],
    [
      'a quotation closed before "dedi" stays whole',
      '"Her alanda işbirliğini güçlendirmeye kararlıyız." dedi. Sonra ayrıldı.',
      'tr',
      ['"Her alanda işbirliğini güçlendirmeye kararlıyız." dedi.', 'Sonra ayrıldı.'],
    ],
    [
      'a Turkish ordinal does not end a sentence',
      'Yüksek Konseyinin 2. Toplantısı’na eş başkanlık etti. Görüşme sona erdi.',
      'tr',
      ['Yüksek Konseyinin 2. Toplantısı’na eş başkanlık etti.', 'Görüşme sona erdi.'],
    ],
    [
      'a Roman ordinal does not end a sentence, its "I" folded to a dotless "ı"',
      'Türk Devletleri Teşkilatı’nın XII. Zirvesi’nde anlaşma imzalandı. Liderler ayrıldı.',
      'tr',
      ['Türk Devletleri Teşkilatı’nın XII. Zirvesi’nde anlaşma imzalandı.', 'Liderler ayrıldı.'],
    ],
    [
      'an Azerbaijani Roman ordinal does not end a sentence',
      'Türk Dövlətləri Təşkilatının XI. Zirvəsində saziş imzalandı. Liderlər ayrıldı.',
      'az',
      ['Türk Dövlətləri Təşkilatının XI. Zirvəsində saziş imzalandı.', 'Liderlər ayrıldı.'],
    ],
    [
      'abbreviations and initials do not end a sentence',
      'Dr. Ahmet Yılmaz ve İ. Əliyev görüştü. Toplantı bitti.',
      'tr',
      ['Dr. Ahmet Yılmaz ve İ. Əliyev görüştü.', 'Toplantı bitti.'],
    ],
    [
      'a sentence may open with a year',
      'Anlaşma imzalandı. 2030 yılına kadar ticaret iki katına çıkacak.',
      'tr',
      ['Anlaşma imzalandı.', '2030 yılına kadar ticaret iki katına çıkacak.'],
    ],
    [
      'a decimal comma and a suffixed number stay inside',
      "Yük 4,5 milyon tona ve 10'dan fazla ülkeye ulaştı. Bitti.",
      'tr',
      ["Yük 4,5 milyon tona ve 10'dan fazla ülkeye ulaştı.", 'Bitti.'],
    ],
    [
      'a footnote’s mark ends the sentence it stands after',
      'Reserves are among the largest in the world.[3] What it lacks is a buyer. Exports grew.[12]',
      'en',
      ['Reserves are among the largest in the world.[3]', 'What it lacks is a buyer.', 'Exports grew.[12]'],
    ],
    [
      'a footnote’s mark after a Russian sentence',
      'Запасы оцениваются в 13,6 трлн кубометров.[2] Покупателя пока нет.',
      'ru',
      ['Запасы оцениваются в 13,6 трлн кубометров.[2]', 'Покупателя пока нет.'],
    ],
    [
      'a Russian law’s part and article, abbreviated, do not end a sentence',
      'Действия квалифицированы по ч. 3 ст. 234 Уголовного кодекса. Приговор обжалован.',
      'ru',
      ['Действия квалифицированы по ч. 3 ст. 234 Уголовного кодекса.', 'Приговор обжалован.'],
    ],
    [
      'an English abbreviation',
      'Mr. Smith arrived in Baku. He met officials.',
      'en',
      ['Mr. Smith arrived in Baku.', 'He met officials.'],
    ],
  ])('%s', (_name, text, lang, expected) => {
    expect(sentencesOf(text, lang)).toEqual(expected)
  })
})

describe('segmentText: an amount’s abbreviation before a capitalised word ends its sentence', () => {
  const texts = (text: string) => segmentText(text, 'ru').map((s) => s.text)
  it('ru: "$210 млн. Деньги пойдут …" is two sentences', () => {
    expect(texts('Банк подписал кредитное соглашение на $210 млн. Деньги пойдут на дноуглубление.')).toEqual([
      'Банк подписал кредитное соглашение на $210 млн.',
      'Деньги пойдут на дноуглубление.',
    ])
  })

  it('guard, ru: "5 млн. тонн" goes on in small letters', () => {
    expect(texts('Экспорт составил 5 млн. тонн зерна.')).toEqual(['Экспорт составил 5 млн. тонн зерна.'])
  })

  it('ru: a tonne\'s "т." after an amount ends its sentence before a capital, as a scale does', () => {
    expect(texts('Из них в Казахстан ушло около 14 тыс. т. Оптовики ждут роста цен.')).toEqual([
      'Из них в Казахстан ушло около 14 тыс. т.',
      'Оптовики ждут роста цен.',
    ])
    expect(texts('Урожай составил 800 т. Экспорт вырос.')).toEqual(['Урожай составил 800 т.', 'Экспорт вырос.'])
  })

  it('guard, ru: "и т. д." after a word is no amount and stays one sentence with what follows in small letters', () => {
    expect(texts('Везут курагу, изюм и т. д. и т. п. на рынки.')).toEqual([
      'Везут курагу, изюм и т. д. и т. п. на рынки.',
    ])
  })
})
