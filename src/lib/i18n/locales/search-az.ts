import type { searchEn } from './search-en'

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }

/** Azerbaijani strings for search: the header's search box, the search page, its results and the reader's marking. */
export const searchAz: Shape<typeof searchEn> = {
  search: {
    title: 'Axtarış',
    label: 'Xəbərlərdə, rəqəmlərdə, sazişlərdə və tədbirlərdə axtar',
    headerLabel: 'Xəbərlərdə və faktlarda axtar',
    placeholder: 'İstənilən dildə sözlər',
    submit: 'Axtar',
    intro:
      'Xəbərlərdə və onlardan oxunan rəqəmlərdə, sazişlərdə və tədbirlərdə sözləri dörd dilin istənilənində, böyük-kiçik hərfdən və diakritik işarələrdən asılı olmayaraq tapır.',
    prompt: 'Axtarmaq üçün bir söz və ya sözün əvvəlini yazın.',
    searching: 'Axtarılır…',
    empty: '“{{query}}” üçün nəticə yoxdur',
    emptyHint: 'Daha az söz və ya sözün əvvəlini yoxlayın: başqa şəkilçi ilə bitən söz də əvvəli ilə uyğun gəlir.',
    count: '“{{query}}” üçün {{count, number}} nəticə',
    count_other: '“{{query}}” üçün {{count, number}} nəticə',
    countAtLeast: '“{{query}}” üçün ən azı {{count, number}} nəticə',
    countAtLeast_other: '“{{query}}” üçün ən azı {{count, number}} nəticə',
    shown: 'Ən yaxşı {{shown}} nəticə göstərilir.',
    narrowed: 'Çox işlənən söz əvvəli yalnız indeksin öz hissəsində uyğunlaşdırıldı.',
    groups: {
      article: 'Xəbərlər',
      figure: 'Rəqəmlər',
      agreement: 'Sazişlər',
      occasion: 'Tədbirlər',
    },
    groupCount: '{{group}} ({{count, number}})',
    inTitle: 'başlıqda',
    untitledAgreement: 'Adı verilməyən sənəd',
    readerSentence: 'Axtarışın tapdığı cümlə',
  },
}
