import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { Confidence } from './confidence.js';
import { extractQuotes } from './extract.js';

function directs(...paragraphs: string[]): [string | null, number][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')))
    .filter((q) => q.kind === 'direct')
    .map((q) => [q.speaker, q.confidence]);
}

describe('a direct quote inside another speaker’s report is second-hand (second-hand.ts)', () => {
  it('en: the harbour master says the minister told him “…”: the minister’s, at REPORTED; his own words stay at CUE', () => {
    expect(
      directs(
        'Pier',
        'Harbour master Ola Dahl said that Transport Minister Ivan Berg had told him: "The pier will reopen in May."',
        '"I never promised that," Berg said.',
      ),
    ).toEqual([
      ['Ivan Berg', Confidence.REPORTED],
      ['Ivan Berg', Confidence.CUE],
    ]);
  });
});
