/** A city or port: its canonical English name, its country and how the languages spell it. */
export interface PlaceNames {
  name: string
  country: string
  /** Latin spellings in lower case (Turkish, Azerbaijani, English); they take Turkic suffixes. */
  names: string[]
  /** Russian spellings that decline like a masculine noun (Ташкент-е), or stay as they are (Баку). */
  ruNouns?: string[]
  /** Russian spellings in -а/-я, given without that ending (Астан-а, Астан-е). */
  ruFeminine?: string[]
}

/** Capitals and the corridor's ports and rail hubs. */
export const PLACE_NAMES: readonly PlaceNames[] = [
  { name: 'Astana', country: 'KZ', names: ['astana', 'nur-sultan'], ruFeminine: ['астан'] },
  // The presidential palace stands for the capital it is in: "Akorda'da" places a meeting in Astana.
  { name: 'Astana', country: 'KZ', names: ['akorda', 'ak orda', 'aqorda'], ruNouns: ['акорда'] },
  { name: 'Almaty', country: 'KZ', names: ['almatı', 'almaty'], ruNouns: ['алматы'] },
  { name: 'Aktau', country: 'KZ', names: ['aktau', 'aqtau', 'aktav'], ruNouns: ['актау'] },
  { name: 'Kuryk', country: 'KZ', names: ['kuryk', 'kurık', 'kurik', 'quriq'], ruNouns: ['курык'] },
  { name: 'Khorgos', country: 'KZ', names: ['khorgos', 'horgos', 'xorqos', 'korgas'], ruNouns: ['хоргос'] },
  { name: 'Baku', country: 'AZ', names: ['bakü', 'bakı', 'baku'], ruNouns: ['баку'] },
  { name: 'Alat', country: 'AZ', names: ['ələt', 'alat'], ruNouns: ['алят'] },
  { name: 'Ashgabat', country: 'TM', names: ['aşkabat', 'aşqabad', 'ashgabat'], ruNouns: ['ашхабад'] },
  {
    name: 'Turkmenbashi',
    country: 'TM',
    names: ['türkmenbaşı', 'türkmənbaşı', 'turkmenbashi'],
    ruNouns: ['туркменбаши'],
  },
  { name: 'Tbilisi', country: 'GE', names: ['tiflis', 'tbilisi'], ruNouns: ['тбилиси'] },
  { name: 'Poti', country: 'GE', names: ['poti'], ruNouns: ['поти'] },
  { name: 'Batumi', country: 'GE', names: ['batum', 'batumi'], ruNouns: ['батуми'] },
  { name: 'Ankara', country: 'TR', names: ['ankara'], ruFeminine: ['анкар'] },
  { name: 'Istanbul', country: 'TR', names: ['istanbul'], ruNouns: ['стамбул'] },
  { name: 'Ceyhan', country: 'TR', names: ['ceyhan'], ruNouns: ['джейхан'] },
  { name: 'Kars', country: 'TR', names: ['kars', 'qars'], ruNouns: ['карс'] },
  { name: 'Tashkent', country: 'UZ', names: ['taşkent', 'daşkənd', 'tashkent'], ruNouns: ['ташкент'] },
  { name: 'Samarkand', country: 'UZ', names: ['semerkant', 'səmərqənd', 'samarkand'], ruNouns: ['самарканд'] },
  { name: 'Bishkek', country: 'KG', names: ['bişkek', 'bishkek'], ruNouns: ['бишкек'] },
  { name: 'Dushanbe', country: 'TJ', names: ['duşanbe', 'düşənbə', 'dushanbe'], ruNouns: ['душанбе'] },
  { name: 'Tehran', country: 'IR', names: ['tahran', 'tehran'], ruNouns: ['тегеран'] },
  { name: 'Yerevan', country: 'AM', names: ['erivan', 'yerevan', 'irəvan'], ruNouns: ['ереван'] },
  { name: 'Moscow', country: 'RU', names: ['moskova', 'moskva', 'moscow'], ruFeminine: ['москв'] },
  { name: 'Beijing', country: 'CN', names: ['pekin', 'beijing'], ruNouns: ['пекин'] },
  // the corridor's other ports, border crossings and rail hubs
  { name: 'Sumgait', country: 'AZ', names: ['sumgait', 'sumqayıt', 'sumgayıt'], ruNouns: ['сумгаит'] },
  { name: 'Ganja', country: 'AZ', names: ['ganja', 'gəncə', 'gence'], ruFeminine: ['гяндж'] },
  { name: 'Nakhchivan', country: 'AZ', names: ['nakhchivan', 'naxçıvan', 'nahçıvan'], ruNouns: ['нахчыван'] },
  { name: 'Gabala', country: 'AZ', names: ['gabala', 'qəbələ', 'gebele'], ruFeminine: ['габал'] },
  { name: 'Shymkent', country: 'KZ', names: ['shymkent', 'şımkənd', 'çimkent'], ruNouns: ['шымкент'] },
  { name: 'Atyrau', country: 'KZ', names: ['atyrau', 'atırau', 'atırav'], ruNouns: ['атырау'] },
  {
    name: 'Turkistan',
    country: 'KZ',
    names: ['turkistan', 'turkestan', 'türküstan', 'türkistan'],
    ruNouns: ['туркестан'],
  },
  { name: 'Dostyk', country: 'KZ', names: ['dostyk', 'dostık', 'dostıq'], ruNouns: ['достык'] },
  { name: 'Altynkol', country: 'KZ', names: ['altynkol', 'altınkol'], ruNouns: ['алтынколь'] },
  { name: 'Kashgar', country: 'CN', names: ['kashgar', 'kaşgar', 'kaşqar'], ruNouns: ['кашгар'] },
  { name: 'Urumqi', country: 'CN', names: ['urumqi', 'urumçi'], ruNouns: ['урумчи'] },
  { name: "Xi'an", country: 'CN', names: ["xi'an", 'xian', 'şian', 'sian'], ruNouns: ['сиань'] },
  { name: 'Lianyungang', country: 'CN', names: ['lianyungang', 'lyanyunqan'], ruNouns: ['ляньюньган'] },
  // the ends of China–Europe trains and sailings that freight indices quote
  { name: 'Shanghai', country: 'CN', names: ['shanghai', 'şanghay', 'şanxay'], ruNouns: ['шанхай'] },
  { name: 'Chongqing', country: 'CN', names: ['chongqing', 'çongçing', 'çonqinq'], ruNouns: ['чунцин'] },
  { name: 'Chengdu', country: 'CN', names: ['chengdu', 'çengdu', 'çenqdu'], ruNouns: ['чэнду'] },
  { name: 'Ningbo', country: 'CN', names: ['ningbo', 'ninqbo'], ruNouns: ['нинбо'] },
  { name: 'Duisburg', country: 'DE', names: ['duisburg', 'duisburq'], ruNouns: ['дуйсбург'] },
  { name: 'Hamburg', country: 'DE', names: ['hamburg', 'hamburq'], ruNouns: ['гамбург'] },
  { name: 'Rotterdam', country: 'NL', names: ['rotterdam'], ruNouns: ['роттердам'] },
  { name: 'Andijan', country: 'UZ', names: ['andijan', 'əndican', 'andican'], ruNouns: ['андижан'] },
  { name: 'Termez', country: 'UZ', names: ['termez', 'tirmiz'], ruNouns: ['термез'] },
  { name: 'Anaklia', country: 'GE', names: ['anaklia', 'anakliya'], ruFeminine: ['анакли'] },
  { name: 'Mersin', country: 'TR', names: ['mersin'], ruNouns: ['мерсин'] },
  { name: 'Bucharest', country: 'RO', names: ['bucharest', 'bükreş', 'buxarest'], ruNouns: ['бухарест'] },
  { name: 'Budapest', country: 'HU', names: ['budapest', 'budapeşt'], ruNouns: ['будапешт'] },
  {
    name: 'Constanta',
    country: 'RO',
    names: ['constanta', 'constanța', 'köstence', 'konstansa'],
    ruFeminine: ['констанц'],
  },
]
