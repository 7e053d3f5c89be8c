/**
 * Evaluations reported without quote marks: `… što su advokati ocenili kao kršenje …`, `she described
 * the move as a provocation`, `e cilësoi si provokim`. The evaluation (after `kao`/`as`/`si`) is the
 * speaker's reported words.
 */
import { scanFrom } from './text.js';

/** One evaluation frame: the subject written inside it (if any), the verb, and the evaluation's span. */
export interface Evaluation {
  /** Subject between an auxiliary and the verb (`što su [advokati porodica] ocenili kao`), or null. */
  np: [number, number] | null;
  /** Where the subject before the frame ends when `np` is null (before `je`/`su`, or the verb). */
  subjectEnd: number;
  verb: [number, number];
  verbText: string;
  content: [number, number];
}

export const FRAMES: Record<string, RegExp> = {
  // `(što) su advokati ocenili kao X`, `ministar je to ocenio kao X`, `ocenila je kao X`
  sr: /(?:(?<![\p{L}])(?:je|su)\s+((?:(?!je\s|su\s)[^\s,.;:]+\s+){0,5}?))?(?<![\p{L}])(ocenio|ocenila|ocenili|ocenile|okarakterisao|okarakterisala|okarakterisali|nazvao|nazvala|nazvali)(?:\s+(?:je|su))?(?:\s+(?:to|ga|ih|je|ovo|taj\s+potez|odluku|potez))?\s+kao\s+/giu,
  // `X described the move as Y`, `called it Y` is too loose without `as`
  en: /(?=[bcdlt])(?<![A-Za-z])(?<![\p{L}](?<=[^\0-\x7f]))(described|characteri[sz]ed|branded|labell?ed|termed|dismissed)\s+(?:it|this|that|them|the\s+\p{Ll}+(?:\s+\p{Ll}+)?|his\s+\p{Ll}+|her\s+\p{Ll}+)\s+as\s+/giu,
  // `e cilësoi si X`, `e vlerësoi si X`
  sq: /(?<![\p{L}])(?:e|i|u)?\s*(cilësoi|cilësuan|vlerësoi|vlerësuan|quajti|quajtën)\s+si\s+/giu,
};

/**
 * Evaluation frames in `s[start, end)` (a sentence of the masked Latin view).
 * @param language `en`, `sr` or `sq`
 * @returns frames in order; the content runs to the sentence end or a clause break (`, dok`, `, while`, `;`)
 */
export function evaluations(s: string, start: number, end: number, language: string): Evaluation[] {
  if (!FRAMES[language]) return [];
  const re = scanFrom(FRAMES[language], start);
  const out: Evaluation[] = [];
  for (let m = re.exec(s); m && m.index < end; m = re.exec(s)) {
    const verbText = language === 'sr' ? m[2] : m[1];
    const vStart = m.index + m[0].indexOf(verbText, language === 'sr' && m[1] ? m[0].indexOf(m[1]) + m[1].length : 0);
    let np: [number, number] | null = null;
    let subjectEnd = vStart;
    if (language === 'sr' && m[1] !== undefined) {
      // After a relative or a clause start the words between auxiliary and verb are the subject
      // (`što su [advokati porodica] ocenili`); after a subject they are an object (`Lazović je [odluku] ocenio`).
      const relative = /(?:^|[,;:]|(?<![\p{L}])(?:što|koje|koji|koju|kojeg|a|pa|ali|dok))\s*$/u.test(s.slice(start, m.index));
      if (relative && m[1].trim()) {
        const a = m.index + m[0].indexOf(m[1]);
        np = [a, a + m[1].trimEnd().length];
      } else if (!relative) subjectEnd = m.index;
    }
    const from = m.index + m[0].length;
    const rest = s.slice(from, end);
    const br = /,\s+(?:dok|ali|a|iako|while|but|although|ndërsa|por)\s|;|\s[–—]\s/u.exec(rest);
    let to = from + (br ? br.index : rest.length);
    while (to > from && /[\s\u00a0.,;:!?]/.test(s[to - 1])) to--;
    if (s.slice(from, to).split(/\s+/).filter(Boolean).length >= 2)
      out.push({ np, subjectEnd, verb: [vStart, vStart + verbText.length], verbText, content: [from, to] });
  }
  return out;
}
