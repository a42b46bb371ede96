import type { CorridorEvent, EventBody, EventKind, Participant, Titles } from '../../schema/dataset'
import { countryName, inCase, ordinalWord, placeName, surnameOf, type TitleLang } from '../lexicon/title-names'
import { isVisitKind } from './visit-kinds'

/** The fields a title is generated from. */
export type TitleFields = Pick<
  CorridorEvent,
  'kind' | 'place' | 'embassyOf' | 'body' | 'ordinal' | 'countries' | 'host' | 'guests' | 'participants'
>

/** Each kind's noun: English, and Turkish and Azerbaijani bare and with the compound possessive ("ziyaret(i)"). */
const NOUNS: Record<EventKind, { en: string; tr: [string, string]; az: [string, string] }> = {
  'state-visit': {
    en: 'state visit',
    tr: ['devlet ziyareti', 'devlet ziyareti'],
    az: ['dövlət səfəri', 'dövlət səfəri'],
  },
  'official-visit': {
    en: 'official visit',
    tr: ['resmi ziyaret', 'resmi ziyareti'],
    az: ['rəsmi səfər', 'rəsmi səfəri'],
  },
  visit: { en: 'visit', tr: ['ziyaret', 'ziyareti'], az: ['səfər', 'səfəri'] },
  summit: { en: 'summit', tr: ['zirve', 'zirvesi'], az: ['sammit', 'sammiti'] },
  meeting: { en: 'meeting', tr: ['toplantı', 'toplantısı'], az: ['görüş', 'görüşü'] },
  talks: { en: 'talks', tr: ['görüşmeler', 'görüşmeleri'], az: ['danışıqlar', 'danışıqları'] },
  session: { en: 'session', tr: ['toplantı', 'toplantısı'], az: ['iclas', 'iclası'] },
  forum: { en: 'forum', tr: ['forum', 'forumu'], az: ['forum', 'forumu'] },
  'round-table': {
    en: 'round table',
    tr: ['yuvarlak masa toplantısı', 'yuvarlak masa toplantısı'],
    az: ['dəyirmi masa', 'dəyirmi masası'],
  },
  signing: {
    en: 'signing ceremony',
    tr: ['imza töreni', 'imza töreni'],
    az: ['imzalanma mərasimi', 'imzalanma mərasimi'],
  },
  other: { en: 'event', tr: ['etkinlik', 'etkinliği'], az: ['tədbir', 'tədbiri'] },
}

/** Bodies by name: English, Turkish (nominative compound) and Azerbaijani (genitive, before "N-ci iclası"). */
const BODY_NAMES: Record<EventBody, { en: string; tr: string; az: string }> = {
  'supreme-interstate-council': {
    en: 'Supreme Interstate Council',
    tr: 'Yüksek Devletlerarası Konseyi',
    az: 'Ali Dövlətlərarası Şurasının',
  },
  'intergovernmental-commission': {
    en: 'Intergovernmental Commission',
    tr: 'Hükümetlerarası Komisyonu',
    az: 'Hökumətlərarası Komissiyasının',
  },
  'joint-economic-commission': {
    en: 'Joint Economic Commission',
    tr: 'Karma Ekonomik Komisyonu',
    az: 'Birgə İqtisadi Komissiyasının',
  },
  'organization-of-turkic-states': {
    en: 'Organization of Turkic States',
    tr: 'Türk Devletleri Teşkilatı',
    az: 'Türk Dövlətləri Təşkilatının',
  },
  'titr-association': {
    en: 'Trans-Caspian International Transport Route association',
    tr: 'Trans-Hazar Uluslararası Taşımacılık Güzergâhı Birliği',
    az: 'Transxəzər Beynəlxalq Nəqliyyat Marşrutu Assosiasiyasının',
  },
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1)

/** The guest a visit is told about: a visiting head of state or government first, then any visitor. */
function guestOf(fields: TitleFields): Participant | null {
  const visitors = fields.participants.filter((p) => p.country !== null && p.country !== fields.host)
  const leaders = visitors.filter((p) => p.role === 'head-of-state' || p.role === 'head-of-government')
  return leaders[0] ?? visitors[0] ?? (fields.host === null ? (fields.participants[0] ?? null) : null)
}

/** The sides of a meeting, as "Azerbaijan–Kazakhstan" in the language (up to four). */
function sidesOf(fields: TitleFields, lang: TitleLang): string | null {
  const countries = fields.countries.length >= 2 && fields.countries.length <= 4 ? fields.countries : []
  return countries.length > 0 ? countries.map((c) => countryName(c, lang)).join('–') : null
}

/** Titles a visit: "Aliyev's state visit to Kazakhstan", "Aliyev'in Kazakistan'a devlet ziyareti". */
function visitTitle(fields: TitleFields, lang: TitleLang): string {
  const guest = guestOf(fields)
  const who = guest ? surnameOf(guest.name, lang) : fields.guests[0] ? countryName(fields.guests[0], lang) : null
  const host = fields.host ? countryName(fields.host, lang) : null
  const [bare, owned] = lang === 'en' ? [NOUNS[fields.kind].en, NOUNS[fields.kind].en] : NOUNS[fields.kind][lang]
  if (lang === 'en') {
    const to = host ? ` to ${host}` : ''
    return who ? `${who}'s ${bare}${to}` : capitalise(`${bare}${to}`)
  }
  const parts = [who ? inCase(who, 'genitive', lang) : null, host ? inCase(host, 'dative', lang) : null]
  const head = who ? owned : bare
  return capitalise([...parts.filter((p) => p !== null), head].join(' '))
}

/** Names a body's session or an organisation's summit: "2nd meeting of the Azerbaijan–Kazakhstan Supreme Interstate Council". */
function bodyTitle(fields: TitleFields, body: EventBody, lang: TitleLang): string {
  const names = BODY_NAMES[body]
  const sides = body === 'organization-of-turkic-states' || body === 'titr-association' ? null : sidesOf(fields, lang)
  const n = fields.ordinal
  const isSummit = fields.kind === 'summit'
  if (lang === 'en') {
    const noun = isSummit ? 'Summit' : body === 'titr-association' ? 'meeting' : 'meeting'
    const what = `${n ? `${ordinalWord(n, 'en')} ` : ''}${noun} of the ${sides ? `${sides} ` : ''}${names.en}`
    return capitalise(what)
  }
  if (lang === 'tr') {
    const noun = isSummit ? 'Zirvesi' : 'toplantısı'
    return `${sides ? `${sides} ` : ''}${names.tr} ${n ? `${ordinalWord(n, 'tr')} ` : ''}${noun}`
  }
  const noun = isSummit ? 'Sammiti' : 'iclası'
  return `${sides ? `${sides} ` : ''}${names.az} ${n ? `${ordinalWord(n, 'az')} ` : ''}${noun}`
}

/** Titles a summit, with the guest who attended and where: "Tokayev at the 12th Summit of the OTS in Azerbaijan". */
function summitTitle(fields: TitleFields, lang: TitleLang): string {
  const named = fields.body ? bodyTitle(fields, fields.body, lang) : null
  const guest = guestOf(fields)
  const who = guest ? surnameOf(guest.name, lang) : null
  const host = fields.host ? countryName(fields.host, lang) : null
  if (lang === 'en') {
    const what = named ?? 'summit'
    const where = host ? ` in ${host}` : ''
    return who ? `${who} at the ${what}${where}` : capitalise(`${what}${where}`)
  }
  const what = named ?? NOUNS.summit[lang][0]
  const attended = who ? `${inCase(who, 'genitive', lang)} ${lang === 'tr' ? 'katıldığı' : 'iştirak etdiyi'} ` : ''
  const where = host ? `${inCase(host, 'locative-ki', lang)} ` : ''
  return capitalise(`${attended}${where}${what}`)
}

/** Titles any other occasion: "Round table at Kazakhstan's embassy in Baku", "Daşkənddə Azərbaycan–Qazaxıstan görüşü". */
function plainTitle(fields: TitleFields, lang: TitleLang): string {
  const place = fields.place ? placeName(fields.place, lang) : null
  const embassy = fields.embassyOf ? countryName(fields.embassyOf, lang) : null
  const sides = embassy ? null : sidesOf(fields, lang)
  if (lang === 'en') {
    const where = embassy ? ` at ${embassy}'s embassy${place ? ` in ${place}` : ''}` : place ? ` in ${place}` : ''
    return capitalise(`${sides ? `${sides} ` : ''}${NOUNS[fields.kind].en}${where}`)
  }
  const [bare, owned] = NOUNS[fields.kind][lang]
  const building = lang === 'tr' ? 'Büyükelçiliğinde' : 'səfirliyində'
  const where = embassy
    ? `${inCase(embassy, 'genitive', lang)} ${place ? `${lang === 'tr' ? placeName(fields.place ?? '', 'tr') : inCase(place, 'locative-ki', 'az')} ` : ''}${building} `
    : place
      ? `${inCase(place, 'locative', lang)} `
      : ''
  return capitalise(`${where}${sides ? `${sides} ${owned}` : bare}`)
}

/** Generates an occasion's title in English, Turkish and Azerbaijani from its fields, never from a quote. */
export function occasionTitles(fields: TitleFields): Titles {
  const one = (lang: TitleLang) => {
    if (isVisitKind(fields.kind)) return visitTitle(fields, lang)
    if (fields.kind === 'summit') return summitTitle(fields, lang)
    if (fields.body && (fields.kind === 'session' || fields.kind === 'meeting'))
      return bodyTitle(fields, fields.body, lang)
    return plainTitle(fields, lang)
  }
  return { en: one('en'), tr: one('tr'), az: one('az') }
}
