import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}

describe('en: a closing attribution whose content quotes a few words (ADR 0134)', () => {
  it('gives the partial and the whole clause as indirect speech', () => {
    const qs = quotes(
      'Harbour plans',
      'Tom Baxter runs the harbour office.',
      'The council was "asleep" during the flood and left the town without pumps, Baxter said.',
    );
    expect(qs.find((q) => q.kind === 'partial')?.text).toBe('asleep');
    const ind = qs.find((q) => q.kind === 'indirect' && q.text.includes('without pumps'));
    expect(ind?.speaker).toBe('Tom Baxter');
  });

  it('a full quote before the attribution stays a direct quote only', () => {
    const qs = quotes('Harbour plans', 'Tom Baxter runs the harbour office.', '"The council was asleep during the flood," Baxter said.');
    expect(qs.filter((q) => q.kind === 'indirect')).toHaveLength(0);
    expect(qs.find((q) => q.kind === 'direct')?.speaker).toBe('Tom Baxter');
  });
});

describe('en: a partial whose closing mark ends the words before a closing attribution', () => {
  it('gives the whole clause, quote included, as indirect speech too', () => {
    const qs = quotes(
      'Harbour plans',
      'Tom Baxter runs the harbour office.',
      'Most of the ferry complaints are "about old timetables, and some are fair," said Baxter, a harbour clerk.',
    );
    expect(qs.find((q) => q.kind === 'partial')?.text).toBe('about old timetables, and some are fair');
    const ind = qs.find((q) => q.kind === 'indirect');
    expect(ind?.text).toBe('Most of the ferry complaints are "about old timetables, and some are fair,"');
    expect(ind?.speaker).toBe('Tom Baxter');
  });

  it('also when the subject stands before the verb', () => {
    const qs = quotes('Harbour plans', 'Ann Holt chairs the board.', 'The new ramp, with its steel deck and its wide gate, "will carry any lorry," she said.');
    expect(qs.find((q) => q.kind === 'indirect')?.text).toBe('The new ramp, with its steel deck and its wide gate, "will carry any lorry,"');
  });
});
