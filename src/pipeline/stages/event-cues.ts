import type { EventKind, PartKind } from '../../schema/dataset'
import { compileLexicon, findTerms, looseFold, type Inflection, type Term } from '../lexicon/term-matcher'
import type { Span } from '../types'

/**
 * What an occasion word stands for: the kind of occasion it names when it stands alone, and the part it names when
 * it is one step of a larger occasion (a visit's talks, its council session, its signing). Welcome ceremonies,
 * one-on-one talks and press conferences are only ever parts (`kind: null`).
 */
export interface EventCue {
  kind: EventKind | null
  part: PartKind | null
  /** The last word's stem as matched, so a name before it can be cited without the case ending. */
  headStem: string
}

/** An occasion word found in a sentence. */
export interface EventCueMatch extends Span {
  cue: EventCue
}

/** A kind (or null for a part only), the part it plays inside a larger occasion, how its words inflect, the stems. */
type Row = [EventKind | null, PartKind | null, Inflection, string[]]

const TURKISH: Row[] = [
  ['state-visit', null, 'turkic', ['devlet ziyaret']],
  ['official-visit', null, 'turkic', ['resmi ziyaret']],
  ['visit', null, 'turkic', ['ziyaret', 'çalışma ziyaret', 'resmi temas', 'resmi temaslar']],
  // "Astana'da bir dizi temasta bulundu", "Bakü'de temaslarda bulunacak": to hold talks in a city is to visit it
  ['visit', null, 'free', ['temasta bulun', 'temaslarda bulun']],
  ['summit', null, 'turkic', ['zirve', 'zirvesi']],
  ['meeting', 'talks', 'turkic', ['görüşme', 'toplantı', 'toplantıs', 'genel kurul']],
  ['meeting', 'talks', 'free', ['görüştü', 'bir araya gel', 'bir araya gelerek']],
  // "yetkilileri … bir araya getirecek": a meeting brought about; not the participle of a body ("bir araya getiren birlik")
  ['meeting', 'talks', 'free', ['bir araya getirec', 'bir araya getird']],
  ['talks', 'talks', 'turkic', ['görüşmeler']],
  ['session', 'session', 'turkic', ['oturum', 'dönem toplantıs']],
  ['round-table', null, 'turkic', ['yuvarlak masa', 'yuvarlak masa toplantıs']],
  ['forum', null, 'turkic', ['forum', 'forumu']],
  ['signing', 'signing', 'free', ['imza tören', 'imza töreni']],
  ['other', null, 'free', ['açılış tören', 'konferans']],
  // an online seminar is held and dated as a conference is: "webinarı 17 Eylül'de düzenlendi"
  ['other', null, 'free', ['webinar', 'web seminer', 'çevrimiçi seminer', 'çevrim içi seminer']],
  // a ground-breaking, a fair or an exhibition, a trade mission: occasions of their own
  [
    'other',
    null,
    'free',
    [
      'temel atma tören',
      'temeli atıl',
      'temelini attı',
      'temelini at',
      'fuar',
      'sergisi',
      'sergide',
      'ticaret heyet',
      'expo',
    ],
  ],
  // a festival, a named week or days of culture, film or goods ("Türk Ürünleri Haftası", "Film Günleri")
  ['other', null, 'free', ['festival', 'ürünleri haftası', 'kültür haftası', 'film günleri', 'kültür günleri']],
  // a call between leaders is an occasion of its own, dated like a meeting ("… ile telefonda görüştü")
  ['other', null, 'free', ['telefonda görüş', 'telefon görüşmes', 'telefonla görüş']],
  // a ceremony of remembrance or farewell, an occasion of its own ("vida mərasimi martın 4-də")
  ['other', null, 'free', ['anma tören', 'veda tören', 'cenaze tören']],
  // a joint exercise or drill, a sports games: occasions of their own ("Xəzər-2026" təlimi, "Türk Devletleri Oyunları")
  ['other', null, 'turkic', ['tatbikat', 'oyunları']],
  [null, 'welcome', 'free', ['karşılama tören', 'karşılama töreni', 'resmi tören', 'resmi törenle']],
  [null, 'one-on-one', 'free', ['baş başa görüşme', 'baş başa görüş', 'baş başa']],
  [null, 'press', 'free', ['basın toplantı', 'basın toplantıs', 'basın açıklaması']],
]

const AZERBAIJANI: Row[] = [
  ['state-visit', null, 'turkic', ['dövlət səfər']],
  ['official-visit', null, 'turkic', ['rəsmi səfər']],
  ['visit', null, 'turkic', ['səfər', 'işgüzar səfər']],
  ['summit', null, 'turkic', ['sammit', 'zirvə', 'zirvə görüş']],
  ['meeting', 'talks', 'turkic', ['görüş', 'görüşmə', 'toplantı', 'işçi görüş', 'üçtərəfli görüş']],
  ['meeting', 'talks', 'free', ['görüşüb', 'görüşdü']],
  // a public or a parliament's hearing, as "слушания" in Russian: "Layihənin ictimai dinləməsi iyunun 18-də …"
  ['meeting', 'talks', 'free', ['ictimai dinləmə', 'parlament dinləmə']],
  ['talks', 'talks', 'turkic', ['danışıqlar', 'görüşlər']],
  ['session', 'session', 'turkic', ['iclas', 'sessiya']],
  ['round-table', null, 'turkic', ['dəyirmi masa', 'dəyirmi masa iclas']],
  ['forum', null, 'turkic', ['forum', 'forumu']],
  ['signing', 'signing', 'free', ['imzalanma mərasim', 'sənədlərin imzalanması mərasim']],
  ['other', null, 'free', ['açılış mərasim', 'konfrans', 'vebinar', 'onlayn seminar']],
  [
    'other',
    null,
    'free',
    [
      'təməlqoyma',
      'təməlini qoy',
      'təməli qoyul',
      'sərgisi',
      'sərgidə',
      'yarmarka',
      'ixrac missiya',
      'ticarət missiya',
      'expo',
    ],
  ],
  ['other', null, 'free', ['festival', 'mədəniyyət həftəsi', 'film günləri', 'mədəniyyət günləri']],
  ['other', null, 'free', ['telefon danışığ', 'telefonla danış', 'telefon vasitəsilə danış']],
  ['other', null, 'free', ['vida mərasim', 'dəfn mərasim', 'anım mərasim', 'xatirə gecəs']],
  ['other', null, 'turkic', ['təlim', 'oyunları', 'məhsulları həftəsi']],
  [null, 'welcome', 'free', ['qarşılanma mərasim', 'rəsmi qarşılanma mərasim']],
  [null, 'one-on-one', 'free', ['təkbətək görüş']],
  [null, 'press', 'free', ['mətbuat konfrans', 'mətbuata bəyanat', 'mətbuata bəyanatlar']],
]

/** "to meet its commitments", "met the demand", "meet EU standards": "meet" that satisfies a need holds no meeting. */
const MEETS_A_NEED =
  /^\s+(?:(?:its|their|the|his|her|our|this|that|these|all|growing|rising|domestic|local|eu|european)\s+)*(?:commitments?|obligations?|demand|needs?|targets?|requirements?|deadlines?|standards?|criteria|goals?|expectations?|costs?|shortfall)(?![\p{L}])/iu

/** "Conference Call Participants", "the conference call with analysts": a telephone call, no conference. */
const CALL_AFTER = /^\s+calls?(?![\p{L}])/iu

/** "a question-and-answer session", "the Q&A session", "вопросы и ответы": the questions after a talk, no occasion. */
const QUESTIONS_BEFORE = /(?:question-and-answer|questions-and-answers|q\s?&\s?a|photo)\s+$/iu

/** "Пленарная сессия", "Панельная сессия 3": a slot of a forum's programme, no occasion of its own. */
const PROGRAMME_SESSION_BEFORE = /(?:пленарн|панельн|секционн|тематическ|экзаменационн)\p{L}*\s+$/iu

const ENGLISH: Row[] = [
  ['state-visit', null, 'exact', ['state visit']],
  ['official-visit', null, 'exact', ['official visit']],
  ['visit', null, 'exact', ['visit', 'working visit', 'visited', 'visits']],
  ['summit', null, 'exact', ['summit']],
  // "will meet", "are due to meet", "ministers meet in Baku today"; not the habitual "meets in turn"
  ['meeting', 'talks', 'exact', ['meeting', 'met', 'meet', 'general assembly']],
  ['talks', 'talks', 'exact', ['talks', 'held talks']],
  ['session', 'session', 'exact', ['session']],
  ['round-table', null, 'exact', ['round table', 'roundtable']],
  ['forum', null, 'exact', ['forum']],
  ['signing', 'signing', 'exact', ['signing ceremony']],
  ['other', null, 'exact', ['opening ceremony', 'inaugurated', 'inauguration', 'conference', 'webinar']],
  ['other', null, 'exact', ['groundbreaking ceremony', 'ground-breaking ceremony', 'trade fair']],
  ['other', null, 'exact', ['exhibition', 'expo', 'trade mission', 'foundation stone', 'hearing']],
  ['other', null, 'exact', ['festival', 'film festival', 'culture week', 'film days', 'culture days']],
  ['other', null, 'exact', ['telephone conversation', 'phone conversation', 'telephone call', 'phone call']],
  // a joint drill or exercise, a sports games ("the joint oil-spill drill", "the Turkic World Sports Games")
  ['other', null, 'exact', ['drill', 'drills', 'exercise', 'exercises', 'games']],
  ['other', null, 'exact', ['spoke by phone', 'spoke by telephone', 'phone talks', 'telephone talks']],
  [
    'other',
    null,
    'exact',
    ['memorial evening', 'memorial service', 'memorial ceremony', 'farewell ceremony', 'funeral'],
  ],
  [null, 'welcome', 'exact', ['welcome ceremony', 'official welcome', 'welcoming ceremony', 'was welcomed by']],
  [null, 'one-on-one', 'exact', ['one-on-one', 'tête-à-tête', 'one-on-one meeting', 'one-on-one talks']],
  [null, 'press', 'exact', ['press conference', 'press statements', 'statements to the press']],
]

const RUSSIAN: Row[] = [
  ['state-visit', null, 'ru-noun', ['государственн визит']],
  ['official-visit', null, 'ru-noun', ['официальн визит']],
  ['visit', null, 'ru-noun', ['визит']],
  ['visit', null, 'free', ['посетил']],
  ['visit', null, 'exact', ['посетит', 'посетят']],
  ['summit', null, 'ru-noun', ['саммит']],
  ['meeting', 'talks', 'ru-fem', ['встреч']],
  ['meeting', 'talks', 'free', ['встретил']],
  // "сегодня встречаются главы таможенных служб", "министры встретятся в Баку"
  ['meeting', 'talks', 'exact', ['встречаются', 'встречается', 'встретятся', 'встретится']],
  ['talks', 'talks', 'free', ['переговор']],
  ['session', 'session', 'free', ['заседани']],
  // "сессия Комиссии пройдет в Баку": a body's session, as "заседание" is
  ['session', 'session', 'ru-fem', ['сесси']],
  ['meeting', 'talks', 'free', ['совещани', 'слушани', 'собрани акционеров', 'общее собрани']],
  ['round-table', null, 'free', ['кругл стол']],
  ['forum', null, 'ru-noun', ['форум']],
  ['signing', 'signing', 'free', ['церемони подписани']],
  ['other', null, 'free', ['торжественно открыт', 'церемони открыти', 'конференци', 'вебинар', 'онлайн-семинар']],
  ['other', null, 'free', ['закладк', 'выставк', 'ярмарк', 'торгов миссии', 'торговая миссия']],
  ['other', null, 'free', ['фестивал', 'недел культуры', 'дни культуры', 'дни кино']],
  ['other', null, 'free', ['телефонн разговор', 'разговор по телефон', 'переговоры по телефон']],
  // "учения «Каспий-2026»": a drill, in the plural only ("учение" alone is a teaching)
  ['other', null, 'exact', ['учения', 'учений', 'учениях', 'учениями']],
  ['other', null, 'free', ['церемони прощания', 'вечер памяти', 'траурн церемони', 'панихид']],
  ['visit', null, 'free', ['рабоч поездк', 'рабочей поездк']],
  [null, 'welcome', 'free', ['церемони официальной встречи', 'церемони встречи']],
  [null, 'one-on-one', 'free', ['в узком составе', 'тет-а-тет']],
  [null, 'press', 'free', ['пресс-конференци', 'заявлениями для прессы', 'заявления для прессы']],
]

/** Per language, since a word can mean a meeting in one and an opinion in another (az/tr "görüş"). */
const BY_LANG: Record<string, Row[]> = { tr: TURKISH, az: AZERBAIJANI, en: ENGLISH, ru: RUSSIAN }

const termsOf = (rows: Row[]): Term<EventCue>[] =>
  rows.flatMap(([kind, part, inflection, stems]) =>
    stems.map((words) => ({
      words,
      inflection,
      value: { kind, part, headStem: looseFold(words.split(' ').at(-1) ?? '', 'tr') },
    })),
  )

const LEXICONS = new Map(Object.entries(BY_LANG).map(([lang, rows]) => [lang, compileLexicon(termsOf(rows))]))
const ALL = compileLexicon(Object.values(BY_LANG).flatMap((rows) => termsOf(rows)))

/** "conference hall", "konferans salonu", "konfrans zalı", "конференц-зал": a room named after an occasion, no occasion. */
const ROOM_AFTER = /^\p{L}*[\s-]+(?:hall|room|centre|center|salon\p{L}*|zal[ıi]\p{L}*|зал\p{L}*)(?![\p{L}])/iu

/**
 * Finds the occasion words of a sentence in the article's language: visits, summits, meetings, talks, sessions,
 * forums, round tables, signing and other ceremonies, and the parts of a visit (welcome, one-on-one, press).
 */
export function findEventCues(text: string, lang: string): EventCueMatch[] {
  return findTerms(text, lang, LEXICONS.get(lang) ?? ALL)
    .filter(
      ({ start, end }) =>
        !isSurname(text, start, end) &&
        !isPeakOf(text, start) &&
        !MEETS_A_NEED.test(text.slice(end, end + 40)) &&
        !ROOM_AFTER.test(text.slice(end, end + 12)) &&
        !CALL_AFTER.test(text.slice(end, end + 8)) &&
        !QUESTIONS_BEFORE.test(text.slice(Math.max(0, start - 24), start)) &&
        !(
          /^сесси/iu.test(text.slice(start, end)) &&
          PROGRAMME_SESSION_BEFORE.test(text.slice(Math.max(0, start - 24), start))
        ),
    )
    .map(({ start, end, value }) => ({ start, end, cue: value }))
}

/**
 * "listenin zirvesinde", "sıralamanın zirvesine", "siyahının zirvəsində": "zirve" after a common noun in the genitive
 * is the top of something, no summit ("Türk Devletleri Teşkilatı'nın zirvesi" names its body in capitals); so is a
 * peak reached ("zirveye ulaşıyor").
 */
function isPeakOf(text: string, start: number): boolean {
  if (!/^zirv/iu.test(text.slice(start, start + 5))) return false
  // "talep 1 Eylül'de zirveye ulaşıyor", "zirvəyə çatır": a peak reached, no summit
  if (/^zirv[eə]y[eə]\s+(?:ulaş|çık|çik|yüksel|çat|qalx|tırman)/iu.test(text.slice(start, start + 24))) return true
  return /(?:^|\s)\p{Ll}+n?[ıiuü]n\s+$/u.test(text.slice(0, start))
}

/**
 * "İqtisadçı Elnur Səfərli": a capitalised word inside a sentence that ends in "-li", "-lı", "-lu", "-lü" is a surname
 * made of the occasion word, no occasion.
 */
function isSurname(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end) + (/^\p{L}*/u.exec(text.slice(end))?.[0] ?? '')
  const capitalised = /^\p{Lu}/u.test(word)
  const inside = /\p{L}[\p{L}.,'’]*\s+$/u.test(text.slice(Math.max(0, start - 30), start))
  return capitalised && inside && /l[ıiuü]$/u.test(word)
}

/** Nouns of a body that meets in sessions: a council or commission makes its "toplantı", "iclas", "meeting" a session. */
const BODY_BEFORE =
  /(?:konsey\p{L}*|komisyon\p{L}*|şura\p{L}*|komissiya\p{L}*|council|commission|committee|совет\p{L}*|комисси\p{L}*|kek|hök)\s+(?:\p{L}+\s+|\d+\.?\s+|\p{L}+['’]?\p{L}*\s+){0,3}$/u

/** Tells whether a meeting word names the session of a council or commission ("Konseyinin 2. Toplantısı"). */
export function isBodySession(text: string, cue: Span, lang: string): boolean {
  const before = looseFold(text.slice(Math.max(0, cue.start - 60), cue.start), lang)
  const after = looseFold(text.slice(cue.end, cue.end + 60), lang)
  return (
    BODY_BEFORE.test(before) ||
    /^\s+(?:of\s+the\s+)?(?:\p{L}+[\s–-]+){0,4}(?:council|commission|совет\p{L}*|комисси\p{L}*)/u.test(after)
  )
}
