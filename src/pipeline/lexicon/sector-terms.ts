import type { Sector } from '../../schema/dataset'
import type { Inflection } from './term-matcher'

/**
 * One sector cue: a stem (lower case) and how it inflects. 'free' stems take any ending, so they are written up to
 * the letter where their inflection starts ("sağlı" for sağlık/sağlığı would also catch "sağlıyor", hence two stems).
 * `activity` marks words for diplomatic activity (visit, summit) rather than a field of cooperation, so a list of
 * fields an agreement covers can leave them out.
 */
export interface SectorTerm {
  words: string
  sector: Sector
  inflection: Inflection
  activity?: boolean
}

type Row = [Sector, Inflection, string[]]

const rows = (lang: Row[]): SectorTerm[] =>
  lang.flatMap(([sector, inflection, words]) => words.map((w) => ({ words: w, sector, inflection })))

const TURKISH: Row[] = [
  ['trade', 'free', ['ticaret', 'ticari', 'ihracat', 'ithalat', 'dış ticaret']],
  [
    'energy',
    'free',
    ['enerji', 'petrol', 'doğalgaz', 'doğal gaz', 'elektrik', 'boru hatt', 'uranyum', 'yenilenebilir'],
  ],
  ['transport', 'free', ['ulaştırma', 'ulaşım', 'lojistik', 'taşımacılı', 'taşımacılığ']],
  ['transport', 'turkic', ['taşıma', 'taşınma']],
  ['transport', 'free', ['demiryol', 'demir yol', 'liman', 'kargo', 'transit', 'koridor', 'feribot', 'yük taşı']],
  ['transport', 'turkic', ['yük']],
  ['digital', 'free', ['dijital', 'yapay zeka', 'bilişim', 'siber', 'fiber', 'telekomünikasyon', 'internet']],
  ['industry', 'free', ['sanayi', 'endüstri', 'imalat', 'fabrika', 'gemi inşa', 'madencilik', 'metalurji', 'trafo']],
  ['agriculture', 'free', ['tarım', 'zirai', 'tahıl', 'buğday', 'hububat', 'hayvancılı', 'hayvancılığ', 'gıda']],
  ['health', 'free', ['sağlık', 'sağlığ', 'tıbbi', 'hastane', 'ilaç', 'tıp alan']],
  ['statistics', 'free', ['istatistik']],
  ['culture', 'free', ['kültür', 'beşeri', 'sanat', 'kültürel miras']],
  ['diplomacy', 'free', ['diplomasi', 'diplomatik', 'dış politika', 'büyükelçili', 'büyükelçiliğ']],
]

const AZERBAIJANI: Row[] = [
  ['trade', 'free', ['ticarət', 'ticari', 'ixrac', 'idxal', 'əmtəə dövriyyə']],
  [
    'energy',
    'free',
    ['enerji', 'energetika', 'neft', 'elektrik', 'elektroenerji', 'boru kəmər', 'uran', 'bərpaolunan'],
  ],
  ['energy', 'turkic', ['qaz', 'kəmər']],
  ['transport', 'free', ['nəqliyyat', 'logistika', 'dəmir yol', 'dəmiryol', 'liman', 'tranzit']],
  ['transport', 'turkic', ['daşıma', 'daşınma']],
  ['transport', 'free', ['dəhliz', 'marşrut', 'yükdaşıma', 'bərə', 'kargo']],
  ['transport', 'turkic', ['yük']],
  ['digital', 'free', ['rəqəmsal', 'süni intellekt', 'fiber', 'rabitə', 'internet', 'informasiya texnologiya']],
  ['digital', 'free', ['kommunikasiya texnologiya', 'telekommunikasiya']],
  ['industry', 'free', ['sənaye', 'emal', 'zavod', 'fabrik', 'gəmiqayırma', 'metallurgiya', 'transformator']],
  ['agriculture', 'free', ['kənd təsərrüfat', 'aqrar', 'taxıl', 'buğda', 'ərzaq', 'heyvandarlı']],
  ['health', 'free', ['səhiyyə', 'tibb', 'sağlamlıq', 'xəstəxana', 'dərman', 'əczaçılı']],
  ['statistics', 'free', ['statistika', 'statistik']],
  ['culture', 'free', ['mədəni', 'humanitar', 'incəsənət']],
  ['diplomacy', 'free', ['diplomatiya', 'diplomatik', 'xarici siyasət', 'səfirli']],
]

const ENGLISH: Row[] = [
  ['trade', 'free', ['trade', 'trading', 'commerc', 'export']],
  ['trade', 'exact', ['import', 'imports', 'imported', 'importer', 'importers']],
  ['energy', 'free', ['energy', 'petroleum', 'pipeline', 'electricity', 'uranium', 'renewable']],
  ['energy', 'exact', ['oil', 'gas', 'lng']],
  ['transport', 'free', ['transport', 'logistic', 'railway', 'freight', 'cargo', 'shipping', 'transit', 'corridor']],
  ['transport', 'exact', ['rail', 'port', 'ports', 'ferry', 'ferries']],
  ['digital', 'free', ['digital', 'artificial intelligence', 'fibre', 'fiber', 'telecom', 'internet', 'cyber']],
  ['digital', 'exact', ['ai', 'ict']],
  ['industry', 'free', ['industr', 'manufactur', 'factori', 'mining', 'shipbuilding', 'metallurg']],
  ['industry', 'exact', ['factory']],
  ['agriculture', 'free', ['agricultur', 'farming', 'grain', 'wheat', 'food security', 'agro']],
  ['health', 'free', ['health', 'medical', 'medicine', 'hospital', 'pharma']],
  ['statistics', 'free', ['statistic']],
  ['culture', 'free', ['cultur', 'humanitarian', 'heritage']],
  ['diplomacy', 'free', ['diplomac', 'diplomatic', 'foreign policy', 'embass']],
]

const RUSSIAN: Row[] = [
  ['trade', 'free', ['торгов', 'товарооборот', 'экспорт', 'импорт']],
  ['energy', 'free', ['энергети', 'энерги', 'нефт', 'газов', 'газопровод', 'электроэнерг', 'трубопровод', 'уран']],
  ['energy', 'ru-noun', ['газ']],
  ['transport', 'free', ['транспорт', 'логисти', 'железн дорог', 'грузоперевоз', 'перевоз', 'транзит', 'коридор']],
  ['transport', 'ru-noun', ['порт', 'паром']],
  ['digital', 'free', ['цифров', 'искусствен интеллект', 'оптоволок', 'телеком', 'интернет']],
  ['industry', 'free', ['промышлен', 'индустри', 'завод', 'металлург', 'судостро']],
  ['agriculture', 'free', ['сельск хозяйств', 'сельхоз', 'агро', 'зерн', 'пшениц']],
  ['health', 'free', ['здравоохран', 'медицин']],
  ['statistics', 'free', ['статисти']],
  ['culture', 'free', ['культур', 'гуманитар']],
  ['diplomacy', 'free', ['дипломат', 'посольств', 'внешн политик']],
]

/** Words for diplomatic activity, in every language: they tag a sentence "diplomacy" but are no field of a deal. */
const ACTIVITY: SectorTerm[] = [
  ...rows([
    ['diplomacy', 'free', ['ziyaret', 'zirve', 'sammit', 'summit', 'visit', 'büyükelçi', 'səfir', 'ambassador']],
  ]),
  ...rows([['diplomacy', 'free', ['визит', 'саммит']]]),
  ...rows([['diplomacy', 'turkic', ['səfər', 'diplomat']]]),
  ...rows([['diplomacy', 'ru-noun', ['посол']]]),
].map((term) => ({ ...term, activity: true }))

/** Every sector cue of every language the pipeline reads. */
export const SECTOR_TERMS: readonly SectorTerm[] = [
  ...rows(TURKISH),
  ...rows(AZERBAIJANI),
  ...rows(ENGLISH),
  ...rows(RUSSIAN),
  ...ACTIVITY,
]
