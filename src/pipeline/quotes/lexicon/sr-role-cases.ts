/**
 * Serbian role nouns in an oblique case and their nominative singular (`ministra spoljnih poslova` →
 * `ministar spoljnih poslova`, `predstavnice udruženja` → `predstavnica udruženja`, `ruskog diplomate`
 * → `ruski diplomata`). Source: Serbian grammar (noun and adjective declension). Used by `sr-role-case.ts`;
 * all forms are Latin, lower case (Cyrillic is read through its Latin transliteration).
 *
 * A noun's class is told from its stem: feminine role nouns end in `-ka` / `-ica` (`ministarka`,
 * `predsednica`), masculine `a`-stems are listed (`diplomata`, `sudija`), every other role noun is a
 * masculine consonant stem (`direktor`, `ministar`). Only endings that are singular in that class are
 * read: a form that is also a plural (`-i` and `-e` of a consonant stem) is left as written.
 */

/**
 * Stem ends of feminine role nouns (`ministark-`, `portparolk-`, `predsednic-`): the nominative adds
 * `-a`. A vowel before `k` is a masculine stem (`predsednik-`, `stručnjak-`).
 */
export const SR_FEMININE_ROLE_STEM = /(?:[^aeiou]k|ic)$/;

/**
 * Feminine stems whose dative `-i` is also a masculine plural (`predsednici` is `to the (woman)
 * president` and `presidents`, from `predsednik`): that form is read only with an adjective that agrees
 * (`stalnoj predstavnici`), else left as written.
 */
export const SR_PLURAL_LIKE_DATIVE = /nic$/;

/** Masculine role nouns declined like feminine `-a` nouns, as stems (`diplomat-a`, `sudij-a`, `koleg-a`). */
export const SR_A_STEM_ROLES: readonly string[] = ['diplomat', 'sudij', 'koleg', 'taksist', 'aktivist', 'specijalist', 'ekonomist', 'vođ', 'vodj'];

/**
 * Singular oblique endings by noun class, with the case they mark and the adjective endings that agree
 * with it (oblique → nominative). Instrumental forms (`ministrom`) are not here: a role in the
 * instrumental names an object (`sa ministrom`), and `cleanRole` does not print it.
 */
export interface SrRoleCase {
  ending: string;
  adjectives: readonly (readonly [oblique: string, nominative: string])[];
}

const MASCULINE_ADJECTIVES_GEN = [['oga', 'i'], ['ega', 'i'], ['og', 'i'], ['eg', 'i']] as const;
const MASCULINE_ADJECTIVES_DAT = [['omu', 'i'], ['emu', 'i'], ['om', 'i'], ['em', 'i']] as const;

export const SR_ROLE_CASES: Record<'consonant' | 'feminine' | 'aStem', readonly SrRoleCase[]> = {
  // direktor-a (genitive, accusative), direktor-u (dative, locative)
  consonant: [
    { ending: 'a', adjectives: MASCULINE_ADJECTIVES_GEN },
    { ending: 'u', adjectives: MASCULINE_ADJECTIVES_DAT },
  ],
  // ministark-e (genitive), ministark-i (dative, locative), ministark-u (accusative)
  feminine: [
    { ending: 'e', adjectives: [['e', 'a']] },
    { ending: 'i', adjectives: [['oj', 'a']] },
    { ending: 'u', adjectives: [['u', 'a']] },
  ],
  // diplomat-u (accusative): the adjectives agree as masculine. The genitive `diplomate` and the dative
  // `diplomati` are also plurals (`Diplomate kažu`, `diplomati` of `diplomat`), so they are left as written.
  aStem: [
    { ending: 'u', adjectives: MASCULINE_ADJECTIVES_GEN },
  ],
};

/**
 * A possessive adjective from a name (`Vučićev-og savetnika`, `Marijin-e`): capitalised, its stem in
 * `-ov`/`-ev`/`-in`; its masculine nominative is the bare stem (`Vučićev savetnik`), not `-i`.
 */
export const SR_POSSESSIVE_STEM = /^\p{Lu}\p{L}{2,}(?:ov|ev|in)$/u;

/**
 * A consonant stem's nominative when it differs from the stem: the fleeting `a` (`ministr-a` →
 * `ministar`) and `-ioc-` → `-ilac` (`tužioc-a` → `tužilac`, `branioc-a` → `branilac`).
 * Pairs are (stem end pattern, replacement).
 */
export const SR_CONSONANT_NOMINATIVE: readonly (readonly [RegExp, string])[] = [
  [/ioc$/, 'ilac'],
  [/([^aeiou])r$/, '$1ar'],
];
