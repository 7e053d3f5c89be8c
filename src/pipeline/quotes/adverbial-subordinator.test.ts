import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string, string | null, string][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.kind, q.speaker, q.text]);
}

describe('a complementiser inside an adverbial subordinator opens no report (issue surname)', () => {
  it('Serbian: `„…“, rekao je Vidak, pre nego što je Ilić rekao: „…“` reports nothing of Vidak beyond his quote', () => {
    const qs = quotes(
      'Most ostaje zatvoren',
      'Predsednik opštine Goran Vidak i inženjer Marko Ilić obišli su most.',
      '„Nemamo drugog izbora“, rekao je Vidak, pre nego što je Ilić novinarima rekao: „Radovi kreću sutra.“',
    );
    expect(qs).toEqual([
      ['direct', 'Goran Vidak', 'Nemamo drugog izbora'],
      ['direct', 'Marko Ilić', 'Radovi kreću sutra.'],
    ]);
  });

  it("Albanian: `«…», tha Gashi, përpara se Morina t'u thoshte: «…»` reports nothing of Gashi beyond his quote", () => {
    const qs = quotes(
      'Ura mbetet e mbyllur',
      'Kryetari Besnik Gashi dhe inxhinieri Arben Morina vizituan urën.',
      "«Nuk kemi zgjidhje tjetër», tha Gashi, përpara se Morina t'u thoshte gazetarëve: «Punimet nisin nesër.»",
    );
    expect(qs).toEqual([
      ['direct', 'Besnik Gashi', 'Nuk kemi zgjidhje tjetër'],
      ['direct', 'Arben Morina', 'Punimet nisin nesër.'],
    ]);
  });
});
