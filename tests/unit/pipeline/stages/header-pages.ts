/** A first paragraph of a story in each language, for header tests: prose the header must leave in the body. */
export const STORY_LEAD = {
  en: 'Cargo shipped across the Caspian Sea rose by a fifth in the first five months, port officials said.',
  ru: 'Объем перевалки грузов в порту вырос на 18 процентов по сравнению с прошлым годом, сообщили в порту.',
  tr: 'Hazar Denizi üzerinden taşınan yük miktarı ilk beş ayda yüzde 20 arttı, liman yetkilileri açıkladı.',
  az: 'Xəzər dənizi ilə daşınan yükün həcmi ilk beş ayda 20 faiz artıb, liman rəsmiləri bildirib.',
} as const

/** A page's text from its lines. */
export const page = (...lines: string[]) => lines.join('\n')
