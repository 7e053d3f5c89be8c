import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { EntityIndex, pos } from './entities.js';
import { salientAntecedent, sentenceNumber, windowStart } from './pronoun-salience.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('sentenceNumber', () => {
  it('counts sentences across paragraphs', () => {
    const starts = [[0], [0, 20, 45], [0, 10]];
    expect(sentenceNumber(starts, pos(0, 5))).toBe(0);
    expect(sentenceNumber(starts, pos(1, 0))).toBe(1);
    expect(sentenceNumber(starts, pos(1, 30))).toBe(2);
    expect(sentenceNumber(starts, pos(2, 12))).toBe(5);
  });
});

describe('windowStart', () => {
  it('is the first position whose sentence number reaches n (every position of random paragraphs)', () => {
    const wrong: string[] = [];
    let seed = 7;
    const rand = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % k);
    for (let round = 0; round < 40; round++) {
      const starts = Array.from({ length: 1 + rand(5) }, () => {
        const xs = rand(4) === 0 ? [] : [0];
        for (let k = rand(4); k > 0; k--) xs.push((xs[xs.length - 1] ?? 0) + rand(3) * 5);
        return xs;
      });
      const positions = starts
        .flatMap((_, pi) => Array.from({ length: 31 }, (_, off) => pos(pi, off)))
        .concat([pos(starts.length, 0), pos(starts.length + 1, 3)]);
      for (let n = -2; n <= 25; n++) {
        const from = windowStart(starts, n);
        for (const m of positions) if (m >= from !== sentenceNumber(starts, m) >= n) wrong.push(`${JSON.stringify(starts)} n=${n} m=${m}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('salientAntecedent (en, ADR 0137)', () => {
  const starts = [[0], [0, 40, 80], [0]];
  it('a subject beats an object of the same sentence; a recent mention beats an old subject', () => {
    const index = new EntityIndex();
    const roe = index.person('Jane Roe', pos(1, 0), { subject: true });
    index.person('Ann Doe', pos(1, 20));
    expect(salientAntecedent(index, starts, 'f', pos(1, 39))).toBe(roe);
    const olsen = index.person('Tom Olsen', pos(2, 0), { subject: false });
    expect(salientAntecedent(index, starts, 'm', pos(2, 30))).toBe(olsen);
  });

  it('two people equally salient leave the pronoun unresolved', () => {
    const index = new EntityIndex();
    index.person('Jane Roe', pos(1, 0), { subject: true });
    index.person('Ann Doe', pos(1, 13), { subject: true });
    expect(salientAntecedent(index, starts, 'f', pos(1, 45))).toBeUndefined();
  });

  it('a capitalised pair nothing shows to be a person counts half against a listed first name', () => {
    const index = new EntityIndex();
    const roe = index.person('Jane Roe', pos(1, 0), { subject: true });
    index.person('Harbour Fair', pos(1, 13), { subject: true });
    expect(salientAntecedent(index, starts, 'f', pos(1, 45))).toBe(roe);
  });

  it('an organisation or an unnamed group never takes he or she', () => {
    const index = new EntityIndex();
    const roe = index.person('Jane Roe', pos(1, 0), { subject: true });
    index.org('Harbour Council', pos(1, 40), { subject: true });
    index.anonymous(pos(1, 80), null, null, true);
    expect(salientAntecedent(index, starts, 'f', pos(2, 5))).toBe(roe);
  });
});

describe('English pronouns resolve by salience (ADR 0137)', () => {
  it('a person named in the sentence before beats a subject further back', () => {
    const qs = quotes(
      'Harbour row',
      'Tom Olsen was fined for blocking the quay. The port police said they would appeal.',
      'The fine was widely reported. The dispute is so bitter that Mr. Daniel Reyes was asked about it at the Monday hearing.',
      '"I have not seen the quay in weeks," he said.',
    );
    expect(find(qs, 'seen the quay')?.speaker).toBe('Daniel Reyes');
  });

  it('a plural group (`the port police`) is not the antecedent of he', () => {
    const qs = quotes(
      'Harbour row',
      'Tom Olsen was fined for blocking the quay.',
      'The port officials said they would appeal.',
      '"It was a misunderstanding," he said.',
    );
    expect(find(qs, 'misunderstanding')?.speaker).toBe('Tom Olsen');
  });

  it('two men as one subject leave a following he unresolved', () => {
    const qs = quotes('Harbour row', 'Tom Olsen and Daniel Reyes met the harbour board on Monday.', '"We expect an answer soon," he said.');
    expect(find(qs, 'answer soon')?.speaker ?? null).toBeNull();
  });
});
