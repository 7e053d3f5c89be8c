/**
 * A reporting clause set off by commas inside the reported sentence: `In May, Roe said, the plan
 * failed.`, `But ultimately, other experts say, the risk was small.`, `Plan je propao, rekao je Roe,
 * zbog budžeta.`. The sentence minus the clause is the report; the clause's subject is the source.
 */
import type { QuoteLexicon } from './lexicon/types.js';
import { phraseRe, scanFrom } from './text.js';
import { opensWithSubordinator } from './subordinator.js';

/** A parenthetical report found in one sentence (offsets in the masked text). */
export interface Parenthetical {
  /** The subject phrase of the reporting clause. */
  np: [number, number];
  /** The verb, as written. */
  verbText: string;
  /** The reported content: after the clause, or from the sentence start when what precedes is more than an adverbial. */
  content: [number, number];
}

const cache = new Map<string, RegExp>();

function clauseRe(lex: QuoteLexicon): RegExp {
  const hit = cache.get(lex.language);
  if (hit) return hit;
  const verbs = phraseRe(lex.speechVerbs).source;
  const aux = lex.language === 'sr' ? '(?:(?:je|su)\\s+)?' : '';
  const auxAfter = lex.language === 'sr' ? '(?:\\s+(?:je|su))?' : '';
  const np = '[^,;:„“”"«»]{1,60}?';
  const re = new RegExp(`,\\s+(?:(${np})\\s+${aux}(${verbs})${auxAfter}|${aux}(${verbs})${auxAfter}\\s+(${np}))\\s*,\\s+(?=\\S)`, 'giu');
  cache.set(lex.language, re);
  return re;
}

/**
 * Finds a parenthetical reporting clause in the sentence [start, end) of `s`.
 * @param s masked paragraph text (quote interiors masked)
 * @returns the first such clause with at least three words after it, or null
 */
export function parenthetical(s: string, start: number, end: number, lex: QuoteLexicon): Parenthetical | null {
  const re = scanFrom(clauseRe(lex), start);
  for (let m = re.exec(s); m && m.index < end; m = re.exec(s)) {
    const npText = m[1] ?? m[4];
    const verbText = m[2] ?? m[3];
    if (!npText || npText.split(/\s+/).length > 8 || /\b(?:that|da|se|që)\b/i.test(npText)) continue;
    const npStart = m.index + m[0].indexOf(npText, m[1] ? 0 : m[0].indexOf(verbText) + verbText.length);
    const after = m.index + m[0].length;
    let stop = end;
    while (stop > after && /[\s.!?]/.test(s[stop - 1])) stop--;
    if (s.slice(after, stop).split(/\s+/).length < 3) continue;
    // A quote then its speech cue (`„…“, kaže Dragan, otac troje dece.`): a direct quote's attribution with
    // an apposition after it, not a clause set off inside a report.
    // (A quote split by its cue, `„A“, rekao je X, „b“`, is left to the direct frames.)
    const leadText = s.slice(start, m.index).trim();
    const quoteAfter = /[„“”"«»‘‚]/.test(s.slice(after, stop));
    const quoteLead = /^[„“”"«»‘‚’']/.test(leadText) && /[„“”"«»‘’']$/.test(leadText);
    if (!quoteAfter && quoteLead) continue;
    // `„…“, rekao je X, pre nego što je Y …`: the clause after the cue is a time clause, nobody's report.
    if (quoteLead && opensWithSubordinator(s.slice(after, stop), lex)) continue;
    // What precedes is an adverbial (`In the early 1990s`, `But ultimately`) when it is short and opens with
    // a function word or a number; otherwise it is part of the report (`Plan je propao, rekao je X, zbog …`).
    const lead = s.slice(start, m.index).trim().split(/\s+/).filter(Boolean);
    const adverbial = lead.length <= 5 && (lead.length === 0 || /^\d/.test(lead[0]) || lex.functionWords.includes(lead[0].toLowerCase()));
    return { np: [npStart, npStart + npText.length], verbText, content: [adverbial ? after : start, stop] };
  }
  return null;
}
