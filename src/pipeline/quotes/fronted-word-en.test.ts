import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { nameRun } from './name-runs.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const run = (s: string) => {
  const r = nameRun(s);
  return r ? s.slice(r[0], r[1]) : null;
};

describe('a sentence-opening adverb or verb of saying is no part of a name (issue 15)', () => {
  it('`Curiously Baker` is `Baker`; `Quietly` alone is no name', () => {
    expect(run('Curiously Baker')).toBe('Baker');
    expect(run('Quietly')).toBeNull();
    expect(run('Added Tom Baker')).toBe('Tom Baker');
  });

  it('a listed first name in -ly stays a name (`Emily Roe`)', () => {
    expect(run('Emily Roe')).toBe('Emily Roe');
  });

  it('a number word opening a sentence is no name word (`Six Roe supporters`)', () => {
    expect(run('Six Roe supporters')).toBe('Roe');
  });

  it('a fronted adverb clause never becomes the speaker', () => {
    const qs = quotes(
      'Harbour vote',
      'Mara Olsen runs the harbour board.',
      'Quietly dropping the subject ― as the board had done in spring ― Olsen turned to the budget, and stressed the "enormous cost" of repairs.',
    );
    for (const q of qs) expect(q.speaker).not.toBe('Quietly');
  });
});
