/**
 * English strings for search: the header's search box, the search page and its results, and the reader's marking of
 * the sentence a result points to. Spread into `en`; the other languages match its shape.
 */
export const searchEn = {
  search: {
    title: 'Search',
    label: 'Search articles, figures, agreements and occasions',
    headerLabel: 'Search the articles and facts',
    placeholder: 'Words in any language',
    submit: 'Search',
    intro:
      'Finds words in the articles and in the figures, agreements and occasions read from them, in any of the four languages, whatever their case or accents.',
    prompt: 'Type a word, or the start of one, to search.',
    searching: 'Searching…',
    empty: 'No results for “{{query}}”',
    emptyHint: 'Try fewer words, or the start of a word: a word that ends differently still matches its start.',
    count: '{{count, number}} result for “{{query}}”',
    count_other: '{{count, number}} results for “{{query}}”',
    countAtLeast: 'At least {{count, number}} result for “{{query}}”',
    countAtLeast_other: 'At least {{count, number}} results for “{{query}}”',
    shown: 'The best {{shown}} are shown.',
    narrowed: 'A very common word start was matched within its own part of the index only.',
    groups: {
      article: 'Articles',
      figure: 'Figures',
      agreement: 'Agreements',
      occasion: 'Occasions',
    },
    groupCount: '{{group}} ({{count, number}})',
    inTitle: 'in the title',
    untitledAgreement: 'Unnamed document',
    readerSentence: 'The sentence the search found',
  },
}
