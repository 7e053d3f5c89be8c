import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

describe("a quote closed by ''' (an inner quote, then the outer one) keeps its verb of saying (issue 15)", () => {
  it("`''… 'Mind the rope,''' said Name, who …` gives the quote to the name after the verb", () => {
    const qs = extractQuotes(
      articleFromText(
        [
          'Harbour vote',
          'Mara Olsen runs the harbour board.',
          "''The ferrymen still shout 'Mind the rope,''' said Tom Baker, who has sailed here since 1990. ''I shout it back.''",
        ].join('\n\n'),
      ),
    );
    expect(qs.find((q) => q.kind === 'direct' && q.text.includes('ferrymen'))?.speaker).toBe('Tom Baker');
    expect(qs.find((q) => q.kind === 'direct' && q.text.includes('shout it back'))?.speaker).toBe('Tom Baker');
  });
});
