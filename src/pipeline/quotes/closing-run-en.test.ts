import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}

describe('en: how far back a closing attribution reaches (closing-run-en.ts)', () => {
  it('a sentence that is a clause of its own is the whole report; the sentence before it is the writer’s', () => {
    const qs = quotes('Harbour plans', 'The harbour board meets on Fridays in a hall by the quay. The ferry will stop running in May, Ann Holt said.');
    const ind = qs.filter((q) => q.kind === 'indirect');
    expect(ind).toHaveLength(1);
    expect(ind[0]).toMatchObject({ text: 'The ferry will stop running in May', speaker: 'Ann Holt' });
  });

  it('a fragment after a fronted adverbial still takes the sentence before it', () => {
    const qs = quotes(
      'Harbour plans',
      'The town must pay for what was promised to the crews. Above all, the repair of the quay that was promised in spring, Ann Holt said.',
    );
    expect(qs.find((q) => q.kind === 'indirect')?.text).toBe(
      'The town must pay for what was promised to the crews. Above all, the repair of the quay that was promised in spring',
    );
  });
});
