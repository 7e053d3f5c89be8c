import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string, string | null][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.kind, q.speaker]);
}

describe('a source named by first name alone, with an apposition or a place after it', () => {
  it('Latin: `„…“, kaže Dragan, otac troje dece.` is one direct quote, no report made of the whole sentence', () => {
    expect(quotes('Škola', '„Ovde nema ni učitelja ni autobusa“, kaže Dragan, otac troje dece.')).toEqual([['direct', 'Dragan']]);
  });

  it('English: `“…,” says Robert, a father of three from the village.` is one direct quote', () => {
    expect(quotes('School', '"There is no bus here," says Robert, a father of three from the village.')).toEqual([['direct', 'Robert']]);
  });

  it('Latin: `kaže Dragan iz sela Lug` and `Dragan iz sela Lug kaže da` are Dragan, never the village', () => {
    expect(quotes('Škola', '„Ovde nema ni učitelja ni autobusa“, kaže Dragan iz sela Lug.')).toEqual([['direct', 'Dragan']]);
    expect(quotes('Škola', 'Dragan iz sela Lug kaže da ovde nema autobusa.')).toEqual([['indirect', 'Dragan']]);
  });

  it('Cyrillic: `Драган из села Луг каже да` is Драган', () => {
    expect(quotes('Школа', 'Драган из села Луг каже да овде нема аутобуса.')).toEqual([['indirect', 'Драган']]);
  });
});
