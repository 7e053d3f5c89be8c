/**
 * Albanian role nouns in an oblique case and their nominative (definite) form: the masculine definite
 * genitive/dative/ablative `-it`/`-ut` and accusative `-in`/`-un` → `-i`/`-u` (`presidentit` → `presidenti`,
 * `ministrin` → `ministri`); the feminine definite genitive/dative/ablative `-es` (after a consonant) and
 * accusative `-en` → `-ja` (`presidentes` → `presidentja`, `ministres` → `ministrja`), and `-ës`/`-ën`
 * → `-a` (`drejtoreshës` → `drejtoresha`). The linking article after the noun agrees: `së` → `e`,
 * `të` → `i` (masculine) or `e` (feminine). Source: standard Albanian grammar (definite declension).
 * Pairs are (oblique ending, nominative ending, gender), longest first. Used by `sq-role-case.ts`.
 */
export const SQ_ROLE_ENDINGS: readonly [oblique: string, nominative: string, gender: 'm' | 'f'][] = [
  ['eshës', 'esha', 'f'], ['eshën', 'esha', 'f'], ['es', 'ja', 'f'], ['en', 'ja', 'f'], ['ës', 'a', 'f'], ['ën', 'a', 'f'],
  ['it', 'i', 'm'], ['in', 'i', 'm'], ['ut', 'u', 'm'], ['un', 'u', 'm'],
];

/** Linking articles after an oblique head and their nominative by the head's gender. */
export const SQ_ROLE_LINKING: Record<string, { m: string; f: string }> = { së: { m: 'i', f: 'e' }, të: { m: 'i', f: 'e' } };
