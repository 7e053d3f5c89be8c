import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

/**
 * A new user's articles (our own text, testdata/user-articles): the speaker of every quote, in reading order,
 * as `paragraph kind speaker`. Each wrong speaker they found has its own unit test in sentences of our own
 * (short-frame, inscription, unnamed-org, sr-clause-speaker, apposed-subject, lost-reports).
 */
function speakers(file: string, skip: number[] = []): string[] {
  const text = readFileSync(new URL(`./testdata/user-articles/${file}`, import.meta.url), 'utf8');
  return extractQuotes(articleFromText(text))
    .filter((q) => !skip.includes(q.paragraph))
    .map((q) => `${q.paragraph} ${q.kind} ${q.speaker ?? '-'}${q.speakerRole && !q.speaker ? ` (${q.speakerRole})` : ''}`);
}

describe('the user’s articles: every quote’s speaker', () => {
  it('en5: a one-word answer’s frame names Holloway; a banner speaks for nobody; `the ministry` is not City Hall', () => {
    expect(speakers('en5.txt')).toEqual([
      '1 partial Sarah Lin',
      '1 indirect Sarah Lin',
      '1 direct Sarah Lin',
      '2 direct Jane Holloway',
      '3 direct -',
      '4 direct - (the ministry)',
    ]);
  });

  // `Ministarstvo je … navelo` with no ministry named: an unnamed ministry, as en2's `the ministry` (bare-org-noun.ts).
  it('sr5: the same in Serbian (`Izabran sam` is the man’s)', () => {
    expect(speakers('sr5.txt')).toEqual(['1 indirect Ana Ilić', '1 direct Ana Ilić', '2 direct Petar Jovanović', '3 direct -', '4 direct -']);
  });

  it('en2: Jones alone after his quote; the engineer in apposition; the banner and the ministry (paragraph 1 left)', () => {
    expect(speakers('en2.txt', [1])).toEqual([
      '2 direct Jones',
      '2 direct Jones',
      '3 direct Holloway',
      '3 indirect Smith',
      '5 partial Paul Reed',
      '5 indirect Paul Reed',
      '6 partial Sarah Lin',
      '6 indirect Sarah Lin',
      '6 direct Sarah Lin',
      '7 direct Holloway',
      '8 direct -',
      '9 direct - (the ministry)',
      '10 direct Paul Reed',
      '10 partial Paul Reed',
      '11 partial Bill Grant',
      '11 indirect Bill Grant',
    ]);
  });

  it('src2: `признао је он` is Весић; `Весић јој је одговорио да „…“` is Весић, not the addressee', () => {
    expect(speakers('src2.txt')).toEqual([
      '1 partial Александар Вучић',
      '1 indirect Александар Вучић',
      '2 direct Александар Вучић',
      '3 direct Горан Весић',
      '3 partial Горан Весић',
      '3 indirect Горан Весић',
      '4 indirect Опозиција',
      '4 direct Марија Петровић',
      '5 direct Марија Петровић',
      '5 partial Горан Весић',
    ]);
  });

  it('en6 and en7: Karen Fitch called it a monument; Moss, who smiled, speaks after', () => {
    expect(speakers('en6.txt').slice(-2)).toEqual(['6 partial Karen Fitch', '6 direct David Moss']);
    expect(speakers('en7.txt')).toEqual(['2 partial Karen Fitch', '2 direct David Moss']);
  });

  it('sr2: `…, a predsednik Vučić je juče rekao da je „most prioritet“` is found and is Vučić’s', () => {
    expect(speakers('sr2.txt').filter((s) => s.startsWith('9 '))).toEqual([
      '9 partial Ana Brnabić',
      '9 partial Aleksandar Vučić',
      '9 indirect Ana Brnabić',
      '9 indirect Aleksandar Vučić',
    ]);
  });
});
