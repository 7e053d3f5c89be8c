import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const direct = (qs: Quote[], words: string) => qs.find((q) => q.kind === 'direct' && q.text.includes(words));

describe('`he`/`she` never takes a body, a place or an event for its antecedent (issue 15)', () => {
  it('a coalition named near the pronoun is no `she`: nobody rather than the coalition', () => {
    const qs = quotes(
      'Harbour vote',
      'Olsen lost a vote at the Northern Harbour Coalition on Monday because she would not back the pier.',
      '"The pier can wait," she said.',
    );
    expect(direct(qs, 'pier can wait')?.speaker).not.toBe('Northern Harbour Coalition');
    expect(direct(qs, 'pier can wait')?.speaker).not.toBe('Harbour Coalition');
  });

  it('a war or a command named between the person and the pronoun is skipped for the person', () => {
    const qs = quotes(
      'Harbour vote',
      'Tom Harris, a retired admiral, spoke at the harbour on Friday.',
      'He served in the Falklands War and later ran the Southern Fleet Command for a decade.',
      '"There is a natural tension here," he said.',
    );
    expect(direct(qs, 'natural tension')?.speaker).toBe('Tom Harris');
  });

  it('a person whose listed first name opens the name is still an antecedent', () => {
    const qs = quotes('Harbour vote', 'Mara Church, who chairs the board, toured the pier on Friday.', '"We will reopen it," she said.');
    expect(direct(qs, 'reopen it')?.speaker).toBe('Mara Church');
  });
});
