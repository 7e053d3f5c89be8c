/**
 * An organisation a bare type word refers to when the same sentence names it in full:
 * `U Rusko-srpskom humanitarnom centru u Nišu završena je obuka, saopštio je centar.` →
 * `Rusko-srpski humanitarni centar`; `Два авиона Руско-српског хуманитарног центра …, саопштио је центар.`
 * → `Руско-српски хуманитарни центар`; `… at the Russian-Serbian Humanitarian Centre, the centre said.` →
 * `Russian-Serbian Humanitarian Centre`.
 */
import { fold } from '../text/fold.js';
import { orgHead } from './roles.js';

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const isCap = (w: string) => /^\p{Lu}/u.test(w);
/** Serbian adjective endings in oblique cases (folded): `-skog`, `-nom`, `-ih`, `-oj`, `-ske`. */
const OBLIQUE_ADJ = /(?:og|om|oj|eg|em|ih|im|e|u)$/;

/** Two inflected forms of one noun: a common prefix of at least four letters (`centru`/`centar`). */
function sameStem(a: string, b: string): boolean {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= Math.min(4, a.length, b.length);
}

/**
 * The nominative name of the organisation of type `typeWord` (a bare noun in the nominative, as the
 * attribution gives it: `centar`, `центар`, `centre`) named with at least one capitalised word in
 * `sentence` (original script), or null. Serbian oblique adjectives are put back in the nominative
 * agreeing with the head (`-og`/`-om` → `-i` for a masculine head, `-e`/`-oj` → `-a` for a feminine one)
 * and the head is replaced by `typeWord`; English and Albanian names are kept as written.
 * Pure; never throws.
 */
export function orgNamedIn(sentence: string, typeWord: string): string | null {
  if (!orgHead(typeWord)) return null;
  const ws = [...sentence.matchAll(WORD)].map((m) => m[0]);
  for (let k = ws.length - 1; k >= 0; k--) {
    if (
      orgHead(ws[k]) === null ||
      !sameStem(fold(ws[k]), fold(typeWord)) ||
      (fold(ws[k]) === fold(typeWord) && !isCap(ws[k]) && k > 0 && !isCap(ws[k - 1]) && !OBLIQUE_ADJ.test(fold(ws[k - 1])))
    )
      continue;
    // Modifiers before the head: capitalised words or adjectives agreeing in case (`humanitarnog`).
    let from = k;
    while (
      from > 0 &&
      (isCap(ws[from - 1]) ||
        (/-/.test(ws[from - 1]) === false && /(?:sk|čk|ck|n|v|sk)(?:og|om|oj|ih|e)$/.test(fold(ws[from - 1])) && from - 1 > 0 && isCap(ws[from - 2])))
    )
      from--;
    // Capitalised words after a capitalised head (`Qendra Humanitare Ruso-Serbe`, `Centre for Emergencies`).
    let to = k + 1;
    if (isCap(ws[k])) while (to < ws.length && isCap(ws[to]) && orgHead(ws[to]) === null) to++;
    const name = ws.slice(from, to);
    if (name.length < 2 || !name.some(isCap)) continue;
    // A sentence-initial preposition is not part of the name (`U Rusko-srpskom …`).
    if (from === 0 && /^(?:u|na|iz|od|za|in|at|from|of|the|në|nga)$/i.test(fold(name[0])) && name.length > 2) name.shift();
    if (fold(ws[k]) === fold(typeWord)) return name.join(' ');
    const feminine = /[aа]$/.test(typeWord);
    const out = name.map((w, i) => {
      if (w === ws[k]) return isCap(w) ? typeWord[0].toLocaleUpperCase() + typeWord.slice(1) : typeWord;
      if (i >= name.indexOf(ws[k])) return w;
      return feminine ? w.replace(/(?:oj|e)$/, 'a').replace(/(?:ој|е)$/, 'а') : w.replace(/(?:og|om|oga|omu)$/, 'i').replace(/(?:ог|ом|ога|ому)$/, 'и');
    });
    return out.join(' ');
  }
  return null;
}
