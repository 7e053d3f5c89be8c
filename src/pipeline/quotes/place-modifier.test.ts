import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { placeModifier } from './speakers.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('a place modifier is never the speaker (holdout2 kind C1/C2)', () => {
  it('sr: `kaže Ime Prezime iz Mesta` is the person; `Meštani sela X kažu` is an unnamed group', () => {
    const qs = quotes(
      'Selo bez vode',
      'U selu je teško.',
      '– Nemamo vodu već nedelju dana – kaže Rade Milić iz Zupča.',
      'Meštani sela Zupče kažu da vode nema od ponedeljka.',
    );
    expect(find(qs, 'Nemamo vodu')?.speaker).toBe('Rade Milić');
    expect(find(qs, 'vode nema od')).toMatchObject({ kind: 'indirect', speaker: null });
  });

  it('sr-Cyrl: `рекла је Име Презиме из села Место` keeps the name in Cyrillic', () => {
    const qs = quotes('Село', '— Немамо воду већ недељу дана — рекла је Милка Ђурђевић из села Заовине.');
    expect(find(qs, 'Немамо воду')?.speaker).toBe('Милка Ђурђевић');
  });

  it('en: `said Name from Place`; `Residents of the village of X say` is nobody named', () => {
    const qs = quotes(
      'Village',
      '"We have no water at all," said Rade Milić from Zupče.',
      'Residents of the village of Zupče say the water has been off since Monday.',
    );
    expect(find(qs, 'no water at all')?.speaker).toBe('Rade Milić');
    expect(find(qs, 'has been off')).toMatchObject({ kind: 'indirect', speaker: null });
  });

  it('sq: `tha Emër Mbiemër nga Vendi`', () => {
    const qs = quotes('Fshati', '"Nuk kemi ujë prej një jave," tha Rade Miliq nga Zupça.');
    expect(find(qs, 'Nuk kemi ujë')?.speaker).toBe('Rade Miliq');
  });

  it('leaves organisation names and role phrases whole', () => {
    for (const t of ['Ministry of Health', 'Ministarstvo zdravlja Srbije', 'the director of the Gračanica school', 'Kancelarija za KiM', 'Rade Milić'])
      expect(placeModifier(t)).toBe(-1);
    expect(placeModifier('Rade Milić iz Zupča')).toBe('Rade Milić'.length);
    expect(placeModifier('Meštani sela Zupče')).toBeLessThan(-1);
  });
});
