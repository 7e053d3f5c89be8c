/**
 * Adverbial subordinators built on a complementiser (`pre nego što` = before, `nakon što` = after,
 * `përpara se` = before): the complementiser there opens a time or reason clause, never reported content
 * (`„…“, rekao je X, pre nego što je Y …`). The heads are lexicon data (`subordinatorHeads`).
 */
import { fold } from '../text/fold.js';
import type { QuoteLexicon } from './lexicon/types.js';

const normal = (s: string) =>
  ` ${fold(s)
    .replace(/[^\p{L}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;

/** True when the text right before a complementiser ends with a subordinator head (`… pre nego` + `što`). */
export function endsWithSubordinatorHead(before: string, lex: QuoteLexicon): boolean {
  const tail = normal(before);
  return (lex.subordinatorHeads ?? []).some((h) => tail.endsWith(`${normal(h)}`));
}

/** True when `text` opens with a subordinator head and a complementiser (`pre nego što je …`, `përpara se …`). */
export function opensWithSubordinator(text: string, lex: QuoteLexicon): boolean {
  const head = normal(text);
  return (lex.subordinatorHeads ?? []).some((h) => lex.complementisers.some((c) => head.startsWith(`${normal(h)}${fold(c)} `)));
}
