/**
 * Phrases that give the person named right after them a role without a role noun: `u režiji Jelene
 * Ilić` (directed by) makes her the director a later bare `rediteljka` refers to; `novi film Marka
 * Perića` makes him the film's director. Folded (lower case, Latin, no diacritics); each phrase must end
 * the text right before the name. `role` is the role noun in the article's language family (the role's
 * text), `head` the canonical head of `ROLE_STEMS` (`lexicon/roles.ts`).
 */
export const ROLE_EVIDENCE: Record<string, readonly { phrase: string; head: string; role: string }[]> = {
  sr: [
    { phrase: 'u reziji', head: 'film director', role: 'reditelj' },
    { phrase: 'film', head: 'film director', role: 'reditelj' },
    { phrase: 'filmu', head: 'film director', role: 'reditelj' },
    { phrase: 'dokumentarac', head: 'film director', role: 'reditelj' },
    // `Naslovnu ulogu tumači X` (X plays the part): X is an actor or actress
    { phrase: 'tumaci', head: 'actor', role: 'glumac' },
    { phrase: 'tumacice', head: 'actor', role: 'glumac' },
  ],
  sq: [
    { phrase: 'me regji te', head: 'film director', role: 'regjisor' },
    { phrase: 'nen regjine e', head: 'film director', role: 'regjisor' },
    { phrase: 'filmi i ri i', head: 'film director', role: 'regjisor' },
    { phrase: 'filmi i', head: 'film director', role: 'regjisor' },
    { phrase: 'interpreton', head: 'actor', role: 'aktor' },
  ],
  en: [
    { phrase: 'directed by', head: 'film director', role: 'director' },
    { phrase: 'played by', head: 'actor', role: 'actor' },
  ],
};
