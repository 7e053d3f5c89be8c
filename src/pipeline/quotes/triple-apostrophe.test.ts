import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

describe("a quote closed by ''' (an inner quote, then the outer one) keeps its verb of saying (issue 15)", () => {
  it("`''… 'Go back,''' said Name, who …` gives the quote to the name after the verb", () => {
    const qs = extractQuotes(
      articleFromText(
        [
          'Harbour vote',
          'Mara Olsen runs the harbour board.',
          "''Sometimes they tell me, 'Go back where you came from,''' said Tom Baker, who was born in Oslo. ''This is my town.''",
        ].join('\n\n'),
      ),
    );
    expect(qs.find((q) => q.kind === 'direct' && q.text.includes('Sometimes'))?.speaker).toBe('Tom Baker');
    expect(qs.find((q) => q.kind === 'direct' && q.text.includes('my town'))?.speaker).toBe('Tom Baker');
  });
});
