/**
 * Role synonym sets: multi-word names of an office that mean the same role as a single noun, so that a
 * bare role later in the article (`премијер`, `the PM`, `kryeministri`, `ministar`) finds the person
 * introduced with the synonym (`Председник владе Милош Вучевић`, `šef diplomatije Ana Kovač`).
 * Folded form (lower case, Latin, no diacritics); Serbian oblique cases are listed, since multi-word
 * stems match whole words. Each form maps to the canonical head of `ROLE_STEMS` in `roles.ts`.
 */
export const ROLE_SYNONYMS: { head: string; forms: string[] }[] = [
  {
    head: 'prime minister',
    forms: [
      'head of government', 'head of the government',
      'predsednik vlade', 'predsednika vlade', 'predsedniku vlade', 'predsednikom vlade',
      'predsednica vlade', 'predsednice vlade', 'predsednici vlade', 'predsednicom vlade',
      'kryetar i qeverise', 'kryetari i qeverise', 'shef i qeverise', 'shefi i qeverise',
    ],
  },
  {
    // A country's permanent representative to an international organisation holds an ambassador's rank, so a
    // later bare `ambasador(ka)` / `the ambassador` is that person.
    head: 'ambassador',
    forms: [
      'permanent representative',
      'stalni predstavnik', 'stalnog predstavnika', 'stalnom predstavniku', 'stalnim predstavnikom',
      'stalna predstavnica', 'stalne predstavnice', 'stalnoj predstavnici', 'stalnom predstavnicom', 'stalnu predstavnicu',
      'perfaqesuesi i perhershem', 'perfaqesuesit te perhershem', 'perfaqesuesja e perhershme', 'perfaqesueses se perhershme',
    ],
  },
  {
    head: 'minister',
    forms: [
      'foreign secretary', 'sef diplomatije', 'sefa diplomatije', 'sefu diplomatije', 'sefom diplomatije',
      'sefica diplomatije', 'sefice diplomatije', 'shefi i diplomacise', 'shef i diplomacise', 'shefja e diplomacise',
    ],
  },
];
