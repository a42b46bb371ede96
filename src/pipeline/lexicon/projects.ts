import type { Sector } from '../../schema/dataset'

/** A kind of infrastructure project a target can be about ("fiber-optik rabitə xətti", "boru hattı", "railway"). */
export interface ProjectRule {
  slug: string
  label: string
  sectors: readonly Sector[]
  pattern: RegExp
}

/** A sea or region that names a project ("Xəzər dənizinin dibi ilə …" → caspian). */
export interface GeoRule {
  slug: string
  label: string
  pattern: RegExp
}

const W = '(?<![\\p{L}\\p{N}])'
const rx = (pattern: string) => new RegExp(`${W}(?:${pattern})`, 'gu')

/** Project nouns in Turkish, Azerbaijani, English and Russian, with the words that may stand between modifier and head. */
export const PROJECT_RULES: readonly ProjectRule[] = [
  {
    slug: 'fibre-optic-line',
    label: 'fibre-optic line',
    sectors: ['digital'],
    pattern: rx(
      'fib(?:er|re)[- ]?opti\\p{L}*(?:\\s+\\p{L}+){0,2}?\\s+(?:xətt|hat|kabel|line|cable|линия|линии|кабел)\\p{L}*|fib(?:er|re)[- ]?opti\\p{L}*|оптоволок\\p{L}*(?:\\s+\\p{L}+)?',
    ),
  },
  {
    slug: 'power-line',
    label: 'power line',
    sectors: ['energy'],
    pattern: rx(
      '(?:enerji|elektrik|elektrik enerjisi) (?:iletim )?(?:hatt|xətt)\\p{L}*|(?:power|transmission) lines?|лэп|линии электропередач\\p{L}*',
    ),
  },
  {
    slug: 'pipeline',
    label: 'pipeline',
    sectors: ['energy', 'transport'],
    pattern: rx(
      '(?:\\p{L}+ )?boru hatt\\p{L}*|(?:\\p{L}+ )?boru kəmər\\p{L}*|(?:neft|qaz) kəmər\\p{L}*|kəmər\\p{L}*|\\p{L}*pipelines?|(?:трубо|газо|нефте)провод\\p{L}*',
    ),
  },
  {
    slug: 'railway',
    label: 'railway',
    sectors: ['transport'],
    pattern: rx('dem[iı]r ?yol\\p{L}*|dəmir ?yol\\p{L}*|rail(?:way|road)s?|железн\\p{L}* дорог\\p{L}*'),
  },
  {
    slug: 'highway',
    label: 'highway',
    sectors: ['transport'],
    pattern: rx(
      'otoyol\\p{L}*|karayol\\p{L}*|avtomobil yol\\p{L}*|highways?|motorways?|автодорог\\p{L}*|автомагистрал\\p{L}*',
    ),
  },
  {
    slug: 'port',
    label: 'port',
    sectors: ['transport'],
    pattern: rx('liman\\p{L}*|terminal\\p{L}*|ports?(?!\\p{L})|порт(?:а|у|ом)?(?!\\p{L})|терминал\\p{L}*'),
  },
  {
    slug: 'bridge',
    label: 'bridge',
    sectors: ['transport'],
    pattern: rx('köprü\\p{L}*|körpü\\p{L}*|bridges?|мост(?:а|у)?(?!\\p{L})'),
  },
  {
    slug: 'logistics-hub',
    label: 'logistics hub',
    sectors: ['transport'],
    pattern: rx(
      'lojistik merkez\\p{L}*|logistika mərkəz\\p{L}*|logistics (?:hub|cent(?:re|er))s?|логистическ\\p{L}* (?:центр|хаб)\\p{L}*',
    ),
  },
  {
    slug: 'plant',
    label: 'plant',
    sectors: ['industry'],
    pattern: rx(
      'fabrika\\p{L}*|zavod\\p{L}*|tesis\\p{L}*|müəssisə\\p{L}*|plants?(?!\\p{L})|factor(?:y|ies)|завод\\p{L}*|фабрик\\p{L}*',
    ),
  },
]

/** Seas and regions that name where a project runs. */
export const GEO_RULES: readonly GeoRule[] = [
  { slug: 'caspian', label: 'Caspian', pattern: rx('hazar|xəzər|caspian|каспи') },
  { slug: 'black-sea', label: 'Black Sea', pattern: rx('karadeniz|qara dəniz|black sea|черн\\p{L}* мор') },
]

/** Words that place a project on the seabed ("dibi ilə", "deniz tabanı", "seabed", "по дну"). */
export const SEABED = rx('dib\\p{L}*|taban\\p{L}*|seabed|sea bed|по дну|дну')

/** Roles that make a country the main supplier of a good ("əsas buğda tədarükçüsü", "largest supplier"). */
export const MAIN_SUPPLIER = rx(
  '(?:əsas|ən böyük|başlıca|aparıcı|en büyük|ana|önde gelen|lider|main|largest|leading|biggest|top|key|principal|основн\\p{L}*|крупнейш\\p{L}*|ведущ\\p{L}*|главн\\p{L}*)\\s+(?:\\p{L}+\\s+){0,2}?(?:tədarükçü|təchizatçı|ixracatçı|idxalatçı|tedarikçi|ihracatçı|supplier|exporter|поставщик|экспорт[её]р)\\p{L}*',
)

/** Refers back to a quantity of an earlier clause ("bu miktarı", "həmin həcmi", "this amount", "этот объём"). */
export const BACK_REFERENCE = rx(
  '(?:bu|həmin|this|that|этот|этого|эту|данн\\p{L}*)\\s+(?:miktar|miqdar|hacim|hacm|həcm|rakam|rəqəm|seviye|səviyyə|amount|figure|volume|level|объ[её]м|показател|уровень)\\p{L}*',
)

/** A measure named as the object of a change ("ticaret hacmini artırmayı"): the noun that carries the metric. */
export const MEASURE_NOUN = rx(
  'hacm\\p{L}*|həcm\\p{L}*|dövriyyə\\p{L}*|turnover|volume|товарооборот\\p{L}*|объ[её]м\\p{L}*',
)
