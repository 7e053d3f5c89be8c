import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}

describe('English sentence openers capitalised only there are no names (issue 15)', () => {
  it('`Last week, …` and `Following the vote, …` name nobody', () => {
    const qs = quotes(
      'Harbour vote',
      'Last week, the harbour board approved a plan which critics said was unfair to the fishermen.',
      'Following the vote, the board chair stressed that the pier would reopen.',
    );
    const speakers = qs.map((q) => q.speaker);
    expect(speakers).not.toContain('Last');
    expect(speakers).not.toContain('Following');
  });

  it('`People close to the mayor said` is an unnamed group', () => {
    const qs = quotes('Harbour vote', 'People close to the mayor said the deal was nearly done.');
    expect(qs.find((q) => q.kind === 'indirect')?.speaker).toBeNull();
  });
});
