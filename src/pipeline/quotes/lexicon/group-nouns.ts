/**
 * Serbian and Albanian plural nouns for groups of unnamed people (residents, citizens, workers …), folded
 * (lower case, Latin, no diacritics), in the nominative plural (Albanian definite and indefinite). A
 * subject headed by one (`Meštani Zupča kažu`, `Građani Mitrovice tvrde`, `Banorët e Zubin Potokut thonë`)
 * is an unnamed group even when a capital letter at the sentence start and a place after it make it look
 * like a two-word name. Used by `group-subject.ts`.
 */
export const GROUP_NOUNS: Record<string, readonly string[]> = {
  sr: [
    'mestani', 'gradjani', 'stanovnici', 'zitelji', 'radnici', 'zaposleni', 'vozaci', 'roditelji', 'penzioneri',
    'studenti', 'ucenici', 'poljoprivrednici', 'demonstranti', 'prodavci', 'ugostitelji', 'lekari', 'nastavnici',
    'navijaci', 'putnici', 'korisnici', 'mestanke', 'gradjanke', 'majke', 'borci', 'povratnici', 'raseljeni',
  ],
  sq: [
    'banoret', 'banore', 'qytetaret', 'qytetare', 'punetoret', 'punetore', 'shoferet', 'prinderit', 'prinder', 'pensionistet',
    'studentet', 'nxenesit', 'fermeret', 'protestuesit', 'tregtaret', 'mjeket', 'mesuesit', 'tifozet', 'udhetaret',
  ],
};
