/**
 * Verbs by which an outlet relays someone's words (`„…“, prenosi Tanjug reči ministra X`, `citira Beta
 * ministra X`, `«…», citon agjencia Y ministrin X`, `përcjell Y`), lower case. By the corpus convention the
 * speaker is the person quoted, not the outlet (`lexicon/en.ts` has English `quoted … as saying`).
 * Used by `relayed-quote.ts`.
 */
export const RELAY_VERBS: Record<string, readonly string[]> = {
  sr: ['prenosi', 'prenose', 'citira', 'citiraju', 'prenela je', 'preneo je', 'preneli su', 'citirao je', 'citirala je'],
  sq: ['citon', 'citojnë', 'përcjell', 'përcjellin', 'citoi', 'përcolli', 'transmeton'],
};
