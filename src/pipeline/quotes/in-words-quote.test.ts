import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): { kind: string; speaker: string | null }[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => ({ kind: q.kind, speaker: q.speaker }));
}

describe('sr: a quote after an inserted `kako je navela` is the person the phrase refers to', () => {
  it('Latin: the woman who was the last subject, not the man who spoke before', () => {
    const got = quotes(
      'Plan usvojen',
      'Gradonačelnik Marko Ilić rekao je da je plan dobar. „Ovo je plan za sve“, rekao je Ilić.',
      'Odbornica Vesna Perić glasala je protiv. Plan je, kako je navela, „pisan na brzinu i bez ljudi“.',
    );
    expect(got.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['Marko Ilić', 'Vesna Perić']);
  });

  it('Cyrillic: the same with `како је навела`', () => {
    const got = quotes(
      'План усвојен',
      'Градоначелник Марко Илић рекао је да је план добар. „Ово је план за све“, рекао је Илић.',
      'Одборница Весна Перић гласала је против. План је, како је навела, „писан на брзину и без људи“.',
    );
    expect(got.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['Марко Илић', 'Весна Перић']);
  });
});
