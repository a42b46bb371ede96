/**
 * Names for the metrics the pipeline builds rather than looks up (src/schema/metric-label.ts), in English: a figure
 * filed by its unit, a percentage of a metric, and the units such a figure can be filed by.
 */
export const metricFormsEn = {
  metricForm: {
    unnamed: 'Unnamed figure in {{unit}}',
    growth: '{{name}}: growth',
    share: '{{name}}: share',
    price: '{{name}}: price',
    units: {
      t: 'tonnes',
      m3: 'cubic metres',
      km: 'kilometres',
      m2: 'square metres',
      m: 'metres',
      'm/s': 'metres per second',
      'km/h': 'kilometres per hour',
      ha: 'hectares',
      ms: 'milliseconds',
      kWh: 'kilowatt-hours',
      TWh: 'terawatt-hours',
      Tbps: 'terabits per second',
      MW: 'megawatts',
      GW: 'gigawatts',
      hours: 'hours',
      days: 'days',
      months: 'months',
      years: 'years',
      minutes: 'minutes',
      barrel: 'barrels',
      TEU: 'TEU',
      percent: 'per cent',
      multiplier: 'multiples',
    },
  },
}
