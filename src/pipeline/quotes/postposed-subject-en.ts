/**
 * English `…, said veteran strategist Jane Roe.` (issue 15): after a comma, a verb of saying followed by a
 * noun phrase that ends the sentence (or meets an apposition or an adjunct) is an inverted attribution, its
 * subject put after it, not a report of that noun phrase: the words before the comma are the report.
 */
import { enClauseWords } from './lexicon/en.js';
import { parseRole } from './roles.js';

const AUX = new Set(enClauseWords.finiteAuxiliaries);
const ENDERS = new Set(enClauseWords.postposedSubjectEnders);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there']);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'one']);
const MAX_WORDS = 10;

/**
 * True when `rest`, the words after a verb of saying up to the sentence end, read as the verb's subject: up
 * to the first comma (an apposition may follow) no finite verb (an auxiliary, `n't`, a past form in -ed not
 * after a determiner), and before the first adjunct (`on Tuesday`) at most ten words that end in a capitalised
 * name or hold a role noun (`the mayor`, `a spokesman for the port`). `the plan failed` and `Roe would resign`
 * are clauses.
 */
export function postposedSubject(rest: string): boolean {
  const seg = rest.split(/[,;:(]/)[0].replace(/[.!?…\s]+$/u, '');
  const ws = seg.split(/\s+/).filter(Boolean);
  if (ws.length === 0 || (ws.length > 1 && PRONOUNS.has(ws[0].toLowerCase()))) return false;
  for (let i = 0; i < ws.length; i++) if (finiteLooking(ws, i)) return false;
  let n = 0;
  while (n < ws.length && !(n > 0 && ENDERS.has(ws[n]))) n++;
  if (n > MAX_WORDS) return false;
  const np = ws.slice(0, n);
  return /^\p{Lu}/u.test(np[np.length - 1]) || parseRole(np.join(' ')) !== null;
}

/** An auxiliary, a negated form, or a lower-case past form in -ed not after a determiner (`a retired judge`). */
export function finiteLooking(ws: string[], i: number): boolean {
  const w = ws[i];
  if (AUX.has(w.toLowerCase()) || /n['’]t$/i.test(w)) return true;
  return /^\p{Ll}+ed$/u.test(w) && !(i > 0 && DETERMINERS.has(ws[i - 1].toLowerCase()));
}
