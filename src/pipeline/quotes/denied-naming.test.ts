import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string, string | null, string][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.kind, q.speaker, q.text]);
}

describe('denied words are nobody’s quote; the denial in the denier’s own words is his', () => {
  it('English: `X denied he had called … “…”` gives no partial and no report of X', () => {
    expect(
      quotes(
        'Trial',
        'Minister John Hale denied he had called the judges "political puppets" in a radio interview.',
        '"I never called anyone a puppet," Hale told reporters.',
      ),
    ).toEqual([['direct', 'John Hale', 'I never called anyone a puppet']]);
  });

  it('Serbian: `X je negirao da je sudije nazvao „…“` and `demantovao da je rekao da „…“`', () => {
    expect(
      quotes(
        'Suđenje',
        'Ministar Goran Ilić je negirao da je sudije nazvao „političkim poslušnicima“.',
        'Ilić je demantovao da je rekao da će „vlada pasti do jeseni“.',
        '„Nikada to nisam rekao i neću dozvoliti da mi se podmeće“, rekao je Ilić.',
      ),
    ).toEqual([['direct', 'Goran Ilić', 'Nikada to nisam rekao i neću dozvoliti da mi se podmeće']]);
  });

  it('Albanian: `mohoi se kishte quajtur … «…»` and `mohoi të ketë thënë se «…»`', () => {
    expect(
      quotes(
        'Greva',
        'Ministri Arben Dervishi mohoi se i kishte quajtur mjekët «dembelë të paguar mirë».',
        'Dervishi mohoi të ketë thënë se «greva është politike».',
        '«Këtë nuk e kam thënë kurrë», tha Dervishi.',
      ),
    ).toEqual([['direct', 'Arben Dervishi', 'Këtë nuk e kam thënë kurrë']]);
  });
});
