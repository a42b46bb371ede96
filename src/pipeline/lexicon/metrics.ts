import type { Sector } from '../../schema/dataset'

/** A metric the extractor knows by name, and the cue words that point to it in any of the four languages. */
export interface MetricRule {
  metric: string
  label: string
  sectors: readonly Sector[]
  /** What the figure is about (a route, a product, trade); may stand in an earlier sentence the text refers back to. */
  subject: RegExp
  /** What is measured (freight, oil…); must stand in the sentence itself when given. */
  measure?: RegExp
  /** Units a figure of this metric can have, besides percent and multiplier; any unit when omitted. */
  units?: readonly string[]
  /** The unit a figure of this metric has when the text gives no number ("bu miktarı artırmayı hedefliyoruz"). */
  defaultUnit: string
  /** Units that name this metric on their own when no cue word does (cubic metres along the corridor are gas). */
  impliedBy?: readonly string[]
  /** Words that keep the unit from naming it: cubic metres of water are no gas. */
  notImpliedWith?: RegExp
}

/** Builds a cue pattern that must start a word (Turkic suffixes may follow), over folded text. */
const cue = (pattern: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})`, 'gu')

const FREIGHT = cue(
  'yük(?!sek|sel|süm)|kargo|taşın|taşıma|daşın|daşıma|tranzit|transit|freight|cargo|traffic|trafi|груз|перевоз|трафик|транзит',
)
const OIL = cue('petrol|neft|oil(?!\\p{L})|нефт')
const CURRENCIES = ['USD', 'EUR', 'AZN', 'KZT', 'RUB', 'TRY', 'CNY', 'TMT']
const VOLUMES = ['t', 'TEU', 'm3', 'barrel', 'count']
const ENERGY = ['kWh', 'MWh', 'GWh', 'TWh']
const DATA_RATES = ['Gbps', 'Tbps']

/** Known metrics, most specific first: a route before a product, a product before trade in general. */
export const METRIC_RULES: readonly MetricRule[] = [
  {
    metric: 'oil-btc',
    label: 'Oil shipped through the Baku–Tbilisi–Ceyhan pipeline',
    sectors: ['energy', 'transport'],
    subject: cue(
      'bak[üuı].?t[iı]fl[iı]s.?ceyhan|baku.?tbilisi.?ceyhan|bakı.?tbilisi.?ceyhan|баку.?тбилиси.?джейхан|btc(?!\\p{L})',
    ),
    measure: OIL,
    units: ['t', 'barrel'],
    defaultUnit: 't',
  },
  {
    metric: 'trans-caspian-freight',
    label: 'Freight on the Trans-Caspian International Transport Route',
    sectors: ['transport'],
    subject: cue(
      'trans[ -]?(?:hazar|xəzər|caspian)|transxəzər|transhazar|transcaspian|hazar ötesi|транскаспийск|tbnm|titr(?!\\p{L})',
    ),
    measure: FREIGHT,
    units: VOLUMES,
    defaultUnit: 't',
  },
  {
    metric: 'middle-corridor-cargo',
    label: 'Cargo volume on the Middle Corridor',
    sectors: ['transport'],
    subject: cue('orta koridor|orta dəhliz|middle corridor|средн\\p{L}* коридор'),
    measure: FREIGHT,
    units: VOLUMES,
    defaultUnit: 't',
  },
  {
    metric: 'container-traffic',
    label: 'Container traffic',
    sectors: ['transport'],
    subject: cue('konteyner|container|контейнер|teu'),
    units: ['TEU', 'count', 't'],
    defaultUnit: 'TEU',
  },
  {
    metric: 'wheat-supply',
    label: 'Wheat supply',
    sectors: ['agriculture', 'trade'],
    subject: cue('buğda|buğday|wheat|пшениц'),
    units: ['t', 'status', ...CURRENCIES],
    defaultUnit: 't',
  },
  {
    metric: 'grain-supply',
    label: 'Grain supply',
    sectors: ['agriculture', 'trade'],
    subject: cue('tahıl|taxıl|grain|зерн'),
    units: ['t', 'status', ...CURRENCIES],
    defaultUnit: 't',
  },
  {
    metric: 'gas-supply',
    label: 'Natural gas supply',
    sectors: ['energy'],
    subject: cue('doğal ?gaz|təbii qaz|qaz(?!\\p{L})|natural gas|gas(?!\\p{L})|газ(?!\\p{L})|газа|газу'),
    units: ['m3', 't', 'status', ...CURRENCIES],
    defaultUnit: 'm3',
    impliedBy: ['m3'],
    notImpliedWith: cue('su(?:yu|yun|ya|da|dan)?(?!\\p{L})|water(?!\\p{L})|вод[аыуеой](?!\\p{L})|водо|водн'),
  },
  {
    metric: 'electricity-supply',
    label: 'Electricity supply',
    sectors: ['energy'],
    subject: cue('elektrik|electricity|power(?!\\p{L})|электроэнерги|электричеств'),
    units: ENERGY,
    defaultUnit: 'kWh',
    impliedBy: ENERGY,
  },
  {
    metric: 'data-capacity',
    label: 'Data transmission capacity',
    sectors: ['digital'],
    subject: cue('fiber|fibre|kablo|kabel|cable|кабел|волок'),
    units: DATA_RATES,
    defaultUnit: 'Tbps',
    impliedBy: DATA_RATES,
  },
  {
    metric: 'oil-supply',
    label: 'Oil supply',
    sectors: ['energy'],
    subject: OIL,
    units: ['t', 'barrel', 'status'],
    defaultUnit: 't',
    impliedBy: ['barrel'],
  },
  {
    metric: 'trade-turnover',
    label: 'Bilateral trade turnover',
    sectors: ['trade'],
    subject: cue(
      'ticaret\\p{L}* (?:hacm|dövriye)|ticaret hacm\\p{L}*|ticari hacm|trade between|trade with|two-way trade|ticarət (?:dövriyyə|həcm)|dövriyyə|karşılıklı ticaret|ikili ticaret|trade turnover|trade volume|volume of trade|bilateral trade|mutual trade|товарооборот|объ[её]м\\p{L}* торговл',
    ),
    units: CURRENCIES,
    defaultUnit: 'USD',
  },
  {
    metric: 'investment',
    label: 'Investment',
    sectors: ['trade', 'industry'],
    subject: cue('yatırım|investisiya|sərmayə|invest|инвестиц|вложени'),
    units: CURRENCIES,
    defaultUnit: 'USD',
  },
  {
    metric: 'high-level-visits',
    label: 'High-level visits',
    sectors: ['diplomacy'],
    subject: cue(
      '(?:yüksek|üst) düzey\\p{L}* (?:\\p{L}+ )?ziyaret|(?:yüksək|ali) səviyyə\\p{L}* (?:\\p{L}+ )?səfər|high[- ]level visit|визит\\p{L}* на высшем уровне|визит\\p{L}* высокого уровня',
    ),
    units: ['count'],
    defaultUnit: 'count',
  },
  {
    metric: 'visits',
    label: 'Visits',
    sectors: ['diplomacy'],
    subject: cue('ziyaret|səfər|visit|визит'),
    units: ['count'],
    defaultUnit: 'count',
  },
  {
    metric: 'passenger-traffic',
    label: 'Passenger traffic',
    sectors: ['transport'],
    subject: cue('yolcu|sərnişin|passenger|пассажир'),
    units: ['count'],
    defaultUnit: 'count',
  },
  {
    metric: 'freight-volume',
    label: 'Freight volume',
    sectors: ['transport'],
    subject: FREIGHT,
    units: ['t', 'TEU'],
    defaultUnit: 't',
  },
]

/** Units every metric can take: a growth rate or a multiplier says something about any measured quantity. */
export const RELATIVE_UNITS = new Set(['percent', 'multiplier'])

/** Words that make a sentence refer back to an earlier one ("bu hattaki", "həmin", "this route", "этот"). */
export const ANAPHOR = cue(
  'bu(?!\\p{L})|bunun|buna|bundan|bunu|həmin|onu(?!\\p{L})|this(?!\\p{L})|these|its?(?!\\p{L})|этот|эта(?!\\p{L})|этого|этой|его(?!\\p{L})|данн\\p{L}*',
)
