/**
 * Prepositions that put an outlet between a postposed speech verb and its subject (`kaže za <outlet>
 * <speaker>`, `tha për <outlet> <speaker>`), and the lower-case media nouns that may stand before the
 * outlet's name (`za list Danas`, `për gazetën Koha`). Lower case, as written in the Latin view; media nouns are stems. Used by `outlet-subject.ts`.
 */
export const OUTLET_PREPOSITIONS: Record<string, readonly string[]> = {
  sr: ['za'],
  sq: ['për'],
};

/** Media nouns (folded stems) that may precede an outlet's name after the preposition. */
export const MEDIA_NOUNS: Record<string, readonly string[]> = {
  sr: ['list', 'dnevni list', 'portal', 'agencij', 'televizij', 'radio', 'nedeljnik', 'dnevnik', 'sajt', 'emisij'],
  sq: ['gazet', 'portal', 'agjenci', 'televizion', 'radio', 'emision'],
};
