import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function headline(...paragraphs: string[]): [string, string | null, string] | undefined {
  const q = extractQuotes(articleFromText(paragraphs.join('\n\n'))).find((x) => x.paragraph === 0);
  return q && [q.kind, q.speaker, q.text];
}

describe('a headline `Topic, Name: claim` is the named person’s claim, not the topic’s', () => {
  it('Albanian: `Mësuesit në grevë, Hoxha: …` is Arta Hoxha, not "Mësuesit"', () => {
    const got = headline(
      'Mësuesit në grevë, Hoxha: Nuk kthehemi pa rritje pagash',
      'PRISHTINË – Kryetarja e sindikatës së mësuesve, Arta Hoxha, tha sot se greva do të vazhdojë.',
    );
    expect(got).toEqual(['indirect', 'Arta Hoxha', 'Nuk kthehemi pa rritje pagash']);
  });

  it('Latin: `Štrajk prosvetara, Ilić: …` is Vesna Ilić', () => {
    const got = headline(
      'Štrajk prosvetara, Ilić: Ne vraćamo se bez povišice',
      'BEOGRAD – Predsednica sindikata prosvete Vesna Ilić rekla je da će štrajk trajati.',
    );
    expect(got).toEqual(['indirect', 'Vesna Ilić', 'Ne vraćamo se bez povišice']);
  });

  it('English: `Teachers on strike, Jones: …` is Mary Jones', () => {
    const got = headline('Teachers on strike, Jones: We will not go back without a raise', 'LONDON – Union leader Mary Jones said the strike would go on.');
    expect(got).toEqual(['indirect', 'Mary Jones', 'We will not go back without a raise']);
  });
});
