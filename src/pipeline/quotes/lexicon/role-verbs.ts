/**
 * Finite verbs that end a subject phrase: a role or apposition never reaches across one (`Kosovo Prime
 * Minister Albin Kurti on Monday criticised| Serbian President …`, `replied| Kosovo's deputy prime
 * minister`). Lower case; Serbian l-participles are recognised by their ending in `role-text.ts`.
 * Used by `cleanRole`; rule in docs/quality.md (speaker roles).
 */
export const ROLE_CUT_VERBS: string[] = [
  // en
  'replied', 'responded', 'answered', 'retorted', 'criticised', 'criticized', 'accused', 'praised', 'urged', 'warned',
  'welcomed', 'condemned', 'slammed', 'thanked', 'met', 'asked', 'called', 'insisted', 'argued', 'claimed', 'explained',
  'confirmed', 'announced', 'reiterated', 'declared', 'emphasised', 'emphasized', 'underlined', 'denied', 'rejected',
  'dismissed', 'acknowledged', 'admitted', 'countered', 'hit back at', 'attacked', 'blamed', 'told', 'says', 'said',
  // sq
  'u përgjigj', 'kritikoi', 'akuzoi', 'paralajmëroi', 'përshëndeti', 'dënoi', 'mohoi',
  // sr, sq: an outlet relaying words (`prenosi Tanjug`, `citon agjencia Y`, `përcjell se`; lexicon/relay.ts)
  'prenosi', 'prenose', 'citira', 'citiraju', 'citon', 'citojnë', 'përcjell', 'përcjellin',
  // quoting verbs and participles that open a second report (`The minister quoted| Jane Doe`, `wrote, adding| that President …`)
  'quoted', 'cited', 'quoting', 'citing', 'adding', 'noting', 'saying', 'writing', 'citirao', 'citirala', 'citoi', 'kritikovao', 'kritikovala',
];

/**
 * Nouns of what someone said (`izjavu predsednika Kosova`, `the statement of the president`, `deklaratën e
 * presidentes`): a phrase holding one names the words, not the speaker's role; such a phrase is no role.
 * Lower case, as written.
 */
export const ROLE_CONTENT_NOUNS: string[] = [
  // en
  'statement', 'statements', 'remarks', 'comments', 'words', 'speech', 'letter', 'decision', 'claim', 'claims', 'message', 'post',
  // sr
  'izjava', 'izjavu', 'izjave', 'izjavi', 'izjavom', 'saopštenje', 'saopštenja', 'reči', 'poruku', 'poruka', 'poruke', 'stav', 'stavove',
  'odluku', 'odluke', 'predlog', 'obraćanje', 'pismo', 'govor', 'tvrdnju', 'tvrdnje', 'navode',
  // sq
  'deklaratën', 'deklarata', 'deklaratat', 'fjalët', 'qëndrimin', 'vendimin', 'letrën', 'fjalimin', 'mesazhin', 'pohimin', 'pohimet',
];
