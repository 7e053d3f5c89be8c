import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const indirectWith = (qs: Quote[], words: string) => qs.find((q) => q.kind === 'indirect' && q.text.includes(words));

describe('English group heads without a plain -s name nobody (issue 15)', () => {
  it('`Police said`, `Critics said` at a paragraph start are unnamed groups, not names', () => {
    const qs = quotes(
      'Harbour vote',
      'Mara Olsen runs the harbour board.',
      'Police said the pier was closed on Monday.',
      'Critics said the ferry timetable will hurt commuters.',
    );
    expect(indirectWith(qs, 'pier was closed')?.speaker).toBeNull();
    expect(indirectWith(qs, 'ferry timetable')?.speaker).toBeNull();
  });

  it('a town before `police` and a figure before `percent` are no speakers', () => {
    const qs = quotes(
      'Harbour vote',
      'Mara Olsen runs the harbour board.',
      'Dover police said the pier was closed on Monday.',
      'Among older voters, 40 percent say the pier should close.',
    );
    expect(indirectWith(qs, 'pier was closed')?.speaker).toBeNull();
    expect(indirectWith(qs, 'pier should close')?.speaker).toBeNull();
  });

  it('an adverb such as `recently` after the group does not hide its head (`Olsen insiders recently told`)', () => {
    const qs = quotes(
      'Harbour vote',
      'Mara Olsen runs the harbour board. Olsen insiders recently told the Gazette that the ferry would keep its winter timetable.',
    );
    expect(indirectWith(qs, 'winter timetable')?.speaker).toBeNull();
  });

  it('the head is read only at the end of a short phrase: a person who rebuked critics still speaks', () => {
    const qs = quotes('Harbour vote', 'Mara Olsen sharply rebuked critics who doubt the pier, saying the repairs will be finished by May.');
    expect(indirectWith(qs, 'repairs will be finished')?.speaker).toBe('Mara Olsen');
  });

  it('a chief of staff is one person (`staff` is no group head)', () => {
    const qs = quotes('Harbour vote', '"We will reopen the pier," said Tom Baker, the mayor\'s chief of staff.');
    expect(qs.find((q) => q.kind === 'direct')?.speaker).toBe('Tom Baker');
  });
});

describe('a capitalised group head after a name is a body (issue 15)', () => {
  it('`The Harbour Police said` names the force, not an unnamed group', () => {
    const qs = quotes('Harbour vote', 'The Harbour Police said two of the injured were officers.');
    expect(indirectWith(qs, 'injured were officers')?.speaker).toBe('Harbour Police');
  });
});
