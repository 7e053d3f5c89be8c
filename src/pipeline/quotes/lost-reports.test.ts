import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string, string, string | null, string | null][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.kind, q.text, q.speaker, q.speakerRole]);
}

describe('lost reports found', () => {
  it('en: `According to the architect, Lena Hart, the roof is “…”`: the name in apposition to the role is the source', () => {
    const got = quotes(
      'Stadium',
      'Mayor Jane Holloway opened the stadium.',
      'According to the architect, Lena Hart, the roof is "stronger than the old one ever was".',
    );
    expect(got.filter(([k]) => k !== 'direct').map(([k, , s, r]) => [k, s, r])).toEqual([
      ['partial', 'Lena Hart', 'the architect'],
      ['indirect', 'Lena Hart', 'the architect'],
    ]);
  });

  it('sr: `X je izjavila da …, a Y je rekao da je „…“`: the second report and its partial are Y’s', () => {
    const got = quotes(
      'Stadion',
      'Ministarka Ana Kovač je prošle godine izjavila da grad „zaslužuje novi stadion“, a gradonačelnik Marko Ilić je juče rekao da je „stadion prioritet“.',
    );
    expect(got.filter(([, t]) => t.includes('stadion prioritet')).map(([k, , s]) => [k, s])).toEqual([
      ['partial', 'Marko Ilić'],
      ['indirect', 'Marko Ilić'],
    ]);
    expect(got.find(([k, t]) => k === 'partial' && t.includes('zaslužuje'))?.[2]).toBe('Ana Kovač');
  });
});

describe('a surname alone after a quote closed on a comma', () => {
  it('en: `"…," Hartley said` is Hartley, though the article never gives a first name', () => {
    const got = quotes('Stadium', '"I never promised a new roof for the stadium," Hartley said on Monday. "That was made up by my rivals."');
    expect(got.map(([, , s]) => s)).toEqual(['Hartley', 'Hartley']);
  });

  it('en: a capital after a quote closed on a full stop is a sentence start, not a name (`"…." Critics …`)', () => {
    const got = quotes('Stadium', 'Mayor Jane Holloway said: "The roof will hold for fifty years." Critics disagreed, saying it was too costly.');
    expect(got.find(([k]) => k === 'direct')?.[2]).toBe('Jane Holloway');
  });
});
