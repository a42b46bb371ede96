/** Names for the metrics the pipeline builds rather than looks up (src/schema/metric-label.ts), in Azerbaijani. */
export const metricFormsAz = {
  metricForm: {
    unnamed: 'Adı çəkilməyən göstərici ({{unit}})',
    growth: '{{name}}: artım',
    share: '{{name}}: pay',
    price: '{{name}}: qiymət',
    units: {
      t: 'ton',
      m3: 'kubmetr',
      km: 'kilometr',
      m2: 'kvadratmetr',
      ha: 'hektar',
      ms: 'millisaniyə',
      kWh: 'kilovat-saat',
      TWh: 'teravat-saat',
      Tbps: 'terabit/saniyə',
      MW: 'meqavat',
      GW: 'giqavat',
      hours: 'saat',
      days: 'gün',
      minutes: 'dəqiqə',
      barrel: 'barel',
      TEU: 'TEU',
      percent: 'faiz',
      multiplier: 'dəfə',
    },
  },
}
