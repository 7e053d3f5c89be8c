/**
 * Word keys for inflection-insensitive matching: a word and its inflected forms get the same key
 * (`Kosovu`, `Kosova`, `Kosovom` → `kosov`; `Kosovës`, `Kosovën` → `kosov`; `centers` → `center`).
 * A key depends on the language whose grammar explains the inflection:
 * - `sr` (Serbian, Croatian, Bosnian; Latin or Cyrillic): the Snowball Serbian stemmer from
 *   `@nlpjs/lang-sr` (https://snowballstem.org/algorithms/serbian/stemmer.html), which also handles
 *   the fleeting a (`centar` / `centra`); the stem is then folded (no diacritics).
 * - `sq` (Albanian): no maintained stemmer exists for JavaScript, so a short list of case and
 *   definiteness endings (after Newmark et al., *Standard Albanian*, 1982) is stripped, plus the
 *   fleeting ë (`qendër` / `qendra`).
 * - `en`: possessive `'s` and regular plurals (`-s`, `-es`, `-ies`).
 * Function words that look like inflected names (Serbian `nisam`/`nisu`, Albanian `nisi` "began")
 * get a key of their own, so they never match a name (`Niš`).
 */
// The stemmer's own file: the package's index also loads its sentiment lexicons and tokenizers (≈ 0.2 MB, ADR 0236).
import StemmerSr from '@nlpjs/lang-sr/src/stemmer-sr.js';
import { detach, fold, latinLower } from './fold.js';
import { fusedAdjectiveStem, pluralInfixStems, SR_ADJECTIVE_ENDINGS, SR_PLURAL_ENDINGS } from './sr-derivation.js';

/** Languages with an inflection model. */
export type StemLanguage = 'en' | 'sr' | 'sq';

/**
 * How a term word is written, which decides the derived forms it takes in Serbian: `name` (a capital,
 * not an acronym: its `-ski` adjective), `lower` (lower case, a common word: the plural infix of a
 * monosyllabic noun), `other` (an acronym, a number: neither).
 */
export type TermWordKind = 'name' | 'lower' | 'other';

export const STEM_LANGUAGES: readonly StemLanguage[] = ['en', 'sr', 'sq'];

/**
 * Words (lower case, Latin, diacritics kept) that are grammar, not names, although a stemmer would
 * reduce them to a name's stem: Serbian/Croatian/Bosnian negated `biti` (nisam … nisu) and forms of
 * the Albanian verb `nis` "to begin" (nisi = began; the bare `nis` is left to the name, as English
 * writes Niš). Compared with diacritics, so `Niša` is not `nisa`.
 */
const FUNCTION_WORDS = new Set([
  'nisam',
  'nisi',
  'nije',
  'nismo',
  'niste',
  'nisu',
  'nijesam',
  'nijesu',
  'nisa',
  'nisim',
  'nisin',
  'nisni',
  'nisën',
  'nisur',
  'nisej',
  'nisnin',
  'nisja',
]);

// Albanian case/definiteness endings, folded (ë → e), longest first.
const SQ_ENDINGS = ['eve', 'ave', 'ise', 'it', 'ut', 'in', 'un', 'es', 'se', 'en', 'ne', 'et', 'te', 'ja', 'je', 'i', 'u', 'a', 'e', 's', 'n', 't'].sort(
  (a, b) => b.length - a.length,
);
const SQ_MIN_STEM = 3;

const VOWELS = /[aeiouy]/;

/**
 * The Albanian key of a folded word: the longest listed ending stripped (stem ≥ 3 letters), then a
 * fleeting e before a final r/l/n after a consonant dropped (`qender` → `qendr`).
 * @param folded a folded word (`kosoves`)
 */
export function albanianKey(folded: string): string {
  if (!/^\p{L}+$/u.test(folded)) return folded;
  let stem = folded;
  for (const end of SQ_ENDINGS) {
    if (stem.length - end.length >= SQ_MIN_STEM && stem.endsWith(end)) {
      stem = stem.slice(0, -end.length);
      break;
    }
  }
  const n = stem.length;
  if (n >= 4 && /[rln]/.test(stem[n - 1]) && stem[n - 2] === 'e' && !VOWELS.test(stem[n - 3])) {
    stem = stem.slice(0, n - 2) + stem[n - 1];
  }
  return stem;
}

/**
 * The English key of a folded word: possessive `'s` / `'` dropped, then a regular plural reduced
 * (`centres` → `centre`, `agencies` → `agency`, `boxes` → `box`); words of 3 letters or fewer and
 * words in -ss, -us, -is keep their s (`Nis`, `news` → `new` is accepted collateral).
 * @param folded a folded word (`kosovo's`)
 */
export function englishKey(folded: string): string {
  let w = folded.replace(/'s?$/, '');
  if (w.length <= 3 || !/^\p{L}+$/u.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(?:s|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w;
}

const MAX_CACHE = 50_000;

/** An English possessive ending on a word of Serbian or Albanian text. */
const FOREIGN_POSSESSIVE = /['’]s$/u;

/** Serbian instrumental singular after a soft consonant (č ć đ š ž j c lj nj dž): `-em`. */
const SOFT_EM = /(?:[čćđšžjc])em$/u;

/**
 * Computes word keys per language, caching the Serbian stems (the Snowball stemmer is the costly part).
 * One instance per matcher; not shared between threads.
 */
export class WordKeys {
  private readonly stemmer = new StemmerSr();
  private readonly srCache = new Map<string, string>();
  /** English and Albanian keys by folded word: cheap rules, but run for every token of every article (ADR 0231). */
  private readonly enCache = new Map<string, string>();
  private readonly sqCache = new Map<string, string>();

  /** Forgets the cached keys (a matcher calls it after compiling, to keep only text words). */
  clearCache(): void {
    this.srCache.clear();
    this.enCache.clear();
    this.sqCache.clear();
  }

  private cached(cache: Map<string, string>, folded: string, rule: (folded: string) => string): string {
    let key = cache.get(folded);
    if (key === undefined) {
      const own = detach(folded); // a view into a long text would keep the text alive (see `detach`)
      key = rule(own);
      if (cache.size >= MAX_CACHE) cache.clear();
      cache.set(own, key);
    }
    return key;
  }

  /**
   * The Serbian key: Snowball stem of the lower-case Latin form (diacritics kept, as the algorithm
   * needs them), then folded.
   * @param latin lower case, Cyrillic transliterated (`nišu`)
   */
  serbianKey(latin: string): string {
    let key = this.srCache.get(latin);
    if (key === undefined) {
      if (/^\p{L}+$/u.test(latin)) {
        // The instrumental after a soft consonant is -em, not -om (`Vučićem`, `Lazovićem`, `Nišem`), which
        // the Snowball stemmer leaves on: strip it so the form shares the base form's stem.
        this.stemmer.setCurrent(latin.length >= 5 && SOFT_EM.test(latin) ? latin.slice(0, -2) : latin);
        this.stemmer.innerStem();
        key = fold(this.stemmer.getCurrent());
      } else {
        key = fold(latin);
      }
      if (this.srCache.size >= MAX_CACHE) this.srCache.clear();
      this.srCache.set(latin, key);
    }
    return key;
  }

  /**
   * The key of one word in `lang`. Words and their inflected forms share a key; a function word
   * gets `=word`, which only that same word shares.
   * @param latin the word lower-cased and transliterated, diacritics kept (`latinLower`)
   * @param folded the word folded (`fold`)
   */
  key(lang: StemLanguage, latin: string, folded: string): string {
    if (lang !== 'en' && FOREIGN_POSSESSIVE.test(latin)) {
      // Neither Serbian nor Albanian writes a possessive `'s`: in their text it is an English name
      // (a quoted headline, a mixed paragraph guessed as Serbian) and keys as the name (`Kosovo's`).
      latin = latin.replace(FOREIGN_POSSESSIVE, '');
      folded = folded.replace(FOREIGN_POSSESSIVE, '');
    }
    if (FUNCTION_WORDS.has(latin)) return '=' + latin;
    switch (lang) {
      case 'en':
        return this.cached(this.enCache, folded, englishKey);
      case 'sq':
        return this.cached(this.sqCache, folded, albanianKey);
      case 'sr':
        return this.serbianKey(latin);
    }
  }

  /**
   * The keys a term word (written in its base form) accepts in `lang`: its own key and, for `sr`,
   * also the folded base form itself. The stemmer strips a case ending back to the base form of a
   * consonant-final noun (`Briselu`, `Brisela` → `brisel`) even where it cuts the base form
   * further (`Brisel` → `brise`, a past-participle rule), so the base form is a key too.
   * In `sr`, a `name` also accepts its relational adjective in `-ski` in every case and gender
   * (`Kosovo` → *kosovski, kosovske, Kosovska*; `Brisel` → *briselski*), which the stemmer reduces to
   * the name's stem + `sk`, and, when the stem's last consonant fuses with the suffix, the fused form
   * (`Niš` → *niški*; `sr-derivation.ts`); a `lower` word also accepts the plural with the infix of a
   * monosyllabic noun (`most` → *mostovi, mostova, mostovima*). The matcher checks the spelling of the
   * fused and infixed forms it finds (`form-guards.ts`).
   * @param kind how the word is written (`TermWordKind`)
   * @returns the distinct keys, the word's own first
   */
  termKeys(lang: StemLanguage, latin: string, folded: string, kind: TermWordKind = 'other'): string[] {
    const key = this.key(lang, latin, folded);
    if (lang !== 'sr' || key.startsWith('=') || !/^\p{L}+$/u.test(folded)) return [key];
    const keys = new Set([key, folded]);
    if (kind === 'name') {
      for (const k of [...keys]) keys.add(k + 'sk');
      const fused = fusedAdjectiveStem(latin);
      if (fused !== null) for (const end of SR_ADJECTIVE_ENDINGS) keys.add(this.serbianKey(fused + end));
    } else if (kind === 'lower') {
      for (const stem of pluralInfixStems(latin)) for (const end of SR_PLURAL_ENDINGS) keys.add(this.serbianKey(stem + end));
    }
    return [...keys];
  }

  /** Convenience: the key of a raw word (any case, any script) in `lang`. */
  keyOf(lang: StemLanguage, word: string): string {
    return this.key(lang, latinLower(word), fold(word));
  }
}
