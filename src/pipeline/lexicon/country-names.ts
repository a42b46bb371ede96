/**
 * Names of a country in the languages the pipeline reads. Latin names (Turkish, Azerbaijani, English) take Turkic
 * and English suffixes; Russian names are split by how they decline.
 */
export interface CountryNames {
  code: string
  /** Country names in Latin script: "kazakistan", "qazaxıstan", "kazakhstan". */
  names: string[]
  /**
   * Demonyms and adjectives that, capitalised, point at the country ("Kazak petrolü", "Kazakh oil", "Azeri").
   * Left out on purpose: Turkish "Türk" and Azerbaijani "Türk" (they mean Turkic as often as Turkish) and
   * Azerbaijani "Qazax" (also a district of Azerbaijan).
   */
  demonyms: string[]
  /** Russian masculine nouns that decline by ending (Казахстан, Казахстана, Казахстане). */
  ruNouns?: string[]
  /** Russian nouns in -я/-а, given without that ending (Росси-я, Росси-и). */
  ruFeminine?: string[]
  /** Russian adjective stems (казахстанск-ий, российск-ого). */
  ruAdjectives?: string[]
  /** Words that look like an inflected name but are not ("İrakli" is Georgia's prime minister's given name). */
  unless?: string[]
}

/** The countries of the Middle Corridor, their neighbours and the partners news about them names most often. */
export const COUNTRY_NAMES: readonly CountryNames[] = [
  {
    code: 'KZ',
    names: ['kazakistan', 'qazaxıstan', 'qazaxstan', 'kazakhstan', 'kazakstan'],
    demonyms: ['kazak', 'kazakh', 'kazakhstani'],
    ruNouns: ['казахстан', 'қазақстан'],
    ruAdjectives: ['казахстанск', 'казахск'],
  },
  {
    code: 'AZ',
    names: ['azerbaycan', 'azərbaycan', 'azerbaijan', 'azerbaidzhan'],
    demonyms: ['azeri', 'azerbaijani'],
    ruNouns: ['азербайджан'],
    ruAdjectives: ['азербайджанск'],
  },
  {
    code: 'TM',
    names: ['türkmenistan', 'türkmənistan', 'turkmenistan'],
    demonyms: ['türkmen', 'türkmən', 'turkmen'],
    ruNouns: ['туркменистан'],
    // "Туркмения", the name Russian news uses as often as the official one
    ruFeminine: ['туркмени'],
    ruAdjectives: ['туркменск'],
  },
  {
    code: 'TR',
    names: ['türkiye', 'türkiyə', 'turkey', 'türkiye cumhuriyeti', 'türkiye respublikası', 'turkiye'],
    demonyms: ['turkish', 'türkiyeli'],
    ruFeminine: ['турци'],
    ruAdjectives: ['турецк'],
  },
  {
    code: 'RU',
    names: ['rusya', 'rusiya', 'russia', 'rusya federasyonu', 'rusiya federasiyası', 'russian federation'],
    demonyms: ['rus', 'russian'],
    ruFeminine: ['росси'],
    ruAdjectives: ['российск'],
  },
  {
    code: 'CN',
    names: ['çin', 'china', 'çin halk cumhuriyeti', 'çin xalq respublikası'],
    demonyms: ['çinli', 'chinese'],
    ruNouns: ['китай', 'кнр'],
    ruFeminine: ['кита'],
    ruAdjectives: ['китайск'],
  },
  {
    code: 'GE',
    names: ['gürcistan', 'gürcüstan', 'georgia'],
    demonyms: ['gürcü', 'georgian'],
    ruFeminine: ['грузи'],
    ruAdjectives: ['грузинск'],
  },
  {
    code: 'AM',
    names: ['ermenistan', 'ermənistan', 'armenia'],
    demonyms: ['ermeni', 'erməni', 'armenian'],
    ruFeminine: ['армени'],
    ruAdjectives: ['армянск'],
  },
  {
    code: 'UZ',
    names: ['özbekistan', 'özbəkistan', 'uzbekistan'],
    demonyms: ['özbek', 'özbək', 'uzbek'],
    ruNouns: ['узбекистан'],
    ruAdjectives: ['узбекск'],
  },
  {
    code: 'KG',
    names: ['kırgızistan', 'qırğızıstan', 'kyrgyzstan', 'kirgizistan', 'kyrgyz republic'],
    demonyms: ['kırgız', 'qırğız', 'kyrgyz'],
    ruNouns: ['кыргызстан'],
    ruFeminine: ['киргизи'],
    ruAdjectives: ['кыргызск', 'киргизск'],
  },
  {
    code: 'TJ',
    names: ['tacikistan', 'tajikistan'],
    demonyms: ['tacik', 'tajik'],
    ruNouns: ['таджикистан'],
    ruAdjectives: ['таджикск'],
  },
  { code: 'IR', names: ['iran'], demonyms: ['iranlı', 'iranian'], ruNouns: ['иран'], ruAdjectives: ['иранск'] },
  {
    code: 'AF',
    names: ['afganistan', 'əfqanıstan', 'afghanistan'],
    demonyms: ['afgan', 'afghan'],
    ruNouns: ['афганистан'],
  },
  { code: 'PK', names: ['pakistan'], demonyms: ['pakistani'], ruNouns: ['пакистан'] },
  { code: 'IN', names: ['hindistan', 'india'], demonyms: ['indian'], ruFeminine: ['инди'] },
  { code: 'MN', names: ['moğolistan', 'monqolustan', 'mongolia'], demonyms: [], ruFeminine: ['монголи'] },
  { code: 'UA', names: ['ukrayna', 'ukraine'], demonyms: ['ukrainian'], ruFeminine: ['украин'] },
  { code: 'BY', names: ['belarus'], demonyms: [], ruFeminine: ['белорусси'], ruNouns: ['беларус'] },
  { code: 'DE', names: ['almanya', 'almaniya', 'germany'], demonyms: ['alman', 'german'], ruFeminine: ['германи'] },
  { code: 'FR', names: ['fransa', 'france'], demonyms: ['french'], ruFeminine: ['франци'] },
  { code: 'IT', names: ['italya', 'italiya', 'italy'], demonyms: ['italian'], ruFeminine: ['итали'] },
  { code: 'GB', names: ['birleşik krallık', 'böyük britaniya', 'united kingdom', 'britain'], demonyms: ['british'] },
  { code: 'US', names: ['abd', 'abş', 'united states', 'amerika birleşik devletleri'], demonyms: [], ruNouns: ['сша'] },
  { code: 'HU', names: ['macaristan', 'macarıstan', 'hungary'], demonyms: ['hungarian'], ruFeminine: ['венгри'] },
  { code: 'RO', names: ['romanya', 'rumıniya', 'romania'], demonyms: ['romanian'], ruFeminine: ['румыни'] },
  { code: 'BG', names: ['bulgaristan', 'bolqarıstan', 'bulgaria'], demonyms: ['bulgarian'], ruFeminine: ['болгари'] },
  { code: 'PL', names: ['polonya', 'polşa', 'poland'], demonyms: ['polish'], ruFeminine: ['польш'] },
  { code: 'JP', names: ['japonya', 'yaponiya', 'japan'], demonyms: ['japanese'], ruFeminine: ['япони'] },
  { code: 'KR', names: ['güney kore', 'cənubi koreya', 'south korea'], demonyms: [] },
  { code: 'AE', names: ['birleşik arap emirlikleri', 'birləşmiş ərəb əmirlikləri', 'bae', 'bəə'], demonyms: [] },
  { code: 'SA', names: ['suudi arabistan', 'səudiyyə ərəbistanı', 'saudi arabia'], demonyms: [] },
  { code: 'QA', names: ['katar', 'qətər', 'qatar'], demonyms: [], ruNouns: ['катар'] },
  { code: 'RS', names: ['sırbistan', 'serbiya', 'serbia'], demonyms: ['serbian'], ruFeminine: ['серби'] },
  { code: 'SK', names: ['slovakya', 'slovakiya', 'slovakia'], demonyms: ['slovak'], ruFeminine: ['словаки'] },
  { code: 'GR', names: ['yunanistan', 'yunanıstan', 'greece'], demonyms: ['greek'], ruFeminine: ['греци'] },
  { code: 'AT', names: ['avusturya', 'avstriya', 'austria'], demonyms: ['austrian'], ruFeminine: ['австри'] },
  { code: 'CZ', names: ['çekya', 'çexiya', 'czechia', 'czech republic'], demonyms: ['czech'], ruFeminine: ['чехи'] },
  { code: 'AL', names: ['arnavutluk', 'albaniya', 'albania'], demonyms: ['albanian'], ruFeminine: ['албани'] },
  { code: 'MD', names: ['moldova'], demonyms: ['moldovan'], ruFeminine: ['молдави', 'молдов'] },
  { code: 'LT', names: ['litvanya', 'litva', 'lithuania'], demonyms: ['lithuanian'], ruFeminine: ['литв'] },
  { code: 'NL', names: ['hollanda', 'niderland', 'netherlands'], demonyms: ['dutch'], ruFeminine: ['нидерланд'] },
  { code: 'ES', names: ['ispanya', 'ispaniya', 'spain'], demonyms: ['spanish'], ruFeminine: ['испани'] },
  { code: 'IL', names: ['israil', 'israel'], demonyms: ['israeli'], ruNouns: ['израил'] },
  { code: 'IQ', names: ['irak', 'iraq'], demonyms: ['iraqi'], ruNouns: ['ирак'], unless: ['irakli'] },
  { code: 'SY', names: ['suriye', 'suriya', 'syria'], demonyms: ['syrian'], ruFeminine: ['сири'] },
  { code: 'EG', names: ['mısır', 'misir', 'egypt'], demonyms: ['egyptian'], ruNouns: ['египет', 'египт'] },
  { code: 'KW', names: ['kuveyt', 'küveyt', 'kuwait'], demonyms: [], ruNouns: ['кувейт'] },
  { code: 'OM', names: ['umman', 'oman'], demonyms: [], ruNouns: ['оман'] },
  { code: 'VN', names: ['vietnam', 'vyetnam'], demonyms: ['vietnamese'], ruNouns: ['вьетнам'] },
  { code: 'ID', names: ['endonezya', 'indoneziya', 'indonesia'], demonyms: [], ruFeminine: ['индонези'] },
  { code: 'MY', names: ['malezya', 'malayziya', 'malaysia'], demonyms: [], ruFeminine: ['малайзи'] },
  { code: 'SG', names: ['singapur', 'sinqapur', 'singapore'], demonyms: [], ruNouns: ['сингапур'] },
]
