import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { orgNamedIn } from './org-in-sentence.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('a bare organisation noun is the organisation its sentence names in full (holdout2 kinds D, C6)', () => {
  it('sr: locative name, `saopštio je centar` → nominative centre, not the sentence fragment', () => {
    const qs = quotes(
      'Obuka',
      'NIŠ – U Rusko-srpskom humanitarnom centru u Nišu završena je dvonedeljna obuka za 40 vatrogasaca-spasilaca iz Republike Srpske, saopštio je centar.',
    );
    expect(find(qs, 'završena je dvonedeljna obuka')).toMatchObject({ kind: 'indirect', speaker: 'Rusko-srpski humanitarni centar' });
  });

  it('sr-Cyrl: genitive name, `саопштио је центар`', () => {
    const qs = quotes(
      'Пожар',
      'БАЈИНА БАШТА – Два авиона Руско-српског хуманитарног центра из Ниша од јутрос учествују у гашењу пожара на планини Тари, саопштио је центар.',
    );
    expect(find(qs, 'учествују у гашењу')).toMatchObject({ kind: 'indirect', speaker: 'Руско-српски хуманитарни центар' });
  });

  it('en and sq: the name as written', () => {
    expect(orgNamedIn('Two planes of the Russian-Serbian Humanitarian Centre have been fighting the fire', 'centre')).toBe(
      'Russian-Serbian Humanitarian Centre',
    );
    expect(orgNamedIn('Dy avionë të Qendrës Humanitare Ruso-Serbe po shuajnë zjarrin', 'qendra')).toBe('Qendra Humanitare Ruso-Serbe');
    const qs = quotes(
      'Fire',
      'Two planes of the Russian-Serbian Humanitarian Centre have been fighting the fire on Mount Tara since the morning, said the centre.',
    );
    expect(find(qs, 'fighting the fire')?.speaker).toBe('Russian-Serbian Humanitarian Centre');
  });

  it('a common noun with no capitalised name is not an organisation', () => {
    expect(orgNamedIn('Požar je ugašen u centru grada', 'centar')).toBeNull();
    expect(orgNamedIn('The fire reached the city centre', 'centre')).toBeNull();
  });
});
