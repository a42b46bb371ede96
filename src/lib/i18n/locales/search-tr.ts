import type { searchEn } from './search-en'

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }

/** Turkish strings for search: the header's search box, the search page, its results and the reader's marking. */
export const searchTr: Shape<typeof searchEn> = {
  search: {
    title: 'Arama',
    label: 'Haberlerde, rakamlarda, anlaşmalarda ve etkinliklerde ara',
    headerLabel: 'Haberlerde ve olgularda ara',
    placeholder: 'Herhangi bir dilde kelimeler',
    submit: 'Ara',
    intro:
      'Haberlerde ve onlardan okunan rakamlarda, anlaşmalarda ve etkinliklerde kelimeleri dört dilin herhangi birinde, büyük-küçük harf ve aksanlardan bağımsız olarak bulur.',
    prompt: 'Aramak için bir kelime ya da kelimenin başını yazın.',
    searching: 'Aranıyor…',
    empty: '“{{query}}” için sonuç yok',
    emptyHint: 'Daha az kelime ya da bir kelimenin başını deneyin: farklı bir ekle biten kelime de başıyla eşleşir.',
    count: '“{{query}}” için {{count, number}} sonuç',
    count_other: '“{{query}}” için {{count, number}} sonuç',
    countAtLeast: '“{{query}}” için en az {{count, number}} sonuç',
    countAtLeast_other: '“{{query}}” için en az {{count, number}} sonuç',
    shown: 'En iyi {{shown}} sonuç gösteriliyor.',
    narrowed: 'Çok yaygın bir kelime başı yalnızca dizinin kendi bölümünde eşleştirildi.',
    groups: {
      article: 'Haberler',
      figure: 'Rakamlar',
      agreement: 'Anlaşmalar',
      occasion: 'Etkinlikler',
    },
    groupCount: '{{group}} ({{count, number}})',
    inTitle: 'başlıkta',
    untitledAgreement: 'Adı verilmeyen belge',
    readerSentence: 'Aramanın bulduğu cümle',
  },
}
