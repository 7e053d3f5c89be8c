/**
 * Serbian head nouns of institutions in the nominative singular (Latin; Cyrillic is matched through its
 * Latin view), by grammatical gender, and the case endings an organisation's name takes after `u`, `iz`,
 * `od`, `kod` (`u Crvenom krstu`, `iz Kancelarije za KiM`, `u Ministarstvu zdravlja`). Source: Serbian
 * grammar (noun and adjective declension); the nouns are the usual heads of institution names in news.
 * Used by `sr-org-case.ts`.
 */
export const SR_ORG_HEADS: Record<'m' | 'f' | 'n', readonly string[]> = {
  m: ['krst', 'centar', 'savez', 'sud', 'institut', 'zavod', 'fond', 'sindikat', 'odbor', 'savet', 'klub', 'sekretarijat', 'komitet', 'univerzitet', 'fakultet', 'dom', 'pokret', 'front', 'parlament', 'kabinet', 'štab', 'konzulat'],
  f: [
    'kancelarija', 'vlada', 'uprava', 'agencija', 'policija', 'misija', 'skupština', 'opština', 'bolnica', 'klinika',
    'ambasada', 'komisija', 'služba', 'delegacija', 'organizacija', 'kompanija', 'direkcija', 'federacija', 'asocijacija',
    'inspekcija', 'stranka', 'liga', 'banka', 'akademija', 'uprava', 'lista', 'koalicija', 'zajednica', 'komora', 'škola',
  ],
  n: ['ministarstvo', 'tužilaštvo', 'veće', 'udruženje', 'predsedništvo', 'poverenstvo', 'pravobranilaštvo', 'društvo', 'preduzeće', 'odeljenje', 'zastupništvo'],
};

/** Oblique endings of a head noun (genitive, dative/locative, accusative, instrumental), by gender. */
export const SR_ORG_HEAD_ENDINGS: Record<'m' | 'f' | 'n', readonly string[]> = {
  m: ['a', 'u', 'om', 'em'],
  f: ['e', 'i', 'u', 'om'],
  n: ['a', 'u', 'om', 'em'],
};

/**
 * Oblique endings of an adjective agreeing with the head and the nominative ending that replaces them,
 * by the head's gender, longest first (`Crvenog`/`Crvenom` → `Crveni`, `Narodnoj` → `Narodna`,
 * `Višem javnom` → `Više javno`).
 */
export const SR_ORG_ADJECTIVE_ENDINGS: Record<'m' | 'f' | 'n', readonly [string, string][]> = {
  m: [['oga', 'i'], ['omu', 'i'], ['og', 'i'], ['om', 'i'], ['eg', 'i'], ['em', 'i']],
  f: [['oj', 'a'], ['om', 'a'], ['e', 'a'], ['u', 'a']],
  n: [['oga', 'o'], ['omu', 'o'], ['og', 'o'], ['om', 'o'], ['eg', 'e'], ['em', 'e']],
};

/** Prepositions that open an institution in an oblique case before a speech verb (`U Crvenom krstu kažu`). */
export const SR_ORG_PREPOSITIONS: readonly string[] = ['u', 'iz', 'od', 'kod', 'na'];
