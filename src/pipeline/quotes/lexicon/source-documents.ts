/**
 * Serbian and Albanian documents named before their author after a source preposition (`Sipas aktakuzës
 * së Prokurorisë …`, `prema izveštaju Agencije …`): the author, not the document, is the source. Stems as
 * written in the Latin view (lower case), and the linking articles that may stand between document and
 * author (Albanian `së`, `të`, `e`, `i`). Used by `according-source.ts`.
 */
export const SOURCE_DOCUMENTS: Record<string, { stems: readonly string[]; linkers: readonly string[] }> = {
  sr: { stems: ['optužnic', 'saopštenj', 'izveštaj', 'odluc', 'odluk', 'podacima', 'navodima', 'analiz', 'istraživanj'], linkers: [] },
  sq: { stems: ['aktakuz', 'raport', 'njoftim', 'komunikat', 'vendim', 'analiz', 'hetim', 'të dhënave'], linkers: ['së', 'të', 'e', 'i'] },
};
