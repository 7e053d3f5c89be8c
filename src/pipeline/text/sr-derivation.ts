/**
 * Serbian (Croatian, Bosnian) forms of a term word that the Snowball stemmer does not bring back to
 * the word's own key, because they add a suffix rather than change an ending (ADR 0287):
 * - the plural infix of monosyllabic masculine nouns: `most` → *mostovi, mostova, mostovima, mostove*;
 *   `-ev-` after a palatal consonant (`muž` → *muževi*, `kralj` → *kraljevi*, `stric` → *stričevi*, c → č);
 * - the relational adjective in `-ski` of a name whose stem ends in a sibilant or an affricate, which
 *   fuses with the `s` of the suffix: `Niš` → *niški* (š + sk → šk), `Odesa` → *odeski* (s + sk → sk),
 *   `Pariz` → *pariski* (z + sk → sk), `Leskovac` → *leskovački*, `Užice` → *užički* (c + sk → čk),
 *   `Bihać` → *bihaćki*. (A name ending in another consonant keeps the whole suffix, `Kosovo` →
 *   *kosovski*: `WordKeys.termKeys` adds that one to the stem directly.) Irregular adjectives
 *   (`Čačak` → *čačanski*, `Zagreb` → *zagrebački*) are not derived.
 * Each returns stems (lower case, Latin, diacritics kept) that the inflection endings attach to;
 * `SR_PLURAL_ENDINGS` and `SR_ADJECTIVE_ENDINGS` are enough to give the stemmer every key those forms
 * reduce to.
 */
import { PLURAL_EV_STEMS } from './lexicon/sr-derivation.js';

/** The plural case endings after the infix: nominative/vocative -i, genitive -a, dative/instrumental/locative -ima, accusative -e. */
export const SR_PLURAL_ENDINGS: readonly string[] = ['i', 'a', 'ima', 'e'];

/** Adjective endings whose stems cover what the stemmer makes of every case and gender (`niški`, `niška`, `niškog`, `niškim` → `nisk`). */
export const SR_ADJECTIVE_ENDINGS: readonly string[] = ['i', 'a', 'og', 'im'];

/** Letters that end a palatal ("soft") consonant: č ć đ š ž j (and lj nj dž, which end in j or ž). */
const PALATAL_FINAL = /[čćđšžj]$/u;
const VOWEL_GROUPS = /[aeiou]+/gu;

/**
 * Whether a lower-case word has one syllable and ends in a consonant (`most`, `grad`, `muž`; `vrh`,
 * `crv`, with a syllabic r): the shape of the masculine nouns that take the plural infix.
 */
function monosyllabicConsonantFinal(latin: string): boolean {
  if (latin.length < 3 || !/^\p{Ll}+$/u.test(latin) || /[aeiou]$/u.test(latin)) return false;
  const groups = latin.match(VOWEL_GROUPS)?.length ?? 0;
  return groups === 1 || (groups === 0 && latin.includes('r'));
}

/**
 * The plural stems with the infix of a word written in lower case (a common noun): `most` →
 * [`mostov`], `muž` → [`mužev`], `stric` → [`stričev`], `put` → [`putov`, `putev`] (the lexicon's
 * `-ev-` after a hard consonant); [] for a word that is not a monosyllable ending in a consonant.
 * @param latin the term word, lower case, Latin, diacritics kept
 */
export function pluralInfixStems(latin: string): string[] {
  if (!monosyllabicConsonantFinal(latin)) return [];
  let own: string;
  if (latin.endsWith('c')) own = latin.slice(0, -1) + 'čev';
  else if (PALATAL_FINAL.test(latin)) own = latin + 'ev';
  else own = latin + 'ov';
  return [...new Set([own, ...(PLURAL_EV_STEMS[latin] ?? [])])];
}

/** What the last consonant of a name's stem becomes when it fuses with the `s` of `-ski`. */
const FUSED: Readonly<Record<string, string>> = { s: 's', z: 's', š: 'š', ž: 'š', c: 'č', č: 'č', ć: 'ć' };

/**
 * The stem of a name's relational adjective when the name's stem ends in a sibilant or an affricate
 * that fuses with the suffix, up to and with its `k`: `niš` → `nišk` (*niški*), `odesa` → `odesk`,
 * `pariz` → `parisk`, `leskovac` → `leskovačk`, `užice` → `užičk`; null for any other name.
 * @param latin the name, lower case, Latin, diacritics kept
 */
export function fusedAdjectiveStem(latin: string): string | null {
  const stem = latin.replace(/[aeiou]$/u, '');
  if (stem.length < 2 || !/^\p{Ll}+$/u.test(stem)) return null;
  const fused = FUSED[stem[stem.length - 1]];
  return fused === undefined ? null : stem.slice(0, -1) + fused + 'k';
}

/** The letters a fused adjective may show where the name's consonant met the suffix, which only the name's adjective has (`š` in *niški*; *niska* "low" has `s`). */
export const MARKED_FUSED_LETTERS = /[ščć]/u;
