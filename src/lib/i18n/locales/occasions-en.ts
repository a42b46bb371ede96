/**
 * English strings for the occasion views: one entry per document with its generated type label, the sector
 * coverage counted in documents, links between documents and occasions, and planned occasions on the timeline.
 * Spread into `en`; the other languages match its shape.
 */
export const occasionsEn = {
  occasions: {
    agreementsIntro:
      'Each signed document or package once, with the sectors it covers and the occasion it was signed at. The sector filter shows the documents that cover any selected sector.',
    chartDescription:
      'How many documents or packages cover each sector. One that covers several sectors counts once in each.',
    documentsColumn: 'Documents covering it',
    listTitle: '{{count, number}} document or package',
    listTitle_other: '{{count, number}} documents or packages',
    docTypes: {
      'joint-declaration': 'Joint declaration',
      declaration: 'Declaration',
      'joint-statement': 'Joint statement',
      statement: 'Statement',
      memorandum: 'Memorandum',
      roadmap: 'Roadmap',
      'action-plan': 'Action plan',
      programme: 'Programme',
      protocol: 'Protocol',
      agreement: 'Agreement',
      contract: 'Contract',
      decision: 'Decision',
      communique: 'Communiqué',
    },
    withYears: '{{type}} {{years}}',
    documentOfUnknownType: 'Document',
    originalTitle: 'Title in the source',
    noOriginalTitle: 'The source gives no title',
    sectorChips: 'Sectors',
    noSectorChip: 'No sector stated',
    signedAt: 'Signed at',
    occasionUnknown: 'The sources do not say at which occasion',
    highlighted: 'The document the link points to',
    legendHappened: 'Took place (filled mark)',
    legendPlanned: 'Planned (hollow mark)',
  },
}
