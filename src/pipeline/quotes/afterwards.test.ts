import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('a speaker named only after a long quote paragraph', () => {
  it('en: `That was the message of …`', () => {
    const qs = quotes(
      'H',
      'Ministers met in Brussels on Monday.',
      '“We will not accept any solution imposed from outside. The talks must continue, and we are ready for them.”',
      'That was the message of Serbian President Aleksandar Vučić on Monday.',
    );
    expect(find(qs, 'imposed from outside')).toMatchObject({ kind: 'direct', speaker: 'Aleksandar Vučić' });
  });
  it('sr: `Tako je rekao …` (Latin and Cyrillic)', () => {
    const qs = quotes(
      'H',
      '„Nećemo prihvatiti nijedno rešenje nametnuto spolja. Razgovori moraju da se nastave.“',
      'Tako je rekao predsednik Aleksandar Vučić u ponedeljak.',
    );
    expect(find(qs, 'nametnuto spolja')?.speaker).toBe('Aleksandar Vučić');
    const cy = quotes(
      'Н',
      '„Нећемо прихватити ниједно решење наметнуто споља. Разговори морају да се наставе.“',
      'Тако је рекао председник Александар Вучић у понедељак.',
    );
    expect(find(cy, 'наметнуто споља')?.speaker).toBe('Александар Вучић');
  });
  it('sq: `Kështu u shpreh …`', () => {
    const qs = quotes(
      'H',
      '“Nuk do të pranojmë asnjë zgjidhje të imponuar nga jashtë. Dialogu duhet të vazhdojë.”',
      'Kështu u shpreh kryeministri Albin Kurti në Prishtinë.',
    );
    expect(find(qs, 'imponuar nga jashtë')?.speaker).toBe('Albin Kurti');
  });
});

describe('a verbless paragraph continues the report closed by `– X said.`', () => {
  it('en: the next paragraph of claims is the ambassador’s too; a short subhead is not', () => {
    const qs = quotes(
      'H',
      'The Russian ambassador to Serbia, Alexander Botsan-Kharchenko, met students on Monday.',
      'The resolution is still in force and nobody can change it – the ambassador said.',
      'Moscow will not support any move to close the mission without the consent of Belgrade.',
      'Energy deals',
    );
    expect(find(qs, 'Moscow will not support')).toMatchObject({ kind: 'indirect', speaker: 'Alexander Botsan-Kharchenko' });
    expect(find(qs, 'Energy deals')).toBeUndefined();
  });
  it('sr: after `– rekao je ministar.`', () => {
    const qs = quotes(
      'H',
      'Ministar spoljnih poslova Dragan Lazović posetio je Gračanicu.',
      'Rezolucija 1244 je i dalje na snazi i niko je ne može promeniti – rekao je ministar.',
      'Srbija neće odustati od zaštite svojih građana na Kosovu ni pod kakvim pritiskom.',
    );
    expect(find(qs, 'neće odustati')).toMatchObject({ kind: 'indirect', speaker: 'Dragan Lazović' });
  });
});
