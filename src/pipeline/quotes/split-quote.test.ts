import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string, string | null, string][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.kind, q.speaker, q.text]);
}

describe('a direct quote split by its attribution is one utterance (sr, sq)', () => {
  it('Serbian Latin: `„A“, rekao je X, „b …“` is one direct item, A and B joined by a space', () => {
    expect(quotes('Most', '„Radovi kasne dva meseca“, rekao je Vuk Stanić posle obilaska, „ali most će biti gotov do leta.“')).toEqual([
      ['direct', 'Vuk Stanić', 'Radovi kasne dva meseca ali most će biti gotov do leta.'],
    ]);
  });

  it('Serbian Cyrillic with guillemets', () => {
    expect(quotes('Пожар', '«Ватра је под контролом», рекла је Јелка Стевић, «а ветар је ослабио.»')).toEqual([
      ['direct', 'Јелка Стевић', 'Ватра је под контролом а ветар је ослабио.'],
    ]);
  });

  it('Serbian dash speech: `– A – rekao je X – b …`', () => {
    expect(quotes('Klub', '– Tim je spreman – rekao je trener Bojan Lazić – i nećemo menjati sastav.')).toEqual([
      ['direct', 'Bojan Lazić', 'Tim je spreman i nećemo menjati sastav'],
    ]);
  });

  it('Albanian: `«A», tha X, «b …»`', () => {
    expect(quotes('Rruga', '«Rruga do të hapet në pranverë», tha Dritan Hoxha, «por vetëm nëse moti lejon.»')).toEqual([
      ['direct', 'Dritan Hoxha', 'Rruga do të hapet në pranverë por vetëm nëse moti lejon.'],
    ]);
  });

  it('a second quote that starts a new sentence after the attribution stays a quote of its own', () => {
    expect(quotes('Most', '„Radovi kasne dva meseca“, rekao je Vuk Stanić. „Most će biti gotov do leta.“').map((q) => q[2])).toEqual([
      'Radovi kasne dva meseca',
      'Most će biti gotov do leta.',
    ]);
  });
});
