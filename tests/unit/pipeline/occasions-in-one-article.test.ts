import { describe, expect, it } from 'vitest'
import { occasions } from './occasion-list'

describe('a summit and the next one, told in one article', () => {
  it.each([
    [
      'en',
      'Turkic summit: live\n\nOct 07, 2026\n\nAt the signing ceremony today, the leaders signed a package of 12 documents. The declaration confirms that the next summit will be held in Türkiye next year. The 13th Summit of the OTS has opened at the congress hall in Turkistan.',
    ],
    [
      'tr',
      "Türkistan Zirvesi\n\n07.10.2026\n\nLiderler bugün imza töreninde 12 belge imzaladı. Bildiriye göre Teşkilatın bir sonraki zirvesi gelecek yıl Türkiye'de yapılacak. Türk Devletleri Teşkilatı'nın 13. Zirvesi Türkistan'da başladı.",
    ],
    [
      'az',
      'Türküstan sammiti\n\n07.10.2026\n\nLiderlər bu gün imzalanma mərasimində 12 sənəd imzalayıblar. Bəyannaməyə əsasən, təşkilatın növbəti sammiti gələn il Türkiyədə keçiriləcək. Türk Dövlətləri Təşkilatının 13-cü Zirvəsi Türküstanda başlayıb.',
    ],
    [
      'ru',
      'Саммит в Туркестане\n\n07.10.2026\n\nЛидеры сегодня на церемонии подписания подписали пакет из 12 документов. Согласно декларации, следующий саммит организации пройдет в Турции в следующем году. В Туркестане открылся 13-й саммит Организации тюркских государств.',
    ],
  ])('keeps the summit held today apart from the next one, and the signing part of it (%s)', (lang, text) => {
    const found = occasions([[`${lang}-live.txt`, text]])
    expect(found.map(({ kind, date, status }) => ({ kind, date, status }))).toEqual([
      { kind: 'summit', date: '2026-10-07', status: 'happened' },
      { kind: 'summit', date: '2027', status: 'planned' },
    ])
  })
})

describe('who else took part adds to the occasion, never starts another', () => {
  it.each([
    [
      'ru',
      'Встреча министров\n\n18.09.2026\n\nДокумент подписан в четверг в ходе министерской встречи, которую провел министр транспорта Азербайджана Рашад Набиев. Во встрече также приняли участие министр транспорта Турции Абдулкадир Уралоглу и министр экономики Грузии.',
    ],
    [
      'en',
      "Ministers meet in Baku\n\n18.09.2026\n\nThe document was signed on Thursday at a ministerial meeting chaired by Azerbaijan's transport minister Rashad Nabiyev. The meeting was also attended by Türkiye's transport minister Abdulkadir Uraloğlu and Georgia's economy minister.",
    ],
    [
      'tr',
      "Bakanlar Bakü'de\n\n18.09.2026\n\nBelge perşembe günü Azerbaycan Ulaştırma Bakanı Reşad Nabiyev'in başkanlık ettiği bakanlar toplantısında imzalandı. Toplantıya Türkiye Ulaştırma Bakanı Abdulkadir Uraloğlu ve Gürcistan Ekonomi Bakanı da katıldı.",
    ],
    [
      'az',
      'Nazirlər Bakıda\n\n18.09.2026\n\nSənəd cümə axşamı Azərbaycanın nəqliyyat naziri Rəşad Nəbiyevin sədrlik etdiyi nazirlər görüşündə imzalanıb. Görüşdə Türkiyənin nəqliyyat naziri Abdulkadir Uraloğlu və Gürcüstanın iqtisadiyyat naziri də iştirak edib.',
    ],
  ])('tells one ministers’ meeting (%s)', (lang, text) => {
    const found = occasions([[`${lang}-ministers.txt`, text]])
    expect(found.map(({ kind, date, status }) => ({ kind, date, status }))).toEqual([
      { kind: 'meeting', date: '2026-09-17', status: 'happened' },
    ])
  })
})
