/** A leader or official the pipeline knows: canonical English name, country, and spellings in lower case. */
export interface PersonNames {
  name: string
  country: string
  /** Full names in Latin script; a hyphen or a space between given names are both accepted. */
  full: string[]
  /** Surnames that name the person alone; left empty when the surname is also a common word or name. */
  surnames: string[]
  /** Russian spellings (full names and surnames), which decline like masculine nouns (Токаев-а, Путин-ым). */
  ru: string[]
}

/** Heads of state and government, foreign ministers and others news about the corridor names often. */
export const PEOPLE_NAMES: readonly PersonNames[] = [
  {
    name: 'Kassym-Jomart Tokayev',
    country: 'KZ',
    full: ['kassym jomart tokayev', 'kasım cömert tokayev', 'kasım jomart tokayev', 'qasım jomart tokayev'],
    surnames: ['tokayev', 'tokaev'],
    ru: ['касым жомарт токаев', 'токаев'],
  },
  {
    name: 'Ilham Aliyev',
    country: 'AZ',
    full: ['ilham aliyev', 'ilham əliyev'],
    surnames: ['aliyev', 'əliyev'],
    ru: ['ильхам алиев', 'алиев'],
  },
  {
    name: 'Heydar Aliyev',
    country: 'AZ',
    full: ['heydar aliyev', 'heydər əliyev'],
    surnames: [],
    ru: ['гейдар алиев'],
  },
  {
    name: 'Mehriban Aliyeva',
    country: 'AZ',
    full: ['mehriban aliyeva', 'mehriban əliyeva'],
    surnames: [],
    ru: ['мехрибан алиева'],
  },
  {
    name: 'Serdar Berdimuhamedov',
    country: 'TM',
    full: ['serdar berdimuhamedov', 'serdar berdimuhammedov', 'serdar berdiməhəmmədov', 'serdar bərdiməhəmmədov'],
    surnames: ['berdimuhamedov', 'berdimuhammedov', 'berdiməhəmmədov', 'bərdiməhəmmədov'],
    ru: ['сердар бердымухамедов', 'бердымухамедов'],
  },
  {
    name: 'Gurbanguly Berdimuhamedov',
    country: 'TM',
    full: ['gurbanguly berdimuhamedov', 'gurbangulı berdimuhammedov', 'qurbanqulu bərdiməhəmmədov'],
    surnames: [],
    ru: ['гурбангулы бердымухамедов'],
  },
  {
    name: 'Recep Tayyip Erdoğan',
    country: 'TR',
    full: ['recep tayyip erdoğan', 'rəcəb tayyib ərdoğan', 'recep tayyip erdogan'],
    surnames: ['erdoğan', 'ərdoğan', 'erdogan'],
    ru: ['реджеп тайип эрдоган', 'эрдоган'],
  },
  {
    name: 'Shavkat Mirziyoyev',
    country: 'UZ',
    full: ['şevket mirziyoyev', 'şavkat mirziyoyev', 'şövkət mirziyoyev', 'shavkat mirziyoyev'],
    surnames: ['mirziyoyev', 'mirziyoev'],
    ru: ['шавкат мирзиёев', 'мирзиёев'],
  },
  {
    name: 'Vladimir Putin',
    country: 'RU',
    full: ['vladimir putin'],
    surnames: ['putin'],
    ru: ['владимир путин', 'путин'],
  },
  {
    name: 'Xi Jinping',
    country: 'CN',
    full: ['xi jinping', 'şi cinping', 'si cinping', 'şi jinping', 'si jinping', 'si szinpin'],
    surnames: [],
    ru: ['си цзиньпин'],
  },
  {
    name: 'Sadyr Japarov',
    country: 'KG',
    full: ['sadyr japarov', 'sadır caparov', 'sadır japarov', 'sadır japarov'],
    surnames: ['japarov', 'caparov'],
    ru: ['садыр жапаров', 'жапаров'],
  },
  {
    name: 'Emomali Rahmon',
    country: 'TJ',
    full: ['emomali rahmon', 'imamali rahman', 'imaməli rəhmon'],
    surnames: ['rahmon'],
    ru: ['эмомали рахмон', 'рахмон'],
  },
  {
    name: 'Masoud Pezeshkian',
    country: 'IR',
    full: ['masoud pezeshkian', 'mesud pezeşkiyan', 'məsud pezeşkian'],
    surnames: ['pezeshkian', 'pezeşkiyan', 'pezeşkian'],
    ru: ['масуд пезешкиан', 'пезешкиан'],
  },
  {
    name: 'Nikol Pashinyan',
    country: 'AM',
    full: ['nikol pashinyan', 'nikol paşinyan'],
    surnames: ['pashinyan', 'paşinyan'],
    ru: ['никол пашинян', 'пашинян'],
  },
  {
    name: 'Irakli Kobakhidze',
    country: 'GE',
    full: ['irakli kobakhidze', 'irakli kobahidze', 'irakli kobaxidze'],
    surnames: ['kobakhidze', 'kobahidze', 'kobaxidze'],
    ru: ['ираклий кобахидзе', 'кобахидзе'],
  },
  {
    name: 'Mikheil Kavelashvili',
    country: 'GE',
    full: ['mikheil kavelashvili', 'mikail kavelaşvili', 'mixeil kavelaşvili'],
    surnames: ['kavelashvili', 'kavelaşvili'],
    ru: ['михаил кавелашвили', 'кавелашвили'],
  },
  {
    name: 'Olzhas Bektenov',
    country: 'KZ',
    full: ['olzhas bektenov', 'olcas bektenov', 'oljas bektenov'],
    surnames: ['bektenov'],
    ru: ['олжас бектенов', 'бектенов'],
  },
  { name: 'Ali Asadov', country: 'AZ', full: ['ali asadov', 'əli əsədov'], surnames: [], ru: ['али асадов'] },
  { name: 'Hakan Fidan', country: 'TR', full: ['hakan fidan'], surnames: [], ru: ['хакан фидан'] },
  {
    name: 'Jeyhun Bayramov',
    country: 'AZ',
    full: ['jeyhun bayramov', 'ceyhun bayramov'],
    surnames: [],
    ru: ['джейхун байрамов'],
  },
  {
    name: 'Murat Nurtleu',
    country: 'KZ',
    full: ['murat nurtleu'],
    surnames: ['nurtleu'],
    ru: ['мурат нуртлеу', 'нуртлеу'],
  },
  {
    name: 'Rashid Meredov',
    country: 'TM',
    full: ['rashid meredov', 'raşit meredov', 'rəşid meredov'],
    surnames: ['meredov'],
    ru: ['рашид мередов', 'мередов'],
  },
  {
    name: 'Sergey Lavrov',
    country: 'RU',
    full: ['sergey lavrov', 'sergei lavrov'],
    surnames: ['lavrov'],
    ru: ['сергей лавров', 'лавров'],
  },
]
