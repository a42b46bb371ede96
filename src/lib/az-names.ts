// Chromium's ICU data has no Azerbaijani, so Intl.DisplayNames('az') answers in English. These are the Azerbaijani
// names of the countries the pipeline's lexicon knows and of the languages articles come in.

const COUNTRIES: Readonly<Record<string, string>> = {
  AE: 'Birləşmiş Ərəb Əmirlikləri',
  AF: 'Əfqanıstan',
  AL: 'Albaniya',
  AM: 'Ermənistan',
  AT: 'Avstriya',
  AZ: 'Azərbaycan',
  BG: 'Bolqarıstan',
  BY: 'Belarus',
  CN: 'Çin',
  CZ: 'Çexiya',
  DE: 'Almaniya',
  EG: 'Misir',
  ES: 'İspaniya',
  FR: 'Fransa',
  GB: 'Böyük Britaniya',
  GE: 'Gürcüstan',
  GR: 'Yunanıstan',
  HU: 'Macarıstan',
  ID: 'İndoneziya',
  IL: 'İsrail',
  IN: 'Hindistan',
  IQ: 'İraq',
  IR: 'İran',
  IT: 'İtaliya',
  JP: 'Yaponiya',
  KG: 'Qırğızıstan',
  KR: 'Cənubi Koreya',
  KW: 'Küveyt',
  KZ: 'Qazaxıstan',
  LT: 'Litva',
  MD: 'Moldova',
  MN: 'Monqolustan',
  MY: 'Malayziya',
  NL: 'Niderland',
  OM: 'Oman',
  PK: 'Pakistan',
  PL: 'Polşa',
  QA: 'Qətər',
  RO: 'Rumıniya',
  RS: 'Serbiya',
  RU: 'Rusiya',
  SA: 'Səudiyyə Ərəbistanı',
  SG: 'Sinqapur',
  SK: 'Slovakiya',
  SY: 'Suriya',
  TJ: 'Tacikistan',
  TM: 'Türkmənistan',
  TR: 'Türkiyə',
  UA: 'Ukrayna',
  US: 'ABŞ',
  UZ: 'Özbəkistan',
  VN: 'Vyetnam',
}

const LANGUAGES: Readonly<Record<string, string>> = {
  az: 'Azərbaycan dili',
  tr: 'türk dili',
  en: 'ingilis dili',
  ru: 'rus dili',
  kk: 'qazax dili',
  uz: 'özbək dili',
  tk: 'türkmən dili',
  ka: 'gürcü dili',
  zh: 'çin dili',
}

/** Names a country in Azerbaijani from its ISO code, or null when the table lacks it. */
export function azCountryName(code: string): string | null {
  return COUNTRIES[code] ?? null
}

/** Names a language in Azerbaijani from its code, or null when the table lacks it. */
export function azLanguageName(code: string): string | null {
  return LANGUAGES[code] ?? null
}
