/**
 * Border crossings of the corridor, each between two countries: a queue at Sarp or trucks through Dilucu are
 * Georgia's and Türkiye's, or Azerbaijan's and Türkiye's, though no country is named. Spelled as in `PlaceNames`.
 */
export interface CrossingNames {
  name: string
  countries: readonly [string, string]
  names: string[]
  ruNouns?: string[]
}

export const CROSSING_NAMES: readonly CrossingNames[] = [
  { name: 'Sarp', countries: ['GE', 'TR'], names: ['sarp', 'sarpi'], ruNouns: ['сарп', 'сарпи'] },
  { name: 'Kapıköy', countries: ['IR', 'TR'], names: ['kapıköy', 'razi'], ruNouns: ['капыкёй'] },
  { name: 'Gürbulak', countries: ['IR', 'TR'], names: ['gürbulak', 'bazargan'], ruNouns: ['гюрбулак', 'базарган'] },
  { name: 'Dilucu', countries: ['AZ', 'TR'], names: ['dilucu'], ruNouns: ['дилуджу'] },
  { name: 'Red Bridge', countries: ['AZ', 'GE'], names: ['kırmızı köprü', 'qırmızı körpü', 'red bridge'] },
  { name: 'Astara', countries: ['AZ', 'IR'], names: ['astara'], ruNouns: ['астара'] },
  {
    name: 'Samur',
    countries: ['AZ', 'RU'],
    names: ['samur', 'yalama', 'yarag-kazmalyar'],
    ruNouns: ['самур', 'ялама'],
  },
  { name: 'Verkhny Lars', countries: ['GE', 'RU'], names: ['verkhny lars', 'upper lars'], ruNouns: ['верхний ларс'] },
  { name: 'Dostyk', countries: ['CN', 'KZ'], names: ['dostyk', 'dostık', 'dostıq', 'alashankou'], ruNouns: ['достык'] },
  {
    name: 'Altynkol',
    countries: ['CN', 'KZ'],
    names: ['altynkol', 'altınkol', 'altınköl', 'altınkul'],
    ruNouns: ['алтынколь'],
  },
  { name: 'Tazhen', countries: ['KZ', 'UZ'], names: ['tazhen', 'tajen', 'tacen'], ruNouns: ['тажен'] },
  { name: 'Zhibek Zholy', countries: ['KZ', 'UZ'], names: ['zhibek zholy', 'jibek joli'], ruNouns: ['жибек жолы'] },
  { name: 'Temir Baba', countries: ['KZ', 'TM'], names: ['temir baba'], ruNouns: ['темир баба'] },
  { name: 'Serakhs', countries: ['IR', 'TM'], names: ['serakhs', 'sarakhs', 'serahs'], ruNouns: ['серахс'] },
  { name: 'Farap', countries: ['TM', 'UZ'], names: ['farap', 'alat-farap'], ruNouns: ['фарап'] },
]
