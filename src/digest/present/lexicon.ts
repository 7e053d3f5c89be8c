/**
 * Language data for presenting quotes in digests: abbreviations that end in a full stop without
 * ending a sentence, and the words an English role phrase may start with that a copy editor sets in
 * lower case after a name ("Arta Kelmendi, foreign minister"). Serbian and Albanian titles are common
 * nouns and are lower-cased by rule (see ./roles.ts); only proper nouns and abbreviations keep a capital.
 */

/** Folded (lower case) abbreviations, without their full stop, after which a `.` does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // en
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'lt', 'col', 'capt', 'sgt', 'maj', 'jr', 'sr', 'no', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'dept', 'est', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n',
  // sr (Latin; Cyrillic forms are transliterated by the caller's fold)
  'tzv', 'npr', 'itd', 'tj', 'sl', 'br', 'sv', 'god', 'mr', 'dr', 'prof', 'gđa', 'g', 'gdin', 'g-din', 'g-đa', 'up', 'str', 'čl', 'st',
  'тзв', 'нпр', 'итд', 'тј', 'сл', 'бр', 'св', 'год', 'мр', 'др', 'проф', 'гђа', 'г', 'гдин', 'г-дин', 'г-ђа', 'чл', 'стр',
  // sq
  'p.sh', 'z', 'znj', 'sh', 'etj', 'nr', 'prof', 'dr',
]);

/**
 * English words a role phrase may start with that are common nouns or adjectives (titles, ranks,
 * determiners): a leading run of them is set in lower case after a name (AP and Guardian style:
 * titles set off by commas are lower case). A word not listed (a proper noun or adjective such as
 * `Serbian`, `Kosovo's`) stops the run.
 */
export const EN_ROLE_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'new', 'former', 'acting', 'interim', 'outgoing', 'incoming', 'then', 'senior', 'junior', 'chief', 'deputy', 'vice',
  'head', 'director', 'director-general', 'co-director', 'codirector', 'minister', 'ministers', 'foreign', 'interior', 'defence', 'defense', 'finance', 'justice', 'prime', 'president', 'vice-president',
  'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'ambassador', 'envoy', 'special', 'representative', 'mayor', 'governor', 'commander', 'commissioner', 'secretary', 'secretary-general', 'general',
  'major', 'lieutenant', 'colonel', 'captain', 'sergeant', 'admiral', 'brigadier', 'chairman', 'chairwoman', 'chair', 'chairperson', 'leader', 'member', 'members', 'official', 'officials', 'negotiator', 'chief-negotiator',
  'delegate', 'counsellor', 'adviser', 'advisor', 'analyst', 'expert', 'professor', 'researcher', 'lawyer', 'judge', 'prosecutor', 'executive', 'managing', 'founder', 'co-founder', 'owner', 'editor', 'editor-in-chief',
  'correspondent', 'reporter', 'journalist', 'activist', 'resident', 'residents', 'witness', 'coordinator', 'manager', 'officer', 'police', 'party', 'opposition', 'local', 'regional', 'state', 'city', 'municipal',
  'centre', 'center', "centre's", "center's", 'mission', "mission's", 'council', "council's", 'ministry', "ministry's", 'government', "government's", 'office', "office's", 'agency', "agency's", 'embassy', "embassy's",
  'high', 'top', 'assistant', 'associate', 'political', 'legal', 'press', 'military', 'economic', 'security',
]);
