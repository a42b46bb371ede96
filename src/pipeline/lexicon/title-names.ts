/**
 * Names the generated titles use, in the three interface languages, and the Turkish and Azerbaijani case endings
 * they take. Names the table lacks fall back to their English spelling, which takes endings by the same rules.
 */
export type TitleLang = 'en' | 'tr' | 'az'

type Names = Record<TitleLang, string>

const COUNTRIES: Record<string, Names> = {
  KZ: { en: 'Kazakhstan', tr: 'Kazakistan', az: 'Qazaxıstan' },
  AZ: { en: 'Azerbaijan', tr: 'Azerbaycan', az: 'Azərbaycan' },
  TM: { en: 'Turkmenistan', tr: 'Türkmenistan', az: 'Türkmənistan' },
  TR: { en: 'Türkiye', tr: 'Türkiye', az: 'Türkiyə' },
  RU: { en: 'Russia', tr: 'Rusya', az: 'Rusiya' },
  CN: { en: 'China', tr: 'Çin', az: 'Çin' },
  GE: { en: 'Georgia', tr: 'Gürcistan', az: 'Gürcüstan' },
  AM: { en: 'Armenia', tr: 'Ermenistan', az: 'Ermənistan' },
  UZ: { en: 'Uzbekistan', tr: 'Özbekistan', az: 'Özbəkistan' },
  KG: { en: 'Kyrgyzstan', tr: 'Kırgızistan', az: 'Qırğızıstan' },
  TJ: { en: 'Tajikistan', tr: 'Tacikistan', az: 'Tacikistan' },
  IR: { en: 'Iran', tr: 'İran', az: 'İran' },
  HU: { en: 'Hungary', tr: 'Macaristan', az: 'Macarıstan' },
  RO: { en: 'Romania', tr: 'Romanya', az: 'Rumıniya' },
  UA: { en: 'Ukraine', tr: 'Ukrayna', az: 'Ukrayna' },
  DE: { en: 'Germany', tr: 'Almanya', az: 'Almaniya' },
  PK: { en: 'Pakistan', tr: 'Pakistan', az: 'Pakistan' },
  AF: { en: 'Afghanistan', tr: 'Afganistan', az: 'Əfqanıstan' },
  BG: { en: 'Bulgaria', tr: 'Bulgaristan', az: 'Bolqarıstan' },
  US: { en: 'the United States', tr: 'ABD', az: 'ABŞ' },
}

const PLACES: Record<string, Names> = {
  Astana: { en: 'Astana', tr: 'Astana', az: 'Astana' },
  Almaty: { en: 'Almaty', tr: 'Almatı', az: 'Almatı' },
  Aktau: { en: 'Aktau', tr: 'Aktau', az: 'Aktau' },
  Baku: { en: 'Baku', tr: 'Bakü', az: 'Bakı' },
  Alat: { en: 'Alat', tr: 'Alat', az: 'Ələt' },
  Ashgabat: { en: 'Ashgabat', tr: 'Aşkabat', az: 'Aşqabad' },
  Turkmenbashi: { en: 'Turkmenbashi', tr: 'Türkmenbaşı', az: 'Türkmənbaşı' },
  Tbilisi: { en: 'Tbilisi', tr: 'Tiflis', az: 'Tbilisi' },
  Ankara: { en: 'Ankara', tr: 'Ankara', az: 'Ankara' },
  Istanbul: { en: 'Istanbul', tr: 'İstanbul', az: 'İstanbul' },
  Ceyhan: { en: 'Ceyhan', tr: 'Ceyhan', az: 'Ceyhan' },
  Tashkent: { en: 'Tashkent', tr: 'Taşkent', az: 'Daşkənd' },
  Samarkand: { en: 'Samarkand', tr: 'Semerkant', az: 'Səmərqənd' },
  Bishkek: { en: 'Bishkek', tr: 'Bişkek', az: 'Bişkek' },
  Moscow: { en: 'Moscow', tr: 'Moskova', az: 'Moskva' },
  Beijing: { en: 'Beijing', tr: 'Pekin', az: 'Pekin' },
  Tehran: { en: 'Tehran', tr: 'Tahran', az: 'Tehran' },
}

/** Surnames spelt differently in Azerbaijani than in the canonical English name. */
const AZ_SURNAMES: Record<string, string> = { Aliyev: 'Əliyev', Asadov: 'Əsədov', Bayramov: 'Bayramov' }

/** A country's name in a language (ISO code as a last resort). */
export const countryName = (code: string, lang: TitleLang): string => COUNTRIES[code]?.[lang] ?? code
/** A place's name in a language. */
export const placeName = (name: string, lang: TitleLang): string => PLACES[name]?.[lang] ?? name

/** The surname a title calls a person by ("Ilham Aliyev" → "Aliyev", in Azerbaijani "Əliyev"). */
export function surnameOf(name: string, lang: TitleLang): string {
  const surname = name.split(/\s+/u).at(-1) ?? name
  return lang === 'az' ? (AZ_SURNAMES[surname] ?? surname) : surname
}

const BACK = /[aıou]/u
const VOWELS = /[aıoueəiöü]/giu

/** The last vowel of a word, folded, which sets the vowel of the ending by harmony. */
const lastVowel = (word: string, lang: 'tr' | 'az') =>
  [...word.toLocaleLowerCase(lang).matchAll(VOWELS)].at(-1)?.[0] ?? 'e'
const endsInVowel = (word: string) => /[aıoueəiöü]$/iu.test(word)
/** Four-way harmony (ı i u ü) after the last vowel. */
const high = (vowel: string) => ({ a: 'ı', ı: 'ı', o: 'u', u: 'u' })[vowel] ?? { ö: 'ü', ü: 'ü' }[vowel] ?? 'i'

export type NameCase = 'genitive' | 'dative' | 'locative' | 'locative-ki'

/**
 * Puts a proper name in a case: Turkish with an apostrophe ("Kazakistan'a", "Bakü'de", "Aliyev'in"), Azerbaijani
 * glued ("Qazaxıstana", "Bakıda", "Əliyevin", "Azərbaycandakı"), by vowel harmony and the name's last sound.
 */
export function inCase(name: string, nameCase: NameCase, lang: 'tr' | 'az'): string {
  const vowel = lastVowel(name, lang)
  const back = BACK.test(vowel)
  const wide = lang === 'tr' ? (back ? 'a' : 'e') : back ? 'a' : 'ə'
  const vowelEnd = endsInVowel(name)
  const voiceless = lang === 'tr' && /[fstkçşhp]$/iu.test(name)
  const ending = {
    genitive: `${vowelEnd ? 'n' : ''}${high(vowel)}n`,
    dative: `${vowelEnd ? 'y' : ''}${wide}`,
    locative: `${voiceless ? 't' : 'd'}${wide}`,
    'locative-ki': `${voiceless ? 't' : 'd'}${wide}${lang === 'tr' ? 'ki' : back ? 'kı' : 'ki'}`,
  }[nameCase]
  return lang === 'tr' ? `${name}'${ending}` : `${name}${ending}`
}

/** Writes an ordinal number: "2nd", "2.", "2-ci" (Azerbaijani endings follow the number word's last vowel). */
export function ordinalWord(n: number, lang: TitleLang): string {
  if (lang === 'tr') return `${n}.`
  if (lang === 'az') {
    const ones = ['', 'ci', 'ci', 'cü', 'cü', 'ci', 'cı', 'ci', 'ci', 'cu']
    const tens = ['', 'cu', 'ci', 'cu', 'cı', 'ci', 'cı', 'ci', 'ci', 'cı']
    const ending = n % 100 === 0 ? 'cü' : n % 10 !== 0 ? ones[n % 10] : tens[(n % 100) / 10]
    return `${n}-${ending ?? 'ci'}`
  }
  const tail = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${tail}`
}
