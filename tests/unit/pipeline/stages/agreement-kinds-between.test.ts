import { describe, expect, it } from 'vitest'
import { extractAgreements } from '../../../../src/pipeline/stages/extract-agreements'
import { articleOf, paragraphsOf } from './extraction-input'

/** Each agreement of one sentence as its kind and title. */
const agreements = (lang: string, sentence: string) =>
  extractAgreements(articleOf(lang, '2026-06-20', [sentence])).map((a) => [a.kind, a.title])

describe('extractAgreements: a document whose kind stands between its complement and its noun', () => {
  it.each<[string, string, string]>([
    [
      'az',
      'Konsorsium dəniz külək parkının tikintisi üzrə icra sazişi imzaladı.',
      'dəniz külək parkının tikintisi üzrə icra sazişi',
    ],
    [
      'az',
      'Dekabrda, yaşıl enerji dəhlizi üzrə strateji tərəfdaşlıq sazişini imzaladılar.',
      'yaşıl enerji dəhlizi üzrə strateji tərəfdaşlıq sazişi',
    ],
    [
      'tr',
      'Aralıkta, yeşil enerji koridoruna ilişkin stratejik ortaklık anlaşmasını imzaladılar.',
      'yeşil enerji koridoruna ilişkin stratejik ortaklık anlaşması',
    ],
    [
      'en',
      'The consortium signed an agreement on the construction of the wind farm.',
      'agreement on the construction of the wind farm',
    ],
    [
      'ru',
      'Консорциум подписал соглашение о реализации проекта ветровой электростанции.',
      'соглашение о реализации проекта ветровой электростанции',
    ],
  ])('%s: %s', (lang, sentence, title) => {
    expect(agreements(lang, sentence)).toEqual([['document', title]])
  })

  it.each<[string, string]>([
    ['az', 'Kabel üzrə yekun investisiya qərarının 2027-ci ildə qəbul edilməsi gözlənilir.'],
    ['ru', 'Подписанные документы'],
    ['tr', 'İmzalanan belgeler'],
  ])('%s: no document in %s', (lang, sentence) => {
    expect(agreements(lang, sentence).filter(([kind]) => kind === 'document')).toEqual([])
  })

  it('dates an agreement under a chronology’s year heading to that year', () => {
    const input = paragraphsOf('az', '2026-06-20', [
      ['2022'],
      ['Dekabrın 17-də dörd ölkə Buxarestdə yaşıl enerji dəhlizi üzrə strateji tərəfdaşlıq sazişini imzaladı.'],
      ['2023'],
      ['Oktyabrda konsorsium dəniz külək parkının tikintisi üzrə icra sazişi imzaladı.'],
    ])
    expect(extractAgreements(input).map((a) => a.date)).toEqual(['2022-12-17', '2023-10'])
  })
})

describe('extractAgreements: the kinds a counted package held, after a dash or a bracket, are no more documents', () => {
  const counted = (lang: string, sentence: string) =>
    extractAgreements(articleOf(lang, '2025-11-20', [sentence])).map((a) => [a.kind, a.count, a.title])
  it.each<[string, string, number]>([
    ['ru', 'По итогам форума подписано 12 документов — соглашений и меморандумов между компаниями.', 12],
    ['tr', 'Forumda 9 belge (anlaşma ve mutabakat zaptı) imzalandı.', 9],
    ['en', 'Five documents — agreements and memoranda between the companies — were signed.', 5],
  ])('%s: %s', (lang, sentence, count) => {
    expect(counted(lang, sentence)).toEqual([['package', count, null]])
  })

  it('guard, en: a package and a document named after it are both signed', () => {
    const found = counted('en', 'Four documents were signed; separately, the ministers signed a roadmap on transit.')
    expect(found.map(([kind]) => kind)).toEqual(['package', 'document'])
  })
})

describe('extractAgreements: a compound document signed bare, maybe with its acronym, is one document', () => {
  it.each<[string, string, string]>([
    [
      'tr',
      'Şirket, bakanlıkla 2 GW’lık bir rüzgâr projesi için enerji satın alma anlaşması (PPA) imzaladığını duyurdu.',
      'enerji satın alma anlaşması',
    ],
    ['tr', 'Üç ülke, geçen yıl Bakü’de stratejik ortaklık anlaşması imzalamıştı.', 'stratejik ortaklık anlaşması'],
    ['az', 'Tərəflər Bakıda strateji tərəfdaşlıq sazişi (STS) imzalayıblar.', 'strateji tərəfdaşlıq sazişi'],
  ])('%s: %s', (lang, sentence, title) => {
    expect(agreements(lang, sentence)).toEqual([['document', title]])
  })
})
