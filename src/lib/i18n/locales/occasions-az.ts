import type { occasionsEn } from './occasions-en'

/** Azerbaijani strings for the occasion views; see `occasions-en.ts`. */
export const occasionsAz: typeof occasionsEn = {
  occasions: {
    agreementsIntro:
      'İmzalanmış hər sənəd və ya paket bir dəfə, əhatə etdiyi sektorlar və imzalandığı tədbirlə. Sektor filtri seçilmiş sektorlardan hər hansı birini əhatə edən sənədləri göstərir.',
    chartDescription:
      'Hər sektoru neçə sənəd və ya paketin əhatə etdiyi. Bir neçə sektoru əhatə edən sənəd hər birində bir dəfə sayılır.',
    documentsColumn: 'Əhatə edən sənədlər',
    listTitle: '{{count, number}} sənəd və ya paket',
    listTitle_other: '{{count, number}} sənəd və ya paket',
    docTypes: {
      'joint-declaration': 'Birgə bəyannamə',
      declaration: 'Bəyannamə',
      'joint-statement': 'Birgə bəyanat',
      statement: 'Bəyanat',
      memorandum: 'Memorandum',
      roadmap: 'Yol xəritəsi',
      'action-plan': 'Fəaliyyət planı',
      programme: 'Proqram',
      protocol: 'Protokol',
      agreement: 'Saziş',
      contract: 'Müqavilə',
      decision: 'Qərar',
      communique: 'Kommünike',
    },
    withYears: '{{type}} {{years}}',
    documentOfUnknownType: 'Sənəd',
    originalTitle: 'Mənbədəki başlıq',
    noOriginalTitle: 'Mənbə başlıq vermir',
    sectorChips: 'Sektorlar',
    noSectorChip: 'Sektor göstərilməyib',
    signedAt: 'İmzalandığı tədbir',
    occasionUnknown: 'Mənbələr hansı tədbirdə imzalandığını demir',
    highlighted: 'Keçidin göstərdiyi sənəd',
    legendHappened: 'Keçirilib (dolu işarə)',
    legendPlanned: 'Planlaşdırılır (boş işarə)',
  },
}
