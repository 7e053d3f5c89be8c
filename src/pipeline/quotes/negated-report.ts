/**
 * A negated or refused reporting verb reports nothing (`Roe did not say whether the pier would open`,
 * `declined to say when …`, `Ilić nije rekao da li …`, `odbio je da kaže …`, `Gashi nuk tha nëse …`): the
 * clause after it is what the subject did not say, so it is nobody's quote. ADR 0298; lexicon in
 * `lexicon/negated-report.ts`.
 */
import { fold } from '../text/fold.js';
import type { Ctx } from './context.js';
import { NEGATED_REPORT } from './lexicon/negated-report.js';
import type { Cue } from './speech-verbs.js';
import { escapeRe } from './text.js';

const alt = (ws: readonly string[]) =>
  [...ws]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');

const PATTERNS = new Map(
  Object.entries(NEGATED_REPORT).map(([lang, l]) => [
    lang,
    new RegExp(`(?:^|[^\\p{L}'’])(?:(?:${alt(l.negators)})|(?:${alt(l.refusals)})\\s+(?:${alt(l.refusalLink)}))\\s+(?:\\p{L}+ly\\s+)?$`, 'u'),
  ]),
);

/**
 * True when the reporting verb of `cue` in paragraph `pi` is a verb of saying (`sayStems`) that is negated or
 * refused: the words right before it end with a negator (`not`, `nije`, `nuk`) or a verb of refusing and its link
 * (`declined to`, `odbio je da`, `refuzoi të`).
 */
export function negatedReport(ctx: Ctx, pi: number, cue: Cue): boolean {
  const re = PATTERNS.get(ctx.lex.language);
  const lex = NEGATED_REPORT[ctx.lex.language];
  if (!re || !lex) return false;
  const verb = fold(cue.verbText).toLowerCase().trim().split(/\s+/);
  if (!verb.some((w) => lex.sayStems.some((st) => w.startsWith(st)))) return false;
  // The words right before the verb (the subject phrase found for it may hold them: `Roe did not| say`).
  const from = Math.max(0, cue.verb[0] - 40);
  return re.test(fold(ctx.paras[pi].masked.slice(from, cue.verb[0])).toLowerCase());
}
