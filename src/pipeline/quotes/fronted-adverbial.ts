/**
 * Serbian and Albanian drop a pronoun subject (`Rekao je: „…“`, `Tha se …`), so what stands before a
 * speech verb may be no subject at all but a fronted adverbial: `Na kraju je rekao …`, `Posle sastanka je
 * upitao: „…“`, `Kasnije je rekao da …`, `Në fund tha se …`. Such a phrase is not read as a name (it was:
 * `Kasnije` spoke); the verb is subject-less and its speaker is found as for `Rekao je`. Data: the
 * lexicon's `frontedAdverbials`.
 */
import type { QuoteLexicon } from './lexicon/types.js';

const sets = new WeakMap<QuoteLexicon, { preps: string[]; adverbs: string[] }>();

/** The lexicon's prepositions and adverbs, longest first (built once per lexicon). */
function wordsFor(lex: QuoteLexicon): { preps: string[]; adverbs: string[] } | null {
  const fa = lex.frontedAdverbials;
  if (!fa) return null;
  let w = sets.get(lex);
  if (w === undefined) {
    const byLength = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length);
    w = { preps: byLength(fa.prepositions), adverbs: byLength(fa.adverbs) };
    sets.set(lex, w);
  }
  return w;
}

/** `text` (lower case) opens with `phrase` as whole words: the length taken, or -1. */
function opens(text: string, phrase: string): number {
  return text.startsWith(phrase) && (text.length === phrase.length || /\s/.test(text[phrase.length])) ? phrase.length : -1;
}

/**
 * Whether a subject phrase is only a fronted adverbial: adverbs (`Kasnije`, `Më pas`), or a preposition
 * followed by lower-case words only (`Na kraju`, `Posle sastanka sa radnicima`, `Në fund`), optionally
 * ending in adverbs. A capitalised word after the preposition (`U Beogradu`, `Posle sastanka Petrović`)
 * may be a name, so such a phrase is kept.
 * @param np the phrase as written (Latin view)
 */
export function onlyFrontedAdverbial(np: string, lex: QuoteLexicon): boolean {
  const w = wordsFor(lex);
  if (w === null) return false;
  const text = np.trim().replace(/,$/, '');
  let rest = text.toLowerCase();
  let at = 0;
  const prep = w.preps.map((p) => opens(rest, p)).find((n) => n > 0) ?? -1;
  if (prep > 0) {
    if (/(?:^|\s)\p{Lu}/u.test(text.slice(prep))) return false;
    return true;
  }
  for (;;) {
    const n = w.adverbs.map((a) => opens(rest, a)).find((k) => k > 0) ?? -1;
    if (n < 0) break;
    at += n;
    rest = rest.slice(n).trimStart();
  }
  return at > 0 && rest.length === 0;
}
