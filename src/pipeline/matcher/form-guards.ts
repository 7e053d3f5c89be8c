/**
 * Spelling checks for the derived Serbian forms a term word's keys let in (`sr-derivation.ts`,
 * ADR 0287). A key says only that a word of the text reduces to the same stem; two derived forms need
 * more than that to be the term's:
 * - a fused `-ski` adjective (`Niš` → *niški*) written with a plain `s` is also a form of the short
 *   adjectives in `-zak`/`-sak` (*nizak* "low" → *niska, niski*; *blizak* → *bliska*), so it counts
 *   only with the letter the fusion left (š, č, ć: *niški*, *Нишка*, *leskovački*) or written with a
 *   capital (*Niska Banja*); a capital the sentence gives (its first word) counts only in a text
 *   written without diacritics (`scan.ts` `caseMatches`): *Niska cena* opening a sentence of an article
 *   that writes š elsewhere is "low", not the city's;
 * - a plural with the infix (`most` → *mostovi*) must end in a plural case ending (-i, -a, -ima, -e):
 *   a name built on the same letters is not a plural (`kos` "blackbird" → *kosovi*, but not *Kosovo,
 *   Kosovu*).
 */
import { fold } from '../text/fold.js';
import { fusedAdjectiveStem, MARKED_FUSED_LETTERS, pluralInfixStems, SR_PLURAL_ENDINGS } from '../text/sr-derivation.js';
import { TITLE_CASE, termWordKind } from './case-rules.js';
import type { TermWord } from './term.js';

/** One derived form of a term word and what its spelling must show. */
export interface FormGuard {
  /** The folded stem every word of the form starts with (`nisk`, `mostov`). */
  readonly prefix: string;
  /** `adjective`: a fused `-ski` adjective (its marked letter or a capital); `plural`: the plural infix (a plural ending). */
  readonly kind: 'adjective' | 'plural';
}

/**
 * The guards of a term word's derived forms: one for a name's fused adjective, one per plural stem of
 * a lower-case monosyllable; [] for any other word.
 */
export function formGuardsOf(word: TermWord): FormGuard[] {
  const kind = termWordKind(word);
  if (kind === 'name') {
    const stem = fusedAdjectiveStem(word.latin);
    return stem === null ? [] : [{ prefix: fold(stem), kind: 'adjective' }];
  }
  if (kind === 'lower') return pluralInfixStems(word.latin).map((stem) => ({ prefix: fold(stem), kind: 'plural' }));
  return [];
}

/** The term word with its guards (`TermWord.guards`), or the word itself when it has none. */
export function withFormGuards(word: TermWord): TermWord {
  const guards = formGuardsOf(word);
  return guards.length === 0 ? word : { ...word, guards };
}

/** The letter of `latin` at position `at` of its folded form (folding writes đ as two letters, dj). */
function letterAtFolded(latin: string, at: number): string {
  let f = 0;
  for (const ch of latin) {
    if (f === at) return ch;
    f += ch === 'đ' ? 2 : 1;
  }
  return '';
}

/**
 * Whether a word of the text, matched by its key, satisfies the guard of the derived form it is
 * (a word that starts with no guard's stem is not a derived form: true).
 * @param guards the term word's guards
 * @param shape the text word's `caseShapeOf` bits
 * @param latin the text word lower-cased and transliterated, diacritics kept
 * @param folded the text word folded
 */
export function formAllows(guards: readonly FormGuard[], shape: number, latin: string, folded: string): boolean {
  for (const g of guards) {
    if (!folded.startsWith(g.prefix)) continue;
    if (g.kind === 'plural') return SR_PLURAL_ENDINGS.includes(folded.slice(g.prefix.length));
    return (shape & TITLE_CASE) !== 0 || MARKED_FUSED_LETTERS.test(letterAtFolded(latin, g.prefix.length - 2));
  }
  return true;
}
