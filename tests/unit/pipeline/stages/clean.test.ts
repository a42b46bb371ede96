import { describe, expect, it } from 'vitest'
import { cleanBody } from '../../../../src/pipeline/stages/clean'

const TR = [
  'Kazakistan Cumhurbaşkanı Tokayev, Türkmenistan’a resmi bir ziyaret gerçekleştirdi.',
  '',
  'Ekonomik İşbirliği',
  'Tokayev, Türkmenistan ile ticari işbirliğinin artırılmasının önemini vurguladı.',
  'Sonuç olarak, Tokayev’in ziyareti iki ülkenin stratejik ortaklığını güçlendirdi.',
]
const AZ = [
  'Astanada Azərbaycan və Qazaxıstan prezidentləri arasında görüş keçirilib.',
  'Görüşdə ticarət, enerji və nəqliyyat sahələrində əməkdaşlıq müzakirə olunub.',
]
const UNRELATED = [
  'Birleşik Rusya, Magnitogorsk gönüllülerine hayır işlerine katılımları için ödül verdi',
  'Kazan’da, Çocuk Yaratıcılığı Sarayı’nın cephesindeki tarihi unsurlar restore edildi',
  'Hantı-Mansi Özerk Okrugu’nda “Benim Yugra’m – Benim Kaderim!” adlı sergi açıldı',
]
const FEED = [
  'Xəbər lenti',
  'Hamısına bax',
  '21 Yanvar 11:29',
  'Gündəm',
  '21 Yanvar 11:24',
  'İqtisadiyyat',
  '21 Yanvar 11:10',
  'Sosial',
]

describe('cleanBody(lines)', () => {
  it('pulls a closing "Kaynak:" credit line into outlet and author', () => {
    const cleaned = cleanBody([...TR, '', 'Kaynak: AA / Meiramgul Kussainova - Güncel'])
    expect(cleaned).toMatchObject({ outlet: 'AA', author: 'Meiramgul Kussainova' })
    expect(cleaned.text).toBe(TR.join('\n'))
    expect(cleaned.removed).toEqual([{ reason: 'credit line', text: 'Kaynak: AA / Meiramgul Kussainova - Güncel' }])
  })

  it('cuts headlines of other stories after the credit line, and a line in another script', () => {
    const cyrillic = '«Единая Россия» открыла в ДНР Парту Героя в память о журналистах'
    const cleaned = cleanBody([
      ...TR,
      'Haber: Abdullah Yiğit – Fotoğraf: https://www.akorda.kz/kz',
      ...UNRELATED,
      cyrillic,
    ])
    expect(cleaned.author).toBe('Abdullah Yiğit')
    expect(cleaned.text).toBe(TR.join('\n'))
    expect(cleaned.removed.map((r) => r.reason)).toEqual([
      'credit line',
      'unrelated headlines after the credit line',
      'line in another script',
    ])
    expect(cleaned.removed[1]?.text).toBe(UNRELATED.join('\n'))
  })

  it('cuts a trailing run of unrelated headlines even without a credit line', () => {
    const cleaned = cleanBody([...TR, ...UNRELATED])
    expect(cleaned.text).toBe(TR.join('\n'))
    expect(cleaned.removed).toEqual([{ reason: 'unrelated headlines', text: UNRELATED.join('\n') }])
  })

  it.each([['Digər xəbərlər:'], ['Читайте также:'], ['Read more:']])(
    'cuts the "%s" label together with the headlines it introduces',
    (label) => {
      const cleaned = cleanBody([...TR, label, ...UNRELATED])
      expect(cleaned.text).toBe(TR.join('\n'))
      expect(cleaned.removed.map((r) => r.text).join('\n')).toContain(label)
    },
  )

  it('keeps a closing heading-like line that shares the article’s words', () => {
    const ending = ['Tokayev’in ziyareti ve stratejik ortaklık', 'Türkmenistan ile işbirliği güçleniyor']
    expect(cleanBody([...TR, ...ending]).text).toBe([...TR, ...ending].join('\n'))
  })

  it('cuts a trailing news feed of categories and timestamps', () => {
    const cleaned = cleanBody([...AZ, ...FEED])
    expect(cleaned.text).toBe(AZ.join('\n'))
    expect(cleaned.removed).toEqual([{ reason: 'news-feed list', text: FEED.join('\n') }])
  })

  it.each<[string, string[]]>([
    [
      'az',
      [
        '14:25 – Ərdoğan: "Azərbaycan Orta Dəhlizdə ən etibarlı tərəfdaşımızdır."',
        '14:10 – Mətbuata bəyanatlar. Ərdoğan: "Enerji mübadiləsini üç dəfə artıracağıq."',
      ],
    ],
    [
      'tr',
      [
        '14:25 – Erdoğan: "Azerbaycan Orta Koridor’da en güvenilir ortağımızdır."',
        '14:10 – Basın açıklaması. Erdoğan: "Enerji ticaretini üç katına çıkaracağız."',
      ],
    ],
    [
      'en',
      [
        '14:25 – Erdoğan: "Azerbaijan is our most reliable partner on the Middle Corridor."',
        '14:10 – Press statements. Erdoğan: "We will triple energy trade."',
      ],
    ],
  ])('%s: keeps a live page’s last entries, sentences closed inside their quotes', (_lang, entries) => {
    expect(cleanBody([...AZ, ...entries]).text).toBe([...AZ, ...entries].join('\n'))
  })

  it('keeps section headings inside the body', () => {
    expect(cleanBody(TR).text).toContain('\nEkonomik İşbirliği\n')
  })

  it('cuts a Latin line from a Cyrillic article', () => {
    const ru = ['Президенты Казахстана и Азербайджана провели переговоры в Астане.', 'Стороны подписали 15 документов.']
    const cleaned = cleanBody([...ru, 'Follow the latest news on our website now'])
    expect(cleaned.text).toBe(ru.join('\n'))
    expect(cleaned.removed[0]?.reason).toBe('line in another script')
  })

  it('reads the outlet of a "xəbər verir" sentence and keeps the sentence', () => {
    const line = '"Report" xəbər verir ki, bu barədə Qazaxıstanın Azərbaycandakı səfirliyindən bildirilib.'
    const cleaned = cleanBody([AZ[0] ?? '', line, AZ[1] ?? ''])
    expect(cleaned.outlet).toBe('Report')
    expect(cleaned.text).toContain(line)
  })

  it.each([
    [
      'tr',
      TR,
      [
        'Haberi paylaş: Facebook X WhatsApp',
        'Etiketler: Türkmenistan, Kazakistan, ziyaret',
        'DİĞER HABERLER',
        'Aşkabat’ta Türkmen halısı fuarı açıldı',
        'Bu habere henüz yorum yapılmamış.',
        '© 2026 Koridor Haber – Tüm hakları saklıdır.',
      ],
    ],
    [
      'az',
      AZ,
      [
        'Xəbər ID: 40121 | Baxış sayı: 918',
        'Paylaş:',
        'Telegram',
        'WhatsApp',
        'Xəbər lenti',
        '12:40 | İqtisadiyyat | Manatın məzənnəsi açıqlanıb',
        '12:15 | İdman | Bakıda marafon keçiriləcək',
        'Reklam və əməkdaşlıq: +994 12 400 11 22',
      ],
    ],
    [
      'en',
      ['Kazakhstan and Azerbaijan agreed to double container traffic.', 'The deal was signed in Baku.'],
      [
        'Share on Facebook',
        'Tags: Caspian, containers',
        'Related stories',
        'Georgia opens new dry port',
        'Article ID: 30044',
        'We use cookies on this site. By continuing you agree to our cookie policy.',
        'Accept all',
      ],
    ],
    [
      'ru',
      ['Казахстан и Азербайджан договорились удвоить контейнерные перевозки.', 'Документ подписан в Баку.'],
      [
        'Теги: Каспий, контейнеры',
        'Поделиться: Telegram VK',
        'Просмотров: 2 051',
        'Читайте также:',
        'Порт Курык нарастил перевалку',
        'Нашли опечатку? Выделите текст и нажмите Ctrl+Enter',
        '© 2026 Степь Медиа. Все права защищены.',
      ],
    ],
  ])('cuts the site furniture under a %s article and keeps every body line', (_lang, body, furniture) => {
    const cleaned = cleanBody([...body, ...furniture])
    expect(cleaned.text).toBe(body.join('\n'))
    expect(cleaned.removed.flatMap((r) => r.text.split('\n'))).toEqual(furniture)
  })

  it.each([
    [
      'tr',
      TR,
      [
        'Bu haberi paylaşın: Facebook | X | LinkedIn | WhatsApp',
        'Yorumlar (0)',
        'EKONOMİ GÜNDEMİ',
        'Ons altın 3.400 doları aştı',
        'Otomotiv ihracatı temmuzda yüzde 8 geriledi',
      ],
    ],
    [
      'az',
      AZ,
      ['Paylaş:', 'Telegram', 'Ən son xəbərlər', 'Qazaxıstanla ticarət 20 faiz artıb', 'Bakıda yeni terminal açılıb'],
    ],
    [
      'en',
      [
        'Kazakhstan and Azerbaijan agreed to double container traffic across the Caspian by 2030.',
        'The deal was signed in Baku.',
      ],
      ['Support independent journalism in Eurasia', 'Donate', 'Energy', 'Europe', 'Asia Pacific'],
    ],
    [
      'ru',
      [
        'Казахстан и Азербайджан договорились удвоить контейнерные перевозки через Каспий к 2030 году.',
        'Документ подписан в Баку.',
      ],
      ['Поделиться: Telegram VK', 'Экономика', 'Порт Курык нарастил перевалку на 20%'],
    ],
  ])('cuts what follows the story past a share bar or a button (%s), its own headlines too', (_lang, body, after) => {
    const cleaned = cleanBody([...body, ...after])
    expect(cleaned.text).toBe(body.join('\n'))
  })

  it('keeps short lines after the story when no furniture stands among them', () => {
    const body = [...TR, 'Ziyaret yarın sona erecek.', 'Kazakistan–Türkmenistan ilişkileri']
    expect(cleanBody(body).text).toBe(body.join('\n'))
  })

  it('keeps prose that follows the furniture (an author’s note)', () => {
    const note = 'Joanna Lillis is a freelance journalist who has covered Central Asia since 2003.'
    const cleaned = cleanBody(['Kazakhstan and Azerbaijan agreed to double container traffic.', 'Share on X', note])
    expect(cleaned.text).toContain(note)
  })

  it('cuts furniture standing between paragraphs, with its reason', () => {
    const cleaned = cleanBody([AZ[0] ?? '', 'Oxu həmçinin: Ələt limanında yeni terminal açılıb', AZ[1] ?? ''])
    expect(cleaned.text).toBe(AZ.join('\n'))
    expect(cleaned.removed).toEqual([
      { reason: 'related links', text: 'Oxu həmçinin: Ələt limanında yeni terminal açılıb' },
    ])
  })
})
