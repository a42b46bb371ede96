/** Names for the metrics the pipeline builds rather than looks up (src/schema/metric-label.ts), in Turkish. */
export const metricFormsTr = {
  metricForm: {
    unnamed: 'Adı geçmeyen gösterge ({{unit}})',
    growth: '{{name}}: artış',
    share: '{{name}}: pay',
    price: '{{name}}: fiyat',
    units: {
      t: 'ton',
      m3: 'metreküp',
      km: 'kilometre',
      m2: 'metrekare',
      ha: 'hektar',
      ms: 'milisaniye',
      kWh: 'kilovatsaat',
      TWh: 'teravatsaat',
      Tbps: 'terabit/saniye',
      MW: 'megavat',
      GW: 'gigavat',
      hours: 'saat',
      days: 'gün',
      minutes: 'dakika',
      barrel: 'varil',
      TEU: 'TEU',
      percent: 'yüzde',
      multiplier: 'kat',
    },
  },
}
