import { describe, expect, it } from 'vitest'
import { cleanBody } from '../../../../src/pipeline/stages/clean'
import { clutterReason } from '../../../../src/pipeline/stages/site-clutter'

describe('clutterReason: the furniture of an encyclopedia’s page', () => {
  it.each<[string, string, string]>([
    ['ru', 'Материал из Википедии — свободной энциклопедии', 'site header'],
    ['tr', 'Vikipedi, özgür ansiklopedi', 'site header'],
    ['en', 'From Wikipedia, the free encyclopedia', 'site header'],
    ['az', 'Vikipediya, azad ensiklopediya', 'site header'],
    ['ru', 'Перейти к навигации Перейти к поиску', 'site header'],
    ['ru', 'Статья Обсуждение Читать Править Править код История', 'site header'],
    ['tr', 'Hesap oluştur | Oturum aç', 'site header'],
    ['ru', 'История[править | править код]', 'section heading'],
    ['en', 'Background[edit]', 'section heading'],
    ['tr', 'Tarihçe[düzenle | kaynağı değiştir]', 'section heading'],
    ['az', 'Tarixi[redaktə | mənbəni redaktə et]', 'section heading'],
    ['ru', '↑ Минтранс: Казахстану не хватает 600 моряков // Интерфакс-Казахстан. — 11 февраля 2025.', 'references'],
    ['tr', '^ "Türkiye\'nin kükürt ithalatı yüzde 40 arttı". Dünya Gazetesi. 9 Mart 2026.', 'references'],
    ['tr', 'Kategoriler: Kazakistan ekonomisi | Kükürt | Orta Koridor', 'tags'],
    ['ru', 'Категории: Высшие учебные заведения Казахстана', 'tags'],
    [
      'tr',
      'Bu madde, Kazakistan’ın kükürt ticareti hakkındadır. Kimyasal element için Kükürt sayfasına bakınız.',
      'editorial notice',
    ],
    ['en', 'This article is about the port. For the town, see Aktau.', 'editorial notice'],
    ['ru', 'Текст доступен по лицензии Creative Commons «С указанием авторства»', 'copyright'],
  ])('%s: %s', (_lang, line, reason) => {
    expect(clutterReason(line)).toBe(reason)
  })
})

describe('clutterReason: a paper’s page, a story over pages, a machine translation', () => {
  it.each<[string, string, string]>([
    ['en', 'ETRC Working Paper No. 2026/11', 'site header'],
    ['tr', 'Çalışma Tebliği No: 2026/07', 'site header'],
    ['en', 'JEL codes: Q17, Q54, F14, O13', 'tags'],
    ['tr', 'JEL kodları: L96, F14, F15, O52', 'tags'],
    ['en', 'Keywords: drought; horticulture; Middle Corridor', 'tags'],
    ['tr', 'Görüntülenme: 1.204 | İndirme: 387', 'view counter'],
    ['tr', 'PDF İndir (1,4 MB) | Atıf Bilgisi (BibTeX) | Paylaş', 'site clutter'],
    ['en', 'Previous page | Next page', 'site clutter'],
    ['tr', '‹ Önceki sayfa | Sonraki sayfa ›', 'site clutter'],
    ['ru', 'Следующая страница →', 'site clutter'],
    ['tr', '5 dk okuma süresi', 'header time'],
    ['tr', 'Bu haberi dinle', 'site clutter'],
    [
      'az',
      'Bu material süni intellekt vasitəsilə rus dilindən avtomatik tərcümə olunub və redaktə edilməyib.',
      'editorial notice',
    ],
    [
      'ru',
      'Внимание! Этот материал переведен с азербайджанского языка с помощью машинного перевода и может содержать неточности.',
      'editorial notice',
    ],
  ])('%s: %s', (_lang, line, reason) => {
    expect(clutterReason(line)).toBe(reason)
  })

  it.each<[string, string]>([
    ['en', 'The working paper numbers 40 pages.'],
    ['ru', 'Содержание серы в нефти Тенгиза высокое.'],
    ['tr', 'Sonraki sayfada ihracat rakamları yer alıyor.'],
  ])('guard, %s: a sentence of the story stays: %s', (_lang, line) => {
    expect(clutterReason(line)).toBeNull()
  })
})

const STORY = [
  'Kazakh citizens bought 1,126 homes in Türkiye in 2025, up 9 percent on the previous year.',
  'Türkiye earned $3.1 billion from health tourism in 2025.',
]

describe('cleanBody: readers’ comments under a story', () => {
  it.each<[string, string[]]>([
    [
      'en',
      [
        'Comments (2)',
        'asel_k · 2 hours ago · ♥ 14',
        'My aunt paid $8,500 in Istanbul.',
        'Timur Zh. · 3 hours ago · ♥ 6',
        'Lira fell 40% in 3 years.',
        'Reply',
      ],
    ],
    [
      'tr',
      [
        'YORUMLAR (2)',
        'Emre_K35',
        '2 saat önce',
        'Kiralar bir yılda yüzde 60 arttı.',
        'Beğen 48 | Beğenme 12 | Yanıtla',
        'Aygün B.',
        '1 saat önce',
        '3+1 ev 95 bin dolara.',
      ],
    ],
    [
      'az',
      ['Şərhlər (2)', 'Elvin', '5 dəqiqə əvvəl', 'Qiymətlər 20 faiz artıb.', 'Kamran', '12 dəqiqə əvvəl', 'Razıyam.'],
    ],
    [
      'ru',
      [
        'Комментарии (2)',
        'Ерлан',
        '3 часа назад',
        'Цены выросли на 30%.',
        'Ответить',
        'Айгуль',
        'вчера в 22:14',
        'Согласна.',
      ],
    ],
  ])('%s: the comments and what follows them are cut, the story stays', (_lang, comments) => {
    const cleaned = cleanBody([...STORY, '', ...comments])
    expect(cleaned.text).toBe(STORY.join('\n'))
  })

  it('guard: a heading with no comment under it leaves the lines after it', () => {
    const lines = [...STORY, '', 'Comments', 'The ministry declined to comment on the figures.']
    expect(cleanBody(lines).text).toContain('The ministry declined to comment on the figures.')
  })
})
