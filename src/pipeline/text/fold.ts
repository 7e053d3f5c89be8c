/**
 * Text folding shared by the matcher and the quote extractor: case folding, Serbian/Russian Cyrillic
 * to Latin (Serbian standard 30-letter table, ISO 9-like for Russian letters Serbian lacks),
 * NFKD with combining marks removed, `đ` → `dj`.
 */

export const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  е: 'e',
  ж: 'ž',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'ć',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'č',
  џ: 'dž',
  ш: 'š',
  // Russian (and other) letters outside the Serbian alphabet
  й: 'j',
  ы: 'y',
  э: 'e',
  ю: 'ju',
  я: 'ja',
  ё: 'e',
  ь: '',
  ъ: '',
  щ: 'šč',
  є: 'je',
  і: 'i',
  ї: 'ji',
  ѓ: 'gj',
  ќ: 'kj',
  ѕ: 'dz',
};

/**
 * Transliterates Cyrillic letters to Serbian Latin, keeping case of the first letter
 * (`Љубљана` → `Ljubljana`). Non-Cyrillic characters pass through.
 */
export function cyrillicToLatin(s: string): string {
  if (!CYRILLIC.test(s)) return s;
  // Runs of other characters are copied whole and each letter's Latin form is looked up once: a replace with a
  // callback lower-cased each letter through ICU (issue 23, ADR 0301). The same output as `latinOfLetter` per letter.
  let out = '';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x400 || c > 0x4ff) continue;
    const ch = s[i];
    let lat = cyrillicLetters.get(ch);
    if (lat === undefined) {
      lat = latinOfLetter(ch);
      cyrillicLetters.set(ch, lat);
    }
    out += s.slice(run, i) + lat;
    run = i + 1;
  }
  return out + s.slice(run);
}
const CYRILLIC = /[\u0400-\u04ff]/;
/** `latinOfLetter` of each Cyrillic letter met (U+0400–U+04FF: at most 256 entries). */
const cyrillicLetters = new Map<string, string>();

/** One Cyrillic letter in Latin, its case kept on the first letter (`Љ` → `Lj`); a letter without a Latin form as it is. */
function latinOfLetter(c: string): string {
  const lower = c.toLowerCase();
  const lat = CYRILLIC_TO_LATIN[lower];
  if (lat === undefined) return c;
  if (c === lower || lat.length === 0) return lat;
  return lat[0].toUpperCase() + lat.slice(1);
}

/**
 * Folds one character-sequence for comparison: lower case, Cyrillic → Latin, diacritics removed,
 * `đ` → `dj`, typographic apostrophes → `'`. Length may change; use `foldWithOffsets` when offsets matter.
 */
export function fold(s: string): string {
  const ascii = asciiFold(s);
  if (ascii !== null) return ascii;
  if (s.length > FOLD_MEMO_MAX_CHARS) return typographicFold(s) ?? foldChar(s);
  let f = foldMemo.get(s);
  if (f === undefined) {
    if (foldMemo.size >= FOLD_MEMO_MAX_ENTRIES) foldMemo.clear();
    const key = detach(s);
    f = foldChar(key); // may be `key` itself (nothing to fold): then it too is a copy
    foldMemo.set(key, f);
  }
  return f;
}

/**
 * `foldChar(s)` for plain ASCII text without a backtick (most English words and paragraphs): only
 * lower-casing changes it, as every other step of the fold maps characters outside ASCII (or the
 * backtick); null when the fast path does not apply. One regex test, not a loop over `charCodeAt`:
 * the strings come in many representations (slices, concatenations), and a property read per
 * character on them was slower than the memo it skips.
 */
function asciiFold(s: string): string | null {
  // A short word already in lower case is its own fold: `toLowerCase` would return an equal string, and on a
  // string stored two bytes a character (any slice of a paragraph with a curly quote) it is a call into ICU,
  // several hundred instructions per word (issue 23, ADR 0301). Only short strings: a longer slice would keep its
  // paragraph alive where a lower-cased copy does not (`detach`).
  if (s.length < 13 && LOWER_ASCII.test(s)) return s;
  return PLAIN_ASCII.test(s) ? s.toLowerCase() : null;
}
const PLAIN_ASCII = /^[\0-_a-\x7f]*$/;
/** `PLAIN_ASCII` without the capitals: text that lower-casing leaves as it is. */
const LOWER_ASCII = /^[\0-@[-_a-\x7f]*$/;

/**
 * `foldChar(s)` for a long text of plain ASCII (no backtick) and the typographic marks of English copy
 * (curly quotes, en and em dashes), or null. Of every step of the fold only lower-casing and the curly
 * single quotes' `'` change such text: none of these marks has a compatibility decomposition, a case or
 * a Cyrillic form (`fold.test.ts` checks each against `foldUncached`). Quotes and reported clauses are such
 * text, and they are longer than the memo takes (issue 23).
 */
function typographicFold(s: string): string | null {
  return PLAIN_TYPOGRAPHIC.test(s) ? s.toLowerCase().replace(CURLY_SINGLE, "'") : null;
}
/** The characters `typographicFold` takes: ASCII but the backtick, ‘ ’ “ ” – —. */
export const TYPOGRAPHIC_CHARS = '\u2018\u2019\u201c\u201d\u2013\u2014';
const PLAIN_TYPOGRAPHIC = new RegExp(`^[\\0-_a-\\x7f${TYPOGRAPHIC_CHARS}]*$`);
const CURLY_SINGLE = /[\u2018\u2019]/g;

/**
 * A copy of `s` that shares no memory with the string it was cut from. V8 keeps a substring of 13 or
 * more characters as a view into its parent, so a memo keyed by a 40-character slice of a 14 MiB item
 * keeps the whole item (28 MiB as UTF-16) alive until the memo is cleared, long after its parse or
 * analysis ended (issue 24: the soak's worker RSS). Every memo of article text stores its keys (and any
 * string value that may be the key itself) through this, so its bytes stay bounded by its entries.
 * Shorter strings are never views and are returned as they are.
 * @param s any string
 * @returns an equal string backed by its own memory
 */
export function detach(s: string): string {
  // The concatenation is a rope; slicing it flattens the rope into a fresh string of its own.
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/**
 * Short strings (names, words, clause heads) are folded again and again by the quote extractor and
 * the matcher; `fold` remembers them here (ADR 0231). Bounded: cleared whole when full.
 */
const FOLD_MEMO_MAX_CHARS = 64;
const FOLD_MEMO_MAX_ENTRIES = 50_000;
const foldMemo = new Map<string, string>();

/**
 * `fold` without its memo: the same result, computed every time. The benchmarks' "bare fold pass"
 * baseline (issue 23) uses it, so the baseline stays the folding work itself rather than a lookup.
 */
export function foldUncached(s: string): string {
  return foldChar(s);
}

function foldChar(s: string): string {
  return (
    cyrillicToLatin(s.toLowerCase())
      .replace(/đ/g, 'dj')
      .normalize('NFKD')
      // No mark is below U+0300: the class is tested only above it (issue 23, ADR 0301).
      .replace(/(?:(?![\0-\u02ff])\p{M})+/gu, '')
      .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
      .replace(/ß/g, 'ss')
      .replace(/[æ]/g, 'ae')
      .replace(/[ø]/g, 'o')
      .replace(/[ł]/g, 'l')
  );
}

/** A folded string plus, for each of its UTF-16 units, the offset of the source unit it came from. */
export interface FoldedText {
  text: string;
  /** map[i] = offset in the original of folded unit i; map[text.length] = original length. */
  map: number[];
}

/**
 * Folds `s` like `fold` and keeps a map from folded offsets back to original offsets, so a match
 * found in folded text can be reported at its place in the original.
 */
export function foldWithOffsets(s: string): FoldedText {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) map.push(i);
    text += f;
    i += ch.length;
  }
  map.push(s.length);
  return { text, map };
}

/**
 * Lower-cases `s` and transliterates Cyrillic to Serbian Latin, keeping Latin diacritics
 * (`Нишу` → `nišu`, `Kosovës` → `kosovës`), composed to NFC. This is the form the Serbian
 * stemmer works on; `fold` goes further and drops the diacritics.
 */
export function latinLower(s: string): string {
  return cyrillicToLatin(s.toLowerCase())
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'");
}
