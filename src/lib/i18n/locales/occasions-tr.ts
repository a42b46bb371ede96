import type { occasionsEn } from './occasions-en'

/** Turkish strings for the occasion views; see `occasions-en.ts`. */
export const occasionsTr: typeof occasionsEn = {
  occasions: {
    agreementsIntro:
      'İmzalanan her belge veya paket bir kez, kapsadığı sektörler ve imzalandığı etkinlikle. Sektör filtresi, seçilen sektörlerden herhangi birini kapsayan belgeleri gösterir.',
    chartDescription:
      'Her sektörü kaç belge veya paketin kapsadığı. Birden çok sektörü kapsayan bir belge her birinde bir kez sayılır.',
    documentsColumn: 'Kapsayan belgeler',
    listTitle: '{{count, number}} belge veya paket',
    listTitle_other: '{{count, number}} belge veya paket',
    docTypes: {
      'joint-declaration': 'Ortak bildiri',
      declaration: 'Bildiri',
      'joint-statement': 'Ortak açıklama',
      statement: 'Açıklama',
      memorandum: 'Mutabakat zaptı',
      roadmap: 'Yol haritası',
      'action-plan': 'Eylem planı',
      programme: 'Program',
      protocol: 'Protokol',
      agreement: 'Anlaşma',
      contract: 'Sözleşme',
      decision: 'Karar',
      communique: 'Tebliğ',
    },
    withYears: '{{type}} {{years}}',
    documentOfUnknownType: 'Belge',
    originalTitle: 'Kaynaktaki başlık',
    noOriginalTitle: 'Kaynak başlık vermiyor',
    sectorChips: 'Sektörler',
    noSectorChip: 'Sektör belirtilmemiş',
    signedAt: 'İmzalandığı etkinlik',
    occasionUnknown: 'Kaynaklar hangi etkinlikte imzalandığını söylemiyor',
    highlighted: 'Bağlantının gösterdiği belge',
    legendHappened: 'Gerçekleşti (dolu işaret)',
    legendPlanned: 'Planlanan (içi boş işaret)',
  },
}
