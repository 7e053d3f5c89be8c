import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): { kind: string; speaker: string | null; text: string }[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => ({ kind: q.kind, speaker: q.speaker, text: q.text }));
}

describe('sr: `Kako je navela X, …` names its source (source-phrase.ts, according-quote.ts)', () => {
  it('the organisation after the phrase is the speaker, not the last person; its »…« words are its partial', () => {
    const got = quotes(
      'Most zatvoren',
      'Prema rečima direktora luke Stevana Lukića, trajekt saobraća redovno.',
      'Kako je navela Uprava za puteve, na mostu je saobraćaj »potpuno obustavljen«.',
    );
    const last = got.filter((q) => q.text.includes('obustavljen'));
    expect(last.map((q) => [q.kind, q.speaker])).toEqual([
      ['partial', 'Uprava za puteve'],
      ['indirect', 'Uprava za puteve'],
    ]);
  });

  it('Cyrillic: `Како је навео Завод за статистику, …`', () => {
    const got = quotes('Цене', 'Министарка Јелена Ристић обишла је пијацу.', 'Како је навео Завод за статистику, цене хлеба су »знатно порасле«.');
    expect(got.filter((q) => q.text.includes('порасле')).map((q) => [q.kind, q.speaker])).toEqual([
      ['partial', 'Завод за статистику'],
      ['indirect', 'Завод за статистику'],
    ]);
  });

  it('the aside without a source (`Kako je navela, …`) is still the last woman’s', () => {
    const got = quotes('Plan', 'Odbornica Vesna Perić glasala je protiv.', 'Kako je navela, plan je pisan na brzinu i bez ljudi.');
    expect(got.filter((q) => q.kind === 'indirect').map((q) => q.speaker)).toEqual(['Vesna Perić']);
  });
});
