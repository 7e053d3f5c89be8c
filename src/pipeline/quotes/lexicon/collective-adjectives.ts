/**
 * Adjectives that open a sentence before a lower-case noun of a group (`Local media`, `Western diplomats`,
 * `Regional officials`, `Lokalni mediji`; Albanian after the noun, `Mediat lokale`): capitalised only as the sentence's first word, they name nobody,
 * so the phrase is an unnamed source, never a person or an organisation called `Local`. Folded forms.
 */
export const COLLECTIVE_ADJECTIVES = new Set([
  // English
  'local', 'regional', 'western', 'eastern', 'northern', 'southern', 'foreign', 'international', 'national',
  'independent', 'official', 'senior', 'several', 'unnamed', 'anonymous', 'some', 'many', 'other', 'state-run', 'state',
  'pro-government', 'opposition', 'diplomatic', 'military', 'security', 'police', 'government',
  // Serbian (Latin after folding; Cyrillic folds to the same)
  'lokalni', 'lokalne', 'regionalni', 'regionalne', 'zapadni', 'zapadne', 'strani', 'strane', 'medjunarodni', 'nezavisni',
  // Albanian (after the noun: `Mediat lokale`, `Diplomatët perëndimorë`)
  'lokale', 'lokal', 'rajonale', 'rajonal', 'perendimore', 'perendimor', 'nderkombetare', 'huaja', 'pavarura',
]);
